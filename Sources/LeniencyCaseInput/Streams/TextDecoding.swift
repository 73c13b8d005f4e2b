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
            return .failure(DecodingFailure(message: "the text is not valid UTF-8, and GB18030 decoding is not available in this build's Foundation",
                                            hint: "convert the file to UTF-8 first, e.g. `iconv -f GB18030 -t UTF-8 in.csv > out.csv`"))
        }
        var body = bytes[...]
        if body.starts(with: [0x84, 0x31, 0x95, 0x33]) { body = body.dropFirst(4) }
        if let text = String(bytes: body, encoding: gb18030) { return .success((text, true)) }
        return .failure(DecodingFailure(message: "the text is neither valid UTF-8 nor valid GB18030",
                                        hint: "save the export as UTF-8 (with or without BOM) or GB18030"))
    }

    /// Why bytes could not be decoded.
    struct DecodingFailure: Error, Sendable {
        var message: String
        var hint: String
    }
}
