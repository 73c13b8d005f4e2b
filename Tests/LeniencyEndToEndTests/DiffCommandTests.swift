import Foundation
import LeniencyCore
import Testing

/// `leniency diff` end to end on a real shipped list (江环〔2021〕231号) and a revision of it (`ShippedListRevision`):
/// the changes it must report, its witness cases decided again by `leniency check` under both rule folders, past cases
/// from examples/ replayed, `--git`, the formats and the exit codes.
@Suite struct DiffCommandTests {
    static let root = CheckCommandTests.root
    static let rules = root.appendingPathComponent("rules")

    /// The past cases replayed: the bulk examples (JSON Lines, CSV, YAML folder) and every example case file.
    static func corpus() throws -> [String] {
        let cases = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("examples/cases").path)
            .filter { $0.hasSuffix(".yaml") && !$0.hasSuffix(".expected.yaml") }.sorted().map { "examples/cases/\($0)" }
        return ["examples/bulk/cases"] + cases
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "not a JSON object: \(text.prefix(400))")
    }

    /// The changes of the list's document, by kind.
    static func changes(_ report: [String: Any], list: String) throws -> [[String: Any]] {
        let documents = try #require(report["documents"] as? [[String: Any]])
        let document = try #require(documents.first { $0["kind"] as? String == "list" && $0["id"] as? String == list })
        return try #require(document["changes"] as? [[String: Any]])
    }

    @Test(.timeLimit(.minutes(5)))
    func aRevisionOfAShippedListIsReportedAndEveryWitnessIsDecidedDifferentlyByCheck() throws {
        let scratch = try TemporaryDirectory()
        let revised = scratch.url.appendingPathComponent("rules-revised")
        try ShippedListRevision.make(from: Self.rules, at: revised)
        let witnesses = scratch.url.appendingPathComponent("witnesses")
        let out = try LeniencyBinary.run(["diff", "rules", revised.path, "--format", "json", "--witnesses", witnesses.path], in: Self.root)
        #expect(out.exitCode == 1, "decisions change: exit 1; \(out.stderr)")
        let report = try Self.json(out.stdout)
        #expect(report["decisionsChange"] as? Bool == true)
        let documents = try #require(report["documents"] as? [[String: Any]])
        #expect(documents.count == 1, "only the revised list changed: \(documents.map { $0["id"] ?? "" })")
        let changes = try Self.changes(report, list: "jiangmen-2021-231")
        func change(_ kind: String, _ subject: String?) -> [String: Any]? {
            changes.first { $0["kind"] as? String == kind && ($0["subject"] as? String) == subject }
        }
        #expect(change("expiry-changed", nil)?["new"] as? String == "2027-01-31")
        #expect(change("item-retitled", "jiangmen-2021-231-01") != nil)
        #expect(change("item-removed", "jiangmen-2021-231-05") != nil)
        #expect(change("first-offence-changed", "jiangmen-2021-231-08")?["verdict"] as? String == "narrowed")
        #expect(change("conditions-changed", "jiangmen-2021-231-09")?["verdict"] as? String == "widened")
        #expect(change("mandatory-changed", "jiangmen-2021-231-10") != nil)
        let reworded = try #require(change("conditions-reworded", "jiangmen-2021-231-11"))
        #expect(reworded["verdict"] as? String == "equivalent")
        #expect((reworded["witnesses"] as? [Any])?.isEmpty == true, "an equivalent change has no witness")

        // The widened threshold: the witness's multiple lies in (0.1, 0.2].
        let widened = try #require((change("conditions-changed", "jiangmen-2021-231-09")?["witnesses"] as? [[String: Any]])?.first)
        let facts = try #require((widened["case"] as? [String: Any])?["facts"] as? [String: Any])
        let multiple = try #require(Double(String(describing: facts["exceedance_multiple"] ?? "")))
        #expect(multiple > 0.1 && multiple <= 0.2)

        // Every witness, written as a case file, is decided by `check` under each folder as the diff says, differently.
        let all = changes.flatMap { $0["witnesses"] as? [[String: Any]] ?? [] }
        #expect(all.count >= 5, "one witness per edit that changes decisions (expiry, 05, 08, 09, 10) at least: \(all.count)")
        for witness in all {
            let record = try #require(witness["case"] as? [String: Any])
            let id = try #require(record["id"] as? String)
            let file = witnesses.appendingPathComponent("\(id).yaml").path
            #expect(FileManager.default.fileExists(atPath: file), "--witnesses writes \(id).yaml")
            var decided: [[String: Any]] = []
            for folder in ["rules", revised.path] {
                let check = try LeniencyBinary.run(["check", "--rules", folder, "--format", "json", file], in: Self.root)
                #expect(check.exitCode == 0, "\(id) under \(folder): \(check.stderr)")
                decided.append(try Self.json(check.stdout))
            }
            let expected = [try #require(witness["old"] as? [String: Any]), try #require(witness["new"] as? [String: Any])]
            for (check, diff) in zip(decided, expected) {
                #expect(check["outcome"] as? String == diff["outcome"] as? String, "\(id): check and diff agree on the outcome")
                #expect(check["mandatory"] as? Bool == diff["mandatory"] as? Bool, "\(id): and on shall/may")
                #expect((check["item"] as? [String: Any])?["id"] as? String == diff["item"] as? String, "\(id): and on the deciding item")
            }
            let (old, new) = (decided[0], decided[1])
            let differ = old["outcome"] as? String != new["outcome"] as? String || old["mandatory"] as? Bool != new["mandatory"] as? Bool
                || String(describing: old["fine"] ?? "") != String(describing: new["fine"] ?? "")
                || String(describing: old["followUp"] ?? "") != String(describing: new["followUp"] ?? "")
            #expect(differ, "\(id) must be decided differently by the two folders")
        }
        // Item 10's witness: 可以 under the shipped list, 应当 under the revision, both by item 10.
        let mandatory = try #require((change("mandatory-changed", "jiangmen-2021-231-10")?["witnesses"] as? [[String: Any]])?.first)
        #expect((mandatory["old"] as? [String: Any])?["mandatory"] as? Bool == false)
        #expect((mandatory["new"] as? [String: Any])?["mandatory"] as? Bool == true)
    }

    @Test(.timeLimit(.minutes(5)))
    func replayingTheExamplesFindsExactlyTheCasesTheRevisionTouches() throws {
        let scratch = try TemporaryDirectory()
        let revised = scratch.url.appendingPathComponent("rules-revised")
        try ShippedListRevision.make(from: Self.rules, at: revised)
        let out = try LeniencyBinary.run(["diff", "rules", revised.path, "--format", "json", "--no-witnesses", "--replay"] + Self.corpus(),
                                         in: Self.root)
        #expect(out.exitCode == 1, "\(out.stderr)")
        let replay = try #require(try Self.json(out.stdout)["replay"] as? [String: Any])
        let listed = try #require(replay["listed"] as? [[String: Any]])
        // examples/cases/eco-05 rests on item 05 (removed), eco-08 on item 08 with a prior 27 months old (now counted),
        // eco-10 on item 10 (可以 → 应当); nothing else in the corpus names a changed item.
        let byCase = Dictionary(uniqueKeysWithValues: listed.compactMap { c in (c["case"] as? String).map { ($0, c) } })
        #expect(Set(byCase.keys) == ["江环罚〔2023〕0533号", "江环罚〔2023〕0719号", "江环罚〔2024〕0207号"], "\(byCase.keys.sorted())")
        #expect(replay["changed"] as? Int == 3)
        #expect((replay["cases"] as? Int ?? 0) > 300, "the bulk examples and every example case are read")

        let eco05 = try #require(byCase["江环罚〔2023〕0533号"])
        #expect((eco05["old"] as? [String: Any])?["item"] as? String == "jiangmen-2021-231-05")
        #expect((eco05["new"] as? [String: Any])?["item"] as? String != "jiangmen-2021-231-05")
        let eco08 = try #require(byCase["江环罚〔2023〕0719号"])
        #expect((eco08["old"] as? [String: Any])?["outcome"] as? String == "no-penalty")
        #expect((eco08["new"] as? [String: Any])?["item"] as? String != "jiangmen-2021-231-08")
        #expect(eco08["harsher"] as? Bool == true)
        let eco10 = try #require(byCase["江环罚〔2024〕0207号"])
        #expect(eco10["changes"] as? [String] == ["mandatory"])
        #expect(eco10["moreLenient"] as? Bool == true, "应当 is more lenient than 可以 at the same outcome")
        // Decided 2024-04-10 under a version in force since 2022-02-01: no Art. 37 note (the act does not predate it).
        #expect(eco10["art37Since"] is NSNull)
        let byKind = try #require(replay["byKind"] as? [String: Int])
        #expect(byKind["mandatory"] == 2 && byKind["outcome"] == 1, "\(byKind)")
    }

    @Test(.timeLimit(.minutes(5)))
    func gitRevisionIsTheOldSideWithoutACheckout() throws {
        let scratch = try TemporaryDirectory()
        let repo = scratch.url.appendingPathComponent("repo")
        try FileManager.default.createDirectory(at: repo, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.rules, to: repo.appendingPathComponent("rules"))
        for arguments in [["init", "-q"], ["add", "rules"],
                          ["-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "shipped rules"]] {
            #expect(try Self.git(arguments, in: repo) == 0)
        }
        let same = try LeniencyBinary.run(["diff", "--git", "HEAD", "--no-witnesses"], in: repo)
        #expect(same.exitCode == 0, "the work tree equals HEAD: \(same.stdout)\(same.stderr)")

        let file = repo.appendingPathComponent("rules").appendingPathComponent(ShippedListRevision.file)
        try Data(try ShippedListRevision.revise(try String(contentsOf: file, encoding: .utf8)).utf8).write(to: file)
        let out = try LeniencyBinary.run(["diff", "--git", "HEAD", "--format", "json"], in: repo)
        #expect(out.exitCode == 1, "\(out.stderr)")
        let report = try Self.json(out.stdout)
        #expect(report["old"] as? String == "HEAD:rules")
        let kinds = Set(try Self.changes(report, list: "jiangmen-2021-231").compactMap { $0["kind"] as? String })
        #expect(kinds == ["expiry-changed", "item-retitled", "item-removed", "first-offence-changed", "conditions-changed",
                          "mandatory-changed", "conditions-reworded"])
        // The work tree is untouched: git still sees exactly the one edited file.
        let status = Process()
        status.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        status.arguments = ["git", "status", "--porcelain"]
        status.currentDirectoryURL = repo
        let pipe = Pipe()
        status.standardOutput = pipe
        try status.run()
        let porcelain = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        status.waitUntilExit()
        #expect(porcelain.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) } == ["M rules/\(ShippedListRevision.file)"])

        let unknown = try LeniencyBinary.run(["diff", "--git", "no-such-revision"], in: repo)
        #expect(unknown.exitCode == 2)
        #expect(unknown.stderr.contains("no-such-revision"))
    }

    @Test(.timeLimit(.minutes(5)))
    func formatsLanguagesAndExitCodes() throws {
        let scratch = try TemporaryDirectory()
        let revised = scratch.url.appendingPathComponent("rules-revised")
        try ShippedListRevision.make(from: Self.rules, at: revised)
        let zh = try LeniencyBinary.run(["diff", "rules", revised.path, "--lang", "zh"], in: Self.root)
        #expect(zh.exitCode == 1)
        #expect(zh.stdout.contains("删除事项 jiangmen-2021-231-05"))
        #expect(zh.stdout.contains("语义等价"))
        // The list's own wording says "pH值" (a name the rules use, like a fact or item id).
        let english = zh.stdout.split(separator: "\n").flatMap { EnglishWords.find(in: String($0), names: ["pH"]) }
        #expect(english.isEmpty, "Chinese output holds English words: \(Set(english).sorted())")
        let en = try LeniencyBinary.run(["diff", "rules", revised.path, "--lang", "en"], in: Self.root)
        #expect(en.stdout.contains("item jiangmen-2021-231-05 removed"))

        let markdown = try LeniencyBinary.run(["diff", "rules", revised.path, "--format", "markdown", "--lang", "en"], in: Self.root)
        #expect(markdown.stdout.hasPrefix("## "))
        #expect(markdown.stdout.contains("```yaml"), "witness case files for the pull request")
        let github = try LeniencyBinary.run(["diff", "rules", revised.path, "--format", "github"], in: Self.root)
        let lines = github.stdout.split(separator: "\n")
        #expect(!lines.isEmpty && lines.allSatisfy { $0.hasPrefix("::") }, "only workflow commands on stdout")
        #expect(lines.contains { $0.hasPrefix("::warning file=\(revised.path)/\(ShippedListRevision.file),line=") })

        let same = try LeniencyBinary.run(["diff", "rules", "rules"], in: Self.root)
        #expect(same.exitCode == 0)
        let usage = try LeniencyBinary.run(["diff", "rules"], in: Self.root)
        #expect(usage.exitCode == 2)
        let broken = try scratch.write("broken/list.yaml", "kind: list\nid: x\n")
        let errors = try LeniencyBinary.run(["diff", "rules", broken.deletingLastPathComponent().path], in: Self.root)
        #expect(errors.exitCode == 2)
    }

    static func git(_ arguments: [String], in directory: URL) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
