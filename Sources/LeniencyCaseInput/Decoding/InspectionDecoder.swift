import LeniencyCatalog
public import LeniencyCore
public import LeniencyYAML

/// Reads inspection record files (docs/INSPECTION-FORMAT.md); a record with an error is left out, the others are kept.
public enum InspectionDecoder {
    static let requiredKeys = ["id", "enterprise", "agency", "date", "reason"]
    static let optionalKeys = ["enterprise_name", "region", "registered", "joint", "officers", "performed_by"]

    /// Decodes every record in the documents (one record per document, or a top-level `inspections:` sequence).
    public static func decode(documents: [YAMLNode], file: String) -> (records: [InspectionRecord], diagnostics: [Diagnostic]) {
        decode(YAMLDocumentSet(documents: documents, diagnostics: []), file: file)
    }

    /// Reads and decodes an inspection file (YAML or JSON), keeping the reader's diagnostics.
    public static func load(path: String) -> (records: [InspectionRecord], diagnostics: [Diagnostic]) {
        decode(YAMLReader.readFile(atPath: path), file: path)
    }

    /// Decodes inspection records from text (tests, stdin).
    public static func decode(text: String, file: String) -> (records: [InspectionRecord], diagnostics: [Diagnostic]) {
        decode(YAMLReader.parse(text, file: file), file: file)
    }

    /// Decodes a reader's output, keeping its diagnostics first.
    static func decode(_ set: YAMLDocumentSet, file: String) -> (records: [InspectionRecord], diagnostics: [Diagnostic]) {
        var records: [InspectionRecord] = []
        var diagnostics = set.diagnostics
        var firstSeen: [String: SourceLocation] = [:]
        var sawRecord = false
        for document in set.documents {
            let container = SchemaReader()
            let nodes = recordNodes(in: document, reader: container)
            diagnostics.append(contentsOf: container.bag.diagnostics)
            for node in nodes {
                sawRecord = true
                let reader = SchemaReader()
                let record = self.record(node, reader: reader)
                if let record, let first = firstSeen[record.id] {
                    reader.emit(.duplicateID, at: node, Message(.inspectionDuplicate, record.id), hint: Message(.inspectionDuplicateHint),
                                notes: [Diagnostic.Note(location: first, Message(.firstGivenHere))])
                }
                diagnostics.append(contentsOf: reader.bag.diagnostics)
                if let record, !reader.bag.hasErrors {
                    firstSeen[record.id] = record.location
                    records.append(record)
                }
            }
        }
        // After an error the missing records are already explained.
        if !sawRecord, !diagnostics.contains(where: { $0.severity == .error }) {
            diagnostics.append(Diagnostic(.invalidCaseFile, at: .wholeFile(file), Message(.inspectionNone),
                                          hint: Message(.inspectionNoneHint)))
        }
        return (records, diagnostics)
    }

    /// The record mappings of one document: itself, the items of `inspections:`, or the items of a top-level sequence.
    static func recordNodes(in document: YAMLNode, reader: SchemaReader) -> [YAMLNode] {
        if document.isNull { return [] }
        if let items = document.items { return items }
        guard let pairs = document.pairs else {
            reader.emit(.wrongType, at: document, Message(.inspectionMustBeMapping, document.kindMessage),
                        hint: Message(.inspectionStartHint))
            return []
        }
        guard pairs.contains(where: { $0.key.text == "inspections" }) else { return [document] }
        guard let fields = reader.mapping(document, "inspection file", required: ["inspections"]),
              let list = fields["inspections"] else { return [] }
        guard let items = list.items else {
            reader.emit(.wrongType, at: list, Message(.inspectionListMustBeSequence, list.kindMessage),
                        hint: Message(.inspectionItemHint))
            return []
        }
        return items
    }

    /// One record, or nil when a required field could not be read.
    static func record(_ node: YAMLNode, reader: SchemaReader) -> InspectionRecord? {
        guard let fields = reader.mapping(node, "inspection record", required: requiredKeys, optional: optionalKeys) else { return nil }
        let id = reader.string(fields["id"], "inspection `id`")
        let enterprise = reader.string(fields["enterprise"], "inspection `enterprise`")
        let enterpriseName = reader.string(fields["enterprise_name"], "inspection `enterprise_name`")
        let agency = reader.string(fields["agency"], "inspection `agency`")
        let region = reader.string(fields["region"], "inspection `region`")
        let date = reader.date(fields["date"], "inspection `date`")
        let reason = self.reason(fields["reason"], reader: reader)
        let registered = reader.bool(fields["registered"], "inspection `registered`")
        let joint = reader.bool(fields["joint"], "inspection `joint`")
        let officers = reader.list(fields["officers"], "`officers`").compactMap { CaseReading.officer($0, reader: reader) }
        let performedBy = self.performer(fields["performed_by"], reader: reader)
        if let enterprise, let codeNode = fields["enterprise"], !IdentifierChecks.isValidCreditCode(enterprise) {
            let expected = IdentifierChecks.expectedCreditCodeCheck(enterprise)
            let message = enterprise.count == 18 && expected != nil
                ? Message(.creditCodeCheck, enterprise, expected.map(String.init) ?? "")
                : Message(.inspectionNotCreditCode, enterprise)
            reader.emit(.badIdentifierChecksum, at: codeNode, message, hint: Message(.inspectionCreditCodeStillRead))
        }
        guard let id, let enterprise, let agency, let date, let reason else { return nil }
        return InspectionRecord(id: id, enterprise: enterprise, enterpriseName: enterpriseName, agency: agency, region: region,
                                date: date, reason: reason, registered: registered, joint: joint, officers: officers,
                                performedBy: performedBy, location: node.location)
    }

    /// Who carried out the inspection, from `SupervisionPolicy.inspectionPerformers`, with a did-you-mean.
    static func performer(_ node: YAMLNode?, reader: SchemaReader) -> String? {
        guard let node, let text = reader.string(node, "inspection `performed_by`") else { return nil }
        let names = SupervisionPolicy.inspectionPerformers
        if names.contains(text) { return text }
        reader.emit(.invalidValue, at: node, Message(.inspectionPerformerOneOf, names.map { "`\($0)`" }, text),
                    hint: Message.didYouMean(SchemaReader.closest(to: text, among: names).map { [$0] } ?? []) ?? Message(.inspectionPerformerHint))
        return nil
    }

    /// A reason from `InspectionRecord.reasons`, with a did-you-mean.
    static func reason(_ node: YAMLNode?, reader: SchemaReader) -> String? {
        guard let node, let text = reader.string(node, "inspection `reason`") else { return nil }
        if InspectionRecord.reasons.contains(text) { return text }
        let names = InspectionRecord.reasons
        reader.emit(.invalidValue, at: node, Message(.inspectionReasonOneOf, names.map { "`\($0)`" }, text),
                    hint: Message.didYouMean(SchemaReader.closest(to: text, among: names).map { [$0] } ?? [])
                        ?? Message(.inspectionReasonHint, names.map { "`\($0)`" }))
        return nil
    }
}
