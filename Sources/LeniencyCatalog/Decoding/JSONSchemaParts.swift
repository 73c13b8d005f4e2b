import Foundation

/// A JSON object under construction; only ever built and serialised inside one function call.
package typealias JSONObject = [String: Any]

/// Building blocks shared by the rule, case and inspection schemas.
///
/// The schemas only help editors (completion, squiggles while typing); the decoders stay the authority,
/// so patterns here are deliberately no stricter than the decoders.
package enum JSONSchemaParts {
    /// The draft the schemas are written against.
    package static let draft = "http://json-schema.org/draft-07/schema#"

    /// Serialises with sorted keys and indentation so that the output is byte-for-byte deterministic.
    package static func serialise(_ object: JSONObject) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        else { return "{}" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// A closed object: unknown keys are flagged, as the decoders flag them (S001).
    package static func object(_ description: String, required: [String] = [], _ properties: JSONObject) -> JSONObject {
        var schema: JSONObject = ["type": "object", "description": description, "properties": properties, "additionalProperties": false]
        if !required.isEmpty { schema["required"] = required }
        return schema
    }

    /// A reference into `definitions`.
    package static func ref(_ name: String) -> JSONObject { ["$ref": "#/definitions/\(name)"] }

    /// Text with a description.
    package static func text(_ description: String) -> JSONObject { ["type": "string", "description": description] }

    /// A boolean (the decoders accept only true/false).
    package static func boolean(_ description: String) -> JSONObject { ["type": "boolean", "description": description] }

    /// A whole number, optionally bounded.
    package static func integer(_ description: String, minimum: Int? = nil, maximum: Int? = nil) -> JSONObject {
        var schema: JSONObject = ["type": "integer", "description": description]
        if let minimum { schema["minimum"] = minimum }
        if let maximum { schema["maximum"] = maximum }
        return schema
    }

    /// One of fixed words.
    package static func choice(_ description: String, _ values: [String]) -> JSONObject {
        ["type": "string", "description": description, "enum": values]
    }

    /// A list of items.
    package static func array(_ description: String, _ items: JSONObject) -> JSONObject {
        ["type": "array", "description": description, "items": items]
    }

    /// A single item or a list of them (the decoders read a lone scalar as a one-item list).
    package static func oneOrMany(_ description: String, _ item: JSONObject) -> JSONObject {
        ["description": description, "anyOf": [item, ["type": "array", "items": item]]]
    }

    /// The same schema with its own description.
    package static func described(_ schema: JSONObject, _ description: String) -> JSONObject {
        var copy = schema
        copy["description"] = description
        return copy
    }

    /// Definitions shared by all three schemas.
    package static func commonDefinitions() -> JSONObject {
        [
            "date": ["type": "string", "format": "date", "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$",
                     "description": "a civil date YYYY-MM-DD (China time)"],
            "money": [
                "description": "an amount in yuan: 5000, 5000.50, \"¥5000\", 5000元, 5万元 (exact, at most two decimals in yuan)",
                "anyOf": [
                    ["type": "number", "minimum": 0],
                    ["type": "string", "pattern": "^[¥￥]?[0-9][0-9,]*(\\.[0-9]+)?(元|万元|万)?$"],
                ],
            ] as JSONObject,
            "ratio": [
                "description": "a ratio: 30%, 0.3 or 3/10",
                "anyOf": [
                    ["type": "number", "minimum": 0],
                    ["type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?%?|[0-9]+/[0-9]+)$"],
                ],
            ] as JSONObject,
            "id": ["type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$", "description": "an id: ASCII kebab-case, e.g. cn-tax-2021-6-01"],
            "violation_code": ["type": "string", "pattern": "^[A-Z0-9][A-Z0-9-]*$", "description": "a violation code, e.g. TAX-ZG-60-1-4"],
            "fact_name": ["type": "string", "pattern": "^[a-z][a-z0-9_]*$", "description": "a fact name: [a-z][a-z0-9_]*"],
            "citation": text("a normalised citation: 《法名》第X条第X款第X项 with Chinese numerals"),
            "officer": [
                "description": "an enforcement officer: {name, certificate} or just the name",
                "anyOf": [
                    ["type": "string"],
                    object("officer", required: ["name"], [
                        "name": text("name"),
                        "certificate": ["type": ["string", "integer"], "description": "执法证件 number"] as JSONObject,
                    ]),
                ],
            ] as JSONObject,
        ]
    }
}
