import Foundation
import PortalHTTP

/// Checks live responses against the served OpenAPI 3.1 document: the operation exists, the status and
/// content type are documented, and the body satisfies the schema (the JSON Schema subset we use:
/// type, properties, required, items, enum, $ref, pattern, format, minimum, maximum, maxLength).
public struct OpenAPIValidator {
    public let document: JSONValue

    public init(document: JSONValue) { self.document = document }

    /// The documented path template matching a concrete path (`/api/v1/agencies/{code}`).
    public func template(for path: String) -> String? {
        guard let paths = document["paths"]?.objectValue else { return nil }
        let parts = path.split(separator: "/")
        return paths.keys.sorted().first { template in
            let tparts = template.split(separator: "/")
            guard tparts.count == parts.count else { return false }
            return zip(tparts, parts).allSatisfy { t, p in t.hasPrefix("{") || t == p }
        }
    }

    /// Problems found in one response (empty when it conforms).
    public func problems(method: String, path: String, status: Int, contentType: String?, body: Data) -> [String] {
        let cleanPath = String(path.split(separator: "?").first ?? "")
        guard let template = template(for: cleanPath),
              let operation = document["paths"]?[template]?[method.lowercased()] else {
            return ["\(method) \(cleanPath) is not documented"]
        }
        guard let response = resolve(operation["responses"]?[String(status)] ?? operation["responses"]?["default"] ?? .null),
              response != .null else {
            return ["\(method) \(template): status \(status) is not documented"]
        }
        guard let content = response["content"]?.objectValue else {
            return body.isEmpty ? [] : ["\(method) \(template) \(status): body present but no content documented"]
        }
        let mediaType = contentType?.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        guard let media = content[mediaType] else {
            return ["\(method) \(template) \(status): content type \(mediaType) not documented (\(content.keys.sorted()))"]
        }
        guard let schema = media["schema"] else { return [] }
        if mediaType.hasSuffix("json") {
            guard let value = try? JSONDecoder().decode(JSONValue.self, from: body) else { return ["\(method) \(template): body is not JSON"] }
            return validate(value, against: schema, at: "$").map { "\(method) \(template) \(status): \($0)" }
        }
        return []
    }

    func resolve(_ value: JSONValue) -> JSONValue? {
        guard let ref = value["$ref"]?.stringValue else { return value }
        var node: JSONValue? = document
        for part in ref.dropFirst(2).split(separator: "/") { node = node?[String(part)] }
        return node.flatMap(resolve)
    }

    public func validate(_ value: JSONValue, against rawSchema: JSONValue, at path: String) -> [String] {
        guard let schema = resolve(rawSchema) else { return ["\(path): unresolvable schema"] }
        var problems: [String] = []
        if let types = schema["type"] {
            let allowed = types.arrayValue?.compactMap(\.stringValue) ?? [types.stringValue].compactMap { $0 }
            if !allowed.contains(where: { Self.matches(value, type: $0) }) {
                return ["\(path): expected \(allowed.joined(separator: "|")), got \(value)"]
            }
        }
        if let options = schema["enum"]?.arrayValue, !options.contains(value) { problems.append("\(path): \(value) not in enum") }
        if case .string(let text) = value {
            if let pattern = schema["pattern"]?.stringValue, text.range(of: pattern, options: .regularExpression) == nil {
                problems.append("\(path): \(text.debugDescription) does not match \(pattern)")
            }
            if let max = schema["maxLength"].flatMap(Self.number), Double(text.count) > max { problems.append("\(path): longer than \(max)") }
            if let format = schema["format"]?.stringValue, !Self.conforms(text, format: format) {
                problems.append("\(path): \(text.debugDescription) is not a \(format)")
            }
        }
        if case .number(let n) = value {
            if let min = schema["minimum"].flatMap(Self.number), n < min { problems.append("\(path): \(n) < \(min)") }
            if let max = schema["maximum"].flatMap(Self.number), n > max { problems.append("\(path): \(n) > \(max)") }
        }
        if case .object(let object) = value {
            for key in schema["required"]?.arrayValue?.compactMap(\.stringValue) ?? [] where object[key] == nil {
                problems.append("\(path): missing required \(key)")
            }
            let properties = schema["properties"]?.objectValue ?? [:]
            for (key, child) in object {
                if let childSchema = properties[key] {
                    problems += validate(child, against: childSchema, at: "\(path).\(key)")
                } else if schema["additionalProperties"] == .bool(false) {
                    problems.append("\(path): unexpected property \(key)")
                }
            }
        }
        if case .array(let items) = value, let itemSchema = schema["items"] {
            for (index, item) in items.enumerated() { problems += validate(item, against: itemSchema, at: "\(path)[\(index)]") }
        }
        return problems
    }

    static func number(_ value: JSONValue) -> Double? { if case .number(let n) = value { return n } else { return nil } }

    static func matches(_ value: JSONValue, type: String) -> Bool {
        switch (type, value) {
        case ("string", .string), ("boolean", .bool), ("array", .array), ("object", .object), ("null", .null), ("number", .number): return true
        case ("integer", .number(let n)): return n.rounded() == n
        default: return false
        }
    }

    static func conforms(_ text: String, format: String) -> Bool {
        switch format {
        case "uuid": return UUID(uuidString: text) != nil
        case "date": return LocalDate(iso: text) != nil
        case "date-time": return ISO8601DateFormatter().date(from: text) != nil
        case "email": return text.contains("@")
        default: return true
        }
    }
}
