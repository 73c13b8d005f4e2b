import Foundation
import LeniencyCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a report file so that readers see the old file or the whole new one, never a part, even after a crash or
/// a power cut: the text goes to a temporary file `.NAME.PID.RANDOM.tmp` in the target's folder, which is flushed to
/// disk (`fsync`), renamed over the target, and the folder is flushed so the rename itself is durable.
///
/// - The target's permission bits are kept; a new file gets 0666 less the umask, as the shell's `>` would.
/// - A symbolic link is written through: the file it points to (following every link) is replaced and the link
///   stays, as with the shell's `>`. A link whose target folder does not exist is an error that names the target.
/// - SIGINT and SIGTERM during the write remove the temporary file before the process ends.
/// - Temporary files of this target left by a run that was killed (SIGKILL, power cut) are removed on the next
///   write, unless the process that made them is still running.
enum AtomicFile {
    /// Why a write failed, as a catalogue message for the user.
    struct Failure: Error, CustomStringConvertible {
        var message: Message
        var description: String { message.english }
    }

    /// Writes `text` to `path` atomically and durably; `beforeRename` lets tests act between the two steps.
    static func write(_ text: String, to path: String, beforeRename: (String) -> Void = { _ in }) throws {
        let target = try resolvedTarget(path)
        let folder = (target as NSString).deletingLastPathComponent.isEmpty ? "." : (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        removeStaleTemporaries(of: name, in: folder)

        var existing = stat()
        let mode: mode_t = lstat(target, &existing) == 0 ? existing.st_mode & 0o7777 : 0o666 & ~currentUmask()
        let temporary = folder + "/.\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw failure(.outputCannotCreateTemporary, folder, errno) }
        SignalCleanup.arm(removing: temporary)
        defer { SignalCleanup.disarm() }
        do {
            defer { close(descriptor) }
            try writeAll(Array(text.utf8), to: descriptor)
            // The permission bits are set explicitly: the umask applied at creation must not narrow a kept mode.
            guard fchmod(descriptor, mode) == 0 else { throw failure(.outputCannotSetMode, temporary, errno) }
            guard fsync(descriptor) == 0 else { throw failure(.outputCannotFlush, temporary, errno) }
        } catch {
            unlink(temporary)
            throw error
        }
        beforeRename(temporary)
        guard rename(temporary, target) == 0 else {
            let code = errno
            unlink(temporary)
            throw failure(.outputCannotReplace, target, code)
        }
        // Flushing the folder makes the rename survive a power cut; a folder that cannot be opened is not an error.
        let folderDescriptor = open(folder, O_RDONLY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            _ = fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    /// The file that `path` names after following symbolic links (relative links resolve against their own folder).
    static func resolvedTarget(_ path: String) throws -> String {
        var current = path
        for _ in 0..<maxLinks {
            var info = stat()
            guard lstat(current, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { break }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(current, &buffer, buffer.count - 1)
            guard length >= 0 else { throw failure(.outputCannotReadLink, current, errno) }
            let destination = String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = destination.hasPrefix("/") ? destination
                : ((current as NSString).deletingLastPathComponent as NSString).appendingPathComponent(destination)
        }
        var info = stat()
        if lstat(current, &info) == 0, info.st_mode & S_IFMT == S_IFLNK {
            throw Failure(message: Message(.outputLinkChain, path, maxLinks))
        }
        if lstat(current, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
            throw Failure(message: Message(.outputIsFolder, current, current + "/report.csv"))
        }
        let folder = (current as NSString).deletingLastPathComponent
        if !folder.isEmpty, lstat(folder, &info) != 0 || info.st_mode & S_IFMT != S_IFDIR {
            throw Failure(message: current == path ? Message(.outputFolderMissing, folder)
                                                   : Message(.outputFolderMissingViaLink, folder, path))
        }
        return current
    }

    /// Removes `.NAME.PID.RANDOM.tmp` files in `folder` whose process no longer runs.
    static func removeStaleTemporaries(of name: String, in folder: String) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        let prefix = ".\(name)."
        for entry in entries where entry.hasPrefix(prefix) && entry.hasSuffix(".tmp") {
            let middle = entry.dropFirst(prefix.count).dropLast(4).split(separator: ".")
            guard middle.count == 2, let pid = pid_t(middle[0]), UInt32(middle[1]) != nil else { continue }
            if pid != getpid(), kill(pid, 0) != 0, errno == ESRCH {
                unlink(folder + "/" + entry)
            }
        }
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) throws {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { raw in
                systemWrite(descriptor, raw.baseAddress.map { $0 + offset }, bytes.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw Failure(message: Message(.outputCannotWriteReport, systemError(errno)))
            }
            offset += written
        }
    }

    private static func currentUmask() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }

    /// Symbolic links followed before giving up (Linux's own limit is 40 too).
    static let maxLinks = 40

    private static func failure(_ id: MessageID, _ path: String, _ code: Int32) -> Failure {
        Failure(message: Message(id, path, systemError(code)))
    }

    /// The system's reason in the user's language for the errors a report write meets; others in the C library's
    /// words with their number.
    static func systemError(_ code: Int32) -> Message {
        switch code {
        case EACCES, EPERM: Message(.systemPermissionDenied)
        case ENOSPC: Message(.systemNoSpace)
        case EDQUOT: Message(.systemQuotaExceeded)
        case EROFS: Message(.systemReadOnly)
        case ENOENT: Message(.systemNoSuchFile)
        case ENOTDIR: Message(.systemNotAFolder)
        case EIO: Message(.systemInputOutput)
        default: Message(.systemOther, String(cString: strerror(code)), Int(code))
        }
    }
}

/// Removes the temporary file of a write in progress when SIGINT or SIGTERM arrives, then lets the signal end the
/// process as it would have.
enum SignalCleanup {
    /// The path to remove, as a C string a signal handler may read (it calls only async-signal-safe `unlink`).
    // A signal handler cannot take context; this global is written only by `arm`/`disarm` on the writing thread,
    // with the signals blocked while it changes, so the handler never sees it half-written.
    nonisolated(unsafe) private static var pending: UnsafeMutablePointer<CChar>?

    static func arm(removing path: String) {
        withSignalsBlocked {
            pending = strdup(path)
            for number in [SIGINT, SIGTERM] {
                _ = signal(number) { received in
                    if let path = SignalCleanup.pending { unlink(path) }
                    _ = signal(received, SIG_DFL)
                    raise(received)
                }
            }
        }
    }

    static func disarm() {
        withSignalsBlocked {
            _ = signal(SIGINT, SIG_DFL)
            _ = signal(SIGTERM, SIG_DFL)
            free(pending)
            pending = nil
        }
    }

    private static func withSignalsBlocked(_ body: () -> Void) {
        var blocked = sigset_t(), previous = sigset_t()
        sigemptyset(&blocked)
        sigaddset(&blocked, SIGINT)
        sigaddset(&blocked, SIGTERM)
        pthread_sigmask(SIG_BLOCK, &blocked, &previous)
        body()
        pthread_sigmask(SIG_SETMASK, &previous, nil)
    }
}

/// The C `write`, named apart from `AtomicFile.write`.
func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
