public import LeniencyCore
import Foundation

/// Lists the rule files under paths (same rules as `CatalogLoader.load`); unreadable/missing path → I001 diagnostic.
public enum RuleFileFinder {
    /// Files named directly are taken as they are; folders are searched recursively for `*.yaml` / `*.yml`,
    /// skipping hidden files and folders and, unless `includeTests`, `*.test.yaml` rule tests. Sorted by path.
    public static func find(paths: [String], includeTests: Bool = false) -> (files: [String], diagnostics: [Diagnostic]) {
        var files: Set<String> = []
        var diagnostics: [Diagnostic] = []
        var visited: Set<String> = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                diagnostics.append(Diagnostic(.unreadableFile, at: .wholeFile(path), Message(.noSuchPath, path),
                                              hint: Message(.cliRulesHintOther)))
                continue
            }
            if isDirectory.boolValue {
                search(folder: path, includeTests: includeTests, into: &files, diagnostics: &diagnostics, visited: &visited)
            } else {
                files.insert(path)
            }
        }
        // One file named twice (`rules/a.yaml`, `./rules/a.yaml`, an absolute path) would define everything twice.
        var seen: Set<String> = []
        let unique = files.sorted().filter { seen.insert(canonical($0)).inserted }
        return (unique, diagnostics)
    }

    /// The absolute path with `.`, `..` and symbolic links resolved (`realpath`, which is far cheaper than Foundation's
    /// URL resolution; that remains for a path `realpath` cannot resolve).
    static func canonical(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// True for `*.test.yaml` / `*.test.yml`.
    public static func isRuleTest(_ path: String) -> Bool {
        path.hasSuffix(".test.yaml") || path.hasSuffix(".test.yml")
    }

    private static func search(folder: String, includeTests: Bool, into files: inout Set<String>,
                               diagnostics: inout [Diagnostic], visited: inout Set<String>) {
        // A symbolic link back up the tree (`rules/up -> ..`) would otherwise recurse until the path is too long.
        guard visited.insert(canonical(folder)).inserted else { return }
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            diagnostics.append(Diagnostic(.unreadableFile, at: .wholeFile(folder), Message(.cannotReadFolder, folder),
                                          hint: Message(.checkFolderPermissions)))
            return
        }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        for name in entries.sorted() where !name.hasPrefix(".") {
            let path = prefix + name
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                search(folder: path, includeTests: includeTests, into: &files, diagnostics: &diagnostics, visited: &visited)
            } else if name.hasSuffix(".yaml") || name.hasSuffix(".yml"), includeTests || !isRuleTest(name) {
                files.insert(path)
            }
        }
    }
}
