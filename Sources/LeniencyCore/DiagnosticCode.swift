/// The catalogue of every diagnostic code Leniency can emit; the raw value is the stable code printed to users.
///
/// Codes never change meaning once published; new checks get new codes. The README lists them all,
/// and a test keeps that list in sync with this enum.
public enum DiagnosticCode: String, Sendable, Hashable, CaseIterable, Codable {
    // I: input files
    case unreadableFile = "I001"
    case noRuleFiles = "I002"

    // Y: YAML syntax and limits
    case yamlSyntax = "Y001"
    case invalidUTF8 = "Y002"
    case duplicateKey = "Y003"
    case nestingTooDeep = "Y004"
    case aliasBudgetExceeded = "Y005"
    case inputTooLarge = "Y006"
    case fullWidthColon = "Y007"
    case ideographicSpaceIndent = "Y008"
    case tabIndent = "Y009"
    case unsupportedYAML = "Y010"
    case undefinedAlias = "Y011"

    // S: schema
    case unknownKey = "S001"
    case missingField = "S002"
    case wrongType = "S003"
    case invalidValue = "S004"
    case unknownDocumentKind = "S005"

    // R: references
    case unknownFact = "R001"
    case unknownEnumValue = "R002"
    case unknownViolation = "R003"
    case duplicateID = "R004"
    case unknownReference = "R005"

    // E: condition expressions
    case expressionSyntax = "E001"
    case typeMismatch = "E002"

    // D: dates and versions
    case expiryBeforeEffective = "D001"
    case overlappingVersions = "D002"

    // B: discretion standards (bands and tiers)
    case bandOutsideStatutoryRange = "B001"
    case tierGap = "B002"
    case tierOverlap = "B003"
    case invalidStatutoryRange = "B004"

    // C: citations
    case missingCitation = "C001"
    case citationNotNormalised = "C002"

    // X: conflicts between items
    case uniqueOverlap = "X001"
    case neverApplies = "X002"

    // K: calendars
    case calendarConflict = "K001"
    case calendarDateOutsideYear = "K002"

    // F: case files
    case invalidCaseFile = "F001"
    case badIdentifierChecksum = "F002"
    case inconsistentCaseDates = "F003"

    // T: rule test files
    case invalidTest = "T001"

    /// Short kebab-case name, used as the SARIF rule name and in documentation.
    public var name: String {
        switch self {
        case .unreadableFile: "unreadable-file"
        case .noRuleFiles: "no-rule-files"
        case .yamlSyntax: "yaml-syntax"
        case .invalidUTF8: "invalid-utf8"
        case .duplicateKey: "duplicate-key"
        case .nestingTooDeep: "nesting-too-deep"
        case .aliasBudgetExceeded: "alias-budget-exceeded"
        case .inputTooLarge: "input-too-large"
        case .fullWidthColon: "full-width-colon"
        case .ideographicSpaceIndent: "ideographic-space-indent"
        case .tabIndent: "tab-indent"
        case .unsupportedYAML: "unsupported-yaml"
        case .undefinedAlias: "undefined-alias"
        case .unknownKey: "unknown-key"
        case .missingField: "missing-field"
        case .wrongType: "wrong-type"
        case .invalidValue: "invalid-value"
        case .unknownDocumentKind: "unknown-document-kind"
        case .unknownFact: "unknown-fact"
        case .unknownEnumValue: "unknown-enum-value"
        case .unknownViolation: "unknown-violation"
        case .duplicateID: "duplicate-id"
        case .unknownReference: "unknown-reference"
        case .expressionSyntax: "expression-syntax"
        case .typeMismatch: "type-mismatch"
        case .expiryBeforeEffective: "expiry-before-effective"
        case .overlappingVersions: "overlapping-versions"
        case .bandOutsideStatutoryRange: "band-outside-statutory-range"
        case .tierGap: "tier-gap"
        case .tierOverlap: "tier-overlap"
        case .invalidStatutoryRange: "invalid-statutory-range"
        case .missingCitation: "missing-citation"
        case .citationNotNormalised: "citation-not-normalised"
        case .uniqueOverlap: "unique-overlap"
        case .neverApplies: "never-applies"
        case .calendarConflict: "calendar-conflict"
        case .calendarDateOutsideYear: "calendar-date-outside-year"
        case .invalidCaseFile: "invalid-case-file"
        case .badIdentifierChecksum: "bad-identifier-checksum"
        case .inconsistentCaseDates: "inconsistent-case-dates"
        case .invalidTest: "invalid-test"
        }
    }

    /// The severity used unless the emitter says otherwise.
    public var defaultSeverity: Severity {
        switch self {
        case .fullWidthColon, .ideographicSpaceIndent, .citationNotNormalised, .neverApplies,
             .badIdentifierChecksum, .inconsistentCaseDates:
            .warning
        default:
            .error
        }
    }

