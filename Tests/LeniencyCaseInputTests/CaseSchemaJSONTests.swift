import Foundation
import LeniencyCaseInput
import LeniencyCatalog
import LeniencyCore
import Testing

@Suite("JSON Schemas of case and inspection files")
struct CaseSchemaJSONTests {
    static func parse(_ text: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(object as? [String: Any])
    }

    static func dictionary(_ value: Any?) throws -> [String: Any] { try #require(value as? [String: Any]) }

    @Test("Both schemas are JSON with a draft-07 `$schema` and definitions", arguments: ["cases", "inspections"])
    func parsesAsJSON(which: String) throws {
        let schema = try Self.parse(which == "cases" ? JSONSchemas.cases() : JSONSchemas.inspections())
        #expect(schema["$schema"] as? String == "http://json-schema.org/draft-07/schema#")
        #expect(try Self.dictionary(schema["definitions"])["date"] != nil)
    }

    @Test("The output is deterministic")
    func deterministic() {
        #expect(JSONSchemas.cases() == JSONSchemas.cases())
        #expect(JSONSchemas.inspections() == JSONSchemas.inspections())
    }

    @Test("The case schema lists the case keys and outcomes; with a catalog, facts are typed and closed")
    func caseSchema() throws {
        let definitions = try Self.dictionary(try Self.parse(JSONSchemas.cases())["definitions"])
        let caseObject = try Self.dictionary(definitions["case"])
        #expect(Set(try #require(caseObject["required"] as? [String])) == ["id", "agency", "party", "violation", "dates"])
        let properties = try Self.dictionary(caseObject["properties"])
        let decision = try Self.dictionary(try Self.dictionary(properties["decision"])["properties"])
        #expect(try Self.dictionary(decision["outcome"])["enum"] as? [String] == Outcome.allCases.map(\.rawValue))

        let typed = try Self.dictionary(try Self.parse(JSONSchemas.cases(catalog: CaseTestSupport.catalog))["definitions"])
        let facts = try Self.dictionary(try Self.dictionary(try Self.dictionary(typed["case"])["properties"])["facts"])
        #expect(facts["additionalProperties"] as? Bool == false)
        let factProperties = try Self.dictionary(facts["properties"])
        #expect(try Self.dictionary(factProperties["harm_minor"])["type"] as? String == "boolean")
        #expect(try Self.dictionary(factProperties["area"])["enum"] as? [String] == ["general", "sensitive"])
        #expect(try Self.dictionary(factProperties["first_offence"])["type"] as? String == "boolean")
    }

    @Test("The inspection schema validates reasons against the record's list")
    func inspectionSchema() throws {
        let definitions = try Self.dictionary(try Self.parse(JSONSchemas.inspections())["definitions"])
        let properties = try Self.dictionary(try Self.dictionary(definitions["inspection"])["properties"])
        #expect(try Self.dictionary(properties["reason"])["enum"] as? [String]
                == ["routine", "complaint", "referral", "special_campaign", "emergency", "statutory", "other"])
    }
}
