/// The catalogue of every diagnostic code Leniency can emit; the raw value is the stable code printed to users.
///
/// Codes never change meaning once published; new checks get new codes. The README lists them all,
/// and a test keeps that list in sync with this enum.
public enum DiagnosticCode: String, Sendable, Hashable, CaseIterable, Codable {
    // I: input files
    case unreadableFile = "I001"
    case noRuleFiles = "I002"
    case skippedInput = "I003"

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
    case unknownRegion = "R006"
    case referenceCycle = "R007"

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
    case weightsOverLimit = "B005"
    case weightLevelsOverlap = "B006"
    case multiplesSplitMissing = "B007"

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
        case .unknownRegion: "unknown-region"
        case .referenceCycle: "reference-cycle"
        case .expressionSyntax: "expression-syntax"
        case .typeMismatch: "type-mismatch"
        case .expiryBeforeEffective: "expiry-before-effective"
        case .overlappingVersions: "overlapping-versions"
        case .bandOutsideStatutoryRange: "band-outside-statutory-range"
        case .tierGap: "tier-gap"
        case .tierOverlap: "tier-overlap"
        case .invalidStatutoryRange: "invalid-statutory-range"
        case .weightsOverLimit: "weights-over-limit"
        case .weightLevelsOverlap: "weight-levels-overlap"
        case .multiplesSplitMissing: "multiples-split-missing"
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
        case .skippedInput: "skipped-input"
        }
    }

    /// The severity used unless the emitter says otherwise.
    public var defaultSeverity: Severity {
        switch self {
        case .fullWidthColon, .ideographicSpaceIndent, .citationNotNormalised, .neverApplies,
             .badIdentifierChecksum, .inconsistentCaseDates, .skippedInput:
            .warning
        default:
            .error
        }
    }

    /// A generic one-line fix, shown when the emitter has nothing more specific (English; `hintMessage` translates).
    public var hint: String { hintMessage.english }

    /// The generic fix as a catalogue message.
    public var hintMessage: Message {
        switch self {
        case .unreadableFile: Message(.hintUnreadableFile)
        case .noRuleFiles: Message(.hintNoRuleFiles)
        case .skippedInput: Message(.inputNotRecognisedHint)
        case .yamlSyntax: Message(.hintYAMLSyntax)
        case .invalidUTF8: Message(.hintInvalidUTF8)
        case .duplicateKey: Message(.hintDuplicateKey)
        case .nestingTooDeep: Message(.hintNestingTooDeep)
        case .aliasBudgetExceeded: Message(.hintAliasBudgetExceeded)
        case .inputTooLarge: Message(.hintInputTooLarge)
        case .fullWidthColon: Message(.hintFullWidthColon)
        case .ideographicSpaceIndent: Message(.hintIdeographicSpaceIndent)
        case .tabIndent: Message(.hintTabIndent)
        case .unsupportedYAML: Message(.hintUnsupportedYAML)
        case .undefinedAlias: Message(.hintUndefinedAlias)
        case .unknownKey: Message(.hintUnknownKey)
        case .missingField: Message(.hintMissingField)
        case .wrongType: Message(.hintWrongType)
        case .invalidValue: Message(.hintInvalidValue)
        case .unknownDocumentKind: Message(.hintUnknownDocumentKind)
        case .unknownFact: Message(.hintUnknownFact)
        case .unknownEnumValue: Message(.hintUnknownEnumValue)
        case .unknownViolation: Message(.hintUnknownViolation)
        case .duplicateID: Message(.hintDuplicateID)
        case .unknownReference: Message(.hintUnknownReference)
        case .unknownRegion: Message(.hintUnknownRegion)
        case .referenceCycle: Message(.hintReferenceCycle)
        case .expressionSyntax: Message(.hintExpressionSyntax)
        case .typeMismatch: Message(.hintTypeMismatch)
        case .expiryBeforeEffective: Message(.hintExpiryBeforeEffective)
        case .overlappingVersions: Message(.hintOverlappingVersions)
        case .bandOutsideStatutoryRange: Message(.hintBandOutsideStatutoryRange)
        case .tierGap: Message(.hintTierGap)
        case .tierOverlap: Message(.hintTierOverlap)
        case .invalidStatutoryRange: Message(.hintInvalidStatutoryRange)
        case .weightsOverLimit: Message(.lintWeightsOverHundredHint)
        case .weightLevelsOverlap: Message(.lintWeightLevelsOverlapHint)
        case .multiplesSplitMissing: Message(.lintMultiplesSplitHint)
        case .missingCitation: Message(.hintMissingCitation)
        case .citationNotNormalised: Message(.hintCitationNotNormalised)
        case .uniqueOverlap: Message(.hintUniqueOverlap)
        case .neverApplies: Message(.hintNeverApplies)
        case .calendarConflict: Message(.hintCalendarConflict)
        case .calendarDateOutsideYear: Message(.hintCalendarDateOutsideYear)
        case .invalidCaseFile: Message(.hintInvalidCaseFile)
        case .badIdentifierChecksum: Message(.hintBadIdentifierChecksum)
        case .inconsistentCaseDates: Message(.hintInconsistentCaseDates)
        case .invalidTest: Message(.hintInvalidTest)
        }
    }

    /// One-line summary of what the check looks for, for documentation and SARIF rule descriptions.
    public var summary: String {
        switch self {
        case .unreadableFile: "A file or folder could not be read."
        case .noRuleFiles: "No rule files were found under the given paths."
        case .skippedInput: "An audit input holds neither cases, inspection records nor certificates; it is skipped."
        case .yamlSyntax: "The text is not valid YAML (syntax error)."
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
        case .unknownRegion: "A region name (or GB/T 2260 code) that no `kind: regions` document declares."
        case .referenceCycle: "Definitions that depend on themselves: a region's parents, or derived facts, form a cycle."
        case .expressionSyntax: "A condition expression does not parse."
        case .typeMismatch: "A condition compares values of incompatible types."
        case .expiryBeforeEffective: "A list or standard expires before it takes effect."
        case .overlappingVersions: "Two versions of one list or standard are in force on the same day."
        case .bandOutsideStatutoryRange: "A discretion band lies outside the statutory range."
        case .tierGap: "Tiers of a discretion standard leave a gap."
        case .tierOverlap: "Tiers of a discretion standard overlap."
        case .invalidStatutoryRange: "The statutory range is empty or inverted."
        case .weightsOverLimit: "The weights of a model-D standard can add up to more than 100%."
        case .weightLevelsOverlap: "Two levels of one weight factor can hold at once."
        case .multiplesSplitMissing: "A model-C standard whose statutory maximum is at least four times its minimum splits its 阶次 into equal amounts, not by multiples."
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
