import Foundation
import Vapor

/// The query parameters a cacheable page reads, each with its canonical form. The page cache keys a
/// page by path and these parameters only — in name order, unknown parameters and unusable values
/// dropped — and the page is rendered from that same canonical URL, so `?q=x&utm=1`, `?utm=2&q=x` and
/// `?q=x&category=nonsense` are one page, and random query strings cannot fill or flush the cache.
public struct CacheableQuery: Sendable {
    public struct Parameter: Sendable {
        public let name: String
        /// The canonical value, or nil to drop the parameter (empty, unknown value, the default).
        let canonical: @Sendable (String) -> String?

        public init(_ name: String, canonical: @escaping @Sendable (String) -> String?) {
            self.name = name
            self.canonical = canonical
        }

        /// Free text: trimmed, cut to `maxLength` characters.
        public static func text(_ name: String, maxLength: Int) -> Parameter {
            Parameter(name) { value in
                let text = String(value.trimmingCharacters(in: .whitespacesAndNewlines).prefix(maxLength))
                return text.isEmpty ? nil : text
            }
        }

        /// One of a vocabulary's values (anything else reads as absent on the page, so it is dropped).
        public static func oneOf(_ name: String, _ values: [String], default fallback: String? = nil) -> Parameter {
            let allowed = Set(values)
            return Parameter(name) { allowed.contains($0) && $0 != fallback ? $0 : nil }
        }

        /// A code such as an agency's or a territorial unit's: letters, digits and hyphens, at most 32.
        public static func code(_ name: String) -> Parameter {
            Parameter(name) { value in
                !value.isEmpty && value.count <= 32 && value.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) ? value : nil
            }
        }

        /// A whole number clamped to `range`; the default is dropped.
        public static func integer(_ name: String, _ range: ClosedRange<Int>, default fallback: Int) -> Parameter {
            Parameter(name) { value in
                guard let number = Int(value.trimmingCharacters(in: .whitespaces)) else { return nil }
                let clamped = min(max(number, range.lowerBound), range.upperBound)
                return clamped == fallback ? nil : String(clamped)
            }
        }
    }

    let parameters: [Parameter]

    /// A page that reads no query parameters.
    public static let none = CacheableQuery([])

    public init(_ parameters: [Parameter]) {
        self.parameters = parameters.sorted { $0.name < $1.name }
    }

    /// `path` or `path?a=1&b=2`: the declared parameters with usable values, in name order (the first
    /// occurrence of a repeated parameter counts).
    /// The path is canonical too: empty segments dropped, each segment percent-decoded and encoded
    /// again one way (`/services//%44IN-0001/` is `/services/DIN-0001`, as the router sees it).
    public func canonicalURL(path rawPath: String, query: String?) -> String {
        let segments = rawPath.split(separator: "/").map { Self.encode(String($0).removingPercentEncoding ?? String($0)) }
        let path = "/" + segments.joined(separator: "/")
        guard !parameters.isEmpty, let query, !query.isEmpty else { return path }
        var values: [String: String] = [:]
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0])
            guard values[name] == nil, parameters.contains(where: { $0.name == name }) else { continue }
            values[name] = parts.count == 2 ? Self.decode(parts[1]) : ""
        }
        let items = parameters.compactMap { parameter -> String? in
            guard let raw = values[parameter.name], let value = parameter.canonical(raw) else { return nil }
            return parameter.name + "=" + Self.encode(value)
        }
        return items.isEmpty ? path : path + "?" + items.joined(separator: "&")
    }

    /// Form encoding as browsers send it: `+` is a space.
    static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }

    static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    static func encode(_ text: String) -> String { text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? "" }
}
