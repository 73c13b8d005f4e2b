public import LeniencyCore
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the compiled-catalog cache lives and who may use it.
public struct CatalogCacheSettings: Sendable {
    /// The cache folder; nil when the cache is off.
    public var directory: String?
    /// What identifies the running program beyond its file (the version): a cache written by another build is a miss.
    public var programVersion: String

    /// Creates settings.
    public init(directory: String?, programVersion: String) {
        self.directory = directory
        self.programVersion = programVersion
    }

    /// `$LENIENCY_CACHE_DIR`, else `$XDG_CACHE_HOME/leniency`, else `~/.cache/leniency`; off when `disabled` or
    /// `$LENIENCY_NO_CACHE` is set to anything but empty or `0`, or when no folder can be named.
    public static func standard(environment: [String: String], programVersion: String, disabled: Bool = false) -> CatalogCacheSettings {
        let off = disabled || environment["LENIENCY_NO_CACHE"].map { !$0.isEmpty && $0 != "0" } == true
        func absolute(_ key: String) -> String? { environment[key].flatMap { $0.hasPrefix("/") ? $0 : nil } }
        let directory: String? = if off { nil }
            else if let explicit = environment["LENIENCY_CACHE_DIR"], !explicit.isEmpty { explicit }
            else if let xdg = absolute("XDG_CACHE_HOME") { xdg + "/leniency" }
            else if let home = absolute("HOME") { home + "/.cache/leniency" }
            else { nil }
        return CatalogCacheSettings(directory: directory, programVersion: programVersion)
    }
}

/// What the cache did for one load.
public enum CatalogCacheOutcome: Sendable, Equatable {
    /// The cache is off: the rules were parsed.
    case disabled
    /// The catalog came from the cache.
    case hit
    /// The rules were parsed and the catalog stored for the next run.
    case stored
    /// The rules were parsed and nothing was stored: they have diagnostics, changed while being read, or the file
    /// could not be written (`warning` says why when the user can do something about it).
    case parsed
}

/// A load through the cache: the result is always what `CatalogLoader.load(paths:)` gives for the same files.
public struct CachedCatalogLoad: Sendable {
    /// The catalog and its diagnostics.
    public var result: CatalogLoadResult
    /// Hit, stored, parsed or disabled.
    public var outcome: CatalogCacheOutcome
    /// A problem the user can fix (the cache folder cannot be written); the load itself succeeded.
    public var warning: Message?
}

/// A cache of decoded catalogs, so a command run again on unchanged rules skips YAML parsing and decoding.
///
/// One file per rules location and program build under the cache folder. It holds a key (format version, program
/// version and executable file identity, then every rule file's path, size and 128-bit fingerprint) and the catalog
/// in `CatalogBinary` form with a fingerprint of its own. A run reads every rule file and serves the cached catalog
/// only when its key is byte-for-byte the one just computed: an edited, added or removed rule file or another
/// build is a miss. A file that is truncated, corrupt or from another format is ignored and the rules parsed. Only
/// catalogs without any diagnostic are stored (so a cached load has none to replay), after checking that they read
/// back equal; files are written to a temporary name and renamed, so concurrent runs see an old or a new file,
/// never half of one.
public enum CatalogCache {
    /// Bumped whenever `CatalogBinary` changes shape.
    static let formatVersion = 1
    static let magic = Array("LENCAT\u{1}\n".utf8)

    /// Loads the rules under `paths` as `CatalogLoader.load(paths:)` does, through the cache when it is on.
    public static func load(paths: [String], settings: CatalogCacheSettings) -> CachedCatalogLoad {
        guard let directory = settings.directory else {
            return CachedCatalogLoad(result: CatalogLoader.load(paths: paths), outcome: .disabled)
        }
        let found = RuleFileFinder.find(paths: paths)
        guard found.diagnostics.isEmpty, !found.files.isEmpty, let key = key(files: found.files, settings: settings) else {
            return CachedCatalogLoad(result: CatalogLoader.load(paths: paths), outcome: .parsed)
        }
        let path = directory + "/" + fileName(paths: paths, settings: settings)
        if let catalog = read(path: path, key: key) {
            return CachedCatalogLoad(result: CatalogLoadResult(catalog: catalog, diagnostics: []), outcome: .hit)
        }
        let result = CatalogLoader.load(paths: paths)
        guard result.diagnostics.isEmpty, result.catalog.unplacedCitations.isEmpty, let payload = encode(result.catalog),
              // Rules edited while they were being parsed must not be stored under the key of what was read first.
              RuleFileFinder.find(paths: paths).files == found.files, self.key(files: found.files, settings: settings) == key else {
            return CachedCatalogLoad(result: result, outcome: .parsed)
        }
        guard write(path: path, directory: directory, contents: magic + lengthPrefixed(key) + lengthPrefixed(payload.fingerprint) + payload.bytes) else {
            return CachedCatalogLoad(result: result, outcome: .parsed, warning: Message(.cliCatalogCacheNotWritten, directory))
        }
        return CachedCatalogLoad(result: result, outcome: .stored)
    }

    /// The catalog's binary form with its fingerprint, or nil when it would not read back equal (a model field the
    /// binary form does not carry yet): such a catalog is not cached.
    static func encode(_ catalog: Catalog) -> (bytes: [UInt8], fingerprint: [UInt8])? {
        var writer = CatalogBinaryWriter()
        catalog.write(to: &writer)
        let bytes = writer.bytes
        guard let back = decode(bytes), sameContent(back, catalog) else { return nil }
        return (bytes, bytes.withUnsafeBytes { Fingerprint($0).bytes })
    }

    /// The catalog in `bytes`, or nil when they are malformed.
    static func decode(_ bytes: [UInt8]) -> Catalog? {
        bytes.withUnsafeBufferPointer(decode)
    }

