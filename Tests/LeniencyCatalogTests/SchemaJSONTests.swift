import Foundation
import LeniencyCatalog
import LeniencyCore
import Testing

@Suite("JSON Schemas for editors")
struct SchemaJSONTests {
    static func parse(_ text: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(object as? [String: Any])
    }

    static func dictionary(_ value: Any?) throws -> [String: Any] { try #require(value as? [String: Any]) }

    /// The `oneOf` branch of the rules schema for one kind.
    static func branch(_ kind: String) throws -> [String: Any] {
        let schema = try parse(JSONSchemas.rules())
        let branches = try #require(schema["oneOf"] as? [[String: Any]])
        return try #require(branches.first { (($0["properties"] as? [String: Any])?["kind"] as? [String: Any])?["const"] as? String == kind })
    }

    @Test("The rules schema is JSON with a draft-07 `$schema` and definitions")
    func parsesAsJSON() throws {
        let schema = try Self.parse(JSONSchemas.rules())
        #expect(schema["$schema"] as? String == "http://json-schema.org/draft-07/schema#")
        #expect(try Self.dictionary(schema["definitions"])["date"] != nil)
    }

    @Test("The output is deterministic")
    func deterministic() {
        #expect(JSONSchemas.rules() == JSONSchemas.rules())
    }

    @Test("The rules schema is a oneOf over every document kind the decoder reads")
    func ruleKinds() throws {
        let schema = try Self.parse(JSONSchemas.rules())
        let kind = try Self.dictionary(try Self.dictionary(schema["properties"])["kind"])
        let kinds = try #require(kind["enum"] as? [String])
        #expect(Set(kinds) == ["facts", "violations", "regions", "derivations", "duties", "list", "standard", "limitation", "policy", "calendar"])
        #expect(kinds.count == 10)
        let branches = try #require(schema["oneOf"] as? [[String: Any]])
        #expect(branches.count == 10)
        for branch in branches {
            #expect(branch["additionalProperties"] as? Bool == false)
            #expect((branch["required"] as? [String])?.contains("kind") == true)
        }
    }

    @Test("Enumerations are the decoders' own values")
    func enumerations() throws {
        let list = try Self.dictionary(try Self.branch("list")["properties"])
        #expect(try Self.dictionary(list["list_kind"])["enum"] as? [String] == ["no-penalty", "mitigated", "lighter", "no-coercion"])
        #expect(try Self.dictionary(list["hit_policy"])["enum"] as? [String] == ["unique", "first", "collect"])
        let standard = try Self.dictionary(try Self.branch("standard")["properties"])
        #expect(try Self.dictionary(standard["model"])["enum"] as? [String] == ["bands", "midpoint", "max-only", "steps", "explicit", "weights"])
        #expect(try Self.dictionary(standard["boundary"])["enum"] as? [String] == ["inclusive", "lower-inclusive"])
        let definitions = try Self.dictionary(try Self.parse(JSONSchemas.rules())["definitions"])
        let firstOffence = try Self.dictionary(try Self.dictionary(definitions["first_offence"])["properties"])
        #expect(try Self.dictionary(firstOffence["window"])["enum"] as? [String] == ["none", "1y", "2y", "ever"])
        #expect(try Self.dictionary(firstOffence["same_kind"])["enum"] as? [String] == ["violation", "category", "any"])
        let factsBranch = try Self.dictionary(try Self.branch("facts")["properties"])
        let fact = try Self.dictionary(try Self.dictionary(try Self.dictionary(factsBranch["facts"])["items"])["properties"])
        #expect(try Self.dictionary(fact["type"])["enum"] as? [String]
                == ["boolean", "integer", "decimal", "money", "date", "duration", "enum", "text"])
    }

    @Test("Ids and dates carry the documented patterns; money accepts a string or a number")
    func patterns() throws {
        let definitions = try Self.dictionary(try Self.parse(JSONSchemas.rules())["definitions"])
        #expect(try Self.dictionary(definitions["id"])["pattern"] as? String == "^[a-z0-9][a-z0-9-]*$")
        #expect(try Self.dictionary(definitions["violation_code"])["pattern"] as? String == "^[A-Z0-9][A-Z0-9-]*$")
        #expect(try Self.dictionary(definitions["date"])["pattern"] as? String == "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")
        #expect(try Self.dictionary(definitions["date"])["format"] as? String == "date")
        let money = try #require(try Self.dictionary(definitions["money"])["anyOf"] as? [[String: Any]])
        #expect(Set(money.compactMap { $0["type"] as? String }) == ["string", "number"])
        let pattern = try #require(money.first { $0["type"] as? String == "string" }?["pattern"] as? String)
        let regex = try NSRegularExpression(pattern: pattern)
        for accepted in ["5000", "5000.50", "¥5000", "5000元", "5万元", "1,000"] {
            #expect(regex.firstMatch(in: accepted, range: NSRange(accepted.startIndex..., in: accepted)) != nil, "\(accepted)")
        }
        for rejected in ["-5", "five", "5000 yuan"] {
            #expect(regex.firstMatch(in: rejected, range: NSRange(rejected.startIndex..., in: rejected)) == nil, "\(rejected)")
        }
    }
}
