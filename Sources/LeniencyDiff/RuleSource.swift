import Foundation
public import LeniencyCatalog
import LeniencyCore
import LeniencyYAML

/// Where one side of a diff reads its rules: a folder, or a folder as it is at a git revision.
public enum RuleSource: Sendable, Hashable {
    /// Rule files under a folder (or a file), read like `--rules`.
    case folder(String)
    /// The rule files under `path` as they are at `revision` of the git repository `path` lies in, read with
    /// `git ls-tree` and `git cat-file` (no checkout, the work tree is left alone).
    case git(revision: String, path: String)

    /// How reports name the source: the folder, or `REV:path`.
    public var label: String {
        switch self {
        case .folder(let path): path
        case .git(let revision, let path): "\(revision):\(path)"
        }
    }

    /// The catalog and every problem found reading it; diagnostics of a git source name files `REV:path/file.yaml`.
    public func load() -> CatalogLoadResult {
        switch self {
        case .folder(let path):
            return CatalogLoader.load(paths: [path])
        case .git(let revision, let path):
            switch GitRuleFiles.read(revision: revision, path: path) {
            case .failure(let failure):
                return CatalogLoadResult(catalog: Catalog(), diagnostics: [failure.diagnostic])
            case .success(let files):
                let parsed = files.map { (file: $0.name, set: YAMLReader.parse(bytes: $0.bytes, file: $0.name)) }
                var result = CatalogLoader.decode(parsed.map { (file: $0.file, documents: $0.set.documents) })
                var diagnostics = parsed.flatMap { $0.set.diagnostics } + result.diagnostics
                if files.isEmpty {
                    diagnostics.append(Diagnostic(.noRuleFiles, at: .wholeFile(label), "no rule files under `\(path)` at revision `\(revision)`",
                                                  hint: "check the revision and the rules path (--rules) it is read under"))
                }
                result.diagnostics = diagnostics.sorted()
                return result
            }
        }
    }
}

/// Reads the rule files of a folder at a git revision.
enum GitRuleFiles {
    struct File {
        /// `REV:path/file.yaml`, the name diagnostics carry.
        var name: String
        var bytes: [UInt8]
    }

    /// The `*.yaml` / `*.yml` files under `path` at `revision` (rule tests and hidden files left out, like a folder).
    static func read(revision: String, path: String) -> Result<[File], Failure> {
        let location = SourceLocation.wholeFile("\(revision):\(path)")
        let absolute = URL(fileURLWithPath: path).standardizedFileURL
        var directory = absolute
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: absolute.path, isDirectory: &isDirectory) || !isDirectory.boolValue {
            directory = absolute.deletingLastPathComponent()
        }
        // The nearest existing folder runs git, so a rules folder deleted in the work tree can still be read at REV.
        while !FileManager.default.fileExists(atPath: directory.path), directory.path != "/" { directory = directory.deletingLastPathComponent() }
        guard case .success(let top) = git(["rev-parse", "--show-toplevel"], in: directory) else {
            return .failure(Failure(.unreadableFile, at: location, "`\(path)` is not inside a git repository",
                                       hint: "run `leniency diff --git REV` inside the repository, or give two rule folders"))
        }
        let root = URL(fileURLWithPath: String(decoding: top, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
            .resolvingSymlinksInPath().path
        let resolved = absolute.resolvingSymlinksInPath().path
        guard resolved == root || resolved.hasPrefix(root + "/") else {
            return .failure(Failure(.unreadableFile, at: location, "`\(path)` lies outside the git repository at \(root)",
                                       hint: "give a rules path inside the repository"))
        }
        let relative = resolved == root ? "." : String(resolved.dropFirst(root.count + 1))
        let rootURL = URL(fileURLWithPath: root)
        guard case .success = git(["rev-parse", "--verify", "--quiet", "\(revision)^{commit}"], in: rootURL) else {
            return .failure(Failure(.unreadableFile, at: location, "`\(revision)` is not a commit of the repository at \(root)",
                                       hint: "give a branch, tag or commit (`git log --oneline` lists them)"))
        }
        guard case .success(let listing) = git(["ls-tree", "-r", "-z", "--name-only", revision, "--", relative], in: rootURL) else {
            return .failure(Failure(.unreadableFile, at: location, "cannot list `\(relative)` at `\(revision)`",
                                       hint: "check the revision and the rules path"))
        }
        let prefix = relative == "." ? "" : relative + "/"
        let names = listing.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }.filter { name in
            let inside = name == relative || prefix.isEmpty || name.hasPrefix(prefix)
            let below = name == relative ? (name as NSString).lastPathComponent : String(name.dropFirst(prefix.count))
            let hidden = below.split(separator: "/").contains { $0.hasPrefix(".") }
            return inside && !hidden && (name.hasSuffix(".yaml") || name.hasSuffix(".yml")) && !RuleFileFinder.isRuleTest(name)
        }.sorted()
        guard !names.isEmpty else { return .success([]) }
        let request = names.map { "\(revision):\($0)\n" }.joined()
        guard case .success(let batch) = git(["cat-file", "--batch"], in: rootURL, input: Array(request.utf8)) else {
            return .failure(Failure(.unreadableFile, at: location, "cannot read the rule files at `\(revision)`",
                                       hint: "check that git can read the repository"))
        }
        // Each answer: "<sha> blob <size>\n" + size bytes + "\n".
        var files: [File] = []
        var offset = 0
        for name in names {
            guard let newline = batch[offset...].firstIndex(of: 0x0A) else { break }
            let header = String(decoding: batch[offset..<newline], as: UTF8.self).split(separator: " ")
            offset = newline + 1
            guard header.count == 3, header[1] == "blob", let size = Int(header[2]), offset + size <= batch.count else { continue }
            let displayPath = path.hasSuffix("/") ? String(path.dropLast()) : path
            let shown = relative == "." ? "\(displayPath)/\(name)" : displayPath + name.dropFirst(relative.count)
            files.append(File(name: "\(revision):\(shown)", bytes: Array(batch[offset..<(offset + size)])))
            offset += size + 1
        }
        return .success(files)
    }

    /// Runs git in `directory`; its standard output, or failure on a non-zero exit or when git cannot start.
    static func git(_ arguments: [String], in directory: URL, input: [UInt8] = []) -> Result<[UInt8], GitFailure> {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = directory
        let output = Pipe(), errors = Pipe(), stdin = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = stdin
        do { try process.run() } catch { return .failure(GitFailure()) }
        // Write and read at once: git answers while it reads, and either pipe can fill.
        let writer = Thread {
            stdin.fileHandleForWriting.write(Data(input))
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        _ = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? .success(Array(data)) : .failure(GitFailure())
    }

    struct GitFailure: Error {}

    /// Why the files could not be read, as a diagnostic.
    struct Failure: Error {
        var diagnostic: Diagnostic

        init(_ code: DiagnosticCode, at location: SourceLocation, _ message: String, hint: String) {
            diagnostic = Diagnostic(code, at: location, message, hint: hint)
        }
    }
}