    /// The catalog in `buffer`, or nil when it is malformed or does not end where the catalog does.
    static func decode(_ buffer: UnsafeBufferPointer<UInt8>) -> Catalog? {
        do {
            var reader = try CatalogBinaryReader(buffer)
            let catalog = try Catalog(from: &reader)
            return reader.atEnd ? catalog : nil
        } catch {
            return nil
        }
    }

    /// True when two catalogs hold the same rules, positions included.
    static func sameContent(_ a: Catalog, _ b: Catalog) -> Bool {
        a.facts == b.facts && a.violations == b.violations && a.lists == b.lists && a.standards == b.standards
            && a.limitations == b.limitations && a.policies == b.policies && a.calendars == b.calendars && a.duties == b.duties
            && a.derivations == b.derivations && a.regions == b.regions && a.files == b.files
            && a.unplacedCitations.isEmpty && b.unplacedCitations.isEmpty
    }

    /// The cached catalog when the file at `path` is whole and was written for exactly `key`.
    static func read(path: String, key: [UInt8]) -> Catalog? {
        guard let contents = readFile(path) else { return nil }
        var offset = magic.count
        guard contents.count > offset, Array(contents[0..<offset]) == magic,
              let storedKey = lengthPrefixed(contents, at: &offset), storedKey.elementsEqual(key),
              let storedFingerprint = lengthPrefixed(contents, at: &offset) else { return nil }
        let payload = contents[offset...]
        guard payload.withUnsafeBytes({ Fingerprint($0).bytes }).elementsEqual(storedFingerprint) else { return nil }
        return payload.withUnsafeBufferPointer(decode)
    }

    /// The key of the current rule files and program, or nil when a file cannot be read (the parse reports it).
    static func key(files: [String], settings: CatalogCacheSettings) -> [UInt8]? {
        var key = Array("format \(formatVersion)\nversion \(settings.programVersion)\nexecutable \(executableIdentity)\n".utf8)
        for file in files {
            guard let bytes = readFile(file) else { return nil }
            key += Array("\(file)\0\(bytes.count)\0".utf8)
            key += bytes.withUnsafeBytes { Fingerprint($0).bytes }
        }
        return key
    }

    /// One cache file per rules location (the paths as given, from the current folder) and program build, so that
    /// several projects or builds do not keep replacing each other's file.
    static func fileName(paths: [String], settings: CatalogCacheSettings) -> String {
        let identity = Array(([FileManager.default.currentDirectoryPath, settings.programVersion, executableIdentity] + paths).joined(separator: "\0").utf8)
        let fingerprint = identity.withUnsafeBytes { Fingerprint($0) }
        return "catalog-" + String(fingerprint.high, radix: 16) + String(fingerprint.low, radix: 16) + ".bin"
    }

    /// The running executable's path, size, modification time and inode: a rebuilt program is another program.
    static let executableIdentity: String = {
        let path = executablePath()
        var info = stat()
        guard stat(path, &info) == 0 else { return path }
        return "\(path) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec) \(info.st_ino)"
    }()

    private static func executablePath() -> String {
        #if os(Linux)
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if count > 0 { return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self) }
        #endif
        return Bundle.main.executablePath ?? CommandLine.arguments.first ?? ""
    }

    private static func lengthPrefixed(_ bytes: [UInt8]) -> [UInt8] {
        withUnsafeBytes(of: UInt64(bytes.count).littleEndian) { Array($0) } + bytes
    }

    private static func lengthPrefixed(_ contents: [UInt8], at offset: inout Int) -> ArraySlice<UInt8>? {
        guard contents.count - offset >= 8 else { return nil }
        var length: UInt64 = 0
        for index in (0..<8).reversed() { length = length << 8 | UInt64(contents[offset + index]) }
        offset += 8
        guard length <= UInt64(contents.count - offset) else { return nil }
        defer { offset += Int(length) }
        return contents[offset..<(offset + Int(length))]
    }

    /// The whole file, or nil when it cannot be read.
    static func readFile(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        let size = Int(info.st_size)
        // One byte more than the size, to notice a file that grew since `fstat` (it is then not cached).
        var bytes = [UInt8](repeating: 0, count: size + 1)
        var done = 0
        while done <= size {
            let count = bytes.withUnsafeMutableBytes { buffer in systemRead(descriptor, buffer.baseAddress.map { $0 + done }, size + 1 - done) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            done += count
        }
        guard done == size else { return nil }
        bytes.removeLast()
        return bytes
    }

    /// Writes `contents` to a temporary file next to `path` and renames it over `path`; false when that fails.
    static func write(path: String, directory: String, contents: [UInt8]) -> Bool {
        guard (try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)) != nil else { return false }
        let temporary = path + ".\(getpid()).\(UInt64.random(in: 0...UInt64.max)).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return false }
        var done = 0
        while done < contents.count {
            let count = contents.withUnsafeBytes { systemWrite(descriptor, $0.baseAddress.map { $0 + done }, contents.count - done) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else {
                close(descriptor)
                unlink(temporary)
                return false
            }
            done += count
        }
        guard close(descriptor) == 0, rename(temporary, path) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }
}

extension Fingerprint {
    /// The sixteen bytes, high lane first.
    var bytes: [UInt8] {
        withUnsafeBytes(of: (high.bigEndian, low.bigEndian)) { Array($0) }
    }
}

#if canImport(Glibc)
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int { Glibc.read(descriptor, buffer, count) }
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int { Glibc.write(descriptor, buffer, count) }
#else
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int { Darwin.read(descriptor, buffer, count) }
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int { Darwin.write(descriptor, buffer, count) }
#endif
