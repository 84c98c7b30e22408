/// Whom a figure is about: the whole country, an authority (agency code), a territorial unit (ISO
/// 3166-2 code) or a service (registry code).
public struct Scope: Hashable, Sendable, Codable, Comparable {
    public enum Kind: String, Sendable, Codable, CaseIterable, Comparable {
        case all, agency, unit, service

        public static func < (l: Kind, r: Kind) -> Bool { allCases.firstIndex(of: l)! < allCases.firstIndex(of: r)! }
    }

    public var kind: Kind
    public var code: String

    public init(_ kind: Kind, _ code: String) {
        self.kind = kind
        self.code = code
    }

    public static let country = Scope(.all, "all")

    public static func < (l: Scope, r: Scope) -> Bool { (l.kind, l.code) < (r.kind, r.code) }
}
