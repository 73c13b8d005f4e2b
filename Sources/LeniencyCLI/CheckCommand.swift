import ArgumentParser
import Dispatch
import Foundation
import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
import LeniencyEngine
import LeniencyRegister
import LeniencyReports
import LeniencyYAML
import Synchronization

/// `leniency check`: decides case files against the rules and explains why.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Decide case files against the leniency lists, general part and discretion standards.",
        discussion: """
        Rules come from --rules, else $LENIENCY_RULES, else ./rules. Exit codes: 0 a result was produced \
        (undetermined included), 1 a case file is invalid, 2 usage, rule errors or unreadable input. \
        JSON output is documented in docs/CHECK-OUTPUT.md.
        """
    ).parsedDirectly()

    @Argument(help: "Case files (YAML or JSON) or JSON Lines files (one case per line, streamed); `-` reads standard input (JSON Lines when its first two lines are JSON objects, else one case file).")
    var cases: [String]

    @Option(name: .long, help: "Rules folder (default: $LENIENCY_RULES, else ./rules).")
    var rules: String?

    @Option(name: .long, help: "Output format: text, json (an array when more than one case could result) or jsonl (one object per line).")
    var format: String = "text"

    @OptionGroup var language: LanguageOption

    @Option(name: .long, help: "Also evaluate the versions in force on this date (YYYY-MM-DD) instead of the decision date.")
    var on: String?

    @Flag(name: .long, help: "Add the full explanation: every candidate item, limitation period and tier with its conditions and citations. With --format jsonl the objects then carry trace, notes and facts used; without it they hold the decision only, from the compiled fast path.")
    var explain = false

    @Flag(name: .long, help: "Ask for each missing fact in turn (most decisive first) until the case is decided.")
    var interactive = false

    @Option(name: .long, help: "Case register searched for the party's history when a case lists no prior_violations: an SQLite file or postgres:// URL (default: $LENIENCY_REGISTER).")
    var register: String?

    @Flag(name: .customLong("no-presumptions"), help: "Do not apply the legal presumptions of rules/facts.yaml: a fact the case does not give stays unknown.")
    var noPresumptions = false

    @Flag(name: .customLong("no-cache"), help: "Parse the rules even when the rules cache holds them (the cache: $LENIENCY_CACHE_DIR, else $XDG_CACHE_HOME/leniency, else ~/.cache/leniency; LENIENCY_NO_CACHE=1 turns it off for every run).")
    var noCache = false

    mutating func validate() throws {
        guard !cases.isEmpty else { throw ValidationError(say(.usageNeedCaseFile)) }
        guard ["text", "json", "jsonl"].contains(format) else { throw ValidationError(say(.usageUnknownFormat, format, ["`text`", "`json`", "`jsonl`"])) }
        if let on, CivilDate(on) == nil { throw ValidationError(say(.usageOnDate, on)) }
    }

    /// The arguments as plain values; running them is `CheckRequest.run`.
    var request: CheckRequest {
        CheckRequest(cases: cases, rules: rules, format: format, lang: language.lang, on: on, explain: explain,
                     interactive: interactive, register: register, noPresumptions: noPresumptions, noCache: noCache)
    }

    func run() throws {
        try request.run()
    }
}

/// Decides case records for `check`, one at a time or a batch of JSON Lines on all cores.
struct CheckDecider: Sendable {
    let engine: Engine
    let date: CivilDate?
    let interactive: Bool
    let chinese: Bool
    /// The register a case without `prior_violations` takes its history from, if one is set.
    let register: CaseRegister?
    /// Set for decisions without explanation (`--format jsonl` without `--explain`): the compiled fast path.
    let compiled: CompiledEngine?

    /// The decision of one case: history from the register when needed, then missing facts asked with `--interactive`.
    func decision(_ original: CaseRecord) -> Decision {
        let completed: HistoryLookup.Completed
        do {
            completed = try Blocking.run { [register] in try await HistoryLookup.complete(original, register: register) }
        } catch let error as RegisterError {
            RegisterOption.fail(error, command: "check", chinese: chinese)
        } catch {
            RegisterOption.fail(RegisterError("case register: \(error)", "案件库：\(error)", hint: "check the register path or URL",
                                              hintZh: "请检查案件库路径或地址"), command: "check", chinese: chinese)
        }
        let record = completed.record
        var decision = compiled != nil ? engine.decide(record, on: date, explain: false).brief : engine.decide(record, on: date)
        if interactive {
            decision = CheckInteractive.complete(record, decision: decision, engine: engine, catalog: engine.catalog, on: date, language: chinese ? .zh : .en)
        }
        if let note = completed.note {
            decision.notes.append(note.english)
            decision.notesZh.append(note.chinese)
        }
        return decision
    }

    /// The decision of a line the byte scanner read into `compact`, on the compiled fast path; nil when the case needs
    /// the register or the explaining engine.
    func fastDecision(_ compact: CompactCase, compiled: CompiledEngine, scratch: inout CompiledScratch, cache: inout DecisionBasisCache) -> Decision? {
        guard register == nil || compact.priorsKnown, let fast = compiled.decide(compact, on: date, scratch: &scratch), !fast.conflict else { return nil }
        return compiled.decision(fast, caseID: compact.string(compact.id), violation: compiled.layout.violationCodes[Int(compact.violation)],
                                 scratch: scratch, basisCache: &cache, violationID: Int(compact.violation))
    }

