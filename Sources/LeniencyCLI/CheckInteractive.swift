import Foundation
import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
import LeniencyEngine
import LeniencyReports

/// The question-and-answer loop of `leniency check --interactive`: prompts on standard error, answers on standard input.
enum CheckInteractive {
    /// Asks for missing facts, most decisive first, re-deciding after each answer until decided or input ends.
    static func complete(_ record: CaseRecord, decision: Decision, engine: Engine, catalog: Catalog, on date: CivilDate?,
                         language: Language, readLine: () -> String? = { Swift.readLine(strippingNewline: true) }) -> Decision {
        var record = record
        var decision = decision
        var asked: Set<String> = []
        while let name = decision.missing.first(where: { !asked.contains($0) }) {
            asked.insert(name)
            let type = FactAnswer.type(of: name, in: catalog)
            let label = catalog.fact(named: name).map { language == .zh ? $0.label : ($0.labelEn ?? $0.label) }
                ?? (name == discoveryDateFactName ? Message(.cliDiscoveryDateLabel).rendered(language) : name)
            var value: FactValue?
            while value == nil {
                StandardError.write(Message(.cliAskFact, record.id, label, name, VocabularyReport.typeMessage(type)).rendered(language))
                guard let line = readLine() else {
                    StandardError.write("\n")
                    return decision
                }
                switch FactAnswer.parse(line, as: type) {
                case .success(let parsed): value = parsed
                case .failure: StandardError.write(Message(.cliAnswerNotAccepted, expected(type)).rendered(language) + "\n")
                }
            }
            if let value {
                record = FactAnswer.applying(name, value, to: record, catalog: catalog)
                decision = engine.decide(record, on: date)
            }
        }
        return decision
    }

    /// What an answer of `type` must look like, after a rejected answer.
    static func expected(_ type: FactType) -> Message {
        switch type {
        case .boolean: Message(.cliAnswerBoolean)
        case .integer: Message(.cliAnswerInteger)
        case .decimal: Message(.cliAnswerDecimal)
        case .money: Message(.cliAnswerMoney)
        case .date: Message(.cliAnswerDate)
        case .duration: Message(.cliAnswerDuration)
        case .enumeration(let values): Message(.cliAnswerEnum, values)
        case .text: Message(.cliAnswerText)
        }
    }
}
