import LeniencyCore
import Foundation

/// Decodes input bytes: UTF-8 when valid, else GB18030 (the encoding many Chinese government exports use).
enum TextDecoding {
    /// `kCFStringEncodingGB_18030_2000` (0x0632) as a Foundation string encoding (CF encodings are 0x8000_0000 | value).
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    /// True when this platform's Foundation can decode GB18030 (probed once with 中 = D6 D0).
    static let gb18030Available: Bool = String(bytes: [0xD6, 0xD0], encoding: gb18030) == "中"

    /// The text, and whether it was read as GB18030; an error message when neither encoding fits.
    static func decode(_ bytes: [UInt8]) -> Result<(text: String, gb18030: Bool), DecodingFailure> {
        if let text = String(validating: bytes, as: UTF8.self) { return .success((text, false)) }
        guard gb18030Available else {
            return .failure(DecodingFailure(message: Message(.decodeNoGB18030), hint: Message(.decodeNoGB18030Hint)))
        }
        var body = bytes[...]
        if body.starts(with: [0x84, 0x31, 0x95, 0x33]) { body = body.dropFirst(4) }
        if let text = String(bytes: body, encoding: gb18030) { return .success((text, true)) }
        return .failure(DecodingFailure(message: Message(.decodeNeither), hint: Message(.decodeNeitherHint)))
    }

    /// Why bytes could not be decoded.
    struct DecodingFailure: Error, Sendable {
        var message: Message
        var hint: Message
    }
}
