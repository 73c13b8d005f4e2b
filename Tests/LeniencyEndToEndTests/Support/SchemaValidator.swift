import Foundation
import LeniencyYAML

/// The part of JSON Schema draft-07 that `leniency schema` uses (type, properties, additionalProperties, required,
/// enum, const, pattern, format date, minimum/maximum, items, anyOf, oneOf, $ref), applied to YAML nodes read as a
/// YAML 1.2 language server reads them: plain `true`/`false` are booleans, plain numbers numbers, everything else text.
struct SchemaValidator {
    let root: [String: Any]

    init(json: String) throws {
        root = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] ?? [:]
    }

    /// The problems of `node` against the whole schema, as `line:column: why`; empty when it is valid.
    func problems(_ node: YAMLNode) -> [String] {
        var out: [String] = []
        check(node, root, &out)
        return out
    }

    static func jsonType(_ node: YAMLNode) -> String {
        switch node.content {
        case .mapping: return "object"
        case .sequence: return "array"
        case .scalar(let s):
            if s.isNull { return "null" }
            guard s.style == .plain else { return "string" }
            if s.text == "true" || s.text == "false" { return "boolean" }
            if Int(s.text) != nil { return "integer" }
            if Double(s.text) != nil, s.text.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" || $0 == "e" || $0 == "E" || $0 == "+" }) { return "number" }
            return "string"
        }
    }

    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard text.count == 10, parts.count == 3, (1...12).contains(parts[1]) else { return false }
        var components = DateComponents()
        (components.year, components.month, components.day) = (parts[0], parts[1], parts[2])
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai") ?? .current
        return components.isValidDate(in: calendar)
    }

    private func check(_ node: YAMLNode, _ schema: [String: Any], _ out: inout [String]) {
        let at = "\(node.location.start.line):\(node.location.start.column)"
        if let ref = schema["$ref"] as? String, let name = ref.split(separator: "/").last,
           let target = (root["definitions"] as? [String: Any])?[String(name)] as? [String: Any] {
            check(node, target, &out)
        }
        let type = Self.jsonType(node)
        if let wanted = schema["type"] {
            let types = (wanted as? [String]) ?? [(wanted as? String) ?? ""]
            let ok = types.contains(type) || (type == "integer" && types.contains("number"))
            if !ok { out.append("\(at): \(type) where \(types.joined(separator: "/")) is expected"); return }
        }
        if let values = schema["enum"] as? [Any] {
            let text = node.text ?? ""
            if !values.contains(where: { "\($0)" == text }) { out.append("\(at): `\(text)` is not one of \(values)") }
        }
        if let value = schema["const"] as? String, node.text != value { out.append("\(at): `\(node.text ?? "")` is not `\(value)`") }
        if type == "string", let text = node.text {
            if let pattern = schema["pattern"] as? String, text.range(of: pattern, options: .regularExpression) == nil {
                out.append("\(at): `\(text)` does not match \(pattern)")
            }
            if schema["format"] as? String == "date", !Self.isDate(text) { out.append("\(at): `\(text)` is not a date") }
        }
        if type == "integer" || type == "number", let value = Double(node.text ?? "") {
            if let minimum = schema["minimum"] as? Double, value < minimum { out.append("\(at): \(value) < \(minimum)") }
            if let maximum = schema["maximum"] as? Double, value > maximum { out.append("\(at): \(value) > \(maximum)") }
        }
        if let pairs = node.pairs {
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for required in schema["required"] as? [String] ?? [] where node[required] == nil {
                out.append("\(at): `\(required)` is missing")
            }
            for pair in pairs {
                let key = pair.key.text ?? ""
                if let property = properties[key] as? [String: Any] {
                    check(pair.value, property, &out)
                } else if let additional = schema["additionalProperties"] as? [String: Any] {
                    check(pair.value, additional, &out)
                } else if schema["additionalProperties"] as? Bool == false {
                    out.append("\(pair.key.location.start.line):\(pair.key.location.start.column): `\(key)` is not allowed")
                }
            }
        }
        if let items = node.items, let schemaItems = schema["items"] as? [String: Any] {
            for item in items { check(item, schemaItems, &out) }
        }
        if let anyOf = schema["anyOf"] as? [[String: Any]] {
            let results = anyOf.map { branch -> [String] in var o: [String] = []; check(node, branch, &o); return o }
            if !results.contains(where: \.isEmpty) { out.append("\(at): matches none of anyOf (\(results.map { $0.first ?? "" }))") }
        }
        if let oneOf = schema["oneOf"] as? [[String: Any]] {
            let results = oneOf.map { branch -> [String] in var o: [String] = []; check(node, branch, &o); return o }
            let passing = results.filter(\.isEmpty).count
            if passing != 1 {
                let best = results.min { $0.count < $1.count } ?? []
                out.append("\(at): matches \(passing) branches of oneOf; nearest: \(best.prefix(3))")
            }
        }
    }
}
