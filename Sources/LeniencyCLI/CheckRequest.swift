import ArgumentParser
import Foundation
import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
import LeniencyEngine
import LeniencyReports

/// What `leniency check` was asked to do, as plain values: from the argument parser's `CheckCommand`, or from
/// `CheckQuickParse` for the plain forms an officer types, which never wake the parser's reflection.
struct CheckRequest: Equatable, Sendable {
    var cases: [String]
    var rules: String?
    var format = "text"
    var lang: String?
    var on: String?
    var explain = false
    var interactive = false
    var register: String?
    var noPresumptions = false
    var noCache = false
}

extension CheckRequest {
    /// Decides every case path and prints the decisions; throws the exit code when a case file was invalid (1) or
    /// input unreadable (2).
    func run() throws {
        let language = LanguageOption.language(lang)
        let catalog = try RulesLocation.loadCatalog(explicit: rules, command: "check", language: language, cache: !noCache)
        let engine = Engine(catalog: catalog, options: EngineOptions(presumptions: !noPresumptions))
        let chinese = language == .zh
        let store = try RegisterOption.open(explicit: register, command: "check", chinese: chinese)
        defer { RegisterOption.close(store) }
        var printer = CheckPrinter(format: format, chinese: chinese, severalPaths: cases.count > 1, explain: explain, vocabulary: catalog)
        var invalid = false
        var unreadable = false
        // A file that cannot be read at all is unreadable input (exit 2); a readable file with mistakes is an
        // invalid case file (exit 1). Either way the valid cases of every file are still decided.
        func report(_ diagnostics: [Diagnostic]) {
            guard !diagnostics.isEmpty else { return }
            StandardError.write(DiagnosticRenderer.render(diagnostics, format: .text, color: StandardError.isTerminal, language: language))
            if diagnostics.contains(where: { [.unreadableFile, .inputTooLarge, .invalidUTF8].contains($0.code) }) {
                unreadable = true
            } else if diagnostics.contains(where: { $0.severity == .error }) {
                invalid = true
            }
        }
        // Machines reading JSON Lines get the decision without its explanation unless they ask (`--explain`): the
        // compiled fast path decides those, the explaining engine the rest.
        let brief = format == "jsonl" && !explain && !interactive
        let decide = CheckDecider(engine: engine, date: on.flatMap(CivilDate.init), interactive: interactive, chinese: chinese,
                                  register: store, compiled: brief ? engine.compiled() : nil)
        defer { ProcessLifetime.keep(decide) }
        for path in cases {
            switch CaseInput.open(path, catalog: catalog) {
            case .document(let result):
                report(result.diagnostics)
                printer.begin(holdsSeveralCases: result.holdsSeveralCases)
                for record in result.cases { printer.emit(printer.render(decide.decision(record))) }
            case .lines(var source):
                printer.begin(holdsSeveralCases: true)
                // Decoded, decided and rendered a batch at a time on all cores; printed in input order, so memory
                // stays at two batches (the one being decided and the next) whatever the number of lines.
                // A batch's decisions go out in one write; what is pending is written before a diagnostic, so a
                // terminal shows both streams in input order.
                func print(_ outputs: [CheckDecider.LineOutput]) {
                    var pending: [[UInt8]] = []
                    for output in outputs {
                        if !output.diagnostics.isEmpty {
                            printer.emit(pending)
                            pending.removeAll()
                            report(output.diagnostics)
                        }
                        pending += output.texts
                    }
                    printer.emit(pending)
                }
                if interactive {
                    // Questions go to the terminal one case at a time: nothing is read ahead.
                    while let batch = source.nextBatch(limit: 1) { print(decide.batch(batch, decoder: source.decoder, printer: printer)) }
                } else {
                    // While the workers decide a batch, this thread reads the next one and prints the one before, so
                    // neither reading nor writing leaves a core idle between batches. Two batches are in memory at most.
                    let decoder = source.decoder
                    var running = source.nextBatch(limit: 1024).map { decide.start($0, decoder: decoder, printer: printer) }
                    while let current = running {
                        let next = source.nextBatch(limit: 1024)
                        let outputs = current.wait()
                        running = next.map { decide.start($0, decoder: decoder, printer: printer) }
                        print(outputs)
                    }
                }
            }
        }
        printer.finish()
        if unreadable { throw ExitCode.usageOrUnreadableInput }
        if invalid { throw ExitCode(1) }
    }
}