    /// A generic one-line fix, shown when the emitter has nothing more specific.
    public var hint: String {
        switch self {
        case .unreadableFile: "check that the path exists and is readable"
        case .noRuleFiles: "point --rules (or LENIENCY_RULES) at a folder holding *.yaml rule files"
        case .yamlSyntax: "fix the YAML syntax at the marked position"
        case .invalidUTF8: "save the file as UTF-8"
        case .duplicateKey: "remove or rename one of the two keys"
        case .nestingTooDeep: "flatten the structure; rule files never need this much nesting"
        case .aliasBudgetExceeded: "expand fewer aliases; rule files should not rely on alias expansion"
        case .inputTooLarge: "split the file, or shorten the value"
        case .fullWidthColon: "use an ASCII colon followed by a space (`key: value`), not the full-width colon `：`"
        case .ideographicSpaceIndent: "indent with ASCII spaces, not the ideographic space U+3000"
        case .tabIndent: "indent with spaces; YAML forbids tabs in indentation"
        case .unsupportedYAML: "use plain mappings, sequences and scalars"
        case .undefinedAlias: "define the anchor (&name) before using the alias (*name)"
        case .unknownKey: "remove the key or correct its spelling"
        case .missingField: "add the required field"
        case .wrongType: "give a value of the expected type"
        case .invalidValue: "use one of the accepted values"
        case .unknownDocumentKind: "set `kind:` to one of facts, violations, list, standard, limitation, policy, calendar (rule tests use `kind: test` in *.test.yaml files)"
        case .unknownFact: "declare the fact in a `kind: facts` file or correct its name"
        case .unknownEnumValue: "use one of the values declared for the fact"
        case .unknownViolation: "declare the violation code in a `kind: violations` file or correct it"
        case .duplicateID: "give each list, item, standard and policy a unique id"
        case .unknownReference: "correct the reference or declare what it names"
        case .expressionSyntax: "fix the condition expression at the marked column"
        case .typeMismatch: "compare a fact with a value of its declared type"
        case .expiryBeforeEffective: "the expiry date must come after the effective date"
        case .overlappingVersions: "set the older version's `expires` to the day before the newer one takes effect"
        case .bandOutsideStatutoryRange: "keep every band inside the statutory minimum and maximum"
        case .tierGap: "make each tier start where the previous one ends"
        case .tierOverlap: "make the tiers' bands disjoint (mind the boundary convention)"
        case .invalidStatutoryRange: "the statutory minimum must not exceed the maximum"
        case .missingCitation: "cite the article the item rests on, e.g. 《中华人民共和国行政处罚法》第三十三条第一款"
        case .citationNotNormalised: "write citations as 《法名》第X条第X款第X项 with Chinese numerals"
        case .uniqueOverlap: "narrow one item's conditions, or change the list's hit_policy"
        case .neverApplies: "the conditions contradict each other; relax or remove one"
        case .calendarConflict: "a date cannot be both a holiday and a working day"
        case .calendarDateOutsideYear: "move the date into the calendar's year"
        case .invalidCaseFile: "correct the case file at the marked position"
        case .badIdentifierChecksum: "check the 统一社会信用代码 or 身份证号 for a typing error"
        case .inconsistentCaseDates: "check the order of the case dates"
        case .invalidTest: "correct the rule test at the marked position"
        }
    }

    /// One-line summary of what the check looks for, for documentation and SARIF rule descriptions.
    public var summary: String {
        switch self {
        case .unreadableFile: "A file or folder could not be read."
        case .noRuleFiles: "No rule files were found under the given paths."
        case .yamlSyntax: "libyaml rejected the text (syntax error)."
        case .invalidUTF8: "The file is not valid UTF-8."
        case .duplicateKey: "A mapping repeats a key."
        case .nestingTooDeep: "Nesting exceeds the depth limit."
        case .aliasBudgetExceeded: "Alias expansion exceeds the budget (billion-laughs guard)."
        case .inputTooLarge: "The file or one scalar exceeds the size limit."
        case .fullWidthColon: "A full-width colon `：` where a mapping key was probably meant."
        case .ideographicSpaceIndent: "Indentation uses the ideographic space U+3000."
        case .tabIndent: "Indentation uses a tab."
        case .unsupportedYAML: "A YAML feature the rule format does not accept (explicit tags, non-scalar keys)."
        case .undefinedAlias: "An alias names an anchor that was never defined."
        case .unknownKey: "A key the schema does not know."
        case .missingField: "A required field is missing."
        case .wrongType: "A value has the wrong type."
        case .invalidValue: "A value is outside the accepted set or format."
        case .unknownDocumentKind: "The document's `kind` is missing or unknown."
        case .unknownFact: "A condition or case names an undeclared fact."
        case .unknownEnumValue: "A value is not one of the fact's declared values."
        case .unknownViolation: "A violation code is not declared."
        case .duplicateID: "An id is used twice across the rule files."
        case .unknownReference: "A reference to a list, standard, policy or calendar that does not exist."
        case .expressionSyntax: "A condition expression does not parse."
        case .typeMismatch: "A condition compares values of incompatible types."
        case .expiryBeforeEffective: "A list or standard expires before it takes effect."
        case .overlappingVersions: "Two versions of one list or standard are in force on the same day."
        case .bandOutsideStatutoryRange: "A discretion band lies outside the statutory range."
        case .tierGap: "Tiers of a discretion standard leave a gap."
        case .tierOverlap: "Tiers of a discretion standard overlap."
        case .invalidStatutoryRange: "The statutory range is empty or inverted."
        case .missingCitation: "An item or violation does not cite its legal basis."
        case .citationNotNormalised: "A citation is not in the normalised form."
        case .uniqueOverlap: "Under hit_policy unique, two items can apply to the same case."
        case .neverApplies: "An item's conditions can never all hold."
        case .calendarConflict: "A calendar lists a date both as holiday and as working day."
        case .calendarDateOutsideYear: "A calendar date lies outside the calendar's year."
        case .invalidCaseFile: "A case file does not match the case format."
        case .badIdentifierChecksum: "A 统一社会信用代码 or 身份证号 fails its check character."
        case .inconsistentCaseDates: "Case dates are out of order (e.g. decision before 立案)."
        case .invalidTest: "A rule test file does not match the test format."
        }
    }
}
