/// The one catalogue of user-visible sentences: a stable id (the case name) with an English and a Chinese template,
/// one line each. `{0}`, `{1}`, … are the message's arguments; identifiers, codes, citations and 文号 arrive as
/// arguments and are never translated. A new sentence gets a new case; an id never changes meaning.
///
/// Tests check that both templates of every id use the same placeholders and that no Chinese template holds an
/// English word outside backquotes (`MessageCatalogueTests`).
public enum MessageID: String, Sendable, Hashable, CaseIterable {
    /// Text shown as it is (rule-authored text, another tool's words).
    case verbatim

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
    case usageSchemaOneKind, cliRulesHaveErrors, cliNoRulesRead, cliRulesHintExplicit, cliRulesHintEnvironment
    case cliRulesHintDefault, cliRulesHintOther, cliPathMissing, cliPathMissingHint, cliAuditProgress
    case cliCannotWrite, cliTestUpdated, cliTestFilterMatchesNothing, cliTestNoFiles, cliAskFact
    case cliAnswerNotAccepted, cliAnswerBoolean, cliAnswerInteger, cliAnswerDecimal, cliAnswerMoney, cliAnswerDate
    case cliAnswerDuration, cliAnswerEnum, cliAnswerText, cliDiscoveryDateLabel, typeBoolean, typeInteger
    case typeDecimal, typeMoney, typeDate, typeDuration, typeEnum, typeText
}

extension MessageID {
    /// The English and the Chinese template.
    public var templates: (en: String, zh: String) {
        switch self {
        case .verbatim: ("{0}", "{0}")

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
        case .hintUnknownDocumentKind: ("set `kind:` to one of facts, violations, regions, list, standard, limitation, policy, calendar (rule tests use `kind: test` in *.test.yaml files)", "将 `kind:` 设为 `facts`、`violations`、`regions`、`list`、`standard`、`limitation`、`policy`、`calendar` 之一（规则测试在 *.test.yaml 文件中使用 `kind: test`）")
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
        }
    }
}
