/// The one catalogue of user-visible sentences: a stable id (the case name) with an English and a Chinese template,
/// one line each. `{0}`, `{1}`, … are the message's arguments; identifiers, codes, citations and 文号 arrive as
/// arguments and are never translated. A new sentence gets a new case; an id never changes meaning.
///
/// Tests check that both templates of every id use the same placeholders and that no Chinese template holds an
/// English word outside backquotes (`MessageCatalogueTests`).
public enum MessageID: String, Sendable, Hashable, CaseIterable {
    /// Text shown as it is (rule-authored text, another tool's words).
    case verbatim

    // Audit findings of the case-file review (procedure, coercive measures, payment; LeniencyAudit).
    case auditInvestigationTooFewOfficers, auditOfficerCertificateInvestigation
    case auditCertificateNoNumber, auditCertificateUnknown, auditCertificateOtherHolder, auditCertificateNotValid
    case auditSummaryOverFine, auditSummaryOverKinds, auditPartyIndividual, auditPartyOrganisation
    case auditSummaryFormalities, auditFormalityCertificate, auditFormalityForm, auditFormalityDelivered, auditFormalityReported
    case auditNoNotice, auditNoticeAfterDecision, auditDecidedInPeriod, auditDecidedBeforeHearing
    case auditNoHearingRight, auditHearingByFine, auditHearingByKind
    case auditReviewAfterDecision, auditReviewWithoutReviewer
    case auditInspectionTooFewOfficers, auditInspectionPerformer
    case auditPerformerAgency, auditPerformerAuthorised, auditPerformerEntrusted, auditPerformerThirdParty, auditPerformerAuxiliary
    case auditMeasureRestriction, auditMeasureSequestration, auditMeasureSeizure, auditMeasureFreeze, auditMeasureOther
    case auditCoercionDespiteRefrain, auditCoercionDespiteList, auditCoercionOverPeriod
    case auditPeriodBase, auditPeriodExtended, auditPeriodExtensionLate, auditPeriodExtensionCapped
    case auditCoercionNoDecision, auditCoercionNotNotified
    case auditDoubleFine, auditSurchargeAboveCap, auditSurchargeFromBeforeDue, auditSurchargePaidOnTime
    case auditSmallGroupDivergence
    case penaltyKindWarning, penaltyKindPublicCriticism, penaltyKindFine, penaltyKindConfiscation, penaltyKindLicenceSuspension
    case penaltyKindQualificationDowngrade, penaltyKindRevocation, penaltyKindBusinessRestriction, penaltyKindSuspension
    case penaltyKindClosure, penaltyKindEmploymentRestriction, penaltyKindDetention
    // Reading the procedure fields of case files and policies.
    case caseStepMustBeDate, caseStepGiveDate, caseFieldsOutOfOrder, caseHearingOrderHint, caseMeasureOrderHint
    case inspectionPerformerOneOf, inspectionPerformerHint, policySurchargeCapNegative, policySurchargeCapHint
    case policyThresholdOutOfRange, policyThresholdHint
    case policyPerformerUnknown, auditRuleSmallGroup
    // The province's leniency figures (summary, HTML, statistics CSV).
    case auditLeniencyHeading, auditFigureExempted, auditFigureMitigated, auditFigureLightened, auditFigureNoCoercion
    case auditNotComputed, auditConventionsHeading, auditWaivedAmountConvention, auditMitigatedAmountConvention
    case auditFiguresByHeading, auditDimensionAgency, auditDimensionRegion, auditDimensionMonth, auditDimensionYear
    case auditNotRecordedHeading, auditSimilarGroupsLine, auditSimilarSmallRule, auditFiguresRow
    case htmlLeniencyHeading, htmlCardWaivedAmount, htmlCardMitigatedAmount, htmlCardNoCoercion, htmlNotRecorded
    case figureExemptedCases, figureWaivedYuan, figureWaivedNotComputed, figureMitigatedCases, figureMitigatedYuan
    case figureMitigatedNotComputed, figureLighterCases, figureNoCoercionCases, figureDimension, figureKey, figureTotal

    // Generic hints of the diagnostic codes (DiagnosticCode.hint).
    case hintUnreadableFile, hintNoRuleFiles, hintYAMLSyntax, hintInvalidUTF8, hintDuplicateKey, hintNestingTooDeep
    case hintAliasBudgetExceeded, hintInputTooLarge, hintFullWidthColon, hintIdeographicSpaceIndent, hintTabIndent
    case hintUnsupportedYAML, hintUndefinedAlias, hintUnknownKey, hintMissingField, hintWrongType, hintInvalidValue
    case hintUnknownDocumentKind, hintUnknownFact, hintUnknownEnumValue, hintUnknownViolation, hintDuplicateID
    case hintUnknownReference, hintUnknownRegion, hintReferenceCycle, hintExpressionSyntax, hintTypeMismatch, hintExpiryBeforeEffective, hintOverlappingVersions
    case hintBandOutsideStatutoryRange, hintTierGap, hintTierOverlap, hintInvalidStatutoryRange, hintMissingCitation
    case hintCitationNotNormalised, hintUniqueOverlap, hintNeverApplies, hintCalendarConflict, hintCalendarDateOutsideYear
    case hintInvalidCaseFile, hintBadIdentifierChecksum, hintInconsistentCaseDates, hintInvalidTest

    // Diagnostic rendering.
    case severityError, severityWarning, severityInfo, diagnosticHint, diagnosticNote
    case countError, countErrors, countWarning, countWarnings, countInfo, countInfos

    // Command line: usage errors and messages on standard error
    case diagnosticHintHeading, usageErrorPrefix, usageSeeHelp, usageLang, usageUnknownFormat, usageNeedCaseFile
    case usageOnDate, usageAuditNeedsInput, usageFailOn, usageDateOption, usageToBeforeFrom, usageMinCoverage
    case usageSchemaOneKind, cliRulesHaveErrors, cliNoRulesRead, cliCatalogCacheNotWritten, cliRulesHintExplicit, cliRulesHintEnvironment
    case cliRulesHintDefault, cliRulesHintOther, cliPathMissing, cliPathMissingHint, cliAuditProgress
    case cliCannotWrite, cliTestUpdated, cliTestFilterMatchesNothing, cliTestNoFiles, cliAskFact
    case cliAnswerNotAccepted, cliAnswerBoolean, cliAnswerInteger, cliAnswerDecimal, cliAnswerMoney, cliAnswerDate
    case cliAnswerDuration, cliAnswerEnum, cliAnswerText, cliDiscoveryDateLabel, typeBoolean, typeInteger
    case typeDecimal, typeMoney, typeDate, typeDuration, typeEnum, typeText

    // Condition expressions: syntax (E001)
    case exprEqualsNotOperator, exprUseDoubleEquals, exprSingleAmpersand, exprUseAnd, exprSinglePipe, exprUseOr
    case exprFullWidth, exprTypeASCII, exprChineseUnit, exprChineseUnitHint, exprUnexpectedText, exprUseFactName
    case exprUnexpectedCharacter, exprWhatExpressionsUse, exprMalformedValue, exprValueForms, exprInvalidDate
    case exprDateForm, exprNotWholeDays, exprDurationForm, exprDecimalTooLong, exprDecimalLimits, exprNumberTooLarge
    case exprNumberLimit, exprYuanNeedsAmount, exprYuanExample, exprInexactMoney, exprMoneyForm, exprUnclosedText
    case exprCloseText, exprCouldNotCheck, exprEmpty, exprEmptyHint, exprChainedComparison
    case exprChainedComparisonHint, exprUnmatchedClose, exprUnmatchedCloseHint, exprUnexpectedAfterCondition
    case exprKeywordsLowercase, exprUnexpectedComma, exprUnexpectedTokenAfterCondition, exprJoinConditions
    case exprTooDeep, exprTooDeepHint, exprExpectedBracket, exprExpectedBracketHint, exprExpectedCommaOrBracket
    case exprCloseList, exprExpectedBetweenAnd, exprExpectedValueAfter, exprExpectedCloseParen, exprEndsEarly
    case exprCompleteCondition, exprExpectedOperand

    // Condition expressions: more syntax hints
    case exprEndOfExpression, exprNoThousandsSeparators, exprBetweenForm, exprValueKinds, exprAddCloseParen
    case exprConditionForms

    // Condition expressions: types (E002, R001, R002)
    case factTypeBoolean, factTypeInteger, factTypeDecimal, factTypeMoney, factTypeDate, factTypeDuration
    case factTypeEnum, factTypeText, exprTypedFact, exprACondition, exprAnInvalidOperand, exprLiteralBoolean
    case exprLiteralNumber, exprLiteralDecimal, exprLiteralMoney, exprLiteralDate, exprLiteralDuration
    case exprLiteralEnum, exprLiteralText, exprCompareWithBoolean, exprCompareWithInteger, exprCompareWithDecimal
    case exprCompareWithMoney, exprCompareWithDate, exprCompareWithDuration, exprCompareWithEnum
    case exprCompareWithText, didYouMean, orSeparator, hintJoin, exprKeywordIsValue, exprQuoteText, exprDeclareFact
    case exprUnknownFact, exprNotACondition, exprCompareFactExample, exprCompareLiteralExample, exprTakesOneOf
    case exprNotEnumValue, exprAmountTooLarge, exprUseSmallerAmount, exprAmountInexact, exprAtMostTwoDecimals
    case exprCannotCompare, exprCannotCompareCondition, exprConditionComparesWith, exprCompareSameType
    case exprCannotOrder, exprComparesOnlyEquality, exprEnumFactsOrdering, exprCompareEachWithValue, exprFactInList
    case exprCompareTwoFacts, exprBetweenCannotOrder, exprBetweenNeeds

    // What schema messages are about (Message.subject): nouns by their English text
    case subjectNounKey, subjectKey, nounTestFile, nounTest, nounTestName, nounCaseFile, nounCase, nounParty
    case nounOfficer, nounOfficerName, nounCertificate, nounInspectionRecord, nounInspectionFile, nounInspectionCap
    case nounInspection, nounPriorViolation, nounPrior, nounDecision, nounPolicy, nounPolicyBasisKey
    case nounQuietDayOverride, nounOverride, nounCap, nounTier, nounLimitation, nounLimitationPeriod, nounList
    case nounListItem, nounItem, nounFact, nounEnum, nounViolation, nounViolationsDocument, nounFactsDocument
    case nounValueLabelKey, nounValueLabel, nounReasonLabelKey, nounReasonLabel, nounCalendar, nounCalendarYear
    case nounHoliday, nounWorkday, nounStandard, nounCondition, nounExclusion, nounDocument, nounCertificateFile
    case nounStatutoryRange, nounBand, yamlKindNull, yamlKindScalar, yamlKindMapping
    case yamlKindSequence, schemaMustBeMapping, schemaUnknownKeyIn, schemaKnownKeys, schemaMissingField
    case schemaAddField, schemaMustBeText, schemaMustBeBoolean, schemaBooleanHint, schemaMustBeInteger
    case schemaMustBeBetween, schemaMustBeDate, schemaMustBeMoney, schemaMustBeRatio, schemaMustBeOneOf
    case schemaUseOneOf, schemaMustBeList, spellDateAs, spellNoSuchMonth, spellMonthDays, spellSpreadsheetSerial
    case spellNoTime, spellDateForm, spellNegativeAmount, spellAmountUnit, spellAmountDecimals, spellAmountForm

    // Case files (F001 and the schema codes in cases)
    case caseFactsMustBeMapping, caseFactsOnePerLine, caseUnknownFact, caseDeclareFact, caseFactTyped
    case caseMustBeSingleValue, caseCannotBe, caseNotEnumValue, exampleBoolean, exampleInteger, exampleDecimal
    case exampleDate, exampleDuration, exampleText, caseDuplicate, caseDuplicateHint, firstGivenHere, caseNoCase
    case caseNoCaseHint, caseMustBeMapping, caseStartHint, caseCasesMustBeSequence, caseCasesItemHint
    case casePublishedBeforeDecided, casePublishedHint, caseBirthAfterAct, caseBirthAfterActHint, caseNegativeAmount
    case caseAmountWithoutSign, caseUnknownViolation, caseDeclareViolation, caseCreditCodeStillRead
    case caseIDNumberStillRead, caseBirthDateDisagrees, caseBirthDateDisagreesHint, caseDatesOutOfOrder
    case casePriorMustBeList, casePriorHint, casePriorUnknownCode, casePriorAfterAct, casePriorAfterActHint
    case caseDecisionListUnknown, caseDecisionItemUnknown, checkTheListID, checkTheItemID

    // Case files: identifiers and date order
    case caseUseDeclaredCode, creditCodeLength, creditCodeCharacters, creditCodeCheck, idNumberLength, idNumberShape
    case idNumberBirthDate, idNumberCheck, orderActEnd, orderDiscovered, orderFiledAfterAct
    case orderFiledAfterDiscovery, orderDecidedAfterFiled, orderDecidedAfterAct, casePriorUnknownHint
    case caseCorrectListID, caseCorrectItemID

    // Inspection records and certificates
    case inspectionDuplicate, inspectionDuplicateHint, inspectionNone, inspectionNoneHint, inspectionMustBeMapping
    case inspectionStartHint, inspectionListMustBeSequence, inspectionItemHint, inspectionNotCreditCode
    case inspectionCreditCodeStillRead, inspectionReasonOneOf, inspectionReasonHint, certificatesMustBeList
    case certificatesListHint, certificateExpiresBeforeValid, certificateCheckDates

    // Rule files: names, definitions and documents
    case nameReserved, nameReservedHint, namePatternMismatch, namePatternExample, definedTwice, definedTwiceVersions
    case definedTwiceHint, firstDefinedHere, namespaceIDs, namespaceFactNames, namespaceViolationCodes
    case namespaceCalendarYears, expiresBeforeEffective, expiresBeforeEffectiveHint, mustBeAtLeast
    case ruleDocumentMustBeMapping, ruleDocumentStartHint, ruleDocumentNoKind, ruleDocumentAddKind
    case ruleDocumentIsTest, ruleDocumentIsTestHint, unknownDocumentKind, replacesNoPeriod, replacesHint
    case noRuleFilesFound, noSuchPath, cannotReadFolder, checkFolderPermissions

    // Rule files: lists, policies, standards, facts, calendars
    case listCoercionItemOutcome, listCoercionItemOutcomeHint, listItemBothViolationKeys
    case listItemBothViolationKeysHint, listItemMissingViolation, listItemMissingViolationHint, listScopeAllItems
    case listScopeAllItemsHint, declareViolationCode, policyReasonLabelUnknown, policyReasonLabelHint
    case policyReasonLabelsMapping, policyReasonLabelsHint, policyDayWindowInverted, policyDayWindowHint
    case policyBasisMapping, policyBasisMappingHint, policyBasisUnknownRule, standardMaxOnlyMin
    case standardMaxOnlyMinHint, standardStatutoryMixed, standardStatutoryMixedHint, standardMissingMaxMultiple
    case standardMissingMaxMultipleHint, standardMultipleNeedsBasis, standardMultipleNeedsBasisHint
    case standardMissingMax, standardMissingMaxHint, standardRangeInverted, standardRangeInvertedMultipleHint
    case standardRangeInvertedAmountHint, standardBasisNotMoney, standardBasisNotMoneyHint, standardBasisUnknown
    case standardMinimumOnlyModel, standardMinimumOnlyModelHint, standardStepsModel, standardStepsModelHint
    case standardStepsCount, standardStepsCountHint, listReductionShares, listReductionSharesHint
    // Model D (weight accumulation, 权重累加): decoding, lint, decisions.
    case standardWeightsMissing, standardWeightsMissingHint, standardWeightsModel, standardWeightsModelHint
    case standardWeightShare, standardWeightShareHint, standardWeightFactorDuplicate, standardWeightFactorDuplicateHint
    case standardWeightFactUnknown, standardWeightFactUnknownHint, standardWeightNoLevels, standardWeightNoLevelsHint
    case standardWeightValueNeedsFact, standardWeightValueNeedsFactHint, standardWeightWhenOrValue, standardWeightWhenOrValueHint
    case standardWeightHistoryNeedsFact, standardWeightHistoryNeedsFactHint, weightsTraceCounted
    case standardStepMultiplesPlace, standardStepMultiplesPlaceHint, standardStepMultiplesValues, standardStepMultiplesValuesHint
    case lintMultiplesSplit, lintMultiplesSplitHint, lintWeightsOverHundred, lintWeightsOverHundredHint, lintWeightLevelsOverlap, lintWeightLevelsOverlapHint
    case decisionWeightsLine, weightsPlus, weightsStart, weightsFactor, weightsFactorLowest, weightsFactorNoLevel, weightsFactorHighest
    case weightsBaseMaximum, weightsBaseRange, weightsCapped, weightsFloor, weightsMinimum
    case weightsTraceLevel, weightsTraceLowest, weightsTraceNoLevel, weightsTraceHighest
    case fineWeightsLighter, fineWeightsHeavier
    case standardUseOneOf, standardSplitModel, standardSplitModelHint, standardSplitShares, standardSplitSharesHint
    case standardTierNeedsBand, standardTierNeedsBandHint, standardRankOneOf, standardRankUseOneOf
    case standardRankOnNamedTier, standardRankOnNamedTierHint, standardTierNeedsRank
    case standardTierNeedsRankSuggestion, standardTierNeedsRankHint, standardBandMixed, standardBandMixedHint
    case standardBandNeedsMinMax, standardBandNeedsMinMaxHint, standardBandNeedsFromTo, standardBandNeedsFromToHint
    case factBuiltIn, factBuiltInHint, factValuesOnlyEnum, factValuesOnlyEnumHint, factEnumNeedsValues
    case factEnumNeedsValuesHint, factEnumValueTwice, factRemoveRepeated, factUnknownType, factLabelsOnlyEnum
    case factLabelsOnlyEnumHint, factLabelsMapping, factLabelsMappingHint, factLabelUnknownValue, factUnknownSource
    case factSourceTypeMismatch, factDeclareWithType, factDeclareWithTypeAndValues, calendarDateOutsideYear
    case calendarDateOutsideYearHint, calendarHolidayInverted, calendarHolidayInvertedHint, calendarWorkdayInHoliday
    case calendarWorkdayInHolidayHint, calendarHolidayDeclaredHere

    // libyaml's own words (looked up by their English text, LibYAMLWords)
    case libyamlBlockSequenceEntries, libyamlControlCharacters, libyamlExpectedColon, libyamlExpectedDirectiveName
    case libyamlURIOctet, libyamlExpectedBang, libyamlExpectedCommaOrBracket, libyamlExpectedCommaOrBrace
    case libyamlExpectedDash, libyamlExpectedDocumentStart, libyamlExpectedStreamStart, libyamlExpectedAlphanumeric
    case libyamlExpectedCommentOrBreak, libyamlExpectedDigitOrDot, libyamlExpectedHex, libyamlExpectedKey
    case libyamlExpectedNodeContent, libyamlExpectedTagURI, libyamlExpectedVersion, libyamlExpectedWhitespace
    case libyamlExpectedWhitespaceOrBreak, libyamlExpectedGreaterThan, libyamlTabViolatesIndentation
    case libyamlTabWhereSpace, libyamlLeadingOctet, libyamlTrailingOctet, libyamlIndentationZero
    case libyamlCannotStartToken, libyamlDuplicateTagDirective, libyamlDuplicateYAMLDirective
    case libyamlDuplicateAnchor, libyamlLongVersion, libyamlIncompatibleDocument, libyamlInvalidUnicodeEscape
    case libyamlUndefinedAlias, libyamlUndefinedTagHandle, libyamlUnexpectedColon
    case libyamlUnexpectedDocumentIndicator, libyamlUnexpectedEnd, libyamlNonAlphabetical, libyamlUnknownDirective
    case libyamlUnknownEscape, libyamlMappingKeys, libyamlMappingValues, libyamlWhileTagDirective
    case libyamlWhileBlockCollection, libyamlWhileBlockMapping, libyamlWhileBlockNode, libyamlWhileFlowMapping
    case libyamlWhileFlowNode, libyamlWhileFlowSequence, libyamlWhileNode, libyamlWhileQuotedScalarParse
    case libyamlWhileTag, libyamlWhileTagDirectiveParse, libyamlWhileScanningTagDirective
    case libyamlWhileScanningYAMLDirective, libyamlWhileBlockScalar, libyamlWhileDirective, libyamlWhilePlainScalar
    case libyamlWhileQuotedScalar, libyamlWhileSimpleKey, libyamlWhileScanningTag, libyamlWhileScanningTagDirective2
    case libyamlWhileAlias, libyamlWhileAnchor, libyamlWhileNextToken, libyamlOther, yamlTabIndent, yamlSyntaxError
    case yamlSyntaxErrorContext, yamlSyntaxErrorContextOnly, yamlContextStartedHere, yamlNoSuchFile
    case yamlNoSuchFileHint, yamlIsFolder, yamlIsFolderHint, yamlNotReadable, yamlNotReadableHint, yamlReadFailed
    case yamlReadFailedHint, yamlInputOverLimit, yamlFileTooLarge, yamlTooLargeHint, yamlByteCount, yamlUTF16
    case yamlMaybeGBK, yamlInvalidByte, yamlValueTooLong, yamlTooDeep, yamlTooDeepHint, yamlUndefinedAlias
    case yamlAliasBudget, yamlAliasBudgetHint, yamlTooManyNodes, yamlExplicitTag, yamlExplicitTagHint
    case yamlKeyNotText, yamlDuplicateKey, yamlKeyFirstGiven, yamlIdeographicIndent, yamlFullWidthColon

    // Lint: semantic checks
    case lintOverlappingVersions, lintOverlappingVersionsUntil, lintOverlappingVersionsHint, lintOtherVersion
    case lintUniqueOverlap, lintUniqueOverlapHint, lintItemDeclaredHere, lintEveryCase, lintWitnessPair
    case lintBandBelowMinimum, lintBandBelowMinimumHint, lintBandAboveMaximum, lintBandAboveMaximumHint
    case lintBandShares, lintBandSharesHint, lintTierOverlap, lintTierOverlapHint, lintTierDeclaredHere, lintTierGap
    case lintTierGapHint, lintCitationNotNormalised, lintCitationWrite, lintCitationContextViolates
    case lintCitationContextPenalty, lintCitationContextImplements, lintCitationContextItem
    case lintCitationContextPeriod, lintCitationContextPolicy, citationProblemBrackets, citationProblemNumerals
    case citationProblemArt, citationProblemShape, lintNeverApplies, lintNeverAppliesHint, lintViolationNoViolates
    case lintViolationNoViolatesHint, lintViolationNoPenalty, lintViolationNoPenaltyHint, lintItemNoBasis
    case lintItemNoBasisHint

    // Case inputs: JSON Lines, CSV, folders
    case jsonTextAfterValue, jsonNestingTooDeep, jsonExpectedValueAtEnd, jsonExpectedQuotedKey, jsonDuplicateKey
    case jsonExpectedColon, jsonUnterminatedObject, jsonExpectedCommaInObject, jsonUnterminatedArray
    case jsonExpectedCommaInArray, jsonUnexpectedWord, jsonUnexpectedCharacter, jsonNumberNeedsDigits
    case jsonLeadingZeros, jsonDigitsAfterPoint, jsonDigitsInExponent, jsonControlCharacter, jsonUnterminatedString
    case jsonStringTooLong, jsonDanglingBackslash, jsonUnpairedSurrogate, jsonInvalidUnicodeEscape
    case jsonUnknownEscape, jsonUnicodeEscapeDigits, jsonOther, csvQuoteInUnquoted, csvTextAfterQuote
    case csvUnterminatedField, decodeNoGB18030, decodeNoGB18030Hint, decodeNeither, decodeNeitherHint
    case recordLineTooLong, recordLineTooLongHint, recordLineNotUTF8, recordLineNotUTF8Hint, recordProblemOnLine
    case recordValueTooLongHint, recordTooDeepHint, recordFirstKey, recordInvalidJSON, recordInvalidJSONHint
    case recordSkipped, recordMalformedCSV, recordMalformedCSVHint, inputCannotRead, inputCannotReadHint
    case inputCSVEmpty, inputCSVEmptyHint, inputCSVHeaderMalformed, inputFixHeader, inputDoesNotExist
    case inputDoesNotExistHint, inputCannotListFolder, csvUnknownColumn, csvUnknownColumnHint
    case inputNotRecognised, inputNotRecognisedHint
    case csvUnknownColumnFactsHint, csvColumnTwice, csvColumnTwiceHint

    // Case inputs: CSV records
    case recordMalformedCSVRecord, recordQuoteFieldsHint

    // Rule tests (T001)
    case testKindMustBeTest, testKindMustBeTestHint, testNameTwice, testNameUnique, testFirstWithName, testNoExpect
    case testNoExpectHint, testCaseFileMissing, testCaseFileRelative, testNeedsCase, testNeedsCaseHint
    case testUnknownOutcome, testUnknownList, testUnknownItem, testUnknownFact, testDeclareFact

    // Lint: presumptions
    case lintCitationContextPresumption

    // Rule files: presumptions
    case factSourcedNotPresumed, factSourcedNotPresumedHint, factAppliesToParty, factAppliesToEmpty
    case factAppliesToEmptyHint, factPresumptionNoBasis, factPresumptionNoBasisHint

