public import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore

/// The identifiers a register looks a party up by: only those whose check character is right, normalised, so a
/// typing error never finds (or hides) another party's history.
public struct PartyIdentity: Sendable, Hashable {
    /// A valid 统一社会信用代码 (GB 32100-2015), upper case.
    public var creditCode: String?
    /// A valid 身份证号 (GB 11643-1999), with an upper-case X.
    public var idNumber: String?

    /// The valid identifiers of `party`.
    public init(_ party: Party) {
        let code = party.creditCode.map(Self.normalised)
        let number = party.idNumber.map(Self.normalised)
        creditCode = code.flatMap { IdentifierChecks.isValidCreditCode($0) ? $0 : nil }
        idNumber = number.flatMap { IdentifierChecks.isValidIDNumber($0) ? $0 : nil }
    }

    /// True when neither identifier is valid: the register cannot be searched for this party.
    public var isEmpty: Bool { creditCode == nil && idNumber == nil }

    /// Why `party` cannot be looked up, in English and Chinese; nil when it can.
    public static func problem(_ party: Party) -> (english: String, chinese: String)? {
        guard PartyIdentity(party).isEmpty else { return nil }
        if let code = party.creditCode {
            return ("the party's 统一社会信用代码 \(code) fails its check, so the case register was not searched",
                    "当事人统一社会信用代码 \(code) 校验不通过，未检索案件库")
        }
        if let number = party.idNumber {
            return ("the party's 身份证号 \(number) fails its check, so the case register was not searched",
                    "当事人身份证号 \(number) 校验不通过，未检索案件库")
        }
        return ("the party has no 统一社会信用代码 or 身份证号, so the case register was not searched",
                "当事人无统一社会信用代码或身份证号，未检索案件库")
    }

    private static func normalised(_ text: String) -> String {
        text.trimmingSpaces().uppercased()
    }
}
