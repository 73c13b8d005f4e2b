import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
import Testing

/// Vectors from law-and-policy.md §7 (GB 32100-2015 and GB 11643-1999).
@Suite("Identifier checks")
struct IdentifierChecksTests {
    @Test("Valid 统一社会信用代码 pass", arguments: [
        "91350200776049653A", "91350500798359476R", "91350503MA31DKY80A", "913502000728319549",
        "123502001549897397", "91350213678251743X", "91440101MA5CJQ4N59",
    ])
    func validCreditCodes(code: String) {
        #expect(IdentifierChecks.isValidCreditCode(code))
    }

    @Test("A code whitelisted elsewhere still fails its check character")
    func whitelistedCodeFails() {
        #expect(!IdentifierChecks.isValidCreditCode("91350203M0001QAY9B"))
    }

    @Test("Changing any one character of a valid credit code breaks it", arguments: Array(0..<18))
    func alteredCreditCode(position: Int) {
        var characters = Array("91350200776049653A")
        // Replace by a different charset character; every single substitution changes Σ mod 31 because weights are units mod 31.
        characters[position] = characters[position] == "1" ? "2" : "1"
        #expect(!IdentifierChecks.isValidCreditCode(String(characters)))
    }

    @Test("Credit codes of the wrong length or charset fail", arguments: [
        "", "91350200776049653", "91350200776049653AA", "9135020077604965IA", "91350200776049653a",
    ])
    func malformedCreditCodes(code: String) {
        #expect(!IdentifierChecks.isValidCreditCode(code))
    }

    @Test("Valid 身份证号 pass", arguments: ["11010519491231002X", "440524188001010014", "34052419800101001X"])
    func validIDNumbers(number: String) {
        #expect(IdentifierChecks.isValidIDNumber(number))
    }

    @Test("A lowercase x is accepted as the check character")
    func lowercaseX() {
        #expect(IdentifierChecks.isValidIDNumber("11010519491231002x"))
    }

    @Test("Altered id numbers fail")
    func alteredIDNumbers() {
        #expect(!IdentifierChecks.isValidIDNumber("11010519491231003X"))  // sequence digit changed
        #expect(!IdentifierChecks.isValidIDNumber("110105194912310020"))  // check character changed
        #expect(!IdentifierChecks.isValidIDNumber("21010519491231002X"))  // address digit changed
        #expect(!IdentifierChecks.isValidIDNumber("110105194912310"))     // legacy 15-digit form
        #expect(!IdentifierChecks.isValidIDNumber("1101051949123100XX"))
    }

    @Test("An id number whose embedded birth date does not exist fails even with a matching check character")
    func impossibleBirthDate() {
        // 1949-02-30 does not exist; compute the MOD 11-2 check character so only the date is wrong.
        let body = Array("11010519490230002")
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        let sum = zip(body, weights).reduce(0) { $0 + ($1.0.wholeNumberValue ?? 0) * $1.1 }
        let check = Array("10X98765432")[sum % 11]
        #expect(!IdentifierChecks.isValidIDNumber(String(body) + String(check)))
    }

    @Test("The birth date comes from positions 7–14 of a valid number")
    func birthDate() {
        #expect(IdentifierChecks.birthDate(fromIDNumber: "11010519491231002X") == CivilDate(year: 1949, month: 12, day: 31))
        #expect(IdentifierChecks.birthDate(fromIDNumber: "440524188001010014") == CivilDate(year: 1880, month: 1, day: 1))
        #expect(IdentifierChecks.birthDate(fromIDNumber: "11010519491231003X") == nil)
    }
}