    // leniency diff: rule versions compared, past cases replayed
    case diffHeader, diffDocumentList, diffDocumentStandard, diffDocumentLimitation, diffDocumentPolicy, diffDocumentFacts
    case diffDocumentViolations, diffDocumentCalendar, diffVersion, diffDocumentAdded, diffDocumentRemoved, diffVersionAdded
    case diffVersionAddedFirst, diffVersionRemoved, diffEffectiveChanged, diffExpiryChanged, diffTitleChanged, diffIssuerChanged
    case diffDocumentNumberChanged, diffRegionChanged, diffImplementsChanged, diffListKindChanged, diffHitPolicyChanged
    case diffScopeChanged, diffItemAdded, diffItemRemoved, diffItemRetitled, diffItemMovedPosition, diffItemMovedList
    case diffItemViolationsChanged, diffConditionsChanged, diffConditionsReworded, diffFirstOffenceChanged, diffMandatoryChanged
    case diffOutcomeChanged, diffAlsoAllowsChanged, diffFollowUpChanged, diffBasisChanged, diffUnverifiedChanged
    case diffStandardViolationsChanged, diffStatutoryRangeChanged, diffModelChanged, diffSplitChanged, diffBoundaryChanged
    case diffTierAdded, diffTierRemoved, diffTierConditionsChanged, diffTierConditionsReworded, diffBandChanged, diffPeriodAdded
    case diffPeriodRemoved, diffPeriodChanged, diffPolicyRuleChanged, diffCalendarChanged, diffCalendarAdded, diffCalendarRemoved
    case diffFactAdded, diffFactRemoved, diffFactChanged, diffPresumptionChanged, diffViolationAdded, diffViolationRemoved
    case diffViolationChanged, diffVerdictNarrowed, diffVerdictWidened, diffVerdictChanged, diffVerdictUndecided
    case diffVerdictEquivalent, diffWitness, diffWitnessCase, diffWitnessDecisions, diffNoWitness, diffNone, diffShall, diffMay
    case diffNoOutcome, diffWindowNone, diffWindowOneYear, diffWindowTwoYears, diffWindowEver, diffSameKindViolation
    case diffSameKindCategory, diffSameKindAny, diffFirstOffenceRule, diffFollowUpNone, diffFollowUpRectify
    case diffNoChanges, diffSummary, diffDecisionsChange, diffDecisionsSame, diffConditionsAll, diffConditionsExcept
    case diffChangeOutcome, diffChangeMandatory, diffChangeFine, diffChangeFollowUp, diffChangeCoercion, diffUndetermined
    case diffCoercionNo, diffCoercionUndetermined, diffCoercionNotExcluded, diffFineRange, diffTier, diffTimeBarred
    case diffDecided, diffDecidedStandard, diffReplayHeading, diffCaseFile, diffMore, diffColumnCase, diffColumnFile
    case diffColumnChanges, diffColumnOld, diffColumnNew, diffColumnArt37, diffDocumentDerivations, diffDocumentRegions
    case diffDerivationAdded, diffDerivationRemoved, diffDerivationChanged, diffRegionAdded, diffRegionRemoved, diffRegionDefinitionChanged
    case replayHeader, replayCase, replayCounts, replayLenient, replayArt37, replayArt37Count, replayNoChanges
    case usageDiffSources, usageDiffGitAndOld, cliDiffRulesHaveErrors, cliDiffReplayProgress, usageLimit, cliDiffWitnessesWritten
    // leniency publish: lists as the documents agencies publish
    case publishColumnNumber, publishColumnViolation, publishColumnBasis, publishColumnConditions, publishColumnTreatment
    case publishIssuer, publishDocument, publishEffective, publishExpires, publishRegion, publishImplements, publishSource
    case publishKindNoPenalty, publishKindMitigated, publishKindLighter, publishKindNoCoercion, publishViolates
    case publishPenaltyBasis, publishItemBasis, publishAllConditions, publishExcept, publishGenerated, publishAllViolations
    case publishShallNoPenalty, publishMayNoPenalty, publishShallMitigated, publishMayMitigated, publishShallLighter
    case publishMayLighter, publishShallNoCoercion, publishMayNoCoercion, publishAlsoAllows, publishEducation
    case publishCommitment, publishRectify, publishBand, publishIndexTitle, publishIndexIntro, publishUnverified
    case usagePublishOneList, usagePublishUnknownList, cliPublishWrote, publishColumnList, publishColumnDocument
    case publishColumnEffective, publishColumnFiles, diffDecisionsChangeReplay, diffDecisionsSameReplay
    // Conditions in words (published lists, diffs)
    case condNot, condEqual, condNotEqual, condLess, condLessOrEqual, condGreater, condGreaterOrEqual, condIn, condBetween
    case condAnd, condOr, condGroup, condFirstOffence, condFirstOffenceWindow, condYes, condNo

    // Hardening: YAML rules libyaml skips, lint overlap groups and caps, atomic -o writes, system errors
    case yamlDashInFlow, yamlDashInFlowHint, yamlContinuesFlow, yamlContinuesQuoted, yamlContinuationTab
    case yamlContinuationIndent, yamlContinuationIndentOne, yamlContinuationIndentHint, yamlBlockScalarLeadingSpaces
    case yamlBlockScalarLeadingSpacesHint, yamlCommentWithoutSpace, yamlCommentWithoutSpaceHint
    case yamlDirectiveAfterDocument, yamlDirectiveAfterDocumentHint, lintUniqueOverlapOfViolation, lintUniqueGroupAll
    case lintUniqueGroupAllOfViolation, lintUniqueGroupChain, lintUniqueGroupChainOfViolation, lintUniqueGroupHint
    case lintQuotedID, lintNamedAndMore, lintMoreGroupItems, lintOverlapCheckStopped, lintOverlapCheckStoppedHint
    case lintMoreNotListed, lintMoreNotListedOne, lintMoreNotListedHint, outputCannotCreateTemporary
    case outputCannotSetMode, outputCannotFlush, outputCannotReplace, outputCannotWriteReport, outputCannotReadLink
    case outputCannotWriteStandardOutput
    case outputLinkChain, outputIsFolder, outputFolderMissing, outputFolderMissingViaLink, systemPermissionDenied
    case systemNoSpace, systemQuotaExceeded, systemReadOnly, systemNoSuchFile, systemNotAFolder, systemInputOutput
    case systemOther

    // Audit: finding titles (AuditCode.titleMessage)
    case auditTitleA106, auditPenalisedWithoutViolation
    case auditTitleA101, auditTitleA102, auditTitleA103, auditTitleA104, auditTitleA105, auditTitleA201
    case auditTitleA301, auditTitleA302, auditTitleA303, auditTitleA304, auditTitleA401, auditTitleA402
    case auditTitleA403, auditTitleA404, auditTitleA405, auditTitleA406, auditTitleA407, auditTitleA408, auditTitleA501
    case auditTitleA502, auditTitleA503, auditTitleA504, auditTitleA601
    case auditTitleA410, auditTitleA411, auditTitleA412, auditTitleA413, auditTitleA414, auditTitleA415, auditTitleA416
    case auditTitleA505, auditTitleA506, auditTitleA701, auditTitleA702, auditTitleA703, auditTitleA704
    case auditTitleA801, auditTitleA802, auditTitleA803

    // Audit: findings and evidence words
    case outcomeWordNoPenalty, outcomeWordMitigated, outcomeWordLighter, outcomeWordStandard, outcomeWordHeavier
    case outcomeWordUndetermined, outcomeWordNone, wordNone, wordNotRecorded, auditLeniencyDenied
    case auditExemptedDespiteExclusion, auditAnExclusion, auditExemptedWithoutItem, auditListNotInForce
    case auditListOutsideRegion, auditDiscretionaryUnused, auditTooFewOfficers, auditDecisionLate
    case auditPublicityLate, auditCalendarCoverage, auditLegalReviewMissing, auditEducationMissing
    case auditOfficerNoNumber, auditOfficerUnknownCertificate, auditOfficerOtherHolder, auditOfficerNotValid
    case auditTimeBarredPenalty, auditFineAboveStatutory, auditMitigationOutcome, auditMitigationBelowMinimum
    case auditMitigationWithoutGround, auditTierInconsistent, auditFineOutsideBand, auditQuietDayInspection
    case auditInspectionCap, periodMonth, periodYear, auditJointMissed, auditNotRegistered, auditFalseFirstOffence
    case auditFalseFirstOffenceAny, windowEver, windowWithin, window1y, window2y, auditFineDivergence, auditRuleMAD
    case auditRuleRelative, auditFollowUpMissing, dutyWrittenDecision, dutyGuardianDiscipline, dutyGuardianCustody
    case dutyRectify, dutyEducation, dutyCommitment

    // Tier and enum words
    case tierWordLighter, tierWordStandard, tierWordHeavier, tierWordMitigated

    // Audit reports: summary, CSV, HTML
    case auditReportTitle, auditPeriodAll, auditPeriodRange, auditPeriodLine, auditCasesLine, auditUnreadableLine
    case auditFindingsLine, auditByAgencyHeading, auditOutcomesHeading
    case auditConventionLine, auditSimilarRule, auditByAgencyShort
    case auditByOfficerShort, auditTopSubjectsHeading, auditTopSubjectsMore, auditSubjectCase
    case auditSubjectInspection, auditNoFindings, csvHeaderCode, csvHeaderSeverity, csvHeaderTitle, csvHeaderSubject
    case csvHeaderID, csvHeaderFile, csvHeaderLine, csvHeaderColumn, csvHeaderMessage, csvHeaderEvidence
    case csvHeaderBasis, csvHeaderAgency, htmlTitle, htmlMeta, htmlCardFindings, htmlCardErrors, htmlCardWarnings
    case htmlCardCases, htmlCardExempted, htmlCardMitigated, htmlCardLightened, htmlChartByCode
    case htmlChartByAgency, htmlChartByMonth, htmlChartQuietDays, htmlChartNone, htmlFindingsHeading
    case htmlFilterPlaceholder, htmlFilterLabel, htmlSeverityLabel, htmlAllSeverities, htmlColumnCode
    case htmlColumnSeverity, htmlColumnSubject, htmlColumnAgency, htmlColumnMessage, htmlColumnEvidence
    case htmlColumnBasis, htmlColumnLocation, htmlShown, htmlShownLimited, htmlNoCJKFont

    // Command line: audit options
    case usageTopPositive, usageTopOrAll

    // check: the decision as text
    case decisionHeadlineLine, decisionTimeBarredHeadline, decisionShallNoPenalty, decisionMayNoPenalty
    case decisionShallOutcome, decisionMayOutcome, decisionByItem, decisionByBasis, decisionByTier
    case decisionConflictTail, decisionDependsOn, outcomeNoPenalty, outcomeMitigated, outcomeLighter
    case outcomeStandard, outcomeHeavier, outcomeUndetermined, outcomeNoViolation, outcomeWordNoViolation, decisionListLine, decisionBasisLine, decisionFineLine
    case decisionFollowUpLine, decisionPresumedLine, decisionDerivedLine, decisionAlsoAllowsLine
    case decisionMissingLine, decisionQuestionsHeading, decisionConflictLine, decisionCoercionLine
    case decisionTimeBarredYes, decisionTimeBarredNo, decisionTimeBarredUnknown, decisionVersionsLine
    case decisionNoteLine, decisionExplanationHeading, decisionExplainHint, decisionSeparator, boundsBoth
    case boundsLower, boundsUpper, boundsNeither, fineRangeText, fineMitigatedZero, fineMitigatedBelow, fineNote, fineReductionNote
    case followEducation, followCommitment, followRectify, presumedItem, derivedBy, derivedLabel, derivedReplaced
    case derivedItem, coercionShallNot, coercionMayNot, coercionItem, coercionUndetermined, coercionNotExcluded
    case factWithLabel, regionLabel, questionBoolean, questionNumber, questionDate, questionChoice, questionText
    case questionFirstOffence, questionDiscovery, questionRegion, questionMoney, traceStatusApplied
    case traceStatusNotApplicable, traceStatusExcluded, traceStatusUndetermined, traceStatusNotInForce
    case traceStatusSuperseded, traceKindItem, traceKindLimitation, traceKindTier, traceKindDerivation, traceHead
    case traceOutcomeShall, traceOutcomeMay, traceNoCoercion, traceUnverified, traceCondition, traceExclusion
    case traceConditionLine, traceLabelledCondition, traceExpression, traceValues, traceValue, traceUnknown
    case traceNeeds, traceNote, traceCites, originPresumed, originDerived, originNotApplicable

    // check: joining
    case concat

    // check: short answer headings
    case decisionPresumedShortLine, decisionDerivedHeading
    case followRectifyOrder, followWrittenDecision, followGuardianDiscipline, followGuardianCustody
    case fineUnboundedText, boundsOrMore, boundsOrMoreExclusive

    // facts / violations / lists: the vocabulary
    case vocabFactLine, vocabValues, vocabPresumed, vocabSource, vocabUsedBy, vocabUsedByNone, vocabFactCount
    case vocabUnverified, vocabViolates, vocabPenaltyBasis, vocabViolationCount, vocabListLine, vocabListCount
}

