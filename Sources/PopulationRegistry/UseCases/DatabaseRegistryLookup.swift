import Fluent
import Foundation
import PortalCore

/// Answers registry questions from this project's stand-in tables.
public struct DatabaseRegistryLookup: RegistryLookup {
    let database: @Sendable () -> any Database

    public init(database: @escaping @Sendable () -> any Database) { self.database = database }

    public func person(fin: FIN) async throws -> PersonRecord? {
        let db = database()
        guard let person = try await PersonModel.find(fin.value, on: db),
              let birthDate = LocalDate(iso: person.birthDate) else { return nil }
        let documents = try await PersonDocumentModel.query(on: db).filter(\.$fin == fin.value).all().compactMap { doc -> IdentityDocument? in
            guard let issued = LocalDate(iso: doc.issuedOn) else { return nil }
            return IdentityDocument(kind: doc.kind, number: doc.number, issuedOn: issued, expiresOn: doc.expiresOn.flatMap(LocalDate.init(iso:)))
        }
        return PersonRecord(fin: fin, firstName: person.firstName, lastName: person.lastName, patronymic: person.patronymic,
                            birthDate: birthDate, gender: person.gender, address: person.address,
                            territorialUnitCode: person.territorialUnitCode, documents: documents)
    }

    public func company(voen: VOEN) async throws -> CompanyRecord? {
        guard let company = try await CompanyRecordModel.find(voen.value, on: database()) else { return nil }
        return CompanyRecord(voen: voen, name: company.name, directorFIN: FIN(uncheckedValue: company.directorFIN),
                             territorialUnitCode: company.territorialUnitCode)
    }
}

/// Writes to the stand-in register: demo data and test factories (the real register is read-only to us).
public enum PopulationRegistryWriter {
    public static func insert(_ person: PersonRecord, on db: any Database) async throws {
        let model = PersonModel()
        model.id = person.fin.value
        model.firstName = person.firstName
        model.lastName = person.lastName
        model.patronymic = person.patronymic
        model.birthDate = person.birthDate.iso
        model.gender = person.gender
        model.address = person.address
        model.territorialUnitCode = person.territorialUnitCode
        try await model.create(on: db)
        for document in person.documents {
            let doc = PersonDocumentModel()
            doc.fin = person.fin.value
            doc.kind = document.kind
            doc.number = document.number
            doc.issuedOn = document.issuedOn.iso
            doc.expiresOn = document.expiresOn?.iso
            try await doc.create(on: db)
        }
    }

    /// The register records a child's birth (the child already a person of the register).
    public static func registerBirth(childFIN: String, motherFIN: String?, fatherFIN: String?, registeredOn: LocalDate,
                                     on db: any Database) async throws {
        let birth = BirthModel()
        birth.id = childFIN
        birth.motherFIN = motherFIN
        birth.fatherFIN = fatherFIN
        birth.registeredOn = registeredOn.iso
        try await birth.create(on: db)
    }

    /// A document issued to a person (tests: a renewal).
    public static func addDocument(_ document: IdentityDocument, fin: String, on db: any Database) async throws {
        let doc = PersonDocumentModel()
        doc.fin = fin
        doc.kind = document.kind
        doc.number = document.number
        doc.issuedOn = document.issuedOn.iso
        doc.expiresOn = document.expiresOn?.iso
        try await doc.create(on: db)
    }

    public static func insert(_ company: CompanyRecord, on db: any Database) async throws {
        let model = CompanyRecordModel()
        model.id = company.voen.value
        model.name = company.name
        model.directorFIN = company.directorFIN.value
        model.territorialUnitCode = company.territorialUnitCode
        try await model.create(on: db)
    }

    /// The register names another director (tests: what the portal does when the register changes).
    public static func setDirector(voen: String, fin: String, on db: any Database) async throws {
        guard let company = try await CompanyRecordModel.find(voen, on: db) else { return }
        company.directorFIN = fin
        try await company.update(on: db)
    }

    /// The register's address of a person (nil: it has none).
    public static func setAddress(fin: String, _ address: String?, on db: any Database) async throws {
        guard let person = try await PersonModel.find(fin, on: db) else { return }
        person.address = address
        try await person.update(on: db)
    }
}
