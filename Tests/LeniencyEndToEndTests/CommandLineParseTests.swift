import ArgumentParser
import Foundation
@testable import LeniencyCLI
import Testing

/// `CommandLineEntry.parse` parses a subcommand on its own when it can (a cold start's shortcut) and otherwise goes
/// through the whole command tree: whichever way, the command, help, version and errors are the tree's.
@Suite(.serialized)
struct CommandLineParseTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Everything a parsed command holds (property wrappers included), to compare two parses of the same arguments.
    static func contents(_ command: any ParsableCommand) -> String {
        var text = ""
        dump(command, to: &text)
        return text
    }

    /// The whole tree's parse, or the message it fails with.
    static func treeParse(_ arguments: [String]) -> String {
        do {
            return contents(try LeniencyCommand.parseAsRoot(arguments))
        } catch {
            return "error: " + LeniencyCommand.fullMessage(for: error)
        }
    }

    /// `CommandLineEntry.parse`, or the message it fails with.
    static func entryParse(_ arguments: [String]) -> String {
        do {
            return contents(try CommandLineEntry.parse(arguments))
        } catch {
            return "error: " + LeniencyCommand.fullMessage(for: error)
        }
    }

    static let parsedDirectly: [[String]] = [
        ["check", "examples/cases/tax-6-01-bank-account-first.yaml", "--rules", "rules"],
        ["check", "a.yaml", "b.jsonl", "--format", "jsonl", "--explain", "--lang", "zh", "--no-cache"],
        ["check", "--on", "2026-01-01", "--", "-odd-name.yaml"],
        ["check", "--format=json", "a.yaml", "--no-presumptions"],
        ["lint", "rules"],
        ["test", "rules"],
        ["facts", "first"],
        ["schema"],
    ]

    @Test("a subcommand's own arguments parse directly, to the command the whole tree gives", arguments: parsedDirectly)
    func directParseMatchesTheTree(arguments: [String]) throws {
        let direct = try #require(CommandLineEntry.parseSubcommandDirectly(arguments))
        let tree = Self.treeParse(arguments)
        #expect(!tree.hasPrefix("error:"), "\(tree)")
        #expect(Self.contents(direct) == tree)
        #expect(Self.entryParse(arguments) == tree)
    }

    static let throughTheTree: [[String]] = [
        [],
        ["--version"],
        ["--help"],
        ["help", "check"],
        ["check", "--help"],
        ["check", "-h"],
        ["check", "a.yaml", "--help"],
        ["check", "--version"],
        ["check"],
        ["check", "a.yaml", "--bogus"],
        ["check", "a.yaml", "--format", "xml"],
        ["check", "a.yaml", "--on", "yesterday"],
        ["check", "a.yaml", "--lang", "fr"],
        ["check", "a.yaml", "--experimental-dump-help"],
        ["register", "stats"],
        ["checks", "a.yaml"],
        ["--lang", "zh", "check", "a.yaml"],
    ]

    @Test("help, version, unknown commands, bad options and failed validation are the whole tree's", arguments: throughTheTree)
    func everythingElseGoesThroughTheTree(arguments: [String]) {
        #expect(CommandLineEntry.parseSubcommandDirectly(arguments) == nil)
        #expect(Self.entryParse(arguments) == Self.treeParse(arguments))
    }

    @Test("a completion-script request is never parsed directly")
    func completionScriptRequests() {
        let arguments = ["check", "a.yaml", "--generate-completion-script", "bash"]
        #expect(Self.entryParse(arguments) == Self.treeParse(arguments))
        #expect(Self.entryParse(arguments).contains("complete"))
    }

    @Test("the binary's help, version and usage errors name the whole command")
    func binaryHelpVersionAndErrors() throws {
        let help = try LeniencyBinary.run(["check", "--help"], in: Self.root)
        #expect(help.exitCode == 0)
        #expect(help.stdout.hasPrefix("OVERVIEW: "))
        #expect(help.stdout.contains("USAGE: leniency check <cases> ..."))
        #expect(help.stdout == (try LeniencyBinary.run(["help", "check"], in: Self.root)).stdout)

        let version = try LeniencyBinary.run(["check", "--version"], in: Self.root)
        #expect(version.exitCode == 0)
        #expect(version.stdout == LeniencyCommand.configuration.version + "\n")

        let bad = try LeniencyBinary.run(["check", "a.yaml", "--bogus"], in: Self.root, environment: ["LANG": "C", "LC_ALL": "C"])
        #expect(bad.exitCode == 2)
        #expect(bad.stdout.isEmpty)
        #expect(bad.stderr.contains("Unknown option '--bogus'"))
        #expect(bad.stderr.contains("See 'leniency check --help' for more information."))
    }
}