    /// What one line gave: its problems and its rendered decisions.
    struct LineOutput: Sendable {
        var diagnostics: [Diagnostic]
        var texts: [[UInt8]]
    }

    /// Decodes, decides and renders the lines of a batch, in input order.
    func batch(_ batch: [RawRecord], decoder: CaseLineDecoder, printer: CheckPrinter) -> [LineOutput] {
        let work: @Sendable (ArraySlice<RawRecord>) -> [LineOutput] = { slice in
            var scratch = CompactCase()
            var fast = CompiledScratch()
            var cache = DecisionBasisCache()
            return slice.map { raw in
                if let compiled, case .jsonLine = raw, decoder.scan(raw, into: &scratch),
                   let decision = fastDecision(scratch, compiled: compiled, scratch: &fast, cache: &cache) {
                    return LineOutput(diagnostics: [], texts: [printer.render(decision)])
                }
                let loaded = decoder.decode(raw, scratch: &scratch)
                return LineOutput(diagnostics: loaded.diagnostics, texts: loaded.cases.map { printer.render(decision($0)) })
            }
        }
        // Questions and register lookups stay one case at a time.
        guard !interactive, register == nil, batch.count > 1 else { return work(batch[...]) }
        let slices = min(batch.count, max(1, ProcessInfo.processInfo.activeProcessorCount * 4))
        let size = (batch.count + slices - 1) / slices
        let results = Mutex<[[LineOutput]]>(Array(repeating: [], count: slices))
        DispatchQueue.concurrentPerform(iterations: slices) { slice in
            let lower = slice * size, upper = min(batch.count, lower + size)
            guard lower < upper else { return }
            let mapped = work(batch[lower..<upper])
            results.withLock { $0[slice] = mapped }
        }
        return results.withLock { $0.flatMap { $0 } }
    }
}

/// A batch being decided on other threads; `wait` hands over its outputs once.
final class RunningBatch: Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let outputs = Mutex<[CheckDecider.LineOutput]>([])

    fileprivate func finish(_ result: [CheckDecider.LineOutput]) {
        outputs.withLock { $0 = result }
        done.signal()
    }

    /// Blocks until the batch is decided, then returns its outputs in input order.
    func wait() -> [CheckDecider.LineOutput] {
        done.wait()
        return outputs.withLock { result in
            defer { result = [] }
            return result
        }
    }
}

extension CheckDecider {
    /// Starts deciding a batch on the global queue and returns at once.
    func start(_ batch: [RawRecord], decoder: CaseLineDecoder, printer: CheckPrinter) -> RunningBatch {
        let running = RunningBatch()
        DispatchQueue.global().async { running.finish(self.batch(batch, decoder: decoder, printer: printer)) }
        return running
    }
}

/// Prints decisions as they are made: text, a JSON object or array, or JSON Lines.
///
/// With `--format json` the output is an array whenever more than one case could result (several paths, a JSON
/// Lines input, a file with several documents or `cases:`), however many turned out valid; an object otherwise.
struct CheckPrinter: Sendable {
    let format: String
    let chinese: Bool
    let severalPaths: Bool
    /// Text: add the full trace to the short answer.
    let explain: Bool
    /// Text: the vocabulary that labels facts and enum values.
    let vocabulary: Catalog?
    private var array: Bool?
    private var printed = 0

    init(format: String, chinese: Bool, severalPaths: Bool, explain: Bool = false, vocabulary: Catalog? = nil) {
        self.format = format
        self.chinese = chinese
        self.severalPaths = severalPaths
        self.explain = explain
        self.vocabulary = vocabulary
    }

    /// Called before an input's decisions; the first input fixes the JSON shape.
    mutating func begin(holdsSeveralCases: Bool) {
        if array == nil { array = severalPaths || holdsSeveralCases }
    }

    /// One decision as the format prints it, in UTF-8 (thread-safe: rendering is pure).
    func render(_ decision: Decision) -> [UInt8] {
        switch format {
        case "jsonl": DecisionJSON.lineBytes(decision)
        case "json": array == true ? DecisionJSON.arrayItemBytes(decision) : Array(DecisionJSON.render([decision], asArray: false).utf8)
        default: Array(DecisionText.render(decision, language: chinese ? .zh : .en, explain: explain, vocabulary: vocabulary).utf8)
        }
    }

    /// Prints one rendered decision.
    mutating func emit(_ text: [UInt8]) {
        emit([text])
    }

    /// Prints rendered decisions in one write.
    mutating func emit(_ texts: [[UInt8]]) {
        guard !texts.isEmpty else { return }
        var out: [UInt8] = []
        out.reserveCapacity(texts.reduce(texts.count * 4) { $0 + $1.count })
        for text in texts {
            switch format {
            case "json" where array == true: out += (printed == 0 ? DecisionJSON.arrayStart : DecisionJSON.arraySeparator).utf8
            case "json", "jsonl": break
            default: if printed > 0 { out.append(UInt8(ascii: "\n")) }
            }
            out += text
            printed += 1
        }
        StandardOutput.write(bytes: out)
    }

    /// Closes a JSON array.
    func finish() {
        if format == "json", array == true { StandardOutput.write(DecisionJSON.arrayEnd(empty: printed == 0)) }
    }
}
