import Foundation
import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
import LeniencyEngine

/// The question-and-answer loop of `leniency check --interactive`: prompts on standard error, answers on standard input.
enum CheckInteractive {
    /// Asks for missing facts, most decisive first, re-deciding after each answer until decided or input ends.
    static func complete(_ record: CaseRecord, decision: Decision, engine: Engine, catalog: Catalog, on date: CivilDate?,
                         chinese: Bool, readLine: () -> String? = { Swift.readLine(strippingNewline: true) }) -> Decision {
        var record = record
        var decision = decision
        var asked: Set<String> = []
        while let name = decision.missing.first(where: { !asked.contains($0) }) {
            asked.insert(name)
            let type = FactAnswer.type(of: name, in: catalog)
            let label = catalog.fact(named: name).map { chinese ? $0.label : ($0.labelEn ?? $0.label) }
                ?? (name == discoveryDateFactName ? (chinese ? "发现之日" : "date the act was discovered") : name)
            var value: FactValue?
            while value == nil {
                StandardError.write(chinese ? "\(record.id)：\(label)（\(name)，\(type.keyword)）？ " : "\(record.id): \(label) (\(name), \(type.keyword))? ")
                guard let line = readLine() else {
                    StandardError.write("\n")
                    return decision
                }
                switch FactAnswer.parse(line, as: type) {
                case .success(let parsed): value = parsed
                case .failure(let error): StandardError.write((chinese ? "无效回答：" : "not accepted: ") + error.message + "\n")
                }
            }
            if let value {
                record = FactAnswer.applying(name, value, to: record, catalog: catalog)
                decision = engine.decide(record, on: date)
            }
        }
        return decision
    }
}
