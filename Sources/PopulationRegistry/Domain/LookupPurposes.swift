import Foundation
import PortalCore

/// Why an official may look a person up, per kind of agency, with the legal basis (bundled data,
/// `Data/lookup-purposes.json`). An agency listed by code uses its own list instead of its kind's; an
/// agency of a kind not listed has no purposes, so its officials cannot look anyone up.
public struct LookupPurposes: Sendable {
    public struct Purpose: Sendable, Hashable {
        public let code: String
        public let legalBasis: LocalizedText
    }

    struct File: Decodable {
        let purposes: [String: LocalizedText]
        let agencyKinds: [String: [String]]
        let agencies: [String: [String]]
    }

    let bases: [String: LocalizedText]
    let byKind: [String: [String]]
    let byAgency: [String: [String]]

    init(_ file: File) throws {
        for code in Array(file.agencyKinds.values.joined()) + Array(file.agencies.values.joined()) where file.purposes[code] == nil {
            throw LookupPurposesError.unknownPurpose(code)
        }
        for (code, text) in file.purposes where (text.en ?? "").isEmpty || (text.ru ?? "").isEmpty || text.az.isEmpty {
            throw LookupPurposesError.missingTranslation(code)
        }
        bases = file.purposes
        byKind = file.agencyKinds
        byAgency = file.agencies
    }

    /// The bundled list.
    public static func bundled() throws -> LookupPurposes {
        guard let url = Bundle.module.url(forResource: "lookup-purposes", withExtension: "json", subdirectory: "Data") else {
            throw LookupPurposesError.missingFile
        }
        return try LookupPurposes(JSONDecoder().decode(File.self, from: Data(contentsOf: url)))
    }

    /// The purposes an agency's officials may state, in the data's order.
    public func purposes(agencyCode: String, kind: String) -> [Purpose] {
        (byAgency[agencyCode] ?? byKind[kind] ?? []).compactMap { code in bases[code].map { Purpose(code: code, legalBasis: $0) } }
    }
}

public enum LookupPurposesError: Error, CustomStringConvertible {
    case missingFile
    case unknownPurpose(String)
    case missingTranslation(String)

    public var description: String {
        switch self {
        case .missingFile: return "lookup-purposes.json is not bundled"
        case .unknownPurpose(let code): return "lookup purpose \(code) is used but has no legal basis"
        case .missingTranslation(let code): return "lookup purpose \(code) needs its legal basis in az, en and ru"
        }
    }
}
