// In-process decisions per CPU second on the peer benchmark's cases (Benchmarks/peer/cases.py), one core:
// the explaining engine (`Engine.decide`, no prose), the compiled engine (`CompiledEngine.decide` over the slots the
// JSON Lines scanner filled: facts already in slots), and the same decision hand-written in plain Swift over the same
// slots (the floor).
//
//   decide-bench emit RULES CASES.jsonl          id, engine, floor and compiled outcome/min/max (tab-separated)
//   decide-bench time RULES CASES.jsonl SECONDS  JSON with decisions per CPU second of each
//   decide-bench profile RULES CASES.jsonl       one compiled pass over the cases (for callgrind)
import Foundation
import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
import LeniencyEngine

/// CPU time of this process: on a shared machine a rate per CPU second is a rate per core actually used.
func cpuSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

/// The tax first-offence decision of the benchmark written by hand: 国家税务总局公告2021年第6号 for the six violations
/// the cases use, then the tiers of std-tax-2000 (max-only, 2000 yuan). Reads slots and day numbers only.
struct Floor {
    let listed: [Bool]
    let harm, beforeDiscovery, withinDeadline, irreparable, largeImpact: Int

    init(layout: CaseSlotLayout) {
        let codes: Set<String> = ["TAX-ZG-60-1-4", "TAX-ZG-60-1-2", "TAX-ZG-62-TP", "TAX-ZG-61", "TAX-ZG-62-WH", "TAX-FJM-33"]
        listed = layout.violationCodes.map(codes.contains)
        func slot(_ name: String) -> Int {
            guard let s = layout.slot(named: name) else { fatalError("rules/ lost fact \(name)") }
            return s
        }
        harm = slot("harm_minor"); beforeDiscovery = slot("corrected_before_discovery")
        withinDeadline = slot("corrected_within_deadline"); irreparable = slot("irreparable_tax_loss")
        largeImpact = slot("large_social_impact")
    }

    /// Outcome name and fine range in fen (-1 when none).
    func decide(_ c: CompactCase) -> (outcome: String, min: Int64, max: Int64) {
        func yes(_ s: Int) -> Bool { c.slots[s].tag == .boolean && c.slots[s].payload != 0 }
        let first = c.priorsKnown && c.priors.isEmpty
        if listed[Int(c.violation)], first, yes(harm), yes(beforeDiscovery) || yes(withinDeadline), !yes(irreparable), !yes(largeImpact) {
            return ("no-penalty", -1, -1)
        }
        switch (yes(beforeDiscovery), yes(largeImpact)) {
        case (true, true): return ("undetermined", -1, -1)
        case (true, false): return ("lighter", 0, 40_000)
        case (false, true): return ("heavier", 120_000, 200_000)
        case (false, false): return ("standard", 40_000, 120_000)
        }
    }
}

func yuan(_ fen: Int64) -> String { fen < 0 ? "" : Money(fen: fen).yuanString }

@main
struct DecideBench {
    static func main() {
        let arguments = CommandLine.arguments
        guard arguments.count >= 4 else {
            FileHandle.standardError.write(Data("usage: decide-bench emit|time RULES CASES.jsonl [SECONDS]\n".utf8))
            exit(2)
        }
        let loaded = CatalogLoader.load(paths: [arguments[2]])
        let catalog = loaded.catalog
        let engine = Engine(catalog: catalog)
        let compiled = engine.compiled()
        let decoder = CaseLineDecoder(catalog: catalog)
        var records: [CaseRecord] = []
        var compact: [CompactCase] = []
        guard let text = try? String(contentsOfFile: arguments[3], encoding: .utf8) else { exit(2) }
        for (n, line) in text.split(separator: "\n").enumerated() {
            let bytes = Array(line.utf8)
            var scratch = CompactCase()
            let result = bytes.withUnsafeBufferPointer { buffer -> CaseRecord? in
                guard decoder.scanner.scan(buffer, into: &scratch) else { return nil }
                return scratch.caseRecord(layout: decoder.scanner.layout, file: arguments[3], lineNumber: n + 1, line: buffer)
            }
            guard let result else {
                FileHandle.standardError.write(Data("decide-bench: line \(n + 1) is not a clean case\n".utf8))
                exit(1)
            }
            records.append(result)
            compact.append(scratch)
        }
        let floor = Floor(layout: decoder.scanner.layout)
        var scratch = CompiledScratch()
        /// Outcome and fine range in fen (-1 when none) of the compiled engine; the explaining engine when it declines.
        func fast(_ k: Int) -> (outcome: String, min: Int64, max: Int64) {
            guard let d = compiled.decide(compact[k], scratch: &scratch) else {
                let e = engine.decide(records[k], on: nil, explain: false)
                return (e.outcome.rawValue, e.fine?.min.fen ?? -1, e.fine?.max.fen ?? -1)
            }
            return (d.outcome.rawValue, d.fine?.min.fen ?? -1, d.fine?.max.fen ?? -1)
        }

        if arguments[1] == "emit" {
            var out = ""
            for (k, (record, slots)) in zip(records, compact).enumerated() {
                let d = engine.decide(record, on: nil, explain: false)
                let f = floor.decide(slots)
                let c = fast(k)
                out += "\(record.id)\t\(d.outcome.rawValue)\t\(d.fine.map { $0.min.yuanString } ?? "")\t\(d.fine.map { $0.max.yuanString } ?? "")"
                out += "\t\(f.outcome)\t\(yuan(f.min))\t\(yuan(f.max))"
                out += "\t\(c.outcome)\t\(yuan(c.min))\t\(yuan(c.max))\n"
            }
            FileHandle.standardOutput.write(Data(out.utf8))
            exit(0)
        }

        if arguments[1] == "profile" {
            // One pass of the compiled engine over every case, for callgrind (instructions per decision).
            var sink = 0
            for k in records.indices { sink &+= Int(fast(k).min) }
            print(sink)
            exit(0)
        }

        let seconds = arguments.count > 4 ? Double(arguments[4]) ?? 3 : 3
        /// Decisions per CPU second of `body` over the cases, for at least `seconds` of CPU time.
        func rate(_ body: (Int) -> Int) -> Double {
            var done = 0, sink = 0
            let start = cpuSeconds()
            while cpuSeconds() - start < seconds {
                for k in 0..<min(1000, records.count) { sink &+= body((done + k) % records.count) }
                done += min(1000, records.count)
            }
            let elapsed = cpuSeconds() - start
            if sink == 42 { print("") }  // keeps the work observable
            return Double(done) / elapsed
        }
        let engineRate = rate { engine.decide(records[$0], on: nil, explain: false).outcome.rawValue.utf8.count }
        let floorRate = rate { Int(floor.decide(compact[$0]).min) }
        let compiledRate = rate { Int(fast($0).min) }
        print("{\"engine\": \(Int(engineRate)), \"floor\": \(Int(floorRate)), \"compiled\": \(Int(compiledRate))}")
    }
}
