import Foundation
import PortalHTTP
@testable import PopulationRegistry
import PortalTesting
import Testing

@Suite("Population register stand-in")
struct RegisterTests {
    @Test("every demo person has a full address, a territorial unit and a valid ID card; FINs are unique")
    func demoPeople() {
        let units = [TerritorialUnitName(code: "AZ-QBA", name: "Quba", isCity: false), TerritorialUnitName(code: "AZ-BA", name: "Bakı", isCity: true),
                     TerritorialUnitName(code: "AZ-MAS", name: "Masallı", isCity: false)]
        let people = DemoPopulation.cast() + DemoPopulation.generated(count: 300, units: units)
        #expect(people.count == DemoCast.people.count + 300)
        #expect(Set(people.map(\.fin)).count == people.count)
        for person in people {
            #expect(!(person.address ?? "").isEmpty, "\(person.fin.value) has an address")
            #expect(person.territorialUnitCode != nil, "\(person.fin.value) has a unit")
            let card = person.currentIDCard
            #expect(card != nil && (card?.expiresOn.map { $0 > card!.issuedOn } ?? false), "\(person.fin.value) has a valid ID card")
        }
        #expect(DemoPopulation.generated(count: 300, units: units) == DemoPopulation.generated(count: 300, units: units), "the same every run")
    }

    @Test("the demo's documents: a 30-day ID card, a 9-month passport, a 60-day licence, a renewed passport, a birth; numbers and FINs unique")
    func demoDocuments() throws {
        let units = [TerritorialUnitName(code: "AZ-QBA", name: "Quba", isCity: false), TerritorialUnitName(code: "AZ-MAS", name: "Masallı", isCity: false)]
        let today = LocalDate(year: 2027, month: 5, day: 31)
        let child = DemoDocuments.child(today: today)
        let people = DemoDocuments.cast(today: today) + DemoDocuments.addPassportsAndLicences(DemoPopulation.generated(count: 300, units: units)) + [child.person]
        #expect(Set(people.map(\.fin)).count == people.count)
        let documents = people.flatMap { p in p.documents.map { "\($0.kind.rawValue):\($0.number)" } }
        #expect(Set(documents).count == documents.count, "document numbers are unique per kind")
        func person(_ fin: String) throws -> PersonRecord { try #require(people.first { $0.fin.value == fin }) }
        #expect(try person("7HK2M3P").documents.first { $0.kind == .idCard }?.expiresOn == LocalDate(year: 2027, month: 6, day: 30))
        #expect(try person("5VBK5VR").documents.first { $0.kind == .passport }?.expiresOn == LocalDate(year: 2028, month: 2, day: 29))
        #expect(try person("94FMDDD").documents.first { $0.kind == .drivingLicence }?.expiresOn == LocalDate(year: 2027, month: 7, day: 30))
        #expect(try person("94FMDDD").documents.filter { $0.kind == .passport }.count == 2, "an old passport and its renewal")
        #expect(child.motherFIN == "5VBK5VR" && child.registeredOn == LocalDate(year: 2027, month: 5, day: 30))
        let generated = people.dropFirst(DemoCast.people.count)
        #expect(generated.filter { $0.documents.contains { $0.kind == .passport } }.count > 100)
        #expect(generated.filter { $0.documents.contains { $0.kind == .drivingLicence } }.count > 60)
    }

    @Test("the lookup finds what the writer stored, with documents; an unknown FIN or VÖEN is nil")
    func lookup() async throws {
        try await withPortal { portal in
            let person = PersonRecord(fin: FIN(uncheckedValue: "TST0001"), firstName: "Aysel", lastName: "Quliyeva", patronymic: "Rauf qızı",
                                      birthDate: LocalDate(year: 1990, month: 5, day: 17), gender: "female", address: "Quba ş., Heydər Əliyev pr., ev 12, mənzil 3, AZ4000",
                                      territorialUnitCode: "AZ-QBA",
                                      documents: [IdentityDocument(kind: .idCard, number: "AA1234567", issuedOn: LocalDate(year: 2020, month: 1, day: 2),
                                                                   expiresOn: LocalDate(year: 2030, month: 1, day: 2))])
            try await PopulationRegistryWriter.insert(person, on: portal.app.db)
            let lookup = DatabaseRegistryLookup(database: { portal.app.db })
            #expect(try await lookup.person(fin: person.fin) == person)
            #expect(try await lookup.person(fin: FIN(uncheckedValue: "TST0002")) == nil)
            try await PopulationRegistryWriter.setAddress(fin: "TST0001", nil, on: portal.app.db)
            #expect(try await lookup.person(fin: person.fin)?.address == nil, "the register may not know an address")
            #expect(try await lookup.company(voen: VOEN(uncheckedValue: "9999999999")) == nil)
        }
    }

    @Test("look-up purposes: each with its legal basis in az/en/ru; an agency listed by code has its own list; an unknown kind none; bad data refused")
    func purposes() throws {
        let purposes = try LookupPurposes.bundled()
        let local = purposes.purposes(agencyCode: "ICRA-QBA", kind: "local_executive").map(\.code)
        #expect(local.contains("reception") && local.contains("case"))
        #expect(purposes.purposes(agencyCode: "DIN", kind: "ministry").map(\.code).contains("fine_recording"), "the police's own list")
        #expect(!purposes.purposes(agencyCode: "XYZ", kind: "ministry").map(\.code).contains("fine_recording"))
        #expect(purposes.purposes(agencyCode: "XYZ", kind: "no_such_kind").isEmpty)
        for purpose in purposes.purposes(agencyCode: "ICRA-QBA", kind: "local_executive") {
            #expect(!purpose.legalBasis.az.isEmpty && !(purpose.legalBasis.en ?? "").isEmpty && !(purpose.legalBasis.ru ?? "").isEmpty)
        }
        let text = LocalizedText(az: "a", en: "b", ru: "c")
        #expect(throws: LookupPurposesError.self) {
            try LookupPurposes(.init(purposes: ["case": text], agencyKinds: ["ministry": ["case", "unknown"]], agencies: [:]))
        }
        #expect(throws: LookupPurposesError.self) {
            try LookupPurposes(.init(purposes: ["case": LocalizedText(az: "a")], agencyKinds: [:], agencies: [:]))
        }
    }
}
