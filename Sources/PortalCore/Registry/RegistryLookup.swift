import Foundation

/// What the state's population registry knows about a person. Until the data bus exists, a table in
/// this project stands in for the registry; later the Exchange module answers the same protocol.
public struct PersonRecord: Sendable, Codable, Hashable {
    public var fin: FIN
    public var firstName: String
    public var lastName: String
    public var patronymic: String
    public var birthDate: LocalDate
    public var gender: String?
    public var address: String?
    public var territorialUnitCode: String?
    public var documents: [IdentityDocument]

    public init(fin: FIN, firstName: String, lastName: String, patronymic: String, birthDate: LocalDate,
                gender: String? = nil, address: String? = nil, territorialUnitCode: String? = nil,
                documents: [IdentityDocument] = []) {
        self.fin = fin
        self.firstName = firstName
        self.lastName = lastName
        self.patronymic = patronymic
        self.birthDate = birthDate
        self.gender = gender
        self.address = address
        self.territorialUnitCode = territorialUnitCode
        self.documents = documents
    }

    /// "Surname Name Patronymic", as on official documents.
    public var fullName: String { [lastName, firstName, patronymic].filter { !$0.isEmpty }.joined(separator: " ") }
    /// "Name Surname", for greetings.
    public var shortName: String { "\(firstName) \(lastName)" }

    public var currentIDCard: IdentityDocument? {
        documents.filter { $0.kind == .idCard }.max { $0.issuedOn < $1.issuedOn }
    }
}

public struct IdentityDocument: Sendable, Codable, Hashable {
    public enum Kind: String, Sendable, Codable, CaseIterable { case idCard = "id_card", passport, drivingLicence = "driving_licence" }
    public var kind: Kind
    public var number: String
    public var issuedOn: LocalDate
    public var expiresOn: LocalDate?

    public init(kind: Kind, number: String, issuedOn: LocalDate, expiresOn: LocalDate?) {
        self.kind = kind
        self.number = number
        self.issuedOn = issuedOn
        self.expiresOn = expiresOn
    }
}

/// A company as the state's taxpayer register knows it, with the people who may act for it.
public struct CompanyRecord: Sendable, Codable, Hashable {
    public var voen: VOEN
    public var name: String
    public var directorFIN: FIN
    public var territorialUnitCode: String?

    public init(voen: VOEN, name: String, directorFIN: FIN, territorialUnitCode: String? = nil) {
        self.voen = voen
        self.name = name
        self.directorFIN = directorFIN
        self.territorialUnitCode = territorialUnitCode
    }
}

/// The state's registers as the portal reads them (once-only principle: never ask what the state knows).
public protocol RegistryLookup: Sendable {
    func person(fin: FIN) async throws -> PersonRecord?
    func company(voen: VOEN) async throws -> CompanyRecord?
}