extension MessageID {
    /// The English and the Chinese template.
    public var templates: (en: String, zh: String) {
        switch self {
        case .verbatim: ("{0}", "{0}")

        case .auditInvestigationTooFewOfficers: ("{0} officer(s) present at the investigation of {1}; at least {2} are required", "{1}调查检查时在场执法人员{0}名，少于规定的{2}名")
        case .auditOfficerCertificateInvestigation: ("officer {0} {1} on {2}, the day of an investigation", "{2}调查检查时，执法人员{0}{1}")
        case .auditCertificateNoNumber: ("names no certificate number", "未载明执法证号")
        case .auditCertificateUnknown: ("holds certificate {0}, which the registry does not list", "所持证件{0}不在执法证件名册中")
        case .auditCertificateOtherHolder: ("cites certificate {0}, which belongs to {1}", "所引证件{0}属于{1}")
        case .auditCertificateNotValid: ("holds certificate {0}, valid only {1}…{2}", "所持证件{0}的有效期为{1}至{2}，当日无效")
        case .auditSummaryOverFine: ("a summary (当场) decision fined {0}; the summary procedure allows at most {2} for {1}", "简易程序（当场）处罚罚款{0}，超过对{1}{2}以下的限额")
        case .auditSummaryOverKinds: ("a summary (当场) decision imposed {0}; the summary procedure allows only {1}", "简易程序（当场）处罚给予了{0}，而简易程序只能给予{1}")
        case .auditPartyIndividual: ("a citizen", "公民")
        case .penaltyKindWarning: ("warning", "警告")
        case .penaltyKindPublicCriticism: ("public criticism", "通报批评")
        case .penaltyKindFine: ("fine", "罚款")
        case .penaltyKindConfiscation: ("confiscation", "没收违法所得或者非法财物")
        case .penaltyKindLicenceSuspension: ("licence suspension", "暂扣许可证件")
        case .penaltyKindQualificationDowngrade: ("qualification downgrade", "降低资质等级")
        case .penaltyKindRevocation: ("revocation", "吊销许可证件")
        case .penaltyKindBusinessRestriction: ("restriction of business activities", "限制开展生产经营活动")
        case .penaltyKindSuspension: ("suspension of production or business", "责令停产停业")
        case .penaltyKindClosure: ("closure", "责令关闭")
        case .penaltyKindEmploymentRestriction: ("employment restriction", "限制从业")
        case .penaltyKindDetention: ("administrative detention", "行政拘留")
        case .auditPartyOrganisation: ("a 法人 or other organisation", "法人或者其他组织")
        case .auditSummaryFormalities: ("a summary (当场) decision without {0}", "简易程序（当场）处罚未{0}")
        case .auditFormalityCertificate: ("showing the officers' certificates", "出示执法证件")
        case .auditFormalityForm: ("a pre-printed, numbered decision form", "填写预定格式、编有号码的行政处罚决定书")
        case .auditFormalityDelivered: ("handing the decision to the party on the spot", "当场交付当事人")
        case .auditFormalityReported: ("reporting the decision to the agency (备案)", "报所属行政机关备案")
        case .auditNoNotice: ("the penalty was decided although the file records that no 告知 of the intended penalty and the party's rights was given", "案卷记载未告知拟作出的行政处罚内容及事实、理由、依据和当事人依法享有的权利，即作出处罚决定")
        case .auditNoticeAfterDecision: ("the 告知 is dated {0}, after the decision of {1}", "告知日期{0}晚于处罚决定日期{1}")
        case .auditDecidedInPeriod: ("decided on {0}, before the {2} working days after the 告知 of {1} ended (last day {3})", "{1}告知后{2}个工作日的期限（至{3}）届满前，于{0}作出处罚决定")
        case .auditDecidedBeforeHearing: ("decided on {0}, before the requested hearing was held on {1}", "当事人要求听证，处罚决定（{0}）早于听证（{1}）")
        case .auditNoHearingRight: ("the 告知 did not name the right to a hearing, which {0} carries", "告知未载明听证权利，而{0}应当告知听证权利")
        case .auditHearingByFine: ("a fine of {0} (较大数额 from {1})", "罚款{0}（较大数额为{1}以上）")
        case .auditHearingByKind: ("the penalty {0}", "处罚种类{0}")
        case .auditReviewAfterDecision: ("the 法制审核 is dated {0}, after the decision of {1}", "法制审核日期{0}晚于处罚决定日期{1}")
        case .auditReviewWithoutReviewer: ("the 法制审核 of {0} names no reviewer", "{0}的法制审核未载明审核人员")
        case .auditInspectionTooFewOfficers: ("{0} officer(s) carried out the inspection; at least {1} are required", "实施检查的执法人员{0}名，少于规定的{1}名")
        case .auditInspectionPerformer: ("the inspection was carried out by {0}, which {1} forbids", "检查由{0}实施，而{1}禁止其实施检查")
        case .auditPerformerAgency: ("the agency itself", "行政执法机关")
        case .auditPerformerAuthorised: ("an organisation authorised by law", "法律法规授权的组织")
        case .auditPerformerEntrusted: ("an entrusted organisation", "受委托组织")
        case .auditPerformerThirdParty: ("a third party (检验检测机构、中介 …)", "第三方机构（检验检测机构、中介等）")
        case .auditPerformerAuxiliary: ("auxiliary staff without certificates", "未取得执法证件的辅助人员")
        case .auditMeasureRestriction: ("restriction of personal liberty (限制公民人身自由)", "限制公民人身自由")
        case .auditMeasureSequestration: ("sequestration (查封)", "查封")
        case .auditMeasureSeizure: ("seizure (扣押)", "扣押")
        case .auditMeasureFreeze: ("freeze (冻结)", "冻结")
        case .auditMeasureOther: ("coercive measure", "行政强制措施")
        case .auditCoercionDespiteRefrain: ("a {0} was carried out although the file records the decision to refrain from coercive measures (不予实施行政强制措施)", "案卷记载不予实施行政强制措施，但实施了{0}")
        case .auditCoercionDespiteList: ("a {0} was carried out although the mandatory no-coercion item {1} applies", "不予实施行政强制措施清单事项{1}（应当）适用，但实施了{0}")
        case .auditCoercionOverPeriod: ("the {0} carried out on {1} lasted until {2}, beyond its last allowed day {3} ({4})", "{1}实施的{0}持续至{2}，超过最后期限{3}（{4}）")
        case .auditPeriodBase: ("{0} days, no extension on record", "{0}日，案卷未记载延长")
        case .auditPeriodExtended: ("{0} days plus an extension of {1} days", "{0}日，另经批准延长{1}日")
        case .auditPeriodExtensionLate: ("{0} days; the extension of {1} came after the period ended on {2}", "{0}日；延长决定（{1}）晚于期限届满日{2}")
        case .auditPeriodExtensionCapped: ("{0} days plus an extension of at most {2} days (the file records {1})", "{0}日，延长不得超过{2}日（案卷记载延长{1}日）")
        case .auditCoercionNoDecision: ("the {0} has no decision document (决定书) on record", "实施{0}未制作决定书")
        case .auditCoercionNotNotified: ("the party was not notified of the {0} (决定书和清单未交付)", "实施{0}未当场交付决定书和清单、告知当事人")
        case .auditDoubleFine: ("the same act ({0}) of this party was already fined in case {1} by {2} on {3}", "当事人的同一违法行为（{0}）已由{2}在案件{1}中处以罚款（{3}），不得再次罚款")
        case .auditSurchargeAboveCap: ("加处罚款 of {0} exceeds {2} of the fine {1}", "加处罚款{0}超过罚款数额{1}的{2}")
        case .auditSurchargeFromBeforeDue: ("加处罚款 is charged from {0}, before the payment period ended on {1}", "加处罚款自{0}起算，而缴款期限至{1}届满，届满前不得加处罚款")
        case .auditSurchargePaidOnTime: ("加处罚款 was charged although the fine was paid on {0}, within the period ending {1}", "罚款已于{0}在缴款期限（至{1}）内缴纳，仍被加处罚款")
        case .caseStepMustBeDate: ("{0} must be a date YYYY-MM-DD, or `false` when the file records that it did not take place, found `{1}`", "{0}应为 YYYY-MM-DD 格式的日期，案卷记载未进行的写 `false`，实际为 `{1}`")
        case .caseStepGiveDate: ("give the date on which it took place", "请填写其进行的日期")
        case .caseFieldsOutOfOrder: ("`{0}` ({1}) is before `{2}` ({3})", "`{0}`（{1}）早于 `{2}`（{3}）")
        case .caseHearingOrderHint: ("a hearing is held after it is requested; check both dates", "听证在申请之后举行，请核对两个日期")
        case .caseMeasureOrderHint: ("a measure is extended or ended after it is carried out; check the dates", "强制措施在实施之后才能延长或解除，请核对日期")
        case .inspectionPerformerOneOf: ("inspection `performed_by` must be one of {0}, found `{1}`", "检查的 `performed_by` 应为 {0} 之一，实际为 `{1}`")
        case .inspectionPerformerHint: ("`agency` (the agency itself), `authorised` (法律法规授权组织), `entrusted` (受委托组织), `third_party` (检验检测机构、中介等第三方), `auxiliary` (辅助人员)", "`agency`（行政执法机关）、`authorised`（法律法规授权组织）、`entrusted`（受委托组织）、`third_party`（检验检测机构、中介等第三方）、`auxiliary`（辅助人员）")
        case .policySurchargeCapNegative: ("`surcharge_cap` cannot be negative, found {0}", "`surcharge_cap` 不能为负数，实际为 {0}")
        case .policySurchargeCapHint: ("write the share of the fine 加处罚款 may reach, e.g. 100%", "写加处罚款最多可达罚款数额的比例，如 100%")
        case .policyThresholdOutOfRange: ("{0} must be above 0 and at most 1000, found {1}", "{0}应大于 0 且不超过 1000，实际为 {1}")
        case .policyThresholdHint: ("write e.g. `deviations: 3` (robust standard deviations) or `relative_share: 50%` (of the median)", "例如写 `deviations: 3`（稳健标准差倍数）或 `relative_share: 50%`（占中位数的比例）")
        case .policyPerformerUnknown: ("`inspection_forbidden_performers` names `{0}`, which is not a performer", "`inspection_forbidden_performers` 中的 `{0}` 不是检查实施主体类型")
        case .auditSmallGroupDivergence: ("the fine {0} is more than {5} of the median {1} away from it, among {2} similar cases ({3}, tier {4}; a small group, fewer than {6})", "罚款{0}与{2}件同类案件（{3}，档次{4}）罚款中位数{1}相差超过中位数的{5}（不足{6}件的小样本组）")

        case .hintUnreadableFile: ("check that the path exists and is readable", "检查路径是否存在、是否可读")
        case .hintNoRuleFiles: ("point --rules (or LENIENCY_RULES) at a folder holding *.yaml rule files", "用 --rules（或环境变量 LENIENCY_RULES）指向存放 *.yaml 规则文件的文件夹")
        case .hintYAMLSyntax: ("fix the YAML syntax at the marked position", "修正所标位置的 YAML 语法")
        case .hintInvalidUTF8: ("save the file as UTF-8", "将文件另存为 UTF-8 编码")
        case .hintDuplicateKey: ("remove or rename one of the two keys", "删除或重命名两个键中的一个")
        case .hintNestingTooDeep: ("flatten the structure; rule files never need this much nesting", "减少嵌套层级；规则文件不需要这么深的嵌套")
        case .hintAliasBudgetExceeded: ("expand fewer aliases; rule files should not rely on alias expansion", "减少别名展开；规则文件不应依赖别名展开")
        case .hintInputTooLarge: ("split the file, or shorten the value", "拆分文件，或缩短该值")
        case .hintFullWidthColon: ("use an ASCII colon followed by a space (`key: value`), not the full-width colon `：`", "使用半角冒号加空格（`key: value`），不要用全角冒号 `：`")
        case .hintIdeographicSpaceIndent: ("indent with ASCII spaces, not the ideographic space U+3000", "用半角空格缩进，不要用全角空格 U+3000")
        case .hintTabIndent: ("indent with spaces; YAML forbids tabs in indentation", "用空格缩进；YAML 不允许用制表符缩进")
        case .hintUnsupportedYAML: ("use plain mappings, sequences and scalars", "只使用普通的映射、序列和标量")
        case .hintUndefinedAlias: ("define the anchor (&name) before using the alias (*name)", "先定义锚点（&name），再使用别名（*name）")
        case .hintUnknownKey: ("remove the key or correct its spelling", "删除该键或改正拼写")
        case .hintMissingField: ("add the required field", "补充必填字段")
        case .hintWrongType: ("give a value of the expected type", "填写类型正确的值")
        case .hintInvalidValue: ("use one of the accepted values", "使用可接受的取值之一")
        case .hintUnknownDocumentKind: ("set `kind:` to one of facts, violations, regions, derivations, duties, list, standard, limitation, policy, calendar (rule tests use `kind: test` in *.test.yaml files)", "将 `kind:` 设为 `facts`、`violations`、`regions`、`derivations`、`duties`、`list`、`standard`、`limitation`、`policy`、`calendar` 之一（规则测试在 *.test.yaml 文件中使用 `kind: test`）")
        case .hintUnknownFact: ("declare the fact in a `kind: facts` file or correct its name", "在 `kind: facts` 文件中声明该事实，或改正其名称")
        case .hintUnknownEnumValue: ("use one of the values declared for the fact", "使用该事实已声明的取值之一")
        case .hintUnknownViolation: ("declare the violation code in a `kind: violations` file or correct it", "在 `kind: violations` 文件中声明该违法行为代码，或改正代码")
        case .hintDuplicateID: ("give each list, item, standard and policy a unique id", "为每个清单、事项、裁量基准和监督规则设定唯一的标识（`id`）")
        case .hintUnknownReference: ("correct the reference or declare what it names", "改正引用，或声明其所指的对象")
        case .hintUnknownRegion: ("use a region declared under rules/regions (name or GB/T 2260 code), or declare it there with its code and parent", "使用 rules/regions 中声明的行政区划（名称或 GB/T 2260 代码），或在其中补充声明该区划及其代码和上级")
        case .hintReferenceCycle: ("break the cycle: a region cannot lie inside itself, a derived fact cannot depend on itself", "打破循环：行政区划不能包含自身，推导事实不能依赖自身")
        case .hintExpressionSyntax: ("fix the condition expression at the marked column", "修正所标列处的条件表达式")
        case .hintTypeMismatch: ("compare a fact with a value of its declared type", "用与事实声明类型相同的值进行比较")
        case .hintExpiryBeforeEffective: ("the expiry date must come after the effective date", "失效日期必须晚于生效日期")
        case .hintOverlappingVersions: ("set the older version's `expires` to the day before the newer one takes effect", "把旧版本的 `expires` 设为新版本生效日的前一天")
        case .hintBandOutsideStatutoryRange: ("keep every band inside the statutory minimum and maximum", "每个幅度都应在法定最低和最高罚款之间")
        case .hintTierGap: ("make each tier start where the previous one ends", "每个档次应从上一档次的终点开始")
        case .hintTierOverlap: ("make the tiers' bands disjoint (mind the boundary convention)", "各档次的幅度不得重叠（注意边界约定）")
        case .hintInvalidStatutoryRange: ("the statutory minimum must not exceed the maximum", "法定最低罚款不得高于最高罚款")
        case .hintMissingCitation: ("cite the article the item rests on, e.g. 《中华人民共和国行政处罚法》第三十三条第一款", "援引事项所依据的条款，如《中华人民共和国行政处罚法》第三十三条第一款")
        case .hintCitationNotNormalised: ("write citations as 《法名》第X条第X款第X项 with Chinese numerals", "按《法名》第X条第X款第X项的格式书写，使用中文数字")
        case .hintUniqueOverlap: ("narrow one item's conditions, or change the list's hit_policy", "收窄其中一个事项的条件，或修改清单的 `hit_policy`")
        case .hintNeverApplies: ("the conditions contradict each other; relax or remove one", "各条件相互矛盾；放宽或删除其中一个")
        case .hintCalendarConflict: ("a date cannot be both a holiday and a working day", "同一日期不能既是节假日又是工作日")
        case .hintCalendarDateOutsideYear: ("move the date into the calendar's year", "把日期改到日历所属的年份内")
        case .hintInvalidCaseFile: ("correct the case file at the marked position", "修正案卷文件中所标的位置")
        case .hintBadIdentifierChecksum: ("check the 统一社会信用代码 or 身份证号 for a typing error", "检查统一社会信用代码或身份证号是否录入有误")
        case .hintInconsistentCaseDates: ("check the order of the case dates", "检查案件各日期的先后顺序")
        case .hintInvalidTest: ("correct the rule test at the marked position", "修正规则测试中所标的位置")

        case .severityError: ("error", "错误")
        case .severityWarning: ("warning", "警告")
        case .severityInfo: ("info", "提示")
        case .diagnosticHint: ("hint", "建议")
        case .diagnosticNote: ("note", "说明")
        case .countError: ("{0} error", "{0} 个错误")
        case .countErrors: ("{0} errors", "{0} 个错误")
        case .countWarning: ("{0} warning", "{0} 个警告")
        case .countWarnings: ("{0} warnings", "{0} 个警告")
        case .countInfo: ("{0} info message", "{0} 条提示")
        case .countInfos: ("{0} info messages", "{0} 条提示")

        case .diagnosticHintHeading: ("Hint", "建议")
        case .usageErrorPrefix: ("Error: {0}", "错误：{0}")
        case .usageSeeHelp: ("run `{0} --help` for the usage", "用法见 `{0} --help`")
        case .usageLang: ("--lang must be zh or en, got `{0}`", "--lang 只能是 `zh` 或 `en`，实际为 `{0}`")
        case .usageUnknownFormat: ("unknown --format `{0}`; use one of {1}", "未知的 --format `{0}`；可选：{1}")
        case .usageNeedCaseFile: ("give at least one case file", "请至少指定一个案卷文件")
        case .usageOnDate: ("--on must be a date written YYYY-MM-DD (e.g. 2025-02-03), got `{0}`", "--on 必须是 YYYY-MM-DD 格式的日期（如 2025-02-03），实际为 `{0}`")
        case .usageAuditNeedsInput: ("give at least one case file, folder or export to audit (or --inspections PATH)", "请至少指定一个要检查的案卷文件、文件夹或导出文件（或 --inspections 路径）")
        case .usageFailOn: ("unknown --fail-on `{0}`; use error, warning or info", "未知的 --fail-on `{0}`；可选：`error`、`warning`、`info`")
        case .usageDateOption: ("{0} must be a date YYYY-MM-DD, got `{1}`", "{0} 必须是 YYYY-MM-DD 格式的日期，实际为 `{1}`")
        case .usageToBeforeFrom: ("--to ({0}) is before --from ({1})", "--to（{0}）早于 --from（{1}）")
        case .usageMinCoverage: ("--min-coverage must be a percentage between 0 and 100, got {0}", "--min-coverage 必须是 0 到 100 之间的百分数，实际为 {0}")
        case .usageSchemaOneKind: ("give at most one of --cases and --inspections", "--cases 与 --inspections 最多只能指定一个")
        case .cliRulesHaveErrors: ("leniency {0}: the rules have errors; fix them first (see `leniency lint`).", "`leniency {0}`：规则有错误，请先修正（见 `leniency lint`）。")
        case .cliCatalogCacheNotWritten: ("leniency: warning: the rules cache could not be written to {0}; set LENIENCY_CACHE_DIR to a writable folder, or LENIENCY_NO_CACHE=1 to turn the cache off.", "警告：规则缓存未能写入 {0}；请将环境变量 LENIENCY_CACHE_DIR 设为可写的文件夹，或设置 LENIENCY_NO_CACHE=1 关闭缓存。")
        case .cliNoRulesRead: ("leniency {0}: no rules could be read from {1}; pass the rules folder with --rules or ${2}.", "`leniency {0}`：无法从 {1} 读取任何规则；请用 --rules 或环境变量 ${2} 指定规则文件夹。")
        case .cliRulesHintExplicit: ("check the --rules path; it must name the rules folder", "检查 --rules 路径，它必须指向规则文件夹")
        case .cliRulesHintEnvironment: ("${0} is set to `{1}`, which does not exist; correct or unset it, or pass --rules DIR", "环境变量 ${0} 的值为 `{1}`，该路径不存在；请改正或取消设置，或用 --rules 指定文件夹")
        case .cliRulesHintDefault: ("there is no ./rules folder here; run in the project folder, pass --rules DIR or set ${0}", "当前目录下没有 ./rules 文件夹；请在项目文件夹中运行，或用 --rules 指定，或设置环境变量 ${0}")
        case .cliRulesHintOther: ("check the path; rule files are *.yaml or *.yml files or folders holding them", "检查路径；规则文件是 *.yaml 或 *.yml 文件，或存放它们的文件夹")
        case .cliPathMissing: ("{0} does not exist", "{0} 不存在")
        case .cliPathMissingHint: ("check the path, or pass the rules folder with --rules", "检查路径，或用 --rules 指定规则文件夹")
        case .cliAuditProgress: ("leniency audit: {0} cases read…", "`leniency audit`：已读取 {0} 件案卷…")
        case .cliCannotWrite: ("leniency {0}: cannot write {1}: {2}", "`leniency {0}`：无法写入 {1}：{2}")
        case .cliTestUpdated: ("updated {0}", "已更新 {0}")
        case .cliTestFilterMatchesNothing: ("leniency test: no test name or file contains `{0}`; check the --filter text", "`leniency test`：没有测试名称或文件名包含 `{0}`；请检查 --filter 的内容")
        case .cliTestNoFiles: ("leniency test: no *.test.yaml files under {0}", "`leniency test`：{0} 下没有 *.test.yaml 文件")
        case .cliAskFact: ("{0}: {1} ({2}, {3})? ", "{0}：{1}（{2}，{3}）？")
        case .cliAnswerNotAccepted: ("not accepted: {0}", "无效回答：{0}")
        case .cliAnswerBoolean: ("answer true or false (yes/no, 是/否)", "请回答 是 或 否（也可回答 `true`/`false`）")
        case .cliAnswerInteger: ("answer a whole number, e.g. 15", "请回答一个整数，如 15")
        case .cliAnswerDecimal: ("answer a decimal number, e.g. 0.5", "请回答一个数，如 0.5")
        case .cliAnswerMoney: ("answer an amount in yuan, e.g. 5000, 5000.50 or 5万元", "请回答以元为单位的金额，如 5000、5000.50 或 5万元")
        case .cliAnswerDate: ("answer a date as YYYY-MM-DD, e.g. 2025-03-01", "请按 YYYY-MM-DD 回答日期，如 2025-03-01")
        case .cliAnswerDuration: ("answer a number of days, e.g. 20 or 20d", "请回答天数，如 20 或 20d")
        case .cliAnswerEnum: ("answer one of: {0}", "请回答以下之一：{0}")
        case .cliAnswerText: ("answer some text", "请回答一段文字")
        case .cliDiscoveryDateLabel: ("date the act was discovered", "发现之日")
        case .typeBoolean: ("true or false", "是/否")
        case .typeInteger: ("whole number", "整数")
        case .typeDecimal: ("number", "数")
        case .typeMoney: ("amount in yuan", "金额（元）")
        case .typeDate: ("date", "日期")
        case .typeDuration: ("number of days", "天数")
        case .typeEnum: ("one of {0}", "取值之一：{0}")
        case .typeText: ("text", "文字")

        case .exprEqualsNotOperator: ("`=` is not an operator", "`=` 不是运算符")
        case .exprUseDoubleEquals: ("use `==` to compare", "比较请用 `==`")
        case .exprSingleAmpersand: ("a single `&` is not an operator", "单个 `&` 不是运算符")
        case .exprUseAnd: ("write `and` (or `&&`)", "请写 `and`（或 `&&`）")
        case .exprSinglePipe: ("a single `|` is not an operator", "单个 `|` 不是运算符")
        case .exprUseOr: ("write `or` (or `||`)", "请写 `or`（或 `||`）")
        case .exprFullWidth: ("full-width `{0}` in an expression", "表达式中有全角字符 `{0}`")
        case .exprTypeASCII: ("type the ASCII `{0}` instead", "请改为半角的 `{0}`")
        case .exprChineseUnit: ("`{0}` after a number is not a unit Leniency reads", "数字后的 `{0}` 不是可识别的单位")
        case .exprChineseUnitHint: ("write the amount in digits (5000 or 5000元) or in 万 (0.5万元)", "金额请用数字（5000 或 5000元）或以万为单位（0.5万元）书写")
        case .exprUnexpectedText: ("unexpected text `{0}`; fact names are ASCII identifiers", "意外的文字 `{0}`；事实名称是半角英文标识符")
        case .exprUseFactName: ("use the fact's declared name (e.g. `harm_minor`), not its label", "请使用事实声明的名称（如 `harm_minor`），而不是其中文标签")
        case .exprUnexpectedCharacter: ("unexpected character `{0}`", "意外的字符 `{0}`")
        case .exprWhatExpressionsUse: ("expressions use fact names, values, ==, !=, <, <=, >, >=, and, or, not, in, between and parentheses", "表达式由事实名称、取值、`==`、`!=`、`<`、`<=`、`>`、`>=`、`and`、`or`、`not`、`in`、`between` 和括号组成")
        case .exprMalformedValue: ("malformed value `{0}`", "取值格式有误：`{0}`")
        case .exprValueForms: ("write numbers as `30`, `0.5`, money as `5000元` or `¥5000`, dates as `2024-01-01`, durations as `20d`", "数字写作 `30`、`0.5`，金额写作 `5000元` 或 `¥5000`，日期写作 `2024-01-01`，天数写作 `20d`")
        case .exprInvalidDate: ("`{0}` is not a valid date", "`{0}` 不是有效日期")
        case .exprDateForm: ("write dates as YYYY-MM-DD with a day that exists, e.g. `2024-01-01`", "日期按 YYYY-MM-DD 书写，且须是实际存在的日子，如 `2024-01-01`")
        case .exprNotWholeDays: ("`{0}` is not a whole number of days", "`{0}` 不是整数天数")
        case .exprDurationForm: ("write durations as whole days, e.g. `20d`", "天数按整数书写，如 `20d`")
        case .exprDecimalTooLong: ("decimal `{0}` has too many digits", "小数 `{0}` 位数过多")
        case .exprDecimalLimits: ("use at most 17 digits and 9 decimals", "最多 17 位数字、9 位小数")
        case .exprNumberTooLarge: ("number `{0}` is too large", "数字 `{0}` 过大")
        case .exprNumberLimit: ("use a number below 9223372036854775808", "请使用小于 9223372036854775808 的数")
        case .exprYuanNeedsAmount: ("`{0}` must be followed by an amount", "`{0}` 后面必须是金额")
        case .exprYuanExample: ("write e.g. `¥5000`", "例如写作 `¥5000`")
        case .exprInexactMoney: ("`{0}` is not an exact amount of money", "`{0}` 不是精确的金额")
        case .exprMoneyForm: ("money has at most two decimals of yuan (fen), e.g. `5000.50元` or `1.5万元`", "金额最多精确到分（两位小数），如 `5000.50元` 或 `1.5万元`")
        case .exprUnclosedText: ("text starting here is never closed", "从此处开始的文字没有结束引号")
        case .exprCloseText: ("end the text with {0}", "用 {0} 结束这段文字")
        case .exprCouldNotCheck: ("the expression could not be checked", "无法检查该表达式")
        case .exprEmpty: ("the expression is empty", "表达式为空")
        case .exprEmptyHint: ("write a condition such as `harm_minor` or `duration_days < 30`", "请写一个条件，如 `harm_minor` 或 `duration_days < 30`")
        case .exprChainedComparison: ("comparisons cannot be chained", "比较不能连写")
        case .exprChainedComparisonHint: ("use `x between a and b`, or join two comparisons with `and`", "请用 `x between a and b`，或用 `and` 连接两个比较")
        case .exprUnmatchedClose: ("`)` without a matching `(`", "`)` 没有对应的 `(`")
        case .exprUnmatchedCloseHint: ("remove it or add the opening parenthesis", "删除它，或补上左括号")
        case .exprUnexpectedAfterCondition: ("unexpected `{0}` after a complete condition", "完整条件之后出现了意外的 `{0}`")
        case .exprKeywordsLowercase: ("keywords are lowercase: write `{0}`", "关键字须小写：请写 `{0}`")
        case .exprUnexpectedComma: ("unexpected `,` after a complete condition", "完整条件之后出现了意外的 `,`")
        case .exprUnexpectedTokenAfterCondition: ("unexpected {0} after a complete condition", "完整条件之后出现了意外的{0}")
        case .exprJoinConditions: ("join conditions with `and` or `or`", "用 `and` 或 `or` 连接多个条件")
        case .exprTooDeep: ("the expression is nested too deeply", "表达式嵌套过深")
        case .exprTooDeepHint: ("split it into several conditions", "请拆分为多个条件")
        case .exprExpectedBracket: ("expected `[` after `in`", "`in` 之后应为 `[`")
        case .exprExpectedBracketHint: ("write the values in brackets, e.g. `area in [general, sensitive]`", "把取值写在方括号中，如 `area in [general, sensitive]`")
        case .exprExpectedCommaOrBracket: ("expected `,` or `]` in the value list, found {0}", "取值列表中应为 `,` 或 `]`，实际为{0}")
        case .exprCloseList: ("close the list with `]`", "用 `]` 结束列表")
        case .exprExpectedBetweenAnd: ("expected `and` after the lower bound of `between`, found {0}", "`between` 的下限之后应为 `and`，实际为{0}")
        case .exprExpectedValueAfter: ("expected a value after {0}, found {1}", "{0}之后应为取值，实际为{1}")
        case .exprExpectedCloseParen: ("expected `)` to close the `(` at character {0} of the condition, found {1}", "应有 `)` 与条件第 {0} 个字符处的 `(` 配对，实际为{1}")
        case .exprEndsEarly: ("the expression ends where a fact name or value was expected", "表达式在应出现事实名称或取值处结束")
        case .exprCompleteCondition: ("complete the condition", "请补全条件")
        case .exprExpectedOperand: ("expected a fact name, a value or `(`, found {0}", "应为事实名称、取值或 `(`，实际为{0}")

        case .exprEndOfExpression: ("the end of the expression", "表达式末尾")
        case .exprNoThousandsSeparators: ("write numbers without thousands separators (5000, not 5,000); join conditions with `and` or `or`", "数字不要用千位分隔符（写 5000，不写 5,000）；多个条件用 `and` 或 `or` 连接")
        case .exprBetweenForm: ("write `x between low and high`", "请写 `x between 下限 and 上限`")
        case .exprValueKinds: ("give a number, amount, date, duration, quoted text, true/false or an enum value", "请给出数字、金额、日期、天数、带引号的文字、`true`/`false` 或枚举取值")
        case .exprAddCloseParen: ("add the missing `)`", "补上缺少的 `)`")
        case .exprConditionForms: ("conditions look like `harm_minor`, `not harm_minor`, `duration_days < 30` or `(a or b) and c`", "条件的写法如 `harm_minor`、`not harm_minor`、`duration_days < 30` 或 `(a or b) and c`")

        case .factTypeBoolean: ("boolean", "是否型")
        case .factTypeInteger: ("integer", "整数型")
        case .factTypeDecimal: ("decimal", "数值型")
        case .factTypeMoney: ("money", "金额型")
        case .factTypeDate: ("date", "日期型")
        case .factTypeDuration: ("duration", "天数型")
        case .factTypeEnum: ("enum", "枚举型")
        case .factTypeText: ("text", "文字型")
        case .exprTypedFact: ("{0} fact `{1}`", "{0}事实 `{1}`")
        case .exprACondition: ("a condition", "一个条件")
        case .exprAnInvalidOperand: ("an invalid operand", "一个无效的操作数")
        case .exprLiteralBoolean: ("`{0}`", "`{0}`")
        case .exprLiteralNumber: ("a number ({0})", "数字（{0}）")
        case .exprLiteralDecimal: ("a decimal number ({0})", "小数（{0}）")
        case .exprLiteralMoney: ("an amount of money ({0})", "金额（{0}）")
        case .exprLiteralDate: ("a date ({0})", "日期（{0}）")
        case .exprLiteralDuration: ("a duration ({0}d)", "天数（{0}d）")
        case .exprLiteralEnum: ("the enum value `{0}`", "枚举取值 `{0}`")
        case .exprLiteralText: ("text ('{0}')", "文字（'{0}'）")
        case .exprCompareWithBoolean: ("compare it with true or false", "请与 `true` 或 `false` 比较")
        case .exprCompareWithInteger: ("compare it with a whole number, e.g. 30", "请与整数比较，如 30")
        case .exprCompareWithDecimal: ("compare it with a number, e.g. 0.5", "请与数比较，如 0.5")
        case .exprCompareWithMoney: ("compare it with an amount, e.g. 5000 (yuan), 5000元 or ¥5000", "请与金额比较，如 5000（元）、5000元 或 ¥5000")
        case .exprCompareWithDate: ("compare it with a date, e.g. 2024-01-01", "请与日期比较，如 2024-01-01")
        case .exprCompareWithDuration: ("compare it with a number of days, e.g. 20d or 20", "请与天数比较，如 20d 或 20")
        case .exprCompareWithEnum: ("compare it with one of its values: {0}", "请与它的取值之一比较：{0}")
        case .exprCompareWithText: ("compare it with quoted text, e.g. 'abc'", "请与带引号的文字比较，如 '行政处罚'")
        case .didYouMean: ("did you mean {0}?", "是否应为 {0}？")
        case .orSeparator: ("{0} or {1}", "{0} 或 {1}")
        case .hintJoin: ("{0}; {1}", "{0}；{1}")
        case .exprKeywordIsValue: ("`{0}` is a value of enum fact `{1}`: write `{1} == {0}`", "`{0}` 是枚举事实 `{1}` 的取值：请写 `{1} == {0}`")
        case .exprQuoteText: ("quote text values: '{0}'", "文字取值须加引号：'{0}'")
        case .exprDeclareFact: ("declare `{0}` in a `kind: facts` file or correct its name", "在 `kind: facts` 文件中声明 `{0}`，或改正其名称")
        case .exprUnknownFact: ("unknown fact `{0}`", "未知的事实 `{0}`")
        case .exprNotACondition: ("{0} is not a condition", "{0}不是条件")
        case .exprCompareFactExample: ("compare it with a value, e.g. `{0}`", "请与一个值比较，如 `{0}`")
        case .exprCompareLiteralExample: ("compare a fact with it, e.g. `fact_name == {0}`", "请用事实与它比较，如 `fact_name == {0}`")
        case .exprTakesOneOf: ("`{0}` takes one of: {1}", "`{0}` 的取值为以下之一：{1}")
        case .exprNotEnumValue: ("`{0}` is not a value of enum fact `{1}`", "`{0}` 不是枚举事实 `{1}` 的取值")
        case .exprAmountTooLarge: ("amount {0} is too large", "金额 {0} 过大")
        case .exprUseSmallerAmount: ("use a smaller amount", "请使用较小的金额")
        case .exprAmountInexact: ("amount {0} has more than two decimals of yuan, so it is not an exact amount", "金额 {0} 超过两位小数，不是精确金额")
        case .exprAtMostTwoDecimals: ("write at most two decimals (fen), e.g. `5000.50`", "最多写两位小数（分），如 `5000.50`")
        case .exprCannotCompare: ("cannot compare {0} with {1}", "无法将{0}与{1}比较")
        case .exprCannotCompareCondition: ("cannot compare a condition with {0}", "无法将条件与{0}比较")
        case .exprConditionComparesWith: ("a condition compares only with true, false or another condition", "条件只能与 `true`、`false` 或另一个条件比较")
        case .exprCompareSameType: ("compare facts of the same type", "请比较同一类型的事实")
        case .exprCannotOrder: ("`{0}` cannot order {1} values", "`{0}` 不能用于比较{1}值的大小")
        case .exprComparesOnlyEquality: ("{0} values compare only with ==, != or in", "{0}值只能用 `==`、`!=` 或 `in` 比较")
        case .exprEnumFactsOrdering: ("`{0}` between two enum facts is not supported", "不支持在两个枚举事实之间使用 `{0}`")
        case .exprCompareEachWithValue: ("compare each fact with a value instead", "请分别将每个事实与一个值比较")
        case .exprFactInList: ("`{0}` is a fact; lists and `between` bounds hold values only", "`{0}` 是事实；列表和 `between` 的上下限只能是取值")
        case .exprCompareTwoFacts: ("compare two facts with `==`, `<`, … instead", "比较两个事实请用 `==`、`<` 等")
        case .exprBetweenCannotOrder: ("`between` cannot order {0}", "`between` 不能比较{0}的大小")
        case .exprBetweenNeeds: ("`between` needs a number, amount, date, duration or enum", "`between` 需要数字、金额、日期、天数或枚举")

        case .subjectNounKey: ("{0} `{1}`", "{0} `{1}`")
        case .subjectKey: ("{0}", "`{0}`")
        case .nounTestFile: ("test file", "测试文件")
        case .nounTest: ("test", "测试")
        case .nounTestName: ("test name", "测试名称")
        case .nounCaseFile: ("case file", "案卷文件")
        case .nounCase: ("case", "案件")
        case .nounParty: ("party", "当事人")
        case .nounOfficer: ("officer", "执法人员")
        case .nounOfficerName: ("officer name", "执法人员姓名")
        case .nounCertificate: ("certificate", "执法证件")
        case .nounInspectionRecord: ("inspection record", "检查记录")
        case .nounInspectionFile: ("inspection file", "检查记录文件")
        case .nounInspectionCap: ("inspection cap", "检查频次上限")
        case .nounInspection: ("inspection", "检查")
        case .nounPriorViolation: ("prior violation", "既往违法记录")
        case .nounPrior: ("prior", "既往违法记录")
        case .nounDecision: ("decision", "处理决定")
        case .nounPolicy: ("policy", "监督规则")
        case .nounPolicyBasisKey: ("policy basis key", "监督规则依据的键")
        case .nounQuietDayOverride: ("quiet-day override", "安静日的地区例外")
        case .nounOverride: ("override", "地区例外")
        case .nounCap: ("cap", "频次上限")
        case .nounTier: ("tier", "档次")
        case .nounLimitation: ("limitation", "追责时效规则")
        case .nounLimitationPeriod: ("limitation period", "追责时效期间")
        case .nounList: ("list", "清单")
        case .nounListItem: ("list item", "清单事项")
        case .nounItem: ("item", "事项")
        case .nounFact: ("fact", "事实")
        case .nounEnum: ("enum", "枚举")
        case .nounViolation: ("violation", "违法行为")
        case .nounViolationsDocument: ("violations document", "违法行为文件")
        case .nounFactsDocument: ("facts document", "事实词汇文件")
        case .nounValueLabelKey: ("value label key", "取值标签的键")
        case .nounValueLabel: ("value label", "取值标签")
        case .nounReasonLabelKey: ("reason label key", "检查事由标签的键")
        case .nounReasonLabel: ("reason label", "检查事由标签")
        case .nounCalendar: ("calendar", "节假日日历")
        case .nounCalendarYear: ("calendar year", "日历年份")
        case .nounHoliday: ("holiday", "节假日")
        case .nounWorkday: ("workday", "调休工作日")
        case .nounStandard: ("standard", "裁量基准")
        case .nounCondition: ("condition", "条件")
        case .nounExclusion: ("exclusion", "例外情形")
        case .nounDocument: ("document", "文件")
        case .nounCertificateFile: ("certificate file", "执法证件文件")
        case .nounStatutoryRange: ("statutory range", "法定幅度")
        case .nounBand: ("band", "幅度")
        case .yamlKindNull: ("null", "空值")
        case .yamlKindScalar: ("a scalar", "单个值")
        case .yamlKindMapping: ("a mapping", "映射")
        case .yamlKindSequence: ("a sequence", "列表")
        case .schemaMustBeMapping: ("{0} must be a mapping, found {1}", "{0}应为映射，实际为{1}")
        case .schemaUnknownKeyIn: ("unknown key `{0}` in {1}", "{1}中有未知的键 `{0}`")
        case .schemaKnownKeys: ("known keys: {0}", "可用的键：{0}")
        case .schemaMissingField: ("{0} is missing required field `{1}`", "{0}缺少必填字段 `{1}`")
        case .schemaAddField: ("add `{0}:` to the {1}", "在{1}中补充 `{0}:`")
        case .schemaMustBeText: ("{0} must be text, found {1}", "{0}应为文字，实际为{1}")
        case .schemaMustBeBoolean: ("{0} must be true or false, found `{1}`", "{0}只能是 `true` 或 `false`，实际为 `{1}`")
        case .schemaBooleanHint: ("write `true` or `false`; YAML 1.1 words like yes/no/on/off are not booleans here", "请写 `true` 或 `false`；`yes`、`no`、`on`、`off` 这类 YAML 1.1 写法在这里不是布尔值")
        case .schemaMustBeInteger: ("{0} must be a whole number, found `{1}`", "{0}应为整数，实际为 `{1}`")
        case .schemaMustBeBetween: ("{0} must be between {1} and {2}, found {3}", "{0}应在 {1} 到 {2} 之间，实际为 {3}")
        case .schemaMustBeDate: ("{0} must be a date YYYY-MM-DD, found `{1}`", "{0}应为 YYYY-MM-DD 格式的日期，实际为 `{1}`")
        case .schemaMustBeMoney: ("{0} must be an amount in yuan, found `{1}`", "{0}应为以元为单位的金额，实际为 `{1}`")
        case .schemaMustBeRatio: ("{0} must be a ratio such as 30%, 0.3 or 3/10, found `{1}`", "{0}应为比例，如 30%、0.3 或 3/10，实际为 `{1}`")
        case .schemaMustBeOneOf: ("{0} must be one of {1}, found `{2}`", "{0}应为 {1} 之一，实际为 `{2}`")
        case .schemaUseOneOf: ("use one of {0}", "请使用以下之一：{0}")
        case .schemaMustBeList: ("{0} must be a list, found {1}", "{0}应为列表，实际为{1}")
        case .spellDateAs: ("write the date as YYYY-MM-DD: `{0}`", "日期请按 YYYY-MM-DD 书写：`{0}`")
        case .spellNoSuchMonth: ("there is no month {0}; write the date as YYYY-MM-DD, e.g. 2025-03-01", "没有 {0} 月；日期请按 YYYY-MM-DD 书写，如 2025-03-01")
        case .spellMonthDays: ("{0} has {1} days; check the day", "{0} 只有 {1} 天；请检查日")
        case .spellSpreadsheetSerial: ("this looks like a spreadsheet date serial number; export dates as text YYYY-MM-DD, e.g. 2025-03-01", "这像是电子表格的日期序号；请把日期导出为 YYYY-MM-DD 格式的文字，如 2025-03-01")
        case .spellNoTime: ("give the day only, without a time: YYYY-MM-DD, e.g. 2025-03-01", "只写日期，不写时间：YYYY-MM-DD，如 2025-03-01")
        case .spellDateForm: ("write the date as YYYY-MM-DD, e.g. 2025-03-01", "日期请按 YYYY-MM-DD 书写，如 2025-03-01")
        case .spellNegativeAmount: ("an amount cannot be negative; write 0 or more", "金额不能为负数；请写 0 或以上")
        case .spellAmountUnit: ("write {0} as {1} (only 元 and 万/万元 are accepted as units)", "请把 {0} 写作 {1}（单位只接受 元 和 万/万元）")
        case .spellAmountDecimals: ("amounts are exact to the fen: at most two decimals", "金额精确到分：最多两位小数")
        case .spellAmountForm: ("write an amount in yuan such as 5000, 5000.50, ¥5000 or 5万元 (at most two decimals)", "请写以元为单位的金额，如 5000、5000.50、¥5000 或 5万元（最多两位小数）")

        case .caseFactsMustBeMapping: ("`facts` must be a mapping from fact name to value, found {0}", "`facts` 应为“事实名称: 取值”的映射，实际为{0}")
        case .caseFactsOnePerLine: ("write one `name: value` line per fact under `facts:`", "在 `facts:` 下每行写一个 `名称: 取值`")
        case .caseUnknownFact: ("unknown fact `{0}` in the case's facts", "案件事实中有未知的事实 `{0}`")
        case .caseDeclareFact: ("declare `{0}` in a `kind: facts` file, or correct its name", "在 `kind: facts` 文件中声明 `{0}`，或改正其名称")
        case .caseFactTyped: ("fact `{0}` ({1})", "事实 `{0}`（{1}）")
        case .caseMustBeSingleValue: ("{0} must be a single value, found {1}", "{0}应为单个值，实际为{1}")
        case .caseCannotBe: ("{0} cannot be `{1}`", "{0}不能是 `{1}`")
        case .caseNotEnumValue: ("`{0}` is not a value of fact `{1}`; declared values: {2}", "`{0}` 不是事实 `{1}` 的取值；已声明的取值：{2}")
        case .exampleBoolean: ("write `true` or `false`", "请写 `true` 或 `false`")
        case .exampleInteger: ("write a whole number such as 12", "请写整数，如 12")
        case .exampleDecimal: ("write a decimal number such as 0.1", "请写数，如 0.1")
        case .exampleDate: ("write a date as YYYY-MM-DD, e.g. 2025-03-01", "请按 YYYY-MM-DD 写日期，如 2025-03-01")
        case .exampleDuration: ("write whole days such as 20 or 20d", "请写整数天数，如 20 或 20d")
        case .exampleText: ("write text", "请写文字")
        case .caseDuplicate: ("case `{0}` appears twice in the input", "案件 `{0}` 在输入中出现了两次")
        case .caseDuplicateHint: ("give each case its own case number, or remove the repeated case", "为每个案件设定不同的案号，或删除重复的案件")
        case .firstGivenHere: ("first given here", "首次出现在此处")
        case .caseNoCase: ("the input holds no case", "输入中没有案件")
        case .caseNoCaseHint: ("write one case per YAML document, or list them under `cases:`", "每个 YAML 文档写一个案件，或把案件列在 `cases:` 下")
        case .caseMustBeMapping: ("a case must be a mapping, found {0}", "案件应为映射，实际为{0}")
        case .caseStartHint: ("start the case with `id:`, `agency:`, `party:`, … (see docs/CASE-FORMAT.md)", "案件以 `id:`、`agency:`、`party:` 等开头（见 docs/CASE-FORMAT.md）")
        case .caseCasesMustBeSequence: ("`cases` must be a sequence of cases, found {0}", "`cases` 应为案件列表，实际为{0}")
        case .caseCasesItemHint: ("write each case as a `- id: …` item under `cases:`", "在 `cases:` 下把每个案件写成一项 `- id: …`")
        case .casePublishedBeforeDecided: ("`decision.published` ({0}) is before `dates.decided` ({1})", "`decision.published`（{0}）早于 `dates.decided`（{1}）")
        case .casePublishedHint: ("a decision is published after it is made; check both dates", "处罚决定应在作出之后公示；请检查这两个日期")
        case .caseBirthAfterAct: ("the party's birth date ({0}) is after the act ({1})", "当事人的出生日期（{0}）晚于违法行为发生之日（{1}）")
        case .caseBirthAfterActHint: ("check `party.birth_date` / `party.id_number` and `dates.act`", "请检查 `party.birth_date`／`party.id_number` 和 `dates.act`")
        case .caseNegativeAmount: ("{0} cannot be negative, found {1}", "{0}不能为负数，实际为 {1}")
        case .caseAmountWithoutSign: ("write the amount in yuan without a sign, e.g. 5000", "以元为单位写金额，不带正负号，如 5000")
        case .caseUnknownViolation: ("unknown violation code `{0}`", "未知的违法行为代码 `{0}`")
        case .caseDeclareViolation: ("declare it in a `kind: violations` file, or correct the code", "在 `kind: violations` 文件中声明它，或改正代码")
        case .caseCreditCodeStillRead: ("check the 统一社会信用代码 for a typing error; the case is still read", "请检查统一社会信用代码是否录入有误；案件仍会被读取")
        case .caseIDNumberStillRead: ("check the 身份证号 for a typing error; the case is still read", "请检查身份证号是否录入有误；案件仍会被读取")
        case .caseBirthDateDisagrees: ("`party.birth_date` ({0}) differs from the birth date in the 身份证号 ({1})", "`party.birth_date`（{0}）与身份证号中的出生日期（{1}）不一致")
        case .caseBirthDateDisagreesHint: ("correct one of the two; the given `birth_date` is used", "请改正其中一个；以填写的 `birth_date` 为准")
        case .caseDatesOutOfOrder: ("`dates.{0}` ({1}) is before `dates.{2}` ({3})", "`dates.{0}`（{1}）早于 `dates.{2}`（{3}）")
        case .casePriorMustBeList: ("`prior_violations` must be a list, found {0}", "`prior_violations` 应为列表，实际为{0}")
        case .casePriorHint: ("write `prior_violations: []` for none, or one `- {violation: CODE, date: YYYY-MM-DD}` per prior case", "没有既往违法记录时写 `prior_violations: []`，否则每条记录写一项 `- {violation: CODE, date: YYYY-MM-DD}`")
        case .casePriorUnknownCode: ("prior violation code `{0}` is not declared", "既往违法记录中的代码 `{0}` 未声明")
        case .casePriorAfterAct: ("prior violation `{0}` of {1} is not before the act ({2})", "既往违法记录 `{0}`（{1}）不早于本案违法行为发生之日（{2}）")
        case .casePriorAfterActHint: ("list only violations committed before this case's act", "只列出本案违法行为之前的违法记录")
        case .caseDecisionListUnknown: ("`decision.list` names `{0}`, which no rule file declares", "`decision.list` 指向的 `{0}` 未在任何规则文件中声明")
        case .caseDecisionItemUnknown: ("`decision.item` names `{0}`, which list `{1}` does not hold", "`decision.item` 指向的 `{0}` 不在清单 `{1}` 中")
        case .checkTheListID: ("check the list id", "请检查清单标识")
        case .checkTheItemID: ("check the item id", "请检查事项标识")

        case .caseUseDeclaredCode: ("use a code declared in a `kind: violations` file", "请使用在 `kind: violations` 文件中声明的代码")
        case .creditCodeLength: ("统一社会信用代码 `{0}` has {1} characters; GB 32100-2015 codes have 18", "统一社会信用代码 `{0}` 有 {1} 位；GB 32100-2015 规定为 18 位")
        case .creditCodeCharacters: ("统一社会信用代码 `{0}` uses characters outside 0-9 and A-Y without I, O, S, V (GB 32100-2015)", "统一社会信用代码 `{0}` 含有 0-9、A-Y（不含 I、O、S、V）以外的字符（GB 32100-2015）")
        case .creditCodeCheck: ("统一社会信用代码 `{0}` fails its check character: the first 17 characters call for `{1}`", "统一社会信用代码 `{0}` 校验码不符：按前 17 位应为 `{1}`")
        case .idNumberLength: ("身份证号 `{0}` has {1} characters; GB 11643-1999 numbers have 18", "身份证号 `{0}` 有 {1} 位；GB 11643-1999 规定为 18 位")
        case .idNumberShape: ("身份证号 `{0}` must be 17 digits followed by a digit or X", "身份证号 `{0}` 应为 17 位数字加 1 位数字或 X")
        case .idNumberBirthDate: ("身份证号 `{0}` holds no valid birth date in positions 7–14", "身份证号 `{0}` 第 7–14 位不是有效的出生日期")
        case .idNumberCheck: ("身份证号 `{0}` fails its check character: the first 17 digits call for `{1}`", "身份证号 `{0}` 校验码不符：按前 17 位应为 `{1}`")
        case .orderActEnd: ("a continuing act ends on or after the day it began", "持续的违法行为应在开始之日或之后结束")
        case .orderDiscovered: ("an act is discovered on or after the day it happened", "违法行为应在发生之日或之后被发现")
        case .orderFiledAfterAct: ("a case is filed (立案) on or after the act date", "立案应在违法行为发生之日或之后")
        case .orderFiledAfterDiscovery: ("a case is filed (立案) on or after the day the act is discovered", "立案应在发现违法行为之日或之后")
        case .orderDecidedAfterFiled: ("a decision is made on or after the filing date (立案)", "处罚决定应在立案之日或之后作出")
        case .orderDecidedAfterAct: ("a decision is made on or after the act date", "处罚决定应在违法行为发生之日或之后作出")
        case .casePriorUnknownHint: ("it only counts for `same_kind: any`; declare it in a `kind: violations` file if it should match", "它只在 `same_kind: any` 时计入；如需匹配，请在 `kind: violations` 文件中声明")
        case .caseCorrectListID: ("correct the list id; the audit cannot check an unknown list", "请改正清单标识；执法监督无法检查未知的清单")
        case .caseCorrectItemID: ("correct the item id", "请改正事项标识")

        case .inspectionDuplicate: ("inspection `{0}` appears twice in the input", "检查记录 `{0}` 在输入中出现了两次")
        case .inspectionDuplicateHint: ("give each inspection its own record number, or remove the repeated record", "为每条检查记录设定不同的编号，或删除重复的记录")
        case .inspectionNone: ("the input holds no inspection record", "输入中没有检查记录")
        case .inspectionNoneHint: ("write one record per YAML document, or list them under `inspections:`", "每个 YAML 文档写一条记录，或把记录列在 `inspections:` 下")
        case .inspectionMustBeMapping: ("an inspection record must be a mapping, found {0}", "检查记录应为映射，实际为{0}")
        case .inspectionStartHint: ("start the record with `id:`, `enterprise:`, `agency:`, `date:`, `reason:`", "检查记录以 `id:`、`enterprise:`、`agency:`、`date:`、`reason:` 开头")
        case .inspectionListMustBeSequence: ("`inspections` must be a sequence of records, found {0}", "`inspections` 应为检查记录列表，实际为{0}")
        case .inspectionItemHint: ("write each record as a `- id: …` item under `inspections:`", "在 `inspections:` 下把每条记录写成一项 `- id: …`")
        case .inspectionNotCreditCode: ("`{0}` is not an 18-character 统一社会信用代码 (GB 32100-2015)", "`{0}` 不是 18 位的统一社会信用代码（GB 32100-2015）")
        case .inspectionCreditCodeStillRead: ("check the 统一社会信用代码 for a typing error; the record is still read", "请检查统一社会信用代码是否录入有误；记录仍会被读取")
        case .inspectionReasonOneOf: ("inspection `reason` must be one of {0}, found `{1}`", "检查记录的 `reason` 应为 {0} 之一，实际为 `{1}`")
        case .inspectionReasonHint: ("use one of {0}; `other` for anything else", "请使用 {0} 之一；其他情形用 `other`")
        case .certificatesMustBeList: ("a certificates file must be a list of certificates", "执法证件文件应为证件列表")
        case .certificatesListHint: ("write `- {number: \"36010012345\", name: 张三, valid_from: 2023-01-01, valid_to: 2027-12-31}` per certificate", "每个证件写一项 `- {number: \"36010012345\", name: 张三, valid_from: 2023-01-01, valid_to: 2027-12-31}`")
        case .certificateExpiresBeforeValid: ("certificate {0} expires ({1}) before it is valid ({2})", "执法证件 {0} 的失效日期（{1}）早于生效日期（{2}）")
        case .certificateCheckDates: ("check valid_from and valid_to", "请检查 `valid_from` 和 `valid_to`")

        case .nameReserved: ("{0} `{1}` is a word of the expression language", "{0} `{1}` 是表达式语言的保留字")
        case .nameReservedHint: ("choose another name; and, or, not, in, between, true and false are reserved", "请换一个名称；`and`、`or`、`not`、`in`、`between`、`true`、`false` 是保留字")
        case .namePatternMismatch: ("{0} `{1}` does not match {2}", "{0} `{1}` 不符合格式 `{2}`")
        case .namePatternExample: ("write it like `{0}`", "请按 `{0}` 的样式书写")
        case .definedTwice: ("{0} `{1}` is defined twice", "{0} `{1}` 重复定义")
        case .definedTwiceVersions: ("{0} `{1}` is defined twice (versions of one {0} must differ in `effective`)", "{0} `{1}` 重复定义（同一{0}的不同版本的 `effective` 必须不同）")
        case .definedTwiceHint: ("rename one of them; {0} must be unique across all rule files", "请重命名其中一个；{0}在所有规则文件中必须唯一")
        case .firstDefinedHere: ("{0} `{1}` first defined here", "{0} `{1}` 首次定义于此处")
        case .namespaceIDs: ("ids", "标识")
        case .namespaceFactNames: ("fact names", "事实名称")
        case .namespaceViolationCodes: ("violation codes", "违法行为代码")
        case .namespaceCalendarYears: ("calendar years", "日历年份")
        case .expiresBeforeEffective: ("{0} expires on {1}, before it takes effect on {2}", "{0}的失效日期 {1} 早于生效日期 {2}")
        case .expiresBeforeEffectiveHint: ("`expires` is the last day in force and must not be before `effective`; check both dates", "`expires` 是有效期的最后一天，不能早于 `effective`；请检查这两个日期")
        case .mustBeAtLeast: ("{0} must be at least {1}, found {2}", "{0}至少应为 {1}，实际为 {2}")
        case .ruleDocumentMustBeMapping: ("a rule document must be a mapping, found {0}", "规则文档应为映射，实际为{0}")
        case .ruleDocumentStartHint: ("start the document with `kind:` followed by the document's keys", "文档以 `kind:` 开头，其后是该文档的各个键")
        case .ruleDocumentNoKind: ("rule document has no `kind`", "规则文档没有 `kind`")
        case .ruleDocumentAddKind: ("add `kind:` with one of {0}", "补充 `kind:`，取值为 {0} 之一")
        case .ruleDocumentIsTest: ("`kind: test` is a rule test, not a rule", "`kind: test` 是规则测试，不是规则")
        case .ruleDocumentIsTestHint: ("run it with `leniency test FILE`; rule tests must be named *.test.yaml, which rule loading skips", "请用 `leniency test FILE` 运行；规则测试文件须命名为 *.test.yaml，加载规则时会跳过这些文件")
        case .unknownDocumentKind: ("unknown document kind `{0}`", "未知的文档类型 `{0}`")
        case .replacesNoPeriod: ("`replaces: {0}` names no limitation period", "`replaces: {0}` 指向的追责时效期间不存在")
        case .replacesHint: ("name the id of a period declared in a `kind: limitation` document", "请填写在 `kind: limitation` 文档中声明的期间标识")
        case .noRuleFilesFound: ("no rule files found in {0}", "在 {0} 中没有找到规则文件")
        case .noSuchPath: ("no such file or folder: {0}", "文件或文件夹不存在：{0}")
        case .cannotReadFolder: ("cannot read folder {0}", "无法读取文件夹 {0}")
        case .checkFolderPermissions: ("check the folder's permissions", "请检查该文件夹的权限")

        case .listCoercionItemOutcome: ("items of a no-coercion list decide coercion, not a penalty outcome", "不予实施行政强制措施清单的事项决定的是强制措施，不是处罚结果")
        case .listCoercionItemOutcomeHint: ("remove `outcome`; put penalty outcomes in a no-penalty, mitigated or lighter list", "删除 `outcome`；处罚结果应写在不予处罚、减轻处罚或从轻处罚清单中")
        case .listItemBothViolationKeys: ("list item gives both `violation` and `violations`", "清单事项同时写了 `violation` 和 `violations`")
        case .listItemBothViolationKeysHint: ("keep one: `violation: CODE` or `violations: [A, B]`", "只保留一个：`violation: CODE` 或 `violations: [A, B]`")
        case .listItemMissingViolation: ("list item is missing required field `violation`", "清单事项缺少必填字段 `violation`")
        case .listItemMissingViolationHint: ("add `violation: CODE` (or `violations: [A, B]`), or give the list `scope: all`", "补充 `violation: CODE`（或 `violations: [A, B]`），或为清单设定 `scope: all`")
        case .listScopeAllItems: ("items of a list with `scope: all` apply to every violation", "`scope: all` 清单的事项适用于所有违法行为")
        case .listScopeAllItemsHint: ("remove `violation`/`violations`, or give the list `scope: listed`", "删除 `violation`／`violations`，或为清单设定 `scope: listed`")
        case .declareViolationCode: ("declare `{0}` in a `kind: violations` document", "在 `kind: violations` 文档中声明 `{0}`")
        case .policyReasonLabelUnknown: ("`reason_labels` names `{0}`, which is not in `exception_reasons`", "`reason_labels` 中的 `{0}` 不在 `exception_reasons` 里")
        case .policyReasonLabelHint: ("add `{0}` to `exception_reasons` or remove the label", "把 `{0}` 加入 `exception_reasons`，或删除该标签")
        case .policyReasonLabelsMapping: ("`reason_labels` must be a mapping, found {0}", "`reason_labels` 应为映射，实际为{0}")
        case .policyReasonLabelsHint: ("write `{reason: 标签, …}`", "请写作 `{reason: 标签, …}`")
        case .policyDayWindowInverted: ("{0} ends on day {1}, before it starts on day {2}", "{0}结束于每月 {1} 日，早于开始的 {2} 日")
        case .policyDayWindowHint: ("`to_day` is the last quiet day of the month and must not be before `from_day`", "`to_day` 是当月最后一个安静日，不能早于 `from_day`")
        case .policyBasisMapping: ("policy `basis` must be a mapping from rule name to citations, found {0}", "监督规则的 `basis` 应为“规则名: 依据列表”的映射，实际为{0}")
        case .policyBasisMappingHint: ("write e.g. `basis: {quiet_days: [\"《…》第X条\"]}`", "例如写作 `basis: {quiet_days: [\"《…》第X条\"]}`")
        case .policyBasisUnknownRule: ("policy `basis` names `{0}`, which is not a policy rule", "监督规则的 `basis` 中的 `{0}` 不是监督规则的规则名")
        case .standardMaxOnlyMin: ("`max-only` is for statutes that set only a maximum, but `statutory.min` is {0}", "`max-only` 用于只规定最高罚款的条文，但 `statutory.min` 为 {0}")
        case .standardMaxOnlyMinHint: ("use `model: bands` for a range with a minimum, or set `statutory.min: 0`", "有最低罚款的幅度请用 `model: bands`，或设 `statutory.min: 0`")
        case .standardStatutoryMixed: ("`statutory` mixes `{0}` (yuan) with `basis` (multiples)", "`statutory` 混用了 `{0}`（元）和 `basis`（倍数）")
        case .standardStatutoryMixedHint: ("use `min_multiple`/`max_multiple` with `basis`, or drop `basis` for fixed amounts", "与 `basis` 一起使用 `min_multiple`／`max_multiple`，或固定金额时删除 `basis`")
        case .standardMissingMaxMultiple: ("`statutory` with `basis` is missing required field `max_multiple`", "带 `basis` 的 `statutory` 缺少必填字段 `max_multiple`")
        case .standardMissingMaxMultipleHint: ("add `max_multiple:`, e.g. `max_multiple: 5` for 五倍以下", "补充 `max_multiple:`，如“五倍以下”写 `max_multiple: 5`")
        case .standardMultipleNeedsBasis: ("`{0}` needs `basis` (the money fact it multiplies)", "`{0}` 需要 `basis`（作为倍数基数的金额事实）")
        case .standardMultipleNeedsBasisHint: ("add `basis: illegal_gains` (or another money fact), or use `min`/`max` in yuan", "补充 `basis: illegal_gains`（或其他金额事实），或用以元为单位的 `min`／`max`")
        case .standardMissingMax: ("`statutory` gives neither `max` nor a minimum above zero", "`statutory` 既没有 `max`，也没有大于零的最低罚款")
        case .standardMissingMaxHint: ("add `max:` in yuan (or only `min:` for a statute that sets only a minimum, \"…元以上\"), or `basis:` with `max_multiple:` for multiples of a money fact", "补充以元为单位的 `max:`（只规定最低罚款的条文“…元以上”只写 `min:`），或按金额事实的倍数写 `basis:` 和 `max_multiple:`")
        case .standardMinimumOnlyModel: ("the statute sets only a minimum, which the {0} model cannot split", "该条文只规定了最低罚款，`{0}` 模型无法划分")
        case .standardMinimumOnlyModelHint: ("use `model: midpoint` (一般 = 2 × minimum, 从重 from 5 × minimum) or `model: explicit` with bands in yuan", "使用 `model: midpoint`（一般为最低罚款的2倍，从重为5倍以上）或 `model: explicit` 并以元写明各档幅度")
        case .standardStepsModel: ("`steps` applies only to the steps model, not {0}", "`steps` 只适用于 `steps` 模型，不适用于 `{0}`")
        case .standardStepsModelHint: ("remove `steps`, or set `model: steps`", "删除 `steps`，或设 `model: steps`")
        case .listReductionShares: ("`reduction` needs 0% ≤ from ≤ to < 100%", "`reduction` 须满足 0% ≤ `from` ≤ `to` < 100%")
        case .listReductionSharesHint: ("write the shares taken off the fine, e.g. `{from: 30%, to: 50%}`", "写明罚款减少的比例，例如 `{from: 30%, to: 50%}`")
        case .standardWeightsMissing: ("`model: weights` needs a `weights` table (裁量起点 and 裁量因素)", "`model: weights` 需要 `weights` 权重表（裁量起点与裁量因素）")
        case .standardWeightsMissingHint: ("add `weights: {start: 10%, factors: [...]}`; see docs/RULE-FORMAT.md \"Model D\"", "请添加 `weights: {start: 10%, factors: [...]}`；参见 `docs/RULE-FORMAT.md` 的模式D一节")
        case .standardWeightsModel: ("`weights` belongs to `model: weights`, but this standard uses model `{0}`", "`weights` 仅用于 `model: weights`，本基准的模式为 `{0}`")
        case .standardWeightsModelHint: ("write `model: weights`, or remove the `weights` table", "请写 `model: weights`，或删除 `weights` 权重表")
        case .standardWeightShare: ("{0} is {1}; a weight must lie between 0% and 100%", "{0} 为 {1}；权重必须在 0% 到 100% 之间")
        case .standardWeightShareHint: ("write the weight as the source table gives it, e.g. `6%`", "请按来源权重表的写法填写，例如 `6%`")
        case .standardWeightFactorDuplicate: ("factor `{0}` is declared twice in this weight table", "权重表中裁量因素 `{0}` 重复声明")
        case .standardWeightFactorDuplicateHint: ("give each factor its own id, or merge the two", "请为每个裁量因素使用不同的标识，或合并两者")
        case .standardWeightFactUnknown: ("unknown fact `{0}` in a weight factor", "权重因素引用了未声明的事实 `{0}`")
        case .standardWeightFactUnknownHint: ("declare the fact in rules/facts.yaml", "请在 rules/facts.yaml 中声明该事实")
        case .standardWeightNoLevels: ("factor `{0}` has no levels", "裁量因素 `{0}` 没有任何档次")
        case .standardWeightNoLevelsHint: ("list the levels of the source table, each with its weight", "请列出来源权重表的各档次及其权重")
        case .standardWeightValueNeedsFact: ("a level with `value` needs `fact` on its factor", "使用 `value` 的档次需要其裁量因素写明 `fact`")
        case .standardWeightValueNeedsFactHint: ("add `fact: <name>` to the factor, or write the level as `when: <condition>`", "请在裁量因素中添加 `fact: <事实名>`，或将档次写为 `when: <条件>`")
        case .standardWeightWhenOrValue: ("a weight level gives exactly one of `when` and `value`", "权重档次必须且只能给出 `when` 或 `value` 之一")
        case .standardWeightWhenOrValueHint: ("write `when: <condition>` or `value: <value of the factor's fact>`", "请写 `when: <条件>` 或 `value: <该因素事实的取值>`")
        case .standardWeightHistoryNeedsFact: ("`counts_history` needs `fact:` naming an integer fact on the same factor", "`counts_history` 需要在同一裁量因素中以 `fact:` 指明一个整数类型的事实")
        case .standardWeightHistoryNeedsFactHint: ("e.g. `fact: same_kind_count_2y` with `counts_history: {window: 2y, same_kind: violation}`", "例如 `fact: same_kind_count_2y` 与 `counts_history: {window: 2y, same_kind: violation}`")
        case .weightsTraceCounted: ("{0} = {1}, counted from the case's violation history (this one and {2} earlier of the same kind in the window)", "{0} = {1}，依案卷违法记录计算（本次及回溯期内同类违法 {2} 次）")
        case .standardStepMultiplesPlace: ("`step_multiples` belongs to `model: steps` with a fixed statutory range that has a minimum, instead of `steps`", "`step_multiples` 仅用于 `model: steps` 且法定幅度为有最低额的固定数额，并取代 `steps`")
        case .standardStepMultiplesPlaceHint: ("write `model: steps` and `statutory: {min, max}`, and remove `steps` (the number of 阶次 follows from the multiples)", "请写 `model: steps` 与 `statutory: {min, max}`，并删除 `steps`（阶次数由倍数决定）")
        case .standardStepMultiplesValues: ("`step_multiples` must be at least two whole multiples of the minimum, ascending, each above 1 and below the range's max/min ({0})", "`step_multiples` 至少应有两个最低额的整数倍数，依次递增，且均大于 1、小于最高额与最低额之比（{0}）")
        case .standardStepMultiplesValuesHint: ("e.g. `step_multiples: [2, 5]` on 1万–10万 gives 1万–2万, 2万–5万, 5万–10万", "例如 1万–10万 写 `step_multiples: [2, 5]`，阶次为 1万–2万、2万–5万、5万–10万")
        case .lintMultiplesSplit: ("standard `{0}` divides a statutory range whose maximum {1} is {2} times its minimum {3} into equal 阶次; from four times, the 阶次 are divided by multiples (按倍数额划分处罚阶次)", "裁量基准 `{0}` 的法定最高罚款 {1} 为最低罚款 {3} 的 {2} 倍，却按等额划分阶次；最高额与最低额之比为四倍以上的，应当按倍数额划分处罚阶次")
        case .lintMultiplesSplitHint: ("declare the 阶次 edges as whole multiples of the minimum, e.g. `step_multiples: [2, 5]` (docs/RULE-FORMAT.md, model C)", "请以最低额的整数倍声明阶次分界，例如 `step_multiples: [2, 5]`（参见 `docs/RULE-FORMAT.md` 模式C）")
        case .lintWeightsOverHundred: ("the weights of standard `{0}` can add up to {1} (start {2} plus every factor's highest level); the sum may not exceed 100%", "裁量基准 `{0}` 的权重最高可累加至 {1}（裁量起点 {2} 加各因素最高档次）；累加不得超过 100%")
        case .lintWeightsOverHundredHint: ("check the table against its source: 粤环发〔2021〕7号 Art. 6 caps the sum at 100%", "请对照来源核对权重表：粤环发〔2021〕7号第六条规定累加后最高不超过 100%")
        case .lintWeightLevelsOverlap: ("levels `{0}` and `{1}` of factor `{2}` can both hold, e.g. when {3}", "裁量因素 `{2}` 的档次 `{0}` 与 `{1}` 可能同时成立，例如：{3}")
        case .lintWeightLevelsOverlapHint: ("make the levels exclusive; mind the boundary convention (以上 includes the number, 以下 excludes it under 粤环发〔2021〕7号 Art. 23)", "请使各档次互斥；注意边界约定（粤环发〔2021〕7号第二十三条：以上包括本数，以下不包括本数）")
        case .decisionWeightsLine: ("Weights (model D): {0} = {1} × {2} = {3}{4}", "权重累加（模式D）：{0} = {1} × {2} = {3}{4}")
        case .weightsPlus: ("{0} + {1}", "{0} + {1}")
        case .weightsStart: ("start {0}", "裁量起点 {0}")
        case .weightsFactor: ("{0} ({1}) {2}", "{0}（{1}）{2}")
        case .weightsFactorLowest: ("{0} (not established: lowest level) {1}", "{0}（无法查明，按最低档次）{1}")
        case .weightsFactorNoLevel: ("{0} (no level fits: lowest level) {1}", "{0}（不符合任何档次，按最低档次）{1}")
        case .weightsFactorHighest: ("{0} ({1}; several levels hold: the highest) {2}", "{0}（{1}；多个档次同时满足，取最高）{2}")
        case .weightsBaseMaximum: ("the statutory maximum {0}", "法定最高罚款 {0}")
        case .weightsBaseRange: ("the statutory range {0}–{1} above its minimum", "法定幅度 {0}–{1}（自最低额起算）")
        case .weightsCapped: (" (capped at 100%)", "（累加不超过 100%）")
        case .weightsFloor: (" (raised to the table's floor {0})", "（不足 {0} 按 {0} 计算）")
        case .weightsMinimum: (", raised to the statutory minimum {0}", "，低于法定最低罚款，按 {0} 计")
        case .weightsTraceLevel: ("level {0}: weight {1}", "档次 {0}：权重 {1}")
        case .weightsTraceLowest: ("not established (unknown: {0}): counted at the lowest level, weight {1} (粤环发〔2021〕7号 Art. 5)", "无法查明（未知：{0}）：按最低档次计算，权重 {1}（粤环发〔2021〕7号第五条）")
        case .weightsTraceNoLevel: ("no level fits the facts: counted at the lowest level, weight {0}", "事实不符合任何档次：按最低档次计算，权重 {0}")
        case .weightsTraceHighest: ("levels {0} all hold: the highest weight {1} counts", "档次 {0} 同时满足：取最高权重 {1}")
        case .fineWeightsLighter: ("{0}: 从轻 below the amount {1} the weight table sets, not below the statutory minimum", "`{0}`：从轻，低于权重表确定的数额 {1}，不低于法定最低罚款")
        case .fineWeightsHeavier: ("{0}: 从重 above the amount {1} the weight table sets, not above the statutory maximum", "`{0}`：从重，高于权重表确定的数额 {1}，不高于法定最高罚款")
        case .standardStepsCount: ("`steps` must be at least 3 (got {0})", "`steps` 至少为 3（实际为 {0}）")
        case .standardStepsCountHint: ("a 裁量基准 divides the range into three or more 阶次; write `steps: 3` or more", "裁量基准应将幅度划分为三个以上阶次；请写 `steps: 3` 或更大的数")
        case .standardRangeInverted: ("statutory maximum {0} is below the minimum {1}", "法定最高罚款 {0} 低于最低罚款 {1}")
        case .standardRangeInvertedMultipleHint: ("check the statute: the minimum multiple must not exceed the maximum", "请核对法条：最低倍数不得高于最高倍数")
        case .standardRangeInvertedAmountHint: ("check the statute: the minimum amount must not exceed the maximum", "请核对法条：最低金额不得高于最高金额")
        case .standardBasisNotMoney: ("`statutory.basis` names fact `{0}` of type {1}, not money", "`statutory.basis` 指向的事实 `{0}` 是{1}，不是金额型")
        case .standardBasisNotMoneyHint: ("name a money fact, or {0}", "请填写金额型事实，或 {0}")
        case .standardBasisUnknown: ("`statutory.basis` names no money fact: `{0}`", "`statutory.basis` 指向的 `{0}` 不是金额型事实")
        case .standardUseOneOf: ("use {0}", "请使用 {0}")
        case .standardSplitModel: ("`split` applies only to the bands and max-only models, not {0}", "`split` 只适用于 `bands` 和 `max-only` 模型，不适用于 `{0}`")
        case .standardSplitModelHint: ("remove `split`, or give each tier its `band`", "删除 `split`，或为每个档次写明 `band`")
        case .standardSplitShares: ("`split` must be three shares (lighter, standard, heavier) adding up to 100%", "`split` 应为三个比例（从轻、一般、从重），合计 100%")
        case .standardSplitSharesHint: ("write e.g. `split: [30%, 40%, 30%]`", "例如写作 `split: [30%, 40%, 30%]`")
        case .standardTierNeedsBand: ("tier `{0}` is missing required field `band` (model: explicit)", "档次 `{0}` 缺少必填字段 `band`（`model: explicit`）")
        case .standardTierNeedsBandHint: ("add `band: {from: 30%, to: 70%}` or `band: {min: 500, max: 1000}`", "补充 `band: {from: 30%, to: 70%}` 或 `band: {min: 500, max: 1000}`")
        case .standardRankOneOf: ("`rank` must be one of {0}, found `{1}`", "`rank` 应为 {0} 之一，实际为 `{1}`")
        case .standardRankUseOneOf: ("use lighter, standard or heavier", "请使用 `lighter`、`standard` 或 `heavier`")
        case .standardRankOnNamedTier: ("tier `{0}` cannot have `rank: {1}`", "档次 `{0}` 不能设 `rank: {1}`")
        case .standardRankOnNamedTierHint: ("remove `rank`; a tier named {0} ranks as {0}", "删除 `rank`；名为 `{0}` 的档次即按 `{0}` 排序")
        case .standardTierNeedsRank: ("tier `{0}` is not lighter, standard or heavier and has no `rank`", "档次 `{0}` 不是 `lighter`、`standard` 或 `heavier`，也没有 `rank`")
        case .standardTierNeedsRankSuggestion: ("did you mean `{0}`? otherwise add `rank:`", "是否应为 `{0}`？否则请补充 `rank:`")
        case .standardTierNeedsRankHint: ("add `rank: lighter`, `rank: standard` or `rank: heavier`", "补充 `rank: lighter`、`rank: standard` 或 `rank: heavier`")
        case .standardBandMixed: ("`band` mixes shares (`from`/`to`) with amounts (`min`/`max`)", "`band` 混用了比例（`from`／`to`）和金额（`min`／`max`）")
        case .standardBandMixedHint: ("write either `{from: 30%, to: 70%}` or `{min: 500, max: 1000}`", "请写 `{from: 30%, to: 70%}` 或 `{min: 500, max: 1000}` 之一")
        case .standardBandNeedsMinMax: ("`band` needs both `min` and `max`", "`band` 需要同时写 `min` 和 `max`")
        case .standardBandNeedsMinMaxHint: ("write `{min: 500, max: 1000}` in yuan", "以元为单位写作 `{min: 500, max: 1000}`")
        case .standardBandNeedsFromTo: ("`band` needs `from` and `to` (or `min` and `max`)", "`band` 需要 `from` 和 `to`（或 `min` 和 `max`）")
        case .standardBandNeedsFromToHint: ("write `{from: 30%, to: 70%}` or `{min: 500, max: 1000}`", "请写作 `{from: 30%, to: 70%}` 或 `{min: 500, max: 1000}`")
        case .factBuiltIn: ("`{0}` is built in and cannot be declared", "`{0}` 是内置事实，不能声明")
        case .factBuiltInHint: ("remove this fact; every item's conditions can use `{0}` without a declaration", "删除该事实；所有事项的条件都可以直接使用 `{0}`")
        case .factValuesOnlyEnum: ("`values` only applies to facts of type enum", "`values` 只适用于枚举型事实")
        case .factValuesOnlyEnumHint: ("remove `values`, or write `type: enum`", "删除 `values`，或写 `type: enum`")
        case .factEnumNeedsValues: ("an enum fact needs `values`", "枚举型事实需要 `values`")
        case .factEnumNeedsValuesHint: ("add `values: [low, high]`, ordered from lowest to highest", "补充 `values: [low, high]`，按从低到高排列")
        case .factEnumValueTwice: ("enum value `{0}` is listed twice", "枚举取值 `{0}` 列出了两次")
        case .factRemoveRepeated: ("remove the repeated value", "删除重复的取值")
        case .factUnknownType: ("unknown fact type `{0}`", "未知的事实类型 `{0}`")
        case .factLabelsOnlyEnum: ("`value_labels` only applies to facts of type enum", "`value_labels` 只适用于枚举型事实")
        case .factLabelsOnlyEnumHint: ("remove `value_labels`, or write `type: enum` with `values`", "删除 `value_labels`，或写 `type: enum` 并给出 `values`")
        case .factLabelsMapping: ("`value_labels` must be a mapping, found {0}", "`value_labels` 应为映射，实际为{0}")
        case .factLabelsMappingHint: ("write `{value: 标签, …}`", "请写作 `{value: 标签, …}`")
        case .factLabelUnknownValue: ("`value_labels` names `{0}`, which is not one of the fact's values", "`value_labels` 中的 `{0}` 不是该事实的取值")
        case .factUnknownSource: ("unknown fact source `{0}`", "未知的事实来源 `{0}`")
        case .factSourceTypeMismatch: ("fact `{0}` is {1} but `{2}` gives {3}", "事实 `{0}` 是{1}，但 `{2}` 提供的是{3}")
        case .factDeclareWithType: ("declare `{0}` with type {1}", "将 `{0}` 声明为 `{1}` 类型")
        case .factDeclareWithTypeAndValues: ("declare `{0}` with type {1} and values [{2}]", "将 `{0}` 声明为 `{1}` 类型，取值为 [{2}]")
        case .calendarDateOutsideYear: ("date {0} lies outside the calendar's year {1}", "日期 {0} 不在日历所属的 {1} 年内")
        case .calendarDateOutsideYearHint: ("put it in the {0} calendar, or correct the year", "请把它放到 {0} 年的日历中，或改正年份")
        case .calendarHolidayInverted: ("holiday {0} ends on {1}, before it starts on {2}", "节假日 {0} 的结束日 {1} 早于开始日 {2}")
        case .calendarHolidayInvertedHint: ("`to` is the last day off and must not be before `from`", "`to` 是最后一个休息日，不能早于 `from`")
        case .calendarWorkdayInHoliday: ("{0} is listed as a working day but lies in the holiday {1}", "{0} 被列为工作日，但在节假日 {1} 期间")
        case .calendarWorkdayInHolidayHint: ("remove it from `workdays` or shorten the holiday span", "把它从 `workdays` 中删除，或缩短节假日的起止范围")
        case .calendarHolidayDeclaredHere: ("holiday {0} declared here", "节假日 {0} 在此声明")

        case .libyamlBlockSequenceEntries: ("block sequence entries are not allowed in this context", "此处不允许出现块序列项（`-`）")
        case .libyamlControlCharacters: ("control characters are not allowed", "不允许出现控制字符")
        case .libyamlExpectedColon: ("could not find expected ':'", "没有找到应有的 `:`")
        case .libyamlExpectedDirectiveName: ("could not find expected directive name", "没有找到应有的指令名")
        case .libyamlURIOctet: ("did not find URI escaped octet", "没有找到 URI 转义字节")
        case .libyamlExpectedBang: ("did not find expected '!'", "没有找到应有的 `!`")
        case .libyamlExpectedCommaOrBracket: ("did not find expected ',' or ']'", "没有找到应有的 `,` 或 `]`")
        case .libyamlExpectedCommaOrBrace: ("did not find expected ',' or '}'", "没有找到应有的 `,` 或 `}`")
        case .libyamlExpectedDash: ("did not find expected '-' indicator", "没有找到应有的 `-`")
        case .libyamlExpectedDocumentStart: ("did not find expected <document start>", "没有找到应有的文档开始标记")
        case .libyamlExpectedStreamStart: ("did not find expected <stream-start>", "没有找到应有的流开始标记")
        case .libyamlExpectedAlphanumeric: ("did not find expected alphabetic or numeric character", "没有找到应有的字母或数字")
        case .libyamlExpectedCommentOrBreak: ("did not find expected comment or line break", "没有找到应有的注释或换行")
        case .libyamlExpectedDigitOrDot: ("did not find expected digit or '.' character", "没有找到应有的数字或 `.`")
        case .libyamlExpectedHex: ("did not find expected hexdecimal number", "没有找到应有的十六进制数")
        case .libyamlExpectedKey: ("did not find expected key", "没有找到应有的键（可能是缩进不一致）")
        case .libyamlExpectedNodeContent: ("did not find expected node content", "没有找到应有的值")
        case .libyamlExpectedTagURI: ("did not find expected tag URI", "没有找到应有的标签 URI")
        case .libyamlExpectedVersion: ("did not find expected version number", "没有找到应有的版本号")
        case .libyamlExpectedWhitespace: ("did not find expected whitespace", "没有找到应有的空白")
        case .libyamlExpectedWhitespaceOrBreak: ("did not find expected whitespace or line break", "没有找到应有的空白或换行")
        case .libyamlExpectedGreaterThan: ("did not find the expected '>'", "没有找到应有的 `>`")
        case .libyamlTabViolatesIndentation: ("found a tab character that violates indentation", "制表符破坏了缩进")
        case .libyamlTabWhereSpace: ("found a tab character where an indentation space is expected", "应为缩进空格处出现了制表符")
        case .libyamlLeadingOctet: ("found an incorrect leading UTF-8 octet", "UTF-8 首字节有误")
        case .libyamlTrailingOctet: ("found an incorrect trailing UTF-8 octet", "UTF-8 后续字节有误")
        case .libyamlIndentationZero: ("found an indentation indicator equal to 0", "缩进指示符为 0")
        case .libyamlCannotStartToken: ("found character that cannot start any token", "出现了不能开始任何记号的字符")
        case .libyamlDuplicateTagDirective: ("found duplicate %TAG directive", "%TAG 指令重复")
        case .libyamlDuplicateYAMLDirective: ("found duplicate %YAML directive", "%YAML 指令重复")
        case .libyamlDuplicateAnchor: ("found duplicate anchor; first occurrence", "锚点重复；首次出现处")
        case .libyamlLongVersion: ("found extremely long version number", "版本号过长")
        case .libyamlIncompatibleDocument: ("found incompatible YAML document", "不兼容的 YAML 文档")
        case .libyamlInvalidUnicodeEscape: ("found invalid Unicode character escape code", "无效的字符转义码（`\\u`）")
        case .libyamlUndefinedAlias: ("found undefined alias", "别名未定义")
        case .libyamlUndefinedTagHandle: ("found undefined tag handle", "标签前缀未定义")
        case .libyamlUnexpectedColon: ("found unexpected ':'", "出现了意外的 `:`")
        case .libyamlUnexpectedDocumentIndicator: ("found unexpected document indicator", "出现了意外的文档标记")
        case .libyamlUnexpectedEnd: ("found unexpected end of stream", "文件意外结束（可能缺少结束引号或括号）")
        case .libyamlNonAlphabetical: ("found unexpected non-alphabetical character", "出现了意外的非字母字符")
        case .libyamlUnknownDirective: ("found unknown directive name", "未知的指令名")
        case .libyamlUnknownEscape: ("found unknown escape character", "未知的转义字符")
        case .libyamlMappingKeys: ("mapping keys are not allowed in this context", "此处不允许出现映射的键")
        case .libyamlMappingValues: ("mapping values are not allowed in this context", "此处不允许出现映射的值（可能是值中有未加引号的 `: `）")
        case .libyamlWhileTagDirective: ("while parsing a %TAG directive", "解析 %TAG 指令时")
        case .libyamlWhileBlockCollection: ("while parsing a block collection", "解析块集合时")
        case .libyamlWhileBlockMapping: ("while parsing a block mapping", "解析块映射时")
        case .libyamlWhileBlockNode: ("while parsing a block node", "解析块节点时")
        case .libyamlWhileFlowMapping: ("while parsing a flow mapping", "解析流式映射（`{…}`）时")
        case .libyamlWhileFlowNode: ("while parsing a flow node", "解析流式节点时")
        case .libyamlWhileFlowSequence: ("while parsing a flow sequence", "解析流式列表（`[…]`）时")
        case .libyamlWhileNode: ("while parsing a node", "解析节点时")
        case .libyamlWhileQuotedScalarParse: ("while parsing a quoted scalar", "解析带引号的值时")
        case .libyamlWhileTag: ("while parsing a tag", "解析标签时")
        case .libyamlWhileTagDirectiveParse: ("while parsing a tag directive", "解析标签指令时")
        case .libyamlWhileScanningTagDirective: ("while scanning a %TAG directive", "扫描 %TAG 指令时")
        case .libyamlWhileScanningYAMLDirective: ("while scanning a %YAML directive", "扫描 %YAML 指令时")
        case .libyamlWhileBlockScalar: ("while scanning a block scalar", "扫描块标量时")
        case .libyamlWhileDirective: ("while scanning a directive", "扫描指令时")
        case .libyamlWhilePlainScalar: ("while scanning a plain scalar", "扫描未加引号的值时")
        case .libyamlWhileQuotedScalar: ("while scanning a quoted scalar", "扫描带引号的值时")
        case .libyamlWhileSimpleKey: ("while scanning a simple key", "扫描简单键时")
        case .libyamlWhileScanningTag: ("while scanning a tag", "扫描标签时")
        case .libyamlWhileScanningTagDirective2: ("while scanning a tag directive", "扫描标签指令时")
        case .libyamlWhileAlias: ("while scanning an alias", "扫描别名时")
        case .libyamlWhileAnchor: ("while scanning an anchor", "扫描锚点时")
        case .libyamlWhileNextToken: ("while scanning for the next token", "扫描下一个记号时")
        case .libyamlOther: ("{0}", "解析器报告：`{0}`")
        case .yamlTabIndent: ("a tab is used for indentation here; YAML allows only spaces (libyaml: {0})", "此处用制表符缩进；YAML 只允许用空格缩进（解析器：{0}）")
        case .yamlSyntaxError: ("YAML syntax error: {0}", "YAML 语法错误：{0}")
        case .yamlSyntaxErrorContext: ("YAML syntax error: {0} ({1} that starts at {2})", "YAML 语法错误：{0}（{1}，该结构始于 {2}）")
        case .yamlSyntaxErrorContextOnly: ("YAML syntax error: {0} ({1})", "YAML 语法错误：{0}（{1}）")
        case .yamlContextStartedHere: ("{0} started here", "{0}，始于此处")
        case .yamlNoSuchFile: ("cannot read `{0}`: there is no such file", "无法读取 `{0}`：文件不存在")
        case .yamlNoSuchFileHint: ("check the spelling of the path; relative paths start at the current folder", "请检查路径拼写；相对路径从当前文件夹开始")
        case .yamlIsFolder: ("cannot read `{0}`: it is a folder, not a file", "无法读取 `{0}`：这是文件夹，不是文件")
        case .yamlIsFolderHint: ("name a file inside the folder, e.g. `{0}`", "请指定文件夹中的文件，如 `{0}`")
        case .yamlNotReadable: ("cannot read `{0}`: permission denied or the file is not readable", "无法读取 `{0}`：没有权限或文件不可读")
        case .yamlNotReadableHint: ("check the file's permissions (`ls -l`)", "请检查文件权限（`ls -l`）")
        case .yamlReadFailed: ("cannot read `{0}`: reading failed ({1})", "无法读取 `{0}`：读取失败（{1}）")
        case .yamlReadFailedHint: ("check that the path names a regular file that can be read", "请确认该路径是可读取的普通文件")
        case .yamlInputOverLimit: ("`{0}` holds more than {1}, the limit for one input", "`{0}` 超过 {1}，即单个输入的上限")
        case .yamlFileTooLarge: ("the file is {0} long; the limit for one input is {1}", "文件大小为 {0}；单个输入的上限为 {1}")
        case .yamlTooLargeHint: ("split it into several files; many cases belong in a JSON Lines or CSV export for `leniency audit`, which streams them", "请拆分为多个文件；大量案件宜导出为 JSONL 或 CSV，由 `leniency audit` 逐条读取")
        case .yamlByteCount: ("{0} bytes{1}", "{0} 字节{1}")
        case .yamlUTF16: ("the file is not UTF-8: it starts with a UTF-16 byte order mark", "文件不是 UTF-8 编码：开头是 UTF-16 字节顺序标记")
        case .yamlMaybeGBK: ("byte {0} is not valid UTF-8; the file may be saved as GBK/GB18030", "字节 {0} 不是有效的 UTF-8；文件可能以 GBK/GB18030 编码保存")
        case .yamlInvalidByte: ("byte {0} is not valid UTF-8", "字节 {0} 不是有效的 UTF-8")
        case .yamlValueTooLong: ("this value is {0} bytes long; the limit for one value is {1} bytes", "该值长 {0} 字节；单个值的上限为 {1} 字节")
        case .yamlTooDeep: ("mappings and sequences are nested more than {0} levels deep here", "此处映射和列表的嵌套超过 {0} 层")
        case .yamlTooDeepHint: ("flatten the structure; no rule, test or case file needs more than {0} levels", "请减少嵌套；规则、测试或案卷文件都不需要超过 {0} 层")
        case .yamlUndefinedAlias: ("the alias `*{0}` names no anchor defined before it (or refers to a node that contains it)", "别名 `*{0}` 指向的锚点在其之前未定义（或指向包含它自身的节点）")
        case .yamlAliasBudget: ("expanding aliases up to `*{0}` adds {1} nodes; the limit is {2}", "展开到 `*{0}` 为止的别名共增加 {1} 个节点；上限为 {2}")
        case .yamlAliasBudgetHint: ("write the repeated values out, or use fewer aliases; alias expansion is capped against billion-laughs files", "请直接写出重复的值，或少用别名；为防范“十亿笑声”攻击，别名展开有上限")
        case .yamlTooManyNodes: ("the document has more than {0} nodes (counting alias expansions)", "文档的节点超过 {0} 个（含别名展开）")
        case .yamlExplicitTag: ("explicit tags such as `{0}` are not accepted; every value is read as text and typed by the rule format", "不接受 `{0}` 这样的显式标签；所有值都按文字读取，由规则格式决定类型")
        case .yamlExplicitTagHint: ("remove the tag; quote the value if it must stay text", "删除标签；如需保持为文字，请给值加引号")
        case .yamlKeyNotText: ("a mapping key must be text, but this key is {0}", "映射的键必须是文字，但这个键是{0}")
        case .yamlDuplicateKey: ("the key `{0}` appears twice in this mapping; it was first given at line {1}", "键 `{0}` 在该映射中出现了两次；首次出现在第 {1} 行")
        case .yamlKeyFirstGiven: ("`{0}` first given here", "`{0}` 首次出现在此处")
        case .yamlIdeographicIndent: ("this line is indented with the ideographic space U+3000, which YAML reads as text, not indentation", "该行用全角空格 U+3000 缩进，YAML 会把它当作文字而不是缩进")
        case .yamlFullWidthColon: ("`{0}：` uses the full-width colon `：`, so the whole line is one piece of text, not a key; did you mean `{1}`?", "`{0}：` 用了全角冒号 `：`，整行会被当作一段文字而不是键；是否应为 `{1}`？")

        case .lintOverlappingVersions: ("two versions of {0} `{1}` are in force on {2}: this one (effective {3}) and the one effective {4}", "{0} `{1}` 有两个版本在 {2} 同时有效：本版本（{3} 生效）和 {4} 生效的版本")
        case .lintOverlappingVersionsUntil: ("two versions of {0} `{1}` are in force on {2}: this one (effective {3}) and the one effective {4} until {5}", "{0} `{1}` 有两个版本在 {2} 同时有效：本版本（{3} 生效）和 {4} 生效、{5} 失效的版本")
        case .lintOverlappingVersionsHint: ("give the older version `expires: {0}` (the day before this one takes effect)", "为旧版本设定 `expires: {0}`（本版本生效日的前一天）")
        case .lintOtherVersion: ("the other version of `{0}`, effective {1}", "`{0}` 的另一个版本，{1} 生效")
        case .lintUniqueOverlap: ("items `{0}` and `{1}` of list `{2}` (hit_policy unique) both apply when {3}", "清单 `{2}`（`hit_policy: unique`）的事项 `{0}` 和 `{1}` 在以下情形同时适用：{3}")
        case .lintUniqueOverlapHint: ("add a condition to one item that excludes the other's cases, or set `hit_policy: first` (file order decides) or `collect`", "为其中一个事项增加排除另一事项情形的条件，或设 `hit_policy: first`（按文件顺序决定）或 `collect`")
        case .lintItemDeclaredHere: ("item `{0}` declared here", "事项 `{0}` 在此声明")
        case .lintEveryCase: ("for every case (the items set no conditions that tell them apart)", "任何案件（这些事项没有能区分彼此的条件）")
        case .lintWitnessPair: ("{0} = {1}", "{0} = {1}")
        case .lintBandBelowMinimum: ("the band of tier `{0}` starts at {1}, below the statutory minimum {2} of standard `{3}`", "裁量基准 `{3}` 中档次 `{0}` 的幅度从 {1} 开始，低于法定最低罚款 {2}")
        case .lintBandBelowMinimumHint: ("raise the band's `min` to at least {0}, or make the tier `mitigated` if it means 减轻处罚", "把该幅度的 `min` 提高到至少 {0}；如果指的是减轻处罚，请把档次设为 `mitigated`")
        case .lintBandAboveMaximum: ("the band of tier `{0}` reaches {1}, above the statutory maximum {2} of standard `{3}`", "裁量基准 `{3}` 中档次 `{0}` 的幅度达到 {1}，高于法定最高罚款 {2}")
        case .lintBandAboveMaximumHint: ("lower the band's `max` to at most {0}; no discretion standard may exceed the statutory maximum", "把该幅度的 `max` 降低到至多 {0}；裁量基准不得超过法定最高罚款")
        case .lintBandShares: ("the band of tier `{0}` runs from {1} to {2} of the statutory range; shares must lie between 0% and 100%", "档次 `{0}` 的幅度为法定幅度的 {1} 至 {2}；比例必须在 0% 到 100% 之间")
        case .lintBandSharesHint: ("write the band as shares between 0% (statutory minimum) and 100% (statutory maximum)", "请用 0%（法定最低）到 100%（法定最高）之间的比例书写幅度")
        case .lintTierOverlap: ("the band of tier `{0}` ({1}) overlaps the band of tier `{2}` ({3}) in standard `{4}`", "裁量基准 `{4}` 中档次 `{0}` 的幅度（{1}）与档次 `{2}` 的幅度（{3}）重叠")
        case .lintTierOverlapHint: ("start tier `{0}` where tier `{1}` ends ({2})", "让档次 `{0}` 从档次 `{1}` 的终点（{2}）开始")
        case .lintTierDeclaredHere: ("tier `{0}` declared here", "档次 `{0}` 在此声明")
        case .lintTierGap: ("no tier of standard `{0}` covers the amounts between {1} (end of tier `{2}`) and {3} (start of tier `{4}`)", "裁量基准 `{0}` 没有档次覆盖 {1}（档次 `{2}` 的终点）到 {3}（档次 `{4}` 的起点）之间的金额")
        case .lintTierGapHint: ("start tier `{0}` at {1}, where tier `{2}` ends", "让档次 `{0}` 从 {1}（档次 `{2}` 的终点）开始")
        case .lintCitationNotNormalised: ("citation `{0}` in {1} is not in the normalised form {2}", "{1}中的引用 `{0}` 不是规范格式{2}")
        case .lintCitationWrite: ("write `{0}`", "请写作 `{0}`")
        case .lintCitationContextViolates: ("`violates` of violation `{0}`", "违法行为 `{0}` 的 `violates`")
        case .lintCitationContextPenalty: ("`penalty_basis` of violation `{0}`", "违法行为 `{0}` 的 `penalty_basis`")
        case .lintCitationContextImplements: ("`implements` of list `{0}`", "清单 `{0}` 的 `implements`")
        case .lintCitationContextItem: ("`basis` of item `{0}`", "事项 `{0}` 的 `basis`")
        case .lintCitationContextPeriod: ("`basis` of limitation period `{0}`", "追责时效期间 `{0}` 的 `basis`")
        case .lintCitationContextPolicy: ("`basis` of `{0}` in policy `{1}`", "监督规则 `{1}` 中 `{0}` 的 `basis`")
        case .citationProblemBrackets: ("(the law's title must be in 《》)", "（法律名称须放在书名号《》中）")
        case .citationProblemNumerals: ("(article numbers must use Chinese numerals)", "（条款序号须用中文数字）")
        case .citationProblemArt: ("(write 第X条, not Art.)", "（请写“第X条”，不要写 `Art.`）")
        case .citationProblemShape: ("(expected 《法名》第X条, optionally 第X款 and 第X项)", "（应为《法名》第X条，可加第X款、第X项）")
        case .lintNeverApplies: ("item `{0}` of list `{1}` can never apply: no case satisfies all its conditions ({2})", "清单 `{1}` 的事项 `{0}` 永远不会适用：没有案件能同时满足其全部条件（{2}）")
        case .lintNeverAppliesHint: ("the conditions contradict each other; relax or remove one of them", "各条件相互矛盾；请放宽或删除其中一个")
        case .lintViolationNoViolates: ("violation `{0}` does not cite the provision it breaks (违反条款)", "违法行为 `{0}` 没有援引违反条款")
        case .lintViolationNoViolatesHint: ("add `violates: [\"《法名》第X条第X款\"]` to violation `{0}`", "在违法行为 `{0}` 中补充 `violates: [\"《法名》第X条第X款\"]`")
        case .lintViolationNoPenalty: ("violation `{0}` does not cite its penalty provision (处罚依据)", "违法行为 `{0}` 没有援引处罚依据")
        case .lintViolationNoPenaltyHint: ("add `penalty_basis: [\"《法名》第X条\"]` to violation `{0}`", "在违法行为 `{0}` 中补充 `penalty_basis: [\"《法名》第X条\"]`")
        case .lintItemNoBasis: ("item `{0}` of list `{1}` cites no legal basis: it has no `basis`, its violations cite nothing, and the list has no `implements`", "清单 `{1}` 的事项 `{0}` 没有法律依据：它没有 `basis`，其违法行为也未援引任何条款，清单也没有 `implements`")
        case .lintItemNoBasisHint: ("add `basis: [\"《中华人民共和国行政处罚法》第三十三条第一款\"]` (or the article the item rests on) to item `{0}`, or `implements:` to the list", "在事项 `{0}` 中补充 `basis: [\"《中华人民共和国行政处罚法》第三十三条第一款\"]`（或该事项依据的条款），或为清单补充 `implements:`")

        case .jsonTextAfterValue: ("unexpected text after the JSON value", "JSON 值之后有多余的文字")
        case .jsonNestingTooDeep: ("nesting deeper than {0} levels", "嵌套超过 {0} 层")
        case .jsonExpectedValueAtEnd: ("expected a JSON value, found the end of the line", "应为 JSON 值，但行已结束")
        case .jsonExpectedQuotedKey: ("expected a quoted key", "应为带引号的键")
        case .jsonDuplicateKey: ("duplicate key `{0}`", "键 `{0}` 重复")
        case .jsonExpectedColon: ("expected `:` after the key `{0}`", "键 `{0}` 之后应为 `:`")
        case .jsonUnterminatedObject: ("unterminated object: expected `,` or `}`", "对象没有结束：应为 `,` 或 `}`")
        case .jsonExpectedCommaInObject: ("expected `,` or `}` in an object", "对象中应为 `,` 或 `}`")
        case .jsonUnterminatedArray: ("unterminated array: expected `,` or `]`", "数组没有结束：应为 `,` 或 `]`")
        case .jsonExpectedCommaInArray: ("expected `,` or `]` in an array", "数组中应为 `,` 或 `]`")
        case .jsonUnexpectedWord: ("unexpected word; JSON allows only true, false and null here", "意外的单词；此处 JSON 只允许 `true`、`false` 和 `null`")
        case .jsonUnexpectedCharacter: ("unexpected character; expected a JSON value", "意外的字符；应为 JSON 值")
        case .jsonNumberNeedsDigits: ("a number needs digits", "数字需要有数位")
        case .jsonLeadingZeros: ("numbers must not have leading zeros", "数字不能有前导零")
        case .jsonDigitsAfterPoint: ("expected digits after the decimal point", "小数点之后应有数字")
        case .jsonDigitsInExponent: ("expected digits in the exponent", "指数部分应有数字")
        case .jsonControlCharacter: ("control character inside a string; escape it", "字符串中有控制字符；请转义")
        case .jsonUnterminatedString: ("unterminated string", "字符串没有结束")
        case .jsonStringTooLong: ("a string of {0} bytes, more than the limit of {1} MiB for one value,", "字符串长 {0} 字节，超过单个值 {1}MiB 的上限，")
        case .jsonDanglingBackslash: ("dangling backslash", "多余的反斜杠")
        case .jsonUnpairedSurrogate: ("unpaired surrogate in \\u escape", "`\\u` 转义中的代理项没有配对")
        case .jsonInvalidUnicodeEscape: ("invalid \\u escape", "无效的 `\\u` 转义")
        case .jsonUnknownEscape: ("unknown escape `\\{0}`", "未知的转义 `\\{0}`")
        case .jsonUnicodeEscapeDigits: ("a \\u escape needs four hex digits", "`\\u` 转义需要四位十六进制数")
        case .jsonOther: ("{0}", "`{0}`")
        case .csvQuoteInUnquoted: ("a quote inside an unquoted field; quote the whole field and double the quote (`\"\"`)", "未加引号的字段中出现了引号；请给整个字段加引号，并把其中的引号写两遍（`\"\"`）")
        case .csvTextAfterQuote: ("text after a closing quote; quote the whole field", "结束引号之后还有文字；请给整个字段加引号")
        case .csvUnterminatedField: ("unterminated quoted field", "带引号的字段没有结束")
        case .decodeNoGB18030: ("the text is not valid UTF-8, and GB18030 decoding is not available in this build's Foundation", "文字不是有效的 UTF-8，且本程序所用的基础库不支持 GB18030 解码")
        case .decodeNoGB18030Hint: ("convert the file to UTF-8 first, e.g. `iconv -f GB18030 -t UTF-8 in.csv > out.csv`", "请先把文件转换为 UTF-8，如 `iconv -f GB18030 -t UTF-8 in.csv > out.csv`")
        case .decodeNeither: ("the text is neither valid UTF-8 nor valid GB18030", "文字既不是有效的 UTF-8，也不是有效的 GB18030")
        case .decodeNeitherHint: ("save the export as UTF-8 (with or without BOM) or GB18030", "请把导出文件保存为 UTF-8（带或不带 BOM）或 GB18030")
        case .recordLineTooLong: ("line {0} holds {1} bytes, more than {2} MiB, the limit for one record; the record is skipped", "第 {0} 行有 {1} 字节，超过单条记录 {2}MiB 的上限；已跳过该记录")
        case .recordLineTooLongHint: ("each line must hold one case; split the record or shorten its values", "每行只能是一个案件；请拆分记录或缩短其中的值")
        case .recordLineNotUTF8: ("line {0} is not valid UTF-8; the record is skipped", "第 {0} 行不是有效的 UTF-8；已跳过该记录")
        case .recordLineNotUTF8Hint: ("JSON Lines must be UTF-8; re-export the file as UTF-8", "JSONL 必须是 UTF-8 编码；请重新导出为 UTF-8")
        case .recordProblemOnLine: ("{0} on line {1}; the record is skipped", "第 {1} 行：{0}；已跳过该记录")
        case .recordValueTooLongHint: ("shorten the value; one text value may hold at most {0} MiB", "请缩短该值；单个文字值至多 {0}MiB")
        case .recordTooDeepHint: ("a case nests at most 3 levels; flatten the record", "案件最多嵌套 3 层；请减少嵌套")
        case .recordFirstKey: ("first occurrence of the key", "该键首次出现处")
        case .recordInvalidJSON: ("invalid JSON on line {0}: {1}; the record is skipped", "第 {0} 行的 JSON 无效：{1}；已跳过该记录")
        case .recordInvalidJSONHint: ("fix the JSON at the marked column; each line must hold one complete JSON object", "请修正所标列处的 JSON；每行必须是一个完整的 JSON 对象")
        case .recordSkipped: ("{0}; the record is skipped", "{0}；已跳过该记录")
        case .recordMalformedCSV: ("malformed CSV record on line {0}: {1}; the record is skipped", "第 {0} 行的 CSV 记录格式有误：{1}；已跳过该记录")
        case .recordMalformedCSVHint: ("fix the quoting at the marked column (RFC 4180)", "请修正所标列处的引号（RFC 4180）")
        case .inputCannotRead: ("cannot read `{0}`", "无法读取 `{0}`")
        case .inputCannotReadHint: ("check the path and the file's permissions", "请检查路径和文件权限")
        case .inputCSVEmpty: ("the CSV file `{0}` is empty", "CSV 文件 `{0}` 是空的")
        case .inputCSVEmptyHint: ("the first row must name the columns (docs/AUDIT.md)", "第一行必须是列名（见 docs/AUDIT.md）")
        case .inputCSVHeaderMalformed: ("malformed CSV header: {0}", "CSV 表头格式有误：{0}")
        case .inputFixHeader: ("fix the header row", "请修正表头行")
        case .inputDoesNotExist: ("input `{0}` does not exist", "输入 `{0}` 不存在")
        case .inputNotRecognised: ("`{0}` holds neither cases, inspection records nor officer certificates; skipped", "`{0}` 既不是案卷，也不是检查记录或执法证登记表，已跳过")
        case .inputNotRecognisedHint: ("a file is recognised by its first record's fields (cases: `violation`, `party`, `dates`; inspections: `enterprise`, `reason`; certificates: `number`, `valid_from`, `valid_to`); give it with --cases, --inspections or --certificates to say what it is (docs/AUDIT.md)", "按首条记录的字段识别文件（案卷：`violation`、`party`、`dates`；检查记录：`enterprise`、`reason`；执法证：`number`、`valid_from`、`valid_to`）；如确属其中一类，请用 --cases、--inspections 或 --certificates 指明（见 docs/AUDIT.md）")
        case .inputDoesNotExistHint: ("check the path; give case files, folders of case files or JSON Lines/CSV exports", "请检查路径；应为案卷文件、存放案卷文件的文件夹，或 JSONL／CSV 导出文件")
        case .inputCannotListFolder: ("cannot list folder `{0}`", "无法列出文件夹 `{0}` 的内容")
        case .csvUnknownColumn: ("unknown CSV column `{0}`; its values are not read", "未知的 CSV 列 `{0}`；该列的值不会被读取")
        case .csvUnknownColumnHint: ("use one of {0} (docs/AUDIT.md)", "请使用以下之一：{0}（见 docs/AUDIT.md）")
        case .csvUnknownColumnFactsHint: ("use one of {0}, or facts.<fact name> (docs/AUDIT.md)", "请使用以下之一：{0}，或 facts.<事实名称>（见 docs/AUDIT.md）")
        case .csvColumnTwice: ("CSV column `{0}` appears twice", "CSV 列 `{0}` 出现了两次")
        case .csvColumnTwiceHint: ("remove or rename one of the two columns", "删除或重命名两列中的一列")

        case .recordMalformedCSVRecord: ("malformed CSV record: {0}; the record is skipped", "CSV 记录格式有误：{0}；已跳过该记录")
        case .recordQuoteFieldsHint: ("quote fields that hold commas, quotes or line breaks (RFC 4180)", "含逗号、引号或换行的字段须加引号（RFC 4180）")

        case .testKindMustBeTest: ("a test file must have `kind: test`, found `{0}`", "测试文件必须是 `kind: test`，实际为 `{0}`")
        case .testKindMustBeTestHint: ("files named *.test.yaml hold rule tests; move rules to another file name", "名为 *.test.yaml 的文件存放规则测试；请把规则移到其他文件名的文件中")
        case .testNameTwice: ("two tests are named `{0}` in this file", "本文件中有两个测试都叫 `{0}`")
        case .testNameUnique: ("give each test a unique name", "为每个测试取不同的名称")
        case .testFirstWithName: ("first test with this name", "首个使用该名称的测试")
        case .testNoExpect: ("test `{0}` has no `expect:`", "测试 `{0}` 没有 `expect:`")
        case .testNoExpectHint: ("add `expect:` with at least `outcome:`; run `leniency test --update` to fill it from the actual result", "补充 `expect:`，至少写 `outcome:`；可运行 `leniency test --update` 按实际结果填写")
        case .testCaseFileMissing: ("case file `{0}` does not exist", "案卷文件 `{0}` 不存在")
        case .testCaseFileRelative: ("case_file is relative to the test file's folder", "`case_file` 相对于测试文件所在的文件夹")
        case .testNeedsCase: ("test `{0}` needs `case:` (a mapping) or `case_file:`", "测试 `{0}` 需要 `case:`（映射）或 `case_file:`")
        case .testNeedsCaseHint: ("give the case inline under `case:` in the case-file format, or point `case_file:` at a case file", "在 `case:` 下按案卷文件格式直接写出案件，或用 `case_file:` 指向案卷文件")
        case .testUnknownOutcome: ("unknown outcome `{0}`", "未知的处理结果 `{0}`")
        case .testUnknownList: ("expectation names list `{0}`, which no rule file defines", "预期中的清单 `{0}` 未在任何规则文件中定义")
        case .testUnknownItem: ("expectation names item `{0}`, which no list defines", "预期中的事项 `{0}` 未在任何清单中定义")
        case .testUnknownFact: ("expectation names fact `{0}`, which the vocabulary does not declare", "预期中的事实 `{0}` 未在事实词汇中声明")
        case .testDeclareFact: ("declare it in a facts file", "请在事实词汇文件中声明")

        case .lintCitationContextPresumption: ("the presumption of fact `{0}`", "事实 `{0}` 的推定")

        case .factSourcedNotPresumed: ("fact `{0}` is taken from the case file (`source:`) and cannot be presumed", "事实 `{0}` 取自案卷（`source:`），不能推定")
        case .factSourcedNotPresumedHint: ("remove `presumed`; a case field is either given or missing", "删除 `presumed`；案卷字段要么已给出，要么缺失")
        case .factAppliesToParty: ("fact `applies_to` must name party types {0}, found `{1}`", "事实的 `applies_to` 只能是当事人类型 {0}，实际为 `{1}`")
        case .factAppliesToEmpty: ("`applies_to` names no party type", "`applies_to` 没有列出任何当事人类型")
        case .factAppliesToEmptyHint: ("list the party types the fact concerns, e.g. `applies_to: [individual]`, or remove the key", "列出该事实涉及的当事人类型，如 `applies_to: [individual]`，或删除该键")
        case .factPresumptionNoBasis: ("the presumption of `{0}` cites no legal basis", "`{0}` 的推定没有援引法律依据")
        case .factPresumptionNoBasisHint: ("a presumption is a legal rule: cite the provision that supports it, e.g. [\"《中华人民共和国行政处罚法》第三十三条第二款\"]", "推定是法律规则：请援引支持它的条款，如 [\"《中华人民共和国行政处罚法》第三十三条第二款\"]")

        case .diffHeader: ("leniency diff: `{0}` → `{1}`", "`leniency diff`：`{0}` → `{1}`")
        case .diffDocumentList: ("List {0}", "清单 {0}")
        case .diffDocumentStandard: ("Discretion standard {0}", "裁量基准 {0}")
        case .diffDocumentLimitation: ("Limitation periods {0}", "追责时效规则 {0}")
        case .diffDocumentPolicy: ("Supervision policy {0}", "监督规则 {0}")
        case .diffDocumentFacts: ("Fact vocabulary", "事实词表")
        case .diffDocumentViolations: ("Violation codes", "违法行为代码")
        case .diffDocumentCalendar: ("Holiday calendars", "节假日安排")
        case .diffVersion: ("version of {0}", "{0} 版")
        case .diffDocumentAdded: ("added", "新增")
        case .diffDocumentRemoved: ("removed", "删除")
        case .diffVersionAdded: ("new version in force from {1}, replacing the version of {0}", "新版本自 {1} 起施行，取代 {0} 版")
        case .diffVersionAddedFirst: ("new version in force from {0}", "新版本自 {0} 起施行")
        case .diffVersionRemoved: ("version of {0} removed", "删除 {0} 版")
        case .diffEffectiveChanged: ("in force from {0} → {1}", "施行日期 {0} → {1}")
        case .diffExpiryChanged: ("in force until {0} → {1}", "有效期至 {0} → {1}")
        case .diffTitleChanged: ("title {0} → {1}", "标题 {0} → {1}")
        case .diffIssuerChanged: ("issuer {0} → {1}", "发布机关 {0} → {1}")
        case .diffDocumentNumberChanged: ("document number {0} → {1}", "文号 {0} → {1}")
        case .diffRegionChanged: ("region {0} → {1}", "适用地域 {0} → {1}")
        case .diffImplementsChanged: ("legal basis {0} → {1}", "制定依据 {0} → {1}")
        case .diffListKindChanged: ("kind of list {0} → {1}", "清单类别 {0} → {1}")
        case .diffHitPolicyChanged: ("hit policy {0} → {1}", "命中规则 {0} → {1}")
        case .diffScopeChanged: ("scope {0} → {1}", "适用范围 {0} → {1}")
        case .diffItemAdded: ("item {0} added: {1}", "新增事项 {0}：{1}")
        case .diffItemRemoved: ("item {0} removed: {1}", "删除事项 {0}：{1}")
        case .diffItemRetitled: ("item {0} retitled: {1} → {2}", "事项 {0} 名称修改：{1} → {2}")
        case .diffItemMovedPosition: ("item {0} moved from position {1} to {2}", "事项 {0} 由第 {1} 项移至第 {2} 项")
        case .diffItemMovedList: ("item {0} moved from list {1} to {2}", "事项 {0} 由清单 {1} 移至 {2}")
        case .diffItemViolationsChanged: ("item {0} covers {1} → {2}", "事项 {0} 适用的违法行为 {1} → {2}")
        case .diffConditionsChanged: ("item {0}: conditions {1}", "事项 {0}：适用条件{1}")
        case .diffConditionsReworded: ("item {0}: conditions reworded, {1}", "事项 {0}：条件表述修改，{1}")
        case .diffFirstOffenceChanged: ("item {0}: first offence {1} → {2}", "事项 {0}：首违认定 {1} → {2}")
        case .diffMandatoryChanged: ("item {0}: {1} → {2}", "事项 {0}：{1} → {2}")
        case .diffOutcomeChanged: ("item {0}: outcome {1} → {2}", "事项 {0}：处理结果 {1} → {2}")
        case .diffAlsoAllowsChanged: ("item {0}: other outcomes allowed {1} → {2}", "事项 {0}：可选的其他处理 {1} → {2}")
        case .diffFollowUpChanged: ("item {0}: follow-up {1} → {2}", "事项 {0}：后续措施 {1} → {2}")
        case .diffBasisChanged: ("item {0}: basis {1} → {2}", "事项 {0}：依据 {1} → {2}")
        case .diffUnverifiedChanged: ("item {0}: unverified {1} → {2}", "事项 {0}：未核实标记 {1} → {2}")
        case .diffStandardViolationsChanged: ("covers {0} → {1}", "适用的违法行为 {0} → {1}")
        case .diffStatutoryRangeChanged: ("statutory range {0} → {1}", "法定罚款幅度 {0} → {1}")
        case .diffModelChanged: ("model {0} → {1}", "裁量模式 {0} → {1}")
        case .diffSplitChanged: ("split {0} → {1}", "幅度划分 {0} → {1}")
        case .diffBoundaryChanged: ("以上/以下 convention {0} → {1}", "以上/以下 边界约定 {0} → {1}")
        case .diffTierAdded: ("tier {0} added ({1})", "新增档次 {0}（{1}）")
        case .diffTierRemoved: ("tier {0} removed ({1})", "删除档次 {0}（{1}）")
        case .diffTierConditionsChanged: ("tier {0}: conditions {1}", "档次 {0}：适用条件{1}")
        case .diffTierConditionsReworded: ("tier {0}: conditions reworded, {1}", "档次 {0}：条件表述修改，{1}")
        case .diffBandChanged: ("tier {0}: band {1} → {2}", "档次 {0}：罚款幅度 {1} → {2}")
        case .diffPeriodAdded: ("period {0} added ({1} years)", "新增时效 {0}（{1} 年）")
        case .diffPeriodRemoved: ("period {0} removed ({1} years)", "删除时效 {0}（{1} 年）")
        case .diffPeriodChanged: ("period {0}: {1} {2} → {3}", "时效 {0}：{1} {2} → {3}")
        case .diffPolicyRuleChanged: ("rule {0}: {1} → {2}", "规则 {0}：{1} → {2}")
        case .diffCalendarChanged: ("{0}: days off or working days changed: {1} → {2}", "{0} 年：节假日或调休安排调整：{1} → {2}")
        case .diffCalendarAdded: ("calendar {0} added", "新增 {0} 年节假日安排")
        case .diffCalendarRemoved: ("calendar {0} removed", "删除 {0} 年节假日安排")
        case .diffFactAdded: ("fact {0} added ({1})", "新增事实 {0}（{1}）")
        case .diffFactRemoved: ("fact {0} removed ({1})", "删除事实 {0}（{1}）")
        case .diffFactChanged: ("fact {0}: {1} {2} → {3}", "事实 {0}：{1} {2} → {3}")
        case .diffPresumptionChanged: ("fact {0}: presumed value {1} → {2}", "事实 {0}：推定值 {1} → {2}")
        case .diffViolationAdded: ("violation {0} added: {1}", "新增违法行为 {0}：{1}")
        case .diffViolationRemoved: ("violation {0} removed: {1}", "删除违法行为 {0}：{1}")
        case .diffViolationChanged: ("violation {0}: {1} {2} → {3}", "违法行为 {0}：{1} {2} → {3}")
        case .diffVerdictNarrowed: ("narrowed (some cases no longer qualify)", "收窄（部分案件不再适用）")
        case .diffVerdictWidened: ("widened (more cases qualify)", "放宽（更多案件适用）")
        case .diffVerdictChanged: ("changed (cases are decided differently both ways)", "改变（两个方向均有案件处理不同）")
        case .diffVerdictUndecided: ("changed; the search could not decide whether any case is affected", "改变；搜索未能判定是否影响案件")
        case .diffVerdictEquivalent: ("equivalent (no case is decided differently)", "语义等价（不改变任何案件的处理结果）")
        case .diffWitness: ("witness {0}: {1}", "见证案例 {0}：{1}")
        case .diffWitnessCase: ("{0} acted {1}; facts {2}; prior violations {3}", "违法行为 {0}，发生于 {1}；事实 {2}；违法记录 {3}")
        case .diffWitnessDecisions: ("old rules: {0} → new rules: {1}", "原规则：{0} → 新规则：{1}")
        case .diffNoWitness: ("no case found that the two versions decide differently", "未找到两版规则处理结果不同的案例")
        case .diffNone: ("none", "无")
        case .diffShall: ("shall", "应当")
        case .diffMay: ("may", "可以")
        case .diffNoOutcome: ("no outcome (coercion only)", "无（仅涉及行政强制措施）")
        case .diffWindowNone: ("none", "不审查")
        case .diffWindowOneYear: ("within one year", "近一年内")
        case .diffWindowTwoYears: ("within two years", "近两年内")
        case .diffWindowEver: ("ever", "不限期限")
        case .diffSameKindViolation: ("same violation", "同一违法行为")
        case .diffSameKindCategory: ("same category", "同类违法行为")
        case .diffSameKindAny: ("any violation", "任何违法行为")
        case .diffFirstOffenceRule: ("{0}, {1}", "{0}、{1}")
        case .diffFollowUpNone: ("none", "无")
        case .diffFollowUpRectify: ("rectify within {0} days", "责令 {0} 日内改正")
        case .diffNoChanges: ("No differences.", "两版规则没有差异。")
        case .diffSummary: ("{0} document(s) changed, {1} change(s), {2} witness case(s) decided differently.", "{0} 个规则文件有变化，共 {1} 处修改，{2} 个见证案例处理结果不同。")
        case .diffDecisionsChange: ("Decisions change: the witness cases above are decided differently by the two versions.", "处理结果有变化：上列见证案例在两版规则下处理结果不同。")
        case .diffDecisionsSame: ("No decision changes were found.", "未发现处理结果的变化。")
        case .diffConditionsAll: ("all of: {0}", "同时满足：{0}")
        case .diffConditionsExcept: ("except: {0}", "但有下列情形之一的除外：{0}")
        case .diffChangeOutcome: ("outcome", "处理结果")
        case .diffChangeMandatory: ("shall/may", "应当/可以")
        case .diffChangeFine: ("fine range", "罚款幅度")
        case .diffChangeFollowUp: ("follow-up", "后续措施")
        case .diffChangeCoercion: ("coercive measures", "行政强制措施")
        case .diffUndetermined: ("undetermined (needs {0})", "待定（尚需 {0}）")
        case .diffCoercionNo: ("{0} no coercive measures ({1})", "{0}不予实施行政强制措施（{1}）")
        case .diffCoercionUndetermined: ("coercion undetermined", "是否实施行政强制措施待定")
        case .diffCoercionNotExcluded: ("coercion not excluded", "不排除行政强制措施")
        case .diffFineRange: ("fine {0}–{1}", "罚款 {0}–{1}")
        case .diffTier: ("tier {0} of {1}", "{1} 档次 {0}")
        case .diffTimeBarred: ("time-barred ({0})", "超过追责时效（{0}）")
        case .diffDecided: ("{0} ({1}) — {2} {3}", "{1}{0}——{2} {3}")
        case .diffDecidedStandard: ("{0} — {1}", "{0}——{1}")
        case .diffReplayHeading: ("Past cases replayed", "历史案件重放")
        case .diffCaseFile: ("case file", "案例文件")
        case .diffMore: ("… and {0} more", "……另有 {0} 件")
        case .diffColumnCase: ("Case", "案件")
        case .diffColumnFile: ("File", "位置")
        case .diffColumnChanges: ("Changes", "变化")
        case .diffColumnOld: ("Old rules", "原规则")
        case .diffColumnNew: ("New rules", "新规则")
        case .diffColumnArt37: ("Art. 37", "第三十七条")
        case .diffDocumentDerivations: ("Derived facts {0}", "推导规则 {0}")
        case .diffDocumentRegions: ("Regions", "行政区划")
        case .diffDerivationAdded: ("derivation {0} added: {1}", "新增推导 {0}：{1}")
        case .diffDerivationRemoved: ("derivation {0} removed: {1}", "删除推导 {0}：{1}")
        case .diffDerivationChanged: ("derivation {0}: {1} {2} → {3}", "推导 {0}：{1} {2} → {3}")
        case .diffRegionAdded: ("region {0} added ({1})", "新增地区 {0}（{1}）")
        case .diffRegionRemoved: ("region {0} removed ({1})", "删除地区 {0}（{1}）")
        case .diffRegionDefinitionChanged: ("region {0}: {1} {2} → {3}", "地区 {0}：{1} {2} → {3}")
        case .replayHeader: ("Replay of {0} cases: {1} decided differently.", "重放 {0} 件案件：{1} 件处理结果改变。")
        case .replayCase: ("{0} ({1}) changes {2}", "{0}（{1}）{2}改变")
        case .replayCounts: ("By kind of change: {0}", "按变化种类：{0}")
        case .replayLenient: ("{0} more lenient under the new rules, {1} harsher", "新规则下 {0} 件更轻，{1} 件更重")
        case .replayArt37: ("Art. 37: the act predates the new version of {0} and the new result is more lenient; 从旧兼从轻 applies the new version if the case is not decided before then", "违法行为发生在 {0} 施行的新版本之前且新规定处罚较轻：依照《中华人民共和国行政处罚法》第三十七条从旧兼从轻，尚未作出处罚决定的，适用新的规定")
        case .replayArt37Count: ("{0} cases with the Art. 37 note", "{0} 件适用第三十七条（从旧兼从轻）说明")
        case .replayNoChanges: ("No case is decided differently.", "没有案件的处理结果改变。")
        case .usageDiffSources: ("give two rule folders (OLD NEW), or --git REV and at most one folder", "请指定两个规则文件夹（旧 新），或 --git 版本加至多一个文件夹")
        case .usageDiffGitAndOld: ("--git REV reads the old rules; give at most one folder (the new rules)", "--git 版本读取旧规则；最多再指定一个文件夹（新规则）")
        case .cliDiffRulesHaveErrors: ("leniency diff: the rules {0} have errors; fix them first (see `leniency lint`)", "`leniency diff`：规则 {0} 有错误，请先修正（见 `leniency lint`）")
        case .usageLimit: ("--limit must be a whole number, 0 or more, got {0}", "--limit 必须是不小于 0 的整数，实际为 {0}")
        case .cliDiffWitnessesWritten: ("leniency diff: wrote {0} witness case files to {1}", "`leniency diff`：已将 {0} 个见证案例文件写入 {1}")
        case .cliDiffReplayProgress: ("leniency diff: {0} cases replayed…", "`leniency diff`：已重放 {0} 件案件…")
        case .publishColumnNumber: ("No.", "序号")
        case .publishColumnViolation: ("Violation", "违法行为")
        case .publishColumnBasis: ("Legal basis", "法律依据")
        case .publishColumnConditions: ("Conditions", "适用条件")
        case .publishColumnTreatment: ("Treatment / discretion standard", "处理方式/裁量基准")
        case .publishIssuer: ("Issued by {0}", "发布机关：{0}")
        case .publishDocument: ("Document {0}", "文号：{0}")
        case .publishEffective: ("In force from {0}", "施行日期：{0}")
        case .publishExpires: ("in force until {0}", "有效期至：{0}")
        case .publishRegion: ("Region: {0}", "适用地域：{0}")
        case .publishImplements: ("Made under {0}", "制定依据：{0}")
        case .publishSource: ("Source: {0}, read {1}", "来源：{0}（{1} 查阅）")
        case .publishKindNoPenalty: ("List of violations not penalised", "不予行政处罚清单")
        case .publishKindMitigated: ("List of mitigated penalties", "减轻行政处罚清单")
        case .publishKindLighter: ("List of lighter penalties", "从轻行政处罚清单")
        case .publishKindNoCoercion: ("List of cases without coercive measures", "不予实施行政强制措施清单")
        case .publishViolates: ("Violates: {0}", "违反：{0}")
        case .publishPenaltyBasis: ("Penalty under: {0}", "处罚依据：{0}")
        case .publishItemBasis: ("Leniency under: {0}", "从宽依据：{0}")
        case .publishAllConditions: ("All of the following:", "同时符合下列条件：")
        case .publishExcept: ("Not applicable where any of the following holds:", "有下列情形之一的，不适用本项：")
        case .publishGenerated: ("Generated by `leniency publish` from {0}; the rules that decide cases and this document are the same data.", "本文本由 `leniency publish` 根据 {0} 生成，与办案时适用的规则为同一数据。")
        case .publishAllViolations: ("All violations (general part of the law)", "各类违法行为（法律总则规定）")
        case .publishShallNoPenalty: ("No administrative penalty shall be imposed", "依法不予行政处罚")
        case .publishMayNoPenalty: ("No administrative penalty may be imposed", "可以不予行政处罚")
        case .publishShallMitigated: ("A mitigated penalty shall be imposed", "应当减轻行政处罚")
        case .publishMayMitigated: ("A mitigated penalty may be imposed", "可以减轻行政处罚")
        case .publishShallLighter: ("A lighter penalty shall be imposed", "应当从轻行政处罚")
        case .publishMayLighter: ("A lighter penalty may be imposed", "可以从轻行政处罚")
        case .publishShallNoCoercion: ("No coercive measure shall be taken", "依法不予实施行政强制措施")
        case .publishMayNoCoercion: ("No coercive measure may be taken", "可以不予实施行政强制措施")
        case .publishAlsoAllows: ("or: {0}", "或者：{0}")
        case .publishEducation: ("educate the party", "对当事人进行教育")
        case .publishCommitment: ("the party signs a commitment letter", "当事人签署承诺书")
        case .publishRectify: ("order correction within {0} days", "责令 {0} 日内改正")
        case .publishBand: ("{0}: {1} ({2})", "{0}：{1}（{2}）")
        case .publishIndexTitle: ("Published lists", "清单公布文本")
        case .publishIndexIntro: ("Generated by `{0}`; a test regenerates them and compares.", "由 `{0}` 生成；测试会重新生成并比对。")
        case .publishUnverified: ("Wording not confirmed from the source: {0}", "内容尚未与原文核实：{0}")
        case .usagePublishOneList: ("{0} list versions match; give one list id (or --on DATE), or --out-dir DIR to write one file each", "有 {0} 个清单版本符合条件；请指定一个清单（或 --on 日期），或用 --out-dir 为每个清单写一个文件")
        case .usagePublishUnknownList: ("no list `{0}` in the rules", "规则中没有清单 `{0}`")
        case .diffDecisionsChangeReplay: ("Decisions change: {0} past cases are decided differently.", "处理结果有变化：{0} 件历史案件在两版规则下处理结果不同。")
        case .diffDecisionsSameReplay: ("No past case is decided differently.", "没有历史案件的处理结果改变。")
        case .publishColumnList: ("List", "清单名称")
        case .publishColumnDocument: ("Document", "文号")
        case .publishColumnEffective: ("In force from", "施行日期")
        case .publishColumnFiles: ("Files", "文件")
        case .cliPublishWrote: ("leniency publish: wrote {0} files to {1}", "`leniency publish`：已写入 {0} 个文件到 {1}")
        case .condNot: ("not: {0}", "不属于“{0}”的情形")
        case .condEqual: ("{0} is {1}", "{0}为{1}")
        case .condNotEqual: ("{0} is not {1}", "{0}不为{1}")
        case .condLess: ("{0} is below {1}", "{0}低于{1}")
        case .condLessOrEqual: ("{0} is at most {1}", "{0}不超过{1}")
        case .condGreater: ("{0} is above {1}", "{0}超过{1}")
        case .condGreaterOrEqual: ("{0} is at least {1}", "{0}不低于{1}")
        case .condIn: ("{0} is {1}", "{0}为{1}")
        case .condBetween: ("{0} is between {1} and {2} (inclusive)", "{0}在{1}至{2}之间（含本数）")
        case .condAnd: ("{0} and {1}", "{0}，且{1}")
        case .condOr: ("{0} or {1}", "{0}，或者{1}")
        case .condGroup: ("({0})", "（{0}）")
        case .condFirstOffence: ("first offence", "初次违法")
        case .condFirstOffenceWindow: ("first offence ({0}, {1})", "初次违法（{0}，{1}）")
        case .condYes: ("yes", "是")
        case .condNo: ("no", "否")

        case .yamlDashInFlow: ("`-` cannot start a plain value inside `[…]` or `{…}` (it is not a sequence entry there)", "在 `[…]` 或 `{…}` 中，不加引号的值不能以 `-` 开头（此处它不是列表项）")
        case .yamlDashInFlowHint: ("quote the value (`\"-\"`), or write the list as a block sequence with one `- ` entry per line", "给该值加引号（`\"-\"`），或把列表写成每行一个 `- ` 项的块列表")
        case .yamlContinuesFlow: ("this line continues the flow collection that starts at line {0}, column {1}", "该行延续第 {0} 行第 {1} 列开始的方括号或花括号结构")
        case .yamlContinuesQuoted: ("this line continues the quoted value that starts at line {0}, column {1}", "该行延续第 {0} 行第 {1} 列开始的带引号的值")
        case .yamlContinuationTab: ("a tab is used for indentation here; {0}, and only spaces count as its indentation", "此处用制表符缩进；{0}，只有空格才算作它的缩进")
        case .yamlContinuationIndent: ("{0}, so it must be indented by at least {1} spaces (more than the key or `-` it belongs to)", "{0}，因此至少要缩进 {1} 个空格（多于其所属的键或 `-`）")
        case .yamlContinuationIndentOne: ("{0}, so it must be indented by at least {1} space (more than the key or `-` it belongs to)", "{0}，因此至少要缩进 {1} 个空格（多于其所属的键或 `-`）")
        case .yamlContinuationIndentHint: ("indent the line further than the key or `-` the value belongs to", "让该行的缩进多于该值所属的键或 `-`")
        case .yamlBlockScalarLeadingSpaces: ("this empty line at the start of a block scalar holds {0} spaces, more than the {1} of its first line of text (line {2})", "块标量（`|` 或 `>`）开头的这一空行有 {0} 个空格，多于其第一行文字（第 {2} 行）的 {1} 个")
        case .yamlBlockScalarLeadingSpacesHint: ("remove the trailing spaces of the empty lines, or give the indentation explicitly (`|2`)", "删除这些空行中多余的空格，或明确给出缩进（`|2`）")
        case .yamlCommentWithoutSpace: ("a comment must be separated from what precedes it by a space; here `#` follows other text directly", "注释与前面的内容之间必须有空格；此处 `#` 紧跟在其他文字之后")
        case .yamlCommentWithoutSpaceHint: ("put a space before `#`", "在 `#` 前加一个空格")
        case .yamlDirectiveAfterDocument: ("a `%YAML` or `%TAG` directive may only come before the first document or after a `...` line that ends the previous document", "`%YAML` 或 `%TAG` 指令只能出现在第一个文档之前，或在结束上一文档的 `...` 行之后")
        case .yamlDirectiveAfterDocumentHint: ("end the previous document with a line `...` before the directive", "在指令之前用一行 `...` 结束上一个文档")
        case .lintUniqueOverlapOfViolation: ("items `{0}` and `{1}` of list `{2}` (hit_policy unique) both apply to a case of violation `{3}` when {4}", "清单 `{2}`（`hit_policy: unique`）的事项 `{0}` 和 `{1}` 对违法行为 `{3}` 的案件在以下情形同时适用：{4}")
        case .lintUniqueGroupAll: ("{0} items of list `{1}` (hit_policy unique) all apply when {2}: {3}", "清单 `{1}`（`hit_policy: unique`）的 {0} 个事项在以下情形全部适用：{2}；这些事项是：{3}")
        case .lintUniqueGroupAllOfViolation: ("{0} items of list `{1}` (hit_policy unique) all apply to a case of violation `{2}` when {3}: {4}", "清单 `{1}`（`hit_policy: unique`）的 {0} 个事项对违法行为 `{2}` 的案件在以下情形全部适用：{3}；这些事项是：{4}")
        case .lintUniqueGroupChain: ("{0} items of list `{1}` (hit_policy unique) overlap: each can apply together with another of them, e.g. `{2}` and `{3}` both apply when {4}: {5}", "清单 `{1}`（`hit_policy: unique`）的 {0} 个事项相互重叠：每个事项都可能与其中另一个同时适用，例如 `{2}` 和 `{3}` 在以下情形同时适用：{4}；这些事项是：{5}")
        case .lintUniqueGroupChainOfViolation: ("{0} items of list `{1}` (hit_policy unique) overlap: each can apply to a case of violation `{2}` together with another of them, e.g. `{3}` and `{4}` both apply when {5}: {6}", "清单 `{1}`（`hit_policy: unique`）的 {0} 个事项相互重叠：对违法行为 `{2}` 的案件，每个事项都可能与其中另一个同时适用，例如 `{3}` 和 `{4}` 在以下情形同时适用：{5}；这些事项是：{6}")
        case .lintUniqueGroupHint: ("add a condition to the items that tells their cases apart, or set `hit_policy: first` (file order decides) or `collect`", "为这些事项增加能区分其案件的条件，或设 `hit_policy: first`（按文件顺序决定）或 `collect`")
        case .lintQuotedID: ("`{0}`", "`{0}`")
        case .lintNamedAndMore: ("{0} and {1} more", "{0} 等，另有 {1} 个")
        case .lintMoreGroupItems: ("and {0} more items of this group, the next declared here", "本组另有 {0} 个事项，下一个在此声明")
        case .lintOverlapCheckStopped: ("the overlap check of list `{0}` (hit_policy unique, {1} items) stopped at item `{2}`: comparing its items took more than the limit of {3} steps, so later overlaps may be missing", "清单 `{0}`（`hit_policy: unique`，{1} 个事项）的重叠检查在事项 `{2}` 处停止：比较其事项超过了 {3} 步的上限，之后的重叠可能未被报告")
        case .lintOverlapCheckStoppedHint: ("split the list, or tell its items apart with a condition on one fact (a tier, an enum value, a range), which lint compares cheaply", "拆分清单，或用同一事实上的条件（档次、枚举取值、数值范围）区分各事项，这类条件比较起来代价很小")
        case .lintMoreNotListed: ("{0} more {1} problems in this file not listed (lint lists the first {2} of each code per file)", "本文件另有 {0} 个 {1} 问题未列出（每个文件每种代码只列出前 {2} 个）")
        case .lintMoreNotListedOne: ("{0} more {1} problem in this file not listed (lint lists the first {2} of each code per file)", "本文件另有 {0} 个 {1} 问题未列出（每个文件每种代码只列出前 {2} 个）")
        case .lintMoreNotListedHint: ("fix the problems listed and run lint again", "先修正已列出的问题，再重新运行 `leniency lint`")
        case .outputCannotCreateTemporary: ("cannot create a temporary file in {0}: {1}", "无法在 {0} 中创建临时文件：{1}")
        case .outputCannotSetMode: ("cannot set the permissions of {0}: {1}", "无法设置 {0} 的权限：{1}")
        case .outputCannotFlush: ("cannot flush {0} to disk: {1}", "无法把 {0} 写入磁盘：{1}")
        case .outputCannotReplace: ("cannot replace {0}: {1}", "无法替换 {0}：{1}")
        case .outputCannotWriteReport: ("cannot write the report: {0}", "无法写入报告：{0}")
        case .outputCannotReadLink: ("cannot read the symbolic link {0}: {1}", "无法读取符号链接 {0}：{1}")
        case .outputCannotWriteStandardOutput: ("cannot write standard output: {0}; check the disk or the program reading the output",
                                                "无法写入标准输出：{0}；请检查磁盘或读取输出的程序")
        case .outputLinkChain: ("{0} is a chain of more than {1} symbolic links (a loop?); name the file itself", "{0} 是超过 {1} 层的符号链接（可能成环）；请直接指定文件本身")
        case .outputIsFolder: ("{0} is a folder; name a file, e.g. {1}", "{0} 是文件夹；请指定文件，如 {1}")
        case .outputFolderMissing: ("the folder {0} does not exist; create it first", "文件夹 {0} 不存在；请先创建")
        case .outputFolderMissingViaLink: ("the folder {0} (where the symbolic link {1} points) does not exist; create it first", "文件夹 {0}（符号链接 {1} 指向该处）不存在；请先创建")
        case .systemPermissionDenied: ("permission denied", "没有权限")
        case .systemNoSpace: ("no space left on the device", "设备空间不足")
        case .systemQuotaExceeded: ("disk quota exceeded", "超出磁盘配额")
        case .systemReadOnly: ("the file system is read-only", "文件系统为只读")
        case .systemNoSuchFile: ("no such file or folder", "文件或文件夹不存在")
        case .systemNotAFolder: ("a part of the path is not a folder", "路径中有一部分不是文件夹")
        case .systemInputOutput: ("input/output error", "输入输出错误")
        case .systemOther: ("{0} (errno {1})", "系统错误：{0}（错误号 {1}）")

        case .auditTitleA101: ("leniency denied (应免未免)", "应免未免")
        case .auditTitleA102: ("exempted without ground (不应免而免)", "不应免而免")
        case .auditTitleA103: ("cited list not in force on the act date", "援引的清单版本在违法行为发生时未施行")
        case .auditTitleA104: ("discretionary item not used although policy expects it", "未适用政策要求适用的可以型清单事项")
        case .auditTitleA106: ("penalised although the facts make out no violation", "案件事实不构成违法行为却予以处罚")
        case .auditPenalisedWithoutViolation: ("the file records {0}, but its facts do not make out {1}: “{2}” does not hold", "案卷记载的处理结果为{0}，但案件事实不构成 {1}：“{2}”不成立")
        case .auditTitleA105: ("cited list does not apply where the case arose", "援引的清单不适用于案发地")
        case .auditTitleA201: ("first offence contradicted by the corpus", "首违认定与案卷库不符")
        case .auditTitleA301: ("fine outside the tier's band", "罚款超出裁量档次幅度")
        case .auditTitleA302: ("fine outside the statutory range", "罚款超出法定幅度")
        case .auditTitleA303: ("mitigation (减轻) without a legal ground", "减轻处罚无法定依据")
        case .auditTitleA304: ("recorded tier inconsistent with the facts", "裁量档次与事实不符")
        case .auditTitleA401: ("fewer officers than required", "执法人员少于规定人数")
        case .auditTitleA402: ("officer without a valid certificate", "执法人员无有效执法证件")
        case .auditTitleA403: ("decision late", "超期作出处罚决定")
        case .auditTitleA404: ("publicity late", "处罚决定公示超期")
        case .auditTitleA405: ("法制审核 missing", "应当法制审核而未审核")
        case .auditTitleA406: ("no education with a no-penalty decision", "不予处罚未进行教育")
        case .auditTitleA407: ("penalty after the limitation period", "超过追责时效仍予处罚")
        case .auditTitleA408: ("required follow-up not on record", "法定后续义务未见履行")
        case .auditTitleA501: ("inspection on a quiet day (企业安静日)", "企业安静日内检查")
        case .auditTitleA502: ("inspection cap exceeded", "检查频次超过上限")
        case .auditTitleA503: ("joint inspection missed", "多头检查未联合实施")
        case .auditTitleA504: ("inspection not registered", "检查未登记备案")
        case .auditTitleA601: ("similar cases, different fines (类案不同罚)", "类案不同罚")
        case .auditTitleA410: ("summary procedure beyond its limits", "超出简易程序适用范围")
        case .auditTitleA411: ("summary procedure without its formalities", "简易程序手续不全")
        case .auditTitleA412: ("decision without 告知", "未经告知作出处罚决定")
        case .auditTitleA413: ("decision before the statement or hearing-request period ended", "陈述申辩或听证申请期限届满前作出决定")
        case .auditTitleA414: ("hearing right not given", "未告知听证权利")
        case .auditTitleA415: ("法制审核 after the decision", "法制审核晚于处罚决定")
        case .auditTitleA416: ("法制审核 without a reviewer", "法制审核无审核人员")
        case .auditTitleA505: ("inspection by too few officers", "检查执法人员少于规定人数")
        case .auditTitleA506: ("inspection by a body that may not inspect", "由不得实施检查的主体实施检查")
        case .auditTitleA701: ("coercive measure despite the decision to refrain", "应不予实施而实施行政强制措施")
        case .auditTitleA702: ("coercive measure beyond its period", "行政强制措施超过法定期限")
        case .auditTitleA703: ("coercive measure without a decision document", "实施行政强制措施无决定书")
        case .auditTitleA704: ("coercive measure without notifying the party", "行政强制措施未告知当事人")
        case .auditTitleA801: ("the same act fined twice", "同一违法行为两次以上罚款")
        case .auditTitleA802: ("加处罚款 above the fine", "加处罚款超过罚款数额")
        case .auditTitleA803: ("加处罚款 before the due date", "缴款期限届满前加处罚款")

        case .outcomeWordNoPenalty: ("no-penalty", "不予处罚")
        case .outcomeWordMitigated: ("mitigated", "减轻处罚")
        case .outcomeWordLighter: ("lighter", "从轻处罚")
        case .outcomeWordStandard: ("standard", "一般处罚")
        case .outcomeWordHeavier: ("heavier", "从重处罚")
        case .outcomeWordUndetermined: ("undetermined", "待定")
        case .outcomeWordNone: ("none", "无")
        case .wordNone: ("none", "无")
        case .wordNotRecorded: ("not recorded", "未记录")
        case .auditLeniencyDenied: ("penalised ({0}) although the mandatory no-penalty item {1} applies (应免未免)", "应当不予处罚的事项 {1} 适用，却作出了处罚（{0}）（应免未免）")
        case .auditExemptedDespiteExclusion: ("exempted although exclusion “{0}” of item {1} holds (不应免而免)", "事项 {1} 的例外情形“{0}”成立，却不予处罚（不应免而免）")
        case .auditAnExclusion: ("an exclusion", "某一例外情形")
        case .auditExemptedWithoutItem: ("exempted although no no-penalty item applies; the facts imply {0} (不应免而免)", "没有不予处罚事项适用，却不予处罚；按事实应为{0}（不应免而免）")
        case .auditListNotInForce: ("the cited list {0} was not in force on the act date {1} (nor on the decision date)", "援引的清单 {0} 在违法行为发生之日 {1}（以及作出决定之日）均未施行")
        case .auditListOutsideRegion: ("the decision relies on list {0}, which applies only in {1}; the case arose in {2}", "处理决定援引的清单 {0} 仅适用于{1}；本案发生在{2}")
        case .auditDiscretionaryUnused: ("the discretionary item {0} allows {1} and the policy {2} expects it to be used, but the decision is {3}", "可以型事项 {0} 允许{1}，监督规则 {2} 要求适用，但决定为{3}")
        case .auditTooFewOfficers: ("{0} officer(s) named; the policy {1} requires at least {2}", "记录的执法人员为 {0} 人；监督规则 {1} 要求至少 {2} 人")
        case .auditDecisionLate: ("decided {0} calendar days after filing (立案 {1}); the limit is {2} days", "立案（{1}）后 {0} 日才作出决定；期限为 {2} 日")
        case .auditPublicityLate: ("published {0} working days after the decision; the limit is {1} working days", "作出决定后 {0} 个工作日才公示；期限为 {1} 个工作日")
        case .auditCalendarCoverage: ("no holiday calendar for {0}: only weekends were counted as days off there", "{0} 年没有节假日日历：这些年份只按周末计算休息日")
        case .auditLegalReviewMissing: ("no 法制审核 on record although the policy requires one when {0}", "监督规则要求在 `{0}` 时进行法制审核，但案卷中没有法制审核记录")
        case .auditEducationMissing: ("a no-penalty decision without an education record", "不予处罚决定没有教育记录")
        case .auditOfficerNoNumber: ("officer {0} names no certificate number on {1}", "执法人员 {0} 在 {1} 没有填写执法证号")
        case .auditOfficerUnknownCertificate: ("officer {0} holds certificate {1}, which the registry does not list, on {2}", "执法人员 {0} 的执法证 {1} 不在证件登记表中（{2}）")
        case .auditOfficerOtherHolder: ("officer {0} cites certificate {1}, which belongs to {2}, on {3}", "执法人员 {0} 使用的执法证 {1} 属于{2}（{3}）")
        case .auditOfficerNotValid: ("officer {0} holds certificate {1}, valid only {2}…{3}, on {4}", "执法人员 {0} 的执法证 {1} 有效期为 {2} 至 {3}，{4} 不在有效期内")
        case .auditFollowUpMissing: ("the decision requires `{0}` ({1}), which the file does not record", "该决定要求 `{0}`（{1}），案卷中没有记录")
        case .dutyWrittenDecision: ("a written decision not to penalise, 不予行政处罚决定书", "书面不予行政处罚决定")
        case .dutyGuardianDiscipline: ("an order to the guardian to discipline the minor", "责令监护人加以管教")
        case .dutyGuardianCustody: ("an order to the guardian to keep the party under strict watch and treatment", "责令监护人严加看管和治疗")
        case .dutyRectify: ("an order to correct the violation, 责令改正", "责令改正")
        case .dutyEducation: ("education of the party", "教育")
        case .dutyCommitment: ("a commitment letter, 承诺书", "承诺书")
        case .auditTimeBarredPenalty: ("a penalty was imposed although the act was discovered after the limitation period", "违法行为在追责时效期满后才被发现，却仍作出了处罚")
        case .auditFineAboveStatutory: ("the fine {0} exceeds the statutory maximum {1}", "罚款 {0} 超过法定最高罚款 {1}")
        case .auditMitigationOutcome: ("outcome mitigated", "处理结果为减轻处罚")
        case .auditMitigationBelowMinimum: ("fine below the statutory minimum", "罚款低于法定最低罚款")
        case .auditMitigationWithoutGround: ("减轻 ({0}) without a legal ground: the facts imply {1}", "减轻处罚（{0}）没有法定依据：按事实应为{1}")
        case .auditTierInconsistent: ("the decision is {0} but the facts imply {1}", "决定为{0}，但按事实应为{1}")
        case .auditFineOutsideBand: ("the fine {0} lies outside the {1} band {2} of standard {3}", "罚款 {0} 不在裁量基准 {3} 的{1}幅度 {2} 内")
        case .auditQuietDayInspection: ("inspection on {0}, a quiet day (day {1}–{2} of the month), for reason `{3}`, which is not an allowed exception", "{0} 在企业安静日（每月 {1}–{2} 日）进行检查，检查事由 `{3}` 不属于允许的例外")
        case .auditInspectionCap: ("inspection number {0} of enterprise {1} by {2} in {3}; the cap is {4} per {5}", "{2}在 {3} 对企业 {1} 的第 {0} 次检查；上限为每{5} {4} 次")
        case .periodMonth: ("month", "月")
        case .periodYear: ("year", "年")
        case .auditJointMissed: ("{0} inspected {1} {2} day(s) after {3} did ({4}); inspections within {5} days should be joint", "{3}检查（{4}）后 {2} 日内，{0}又检查了 {1}；{5} 日内的检查应联合实施")
        case .auditNotRegistered: ("the inspection was not registered (扫码/备案) beforehand", "检查前未登记备案（扫码／备案）")
        case .auditFalseFirstOffence: ("treated as a first offence, but case {0} of {1} records a same-kind violation ({2}) by the same party {3} before the act", "按首次违法处理，但案件 {0}（{1}）记录了同一当事人在本次违法行为之前{3}的同类违法行为（{2}）")
        case .auditFalseFirstOffenceAny: ("treated as a first offence, but case {0} of {1} records a violation ({2}) by the same party {3} before the act", "按首次违法处理，但案件 {0}（{1}）记录了同一当事人在本次违法行为之前{3}的违法行为（{2}）")
        case .windowEver: ("ever", "（不限时间）")
        case .windowWithin: ("within {0}", "{0}内")
        case .window1y: ("within 1y", "一年内")
        case .window2y: ("within 2y", "两年内")
        case .auditFineDivergence: ("the fine {0} is far from the median {1} of {2} similar cases ({3}, tier {4})", "罚款 {0} 明显偏离 {2} 件类似案件（{3}，{4}档次）的中位数 {1}")
        case .auditRuleMAD: ("|fine − median| > {0} × 1.4826 × MAD", "|罚款 − 中位数| > {0} × 1.4826 × 绝对中位差")
        case .auditRuleRelative: ("MAD = 0: |fine − median| > {0} × median", "绝对中位差为 0：|罚款 − 中位数| > {0} × 中位数")
        case .auditLeniencyHeading: ("Leniency in the province's terms (江西省年度统计口径):", "从宽处罚统计（江西省年度统计口径）：")
        case .auditFigureExempted: ("免予行政处罚 exempted: {0} case(s); 免予处罚金额 amount waived: {1}{2}", "免予行政处罚 {0} 件；免予处罚金额 {1}{2}")
        case .auditFigureMitigated: ("减轻行政处罚 mitigated: {0} case(s); 减轻处罚金额 amount mitigated: {1}{2}", "减轻行政处罚 {0} 件；减轻处罚金额 {1}{2}")
        case .auditFigureLightened: ("从轻行政处罚 lightened: {0} case(s)", "从轻行政处罚 {0} 件")
        case .auditFigureNoCoercion: ("不予实施行政强制措施 no coercion: {0} case(s)", "不予实施行政强制措施 {0} 件")
        case .auditNotComputed: (" ({0} case(s) not computed)", "（{0} 件未能计算）")
        case .auditConventionsHeading: ("how the amounts are computed:", "金额的计算口径：")
        case .auditWaivedAmountConvention: ("免予处罚金额 = for each exempted case, the lowest fine of the tier the discretion standard gives its facts with no leniency list applied (the engine's fine range without leniency); cases without a standard or without the amount a multiple rests on are counted as not computed", "免予处罚金额：每件免予处罚案件，按裁量基准对其事实所对应档次（不适用任何从宽清单时）的最低罚款计算；无裁量基准或缺少倍数计算基数的案件计入“未能计算”")
        case .auditMitigatedAmountConvention: ("减轻处罚金额 = for each 减轻 case, the statutory minimum fine minus the fine imposed; where the statute sets no minimum (减轻 is then a lighter kind of penalty), the lowest fine that would otherwise apply minus the fine; never below zero; cases without a recorded fine, a standard or the amount a multiple rests on are counted as not computed", "减轻处罚金额：每件减轻处罚案件，按法定最低罚款减去实际罚款计算；法律未规定最低罚款的（减轻即给予较轻种类的处罚），按不适用从宽时应处的最低罚款减去实际罚款计算；不低于零；未记载罚款、无裁量基准或缺少倍数计算基数的案件计入“未能计算”")
        case .auditFiguresByHeading: ("by {0}: 免予处罚 cases / amount · 减轻 cases / amount · 从轻 cases · 不予强制 cases", "按{0}：免予处罚 件 / 金额 · 减轻 件 / 金额 · 从轻 件 · 不予强制 件")
        case .auditFiguresRow: ("{0}: {1} / {2} · {3} / {4} · {5} · {6}", "{0}：{1} / {2} · {3} / {4} · {5} · {6}")
        case .auditDimensionAgency: ("agency", "执法机关")
        case .auditDimensionRegion: ("region", "地区")
        case .auditDimensionMonth: ("month", "月份")
        case .auditDimensionYear: ("year", "年度")
        case .auditNotRecordedHeading: ("Not recorded in the case files (unknown, never counted as a fault), cases of {0} audited:", "案卷未记录的事项（视为未知，不作为问题），共审查 {0} 件案卷：")
        case .auditSimilarGroupsLine: ("Similar cases, different penalties (类案不同罚): {0} group(s) of similar cases compared ({1} small), {2} fine(s) flagged", "类案不同罚：比较了 {0} 组类似案件（其中小样本组 {1} 组），标出 {2} 笔罚款")
        case .auditSimilarSmallRule: ("rule, groups of {0} to fewer than {1} (too small for MAD): |fine − median| > {2} of the median; smaller groups are not compared", "{0}件至不足{1}件的小样本组（不足以计算绝对中位差）：|罚款 − 中位数| > 中位数的 {2}；更小的组不作比较")
        case .htmlLeniencyHeading: ("Leniency in the province's terms", "从宽处罚统计（江西省口径）")
        case .htmlCardWaivedAmount: ("免予处罚金额 amount waived*", "免予处罚金额*")
        case .htmlCardMitigatedAmount: ("减轻处罚金额 amount mitigated**", "减轻处罚金额**")
        case .htmlCardNoCoercion: ("不予实施行政强制措施 no coercion", "不予实施行政强制措施")
        case .htmlNotRecorded: ("not recorded (unknown, never a fault):", "未记录（视为未知，不作为问题）：")
        case .figureDimension: ("dimension", "维度")
        case .figureKey: ("key", "项目")
        case .figureTotal: ("all", "合计")
        case .figureExemptedCases: ("免予行政处罚 cases", "免予行政处罚（件）")
        case .figureWaivedYuan: ("免予处罚金额 (yuan)", "免予处罚金额（元）")
        case .figureWaivedNotComputed: ("免予处罚金额 not computed (cases)", "免予处罚金额未能计算（件）")
        case .figureMitigatedCases: ("减轻行政处罚 cases", "减轻行政处罚（件）")
        case .figureMitigatedYuan: ("减轻处罚金额 (yuan)", "减轻处罚金额（元）")
        case .figureMitigatedNotComputed: ("减轻处罚金额 not computed (cases)", "减轻处罚金额未能计算（件）")
        case .figureLighterCases: ("从轻行政处罚 cases", "从轻行政处罚（件）")
        case .figureNoCoercionCases: ("不予实施行政强制措施 cases", "不予实施行政强制措施（件）")
        case .auditRuleSmallGroup: ("group of fewer than {0}: |fine − median| > {1} × median", "不足{0}件的小样本组：|罚款 − 中位数| > {1} × 中位数")

        case .tierWordLighter: ("lighter", "从轻")
        case .tierWordStandard: ("standard", "一般")
        case .tierWordHeavier: ("heavier", "从重")
        case .tierWordMitigated: ("mitigated", "减轻")

        case .auditReportTitle: ("Leniency audit (执法监督)", "执法监督报告")
        case .auditPeriodAll: ("all dates", "全部日期")
        case .auditPeriodRange: ("{0} to {1}", "{0} 至 {1}")
        case .auditPeriodLine: ("Period: {0}", "期间：{0}")
        case .auditCasesLine: ("Cases: {0} read, {1} audited; inspections: {2} read, {3} audited", "案卷：读取 {0} 件，检查 {1} 件；检查记录：读取 {2} 条，检查 {3} 条")
        case .auditUnreadableLine: ("Inputs or records that could not be read: {0} (listed on standard error)", "无法读取的输入或记录：{0} 个（见标准错误输出）")
        case .auditFindingsLine: ("Findings: {0} ({1} errors, {2} warnings, {3} info)", "问题：{0} 个（错误 {1} 个，警告 {2} 个，提示 {3} 个）")
        case .auditByAgencyHeading: ("Findings by agency:", "各执法机关的问题：")
        case .auditOutcomesHeading: ("Cases by outcome (engine / recorded):", "案件处理结果（规则结论／案卷记录）：")
        case .auditConventionLine: ("convention: {0}", "计算方法：{0}")
        case .auditSimilarRule: ("rule, groups of {0} or more: |fine − median| > {1} × 1.4826 × MAD; when MAD = 0, |fine − median| > {2} of the median", "规则（{0}件及以上的组）：|罚款 − 中位数| > {1} × 1.4826 × 绝对中位差（MAD）；绝对中位差为 0 时，|罚款 − 中位数| > 中位数的 {2}")
        case .auditByAgencyShort: ("by agency:", "按执法机关：")
        case .auditByOfficerShort: ("by officer:", "按执法人员：")
        case .auditTopSubjectsHeading: ("Cases and inspections with findings ({0}, most findings first):", "有问题的案件和检查记录（{0} 个，按问题数排序）：")
        case .auditTopSubjectsMore: ("… {0} more; `--all` lists every one, `--top N` more of them", "……另有 {0} 个；`--all` 列出全部，`--top N` 列出更多")
        case .auditSubjectCase: ("case", "案件")
        case .auditSubjectInspection: ("inspection", "检查")
        case .auditNoFindings: ("No case or inspection has findings.", "没有发现问题的案件或检查记录。")
        case .csvHeaderCode: ("code", "问题代码")
        case .csvHeaderSeverity: ("severity", "严重程度")
        case .csvHeaderTitle: ("title", "问题类型")
        case .csvHeaderSubject: ("subject", "对象")
        case .csvHeaderID: ("id", "编号")
        case .csvHeaderFile: ("file", "文件")
        case .csvHeaderLine: ("line", "行")
        case .csvHeaderColumn: ("column", "列")
        case .csvHeaderMessage: ("message", "说明")
        case .csvHeaderEvidence: ("evidence", "证据")
        case .csvHeaderBasis: ("basis", "依据")
        case .csvHeaderAgency: ("agency", "执法机关")
        case .htmlTitle: ("Leniency audit", "执法监督报告")
        case .htmlMeta: ("Period: {0} · cases {1} audited of {2} read · inspections {3} audited of {4} read", "期间：{0} · 案卷：读取 {2} 件，检查 {1} 件 · 检查记录：读取 {4} 条，检查 {3} 条")
        case .htmlCardFindings: ("findings", "问题")
        case .htmlCardErrors: ("errors", "错误")
        case .htmlCardWarnings: ("warnings", "警告")
        case .htmlCardCases: ("cases audited", "检查的案卷")
        case .htmlCardExempted: ("exempted (不予处罚)", "不予处罚")
        case .htmlCardMitigated: ("mitigated (减轻)", "减轻处罚")
        case .htmlCardLightened: ("lightened (从轻)", "从轻处罚")
        case .htmlChartByCode: ("Findings by type", "问题类型")
        case .htmlChartByAgency: ("Findings by agency", "各执法机关的问题")
        case .htmlChartByMonth: ("Findings by month", "各月份的问题")
        case .htmlChartQuietDays: ("Inspections on quiet days (企业安静日)", "企业安静日内的检查")
        case .htmlChartNone: ("none", "无")
        case .htmlFindingsHeading: ("Findings", "问题清单")
        case .htmlFilterPlaceholder: ("filter: code, id, agency, text…", "筛选：代码、编号、机关、文字……")
        case .htmlFilterLabel: ("filter findings", "筛选问题")
        case .htmlSeverityLabel: ("severity", "严重程度")
        case .htmlAllSeverities: ("all severities", "全部严重程度")
        case .htmlColumnCode: ("code", "问题")
        case .htmlColumnSeverity: ("severity", "严重程度")
        case .htmlColumnSubject: ("case / inspection", "案件／检查")
        case .htmlColumnAgency: ("agency", "执法机关")
        case .htmlColumnMessage: ("message", "说明")
        case .htmlColumnEvidence: ("evidence", "证据")
        case .htmlColumnBasis: ("basis", "依据")
        case .htmlColumnLocation: ("file:line", "文件:行")
        case .htmlShown: ("{0} of {1} shown", "显示 {0} 个，共 {1} 个")
        case .htmlShownLimited: ("(first {0} listed)", "（列出前 {0} 个）")
        case .htmlNoCJKFont: ("This computer has no font for Chinese characters, so some text may show as boxes. Install a CJK font (e.g. Noto Sans CJK) to read the report.", "本机没有可显示汉字的字体，部分文字可能显示为方框。请安装中文字体（如思源黑体、文泉驿微米黑）后查看本报告。")

        case .usageTopPositive: ("--top must be a positive number, got {0}", "--top 必须是正整数，实际为 {0}")
        case .usageTopOrAll: ("give at most one of --top and --all", "--top 与 --all 最多只能指定一个")

        case .decisionHeadlineLine: ("{0}: {1}", "{0}：{1}")
        case .decisionTimeBarredHeadline: ("No penalty (mandatory: time-barred, no penalty may be given any more)", "不再给予行政处罚（超过追责时效）")
        case .decisionShallNoPenalty: ("No penalty (mandatory: shall not penalise)", "应当不予处罚")
        case .decisionMayNoPenalty: ("No penalty (discretionary: may not penalise)", "可以不予处罚")
        case .decisionShallOutcome: ("{0} (mandatory: shall)", "应当{0}")
        case .decisionMayOutcome: ("{0} (discretionary: may)", "可以{0}")
        case .decisionByItem: ("{0} — {1} item {2} ({3})", "{0} — {1} {2}（{3}）")
        case .decisionByBasis: ("{0} — {1}", "{0} — {1}")
        case .decisionByTier: ("{0} — discretion standard {1}, tier {2}", "{0} — 裁量基准 {1}，{2}档次")
        case .decisionConflictTail: ("{0} — applicable items conflict", "{0} — 适用事项相互冲突")
        case .decisionDependsOn: ("{0} — depends on: {1}", "{0} — 取决于：{1}")
        case .outcomeNoPenalty: ("No penalty", "不予处罚")
        case .outcomeMitigated: ("Mitigated penalty (减轻, below the statutory minimum)", "减轻处罚")
        case .outcomeLighter: ("Lighter penalty (从轻)", "从轻处罚")
        case .outcomeStandard: ("Standard penalty", "一般处罚")
        case .outcomeHeavier: ("Heavier penalty (从重)", "从重处罚")
        case .outcomeUndetermined: ("Undetermined", "待定（缺少事实）")
        case .outcomeNoViolation: ("No violation (the facts do not make out the violation)", "不构成违法行为（事实不符合该违法行为的构成要件）")
        case .outcomeWordNoViolation: ("no violation", "不构成违法")
        case .decisionListLine: ("Deciding list: {0} version of {1} ({2})", "决定所依据的清单：{1}（{2}），{0} 起施行的版本")
        case .decisionBasisLine: ("Basis: {0}", "依据：{0}")
        case .decisionFineLine: ("Fine range: {0}", "罚款幅度：{0}")
        case .decisionFollowUpLine: ("Follow-up: {0}", "后续义务：{0}")
        case .decisionPresumedLine: ("Presumed: {0}", "推定：{0}")
        case .decisionDerivedLine: ("Derived: {0}", "推导：{0}")
        case .decisionAlsoAllowsLine: ("Also allows: {0}", "亦可选择：{0}")
        case .decisionMissingLine: ("Missing facts (most decisive first): {0}", "缺少事实（按重要性排序）：{0}")
        case .decisionQuestionsHeading: ("To decide, find out (most decisive first):", "尚需查明（按重要性排序）：")
        case .decisionConflictLine: ("Conflict: {0}", "冲突：{0}")
        case .decisionCoercionLine: ("Coercive measures: {0}", "行政强制措施：{0}")
        case .decisionTimeBarredYes: ("Limitation: time-barred", "追责时效：已过时效")
        case .decisionTimeBarredNo: ("Limitation: within the period", "追责时效：未过时效")
        case .decisionTimeBarredUnknown: ("Limitation: could not be decided", "追责时效：无法判断")
        case .decisionVersionsLine: ("Versions: {0}", "新旧规定：{0}")
        case .decisionNoteLine: ("Note: {0}", "注：{0}")
        case .decisionExplanationHeading: ("Explanation:", "说明：")
        case .decisionExplainHint: ("(--explain shows every candidate item, period and tier with its conditions)", "（加 --explain 可查看每个候选事项、时效期间和裁量档次及其条件）")
        case .decisionSeparator: ("; ", "；")
        case .boundsBoth: ("both bounds included", "含本数")
        case .boundsLower: ("lower bound included, upper bound excluded", "含下限，不含上限")
        case .boundsUpper: ("lower bound excluded, upper bound included", "不含下限，含上限")
        case .boundsNeither: ("both bounds excluded", "不含上下限")
        case .fineRangeText: ("{0}–{1} ({2}), tier {3}, standard {4}{5} ({6})", "{0}–{1}（{2}），{3}档次，裁量基准 {4}{5}（{6}）")
        case .fineMitigatedZero: ("; 减轻: the statutory minimum is zero, so 减轻 means a lighter kind of penalty (e.g. a warning instead of a fine)", "；减轻：法定最低罚款为零，减轻处罚即选择更轻的处罚种类（如以警告代替罚款）")
        case .fineMitigatedBelow: ("; 减轻: a fine below the statutory minimum {0} (or a lighter kind of penalty)", "；减轻：在法定最低罚款 {0} 以下确定罚款数额（或选择更轻的处罚种类）")
        case .fineNote: ("; {0}", "；{0}")
        case .fineReductionNote: ("{0}: the {1} range {2}–{3} reduced by {4}–{5}, not below the statutory minimum {6}", "`{0}`：{1}档次幅度 {2}–{3} 减少 {4}–{5}，不低于法定最低罚款 {6}")
        case .followEducation: ("educate the party", "对当事人进行教育")
        case .followCommitment: ("sign a commitment letter (承诺书)", "签订承诺书")
        case .followRectify: ("order correction within {0} days", "责令限期{0}日内改正")
        case .presumedItem: ("{0} = {1} ({2}; {3})", "{0} = {1}（{2}；{3}）")
        case .derivedBy: ("by {0}", "依 {0}")
        case .derivedLabel: ("{0}: {1}", "{0}：{1}")
        case .derivedReplaced: ("{0}; the case recorded {1}", "{0}；案卷记载为 {1}")
        case .derivedItem: ("{0} = {1} ({2})", "{0} = {1}（{2}）")
        case .coercionShallNot: ("shall not take coercive measures", "不得实施行政强制措施")
        case .coercionMayNot: ("may refrain from taking coercive measures", "可以不实施行政强制措施")
        case .coercionItem: ("{0} — {1} {2}", "{0} — {1} {2}")
        case .coercionUndetermined: ("undetermined, missing: {0}", "待定，缺少：{0}")
        case .coercionNotExcluded: ("the no-coercion lists do not exclude coercive measures", "不予强制清单未排除行政强制措施")
        case .factWithLabel: ("{0} ({1})", "{0}（{1}）")
        case .regionLabel: ("where the case arose", "案发地")
        case .questionBoolean: ("{0}? ({1}: yes or no)", "是否{0}？（{1}）")
        case .questionNumber: ("{0}: how much? ({1})", "{0}是多少？（{1}）")
        case .questionDate: ("{0}: which day? ({1}, YYYY-MM-DD)", "{0}是哪一天？（{1}，YYYY-MM-DD）")
        case .questionChoice: ("{0}: which of {2}? ({1})", "{0}是哪一项：{2}？（{1}）")
        case .questionText: ("{0}? ({1})", "{0}？（{1}）")
        case .questionFirstOffence: ("Is this the party's first violation of this kind? Give `prior_violations` ({0})", "当事人此前有无同类违法记录？请填写 `prior_violations`（{0}）")
        case .questionDiscovery: ("On which day was the act discovered? ({0}, YYYY-MM-DD)", "违法行为是哪一天被发现的？（{0}，YYYY-MM-DD）")
        case .questionRegion: ("Where did the case arise? ({0})", "案件发生在哪个地区？（{0}）")
        case .questionMoney: ("{0}: how much, in yuan? ({1})", "{0}是多少元？（{1}）")
        case .traceStatusApplied: ("applied", "适用")
        case .traceStatusNotApplicable: ("not applicable", "不适用")
        case .traceStatusExcluded: ("excluded", "排除")
        case .traceStatusUndetermined: ("undetermined", "待定")
        case .traceStatusNotInForce: ("not in force", "未生效")
        case .traceStatusSuperseded: ("superseded", "已被取代")
        case .traceKindItem: ("list", "清单")
        case .traceKindLimitation: ("limitation", "追责时效")
        case .traceKindTier: ("discretion tier", "裁量基准档次")
        case .traceKindDerivation: ("derivation", "推导规则")
        case .traceHead: ("- [{0}] {1} {2} ({3}) {4}: {5}", "- 〔{0}〕{1} {2}（{3}）{4}：{5}")
        case .traceOutcomeShall: ("{0} → {1} (shall)", "{0} → 应当{1}")
        case .traceOutcomeMay: ("{0} → {1} (may)", "{0} → 可以{1}")
        case .traceNoCoercion: ("{0} [no-coercion]", "{0}〔不予强制〕")
        case .traceUnverified: ("{0} [UNVERIFIED]", "{0}〔未核实〕")
        case .traceCondition: ("condition", "条件")
        case .traceExclusion: ("exclusion", "例外")
        case .traceConditionLine: ("{0} {1}: {2}", "{0} {1}：{2}")
        case .traceLabelledCondition: ("{0} [{1}]", "{0}〔`{1}`〕")
        case .traceExpression: ("{0}", "`{0}`")
        case .traceValues: ("{0} ({1})", "{0}（{1}）")
        case .traceValue: ("{0} = {1}", "{0} = {1}")
        case .traceUnknown: ("unknown", "未知")
        case .traceNeeds: ("needs: {0}", "尚需：{0}")
        case .traceNote: ("note: {0}", "说明：{0}")
        case .traceCites: ("cites: {0}", "依据：{0}")
        case .originPresumed: ("{0} [presumed]", "{0}〔推定〕")
        case .originDerived: ("{0} [derived by {1}]", "{0}〔依 {1} 推导〕")
        case .originNotApplicable: ("{0} [not applicable to this party]", "{0}〔不适用于该当事人〕")

        case .concat: ("{0}{1}", "{0}{1}")

        case .vocabFactLine: ("{0}  {2} ({1})", "{0}  {2}（{1}）")
        case .vocabValues: ("values: {0}", "取值：{0}")
        case .vocabPresumed: ("presumed {0} when the case is silent: {1}", "案卷未记载时推定为{0}：{1}")
        case .vocabSource: ("filled from the case field `{0}`", "取自案卷字段 `{0}`")
        case .vocabUsedBy: ("used by {0} items: {1}", "被 {0} 个事项使用：{1}")
        case .vocabUsedByNone: ("used by no list item", "没有清单事项使用")
        case .vocabFactCount: ("{0} facts", "共 {0} 个事实")
        case .vocabUnverified: (" [UNVERIFIED]", "〔未核实〕")
        case .vocabViolates: ("violates: {0}", "违反条款：{0}")
        case .vocabPenaltyBasis: ("penalty basis: {0}", "处罚依据：{0}")
        case .vocabViolationCount: ("{0} violations", "共 {0} 个违法行为")
        case .vocabListLine: ("{0} ({1})  {2}: {3}, {4}, {5} items", "{0}（{1}）  {2}：{3}，{4}，{5} 个事项")
        case .vocabListCount: ("{0} list versions", "共 {0} 个清单版本")
        case .fineUnboundedText: ("{0} {1} (the statute sets no maximum), tier {2}, standard {3}{4} ({5})", "{0}{1}（法定最高罚款未规定），{2}档次，裁量基准 {3}{4}（{5}）")
        case .boundsOrMore: ("or more", "以上，含本数")
        case .boundsOrMoreExclusive: ("exclusive, or more", "以上，不含本数")
        case .followRectifyOrder: ("order the party to correct the violation (责令改正)", "责令改正或者限期改正违法行为")
        case .followWrittenDecision: ("issue a written decision not to penalise (不予行政处罚决定书)", "作出书面不予行政处罚决定")
        case .followGuardianDiscipline: ("order the guardian to discipline the minor (责令监护人加以管教)", "责令监护人加以管教")
        case .followGuardianCustody: ("order the guardian to keep the party under strict watch and treatment (严加看管和治疗)", "责令监护人严加看管和治疗")
        case .decisionPresumedShortLine: ("Presumed (the case file is silent; --explain gives the reasons): {0} = {1}", "推定（案卷未记载；--explain 给出理由）：{0} 均为{1}")
        case .decisionDerivedHeading: ("Derived from the facts by the rules:", "依规则由事实推导：")
        }
    }
}
