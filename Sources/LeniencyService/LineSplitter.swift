import Hummingbird
import NIOCore

/// One line of a JSON Lines request body.
enum StreamLine: Sendable {
    /// The line's bytes, without its newline.
    case bytes([UInt8])
    /// A line longer than the limit; the rest of the body is not read.
    case tooLong
}

/// Splits a request body into lines as it arrives, never holding more than one line (up to `maxLine` bytes).
struct LineSplitter {
    private var iterator: RequestBody.AsyncIterator
    private var pending: [UInt8] = []
    private var finished = false
    private let maxLine: Int

    init(body: RequestBody, maxLine: Int) {
        iterator = body.makeAsyncIterator()
        self.maxLine = maxLine
    }

    /// The next line; nil at the end of the body.
    mutating func next() async throws -> StreamLine? {
        while true {
            if let newline = pending.firstIndex(of: 0x0A) {
                let line = Array(pending[..<newline])
                pending.removeSubrange(...newline)
                return .bytes(line)
            }
            if pending.count > maxLine { return .tooLong }
            if finished {
                guard !pending.isEmpty else { return nil }
                defer { pending = [] }
                return .bytes(pending)
            }
            guard let chunk = try await iterator.next() else {
                finished = true
                continue
            }
            pending.append(contentsOf: chunk.readableBytesView)
        }
    }
}
