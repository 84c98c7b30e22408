import Foundation
import PortalCore

/// The demo register: the cast (DemoCast) plus a few hundred generated residents, the same on every run.
enum DemoPopulation {
    static let maleNames = ["Elnur", "Rəşid", "Vüsal", "Anar", "Cavid", "Murad", "Nicat", "Emin", "Ramin", "Kənan", "İlkin", "Əli",
                            "Hüseyn", "Orxan", "Tural", "Fərid", "Samir", "Ülvi", "Şahin", "Ceyhun"]
    static let femaleNames = ["Aygün", "Səbinə", "Nərmin", "Günay", "Ülkər", "Lamiə", "Könül", "Şəbnəm", "Aytən", "Fidan", "Gülnar",
                              "İlahə", "Xədicə", "Zəhra", "Sevinc", "Nuray", "Röya", "Türkan", "Çinarə", "Arzu"]
    static let surnameStems = ["Məmməd", "Əli", "Hüseyn", "Həsən", "Quli", "İsmayıl", "Abbas", "Cəfər", "Rzay", "Kərim", "Babay",
                               "Nəbi", "Səfər", "Mustafay", "Novruz", "Orucov", "Şirinov", "Ağay", "Qasım", "Əhməd"]
    static let fatherNames = ["Rauf", "Vüqar", "Elçin", "Natiq", "Kamran", "Arif", "Fikrət", "Tofiq", "Şahin", "Namiq", "Ramiz",
                              "Elman", "Səməd", "Əkbər", "Həsən", "Zakir", "Rafiq", "Yaşar", "İlham", "Mübariz"]
    static let finAlphabet = Array("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ")

    /// `count` residents of `units` (those with a known postal area), each with a full address and an ID card.
    static func generated(count: Int, units allUnits: [TerritorialUnitName]) -> [PersonRecord] {
        let units = allUnits.filter { DemoAddresses.postalCode(unit: $0.code) != nil }.sorted { $0.code < $1.code }
        var rng = SeededRandom(seed: 20_261_123)
        var used = Set(DemoCast.people.map(\.fin))
        var people: [PersonRecord] = []
        while people.count < count {
            let fin = String((0..<7).map { _ in finAlphabet.randomElement(using: &rng)! })
            guard used.insert(fin).inserted else { continue }
            let female = Bool.random(using: &rng)
            let stem = surnameStems.randomElement(using: &rng)!
            let surname = stem.hasSuffix("ov") ? (female ? stem + "a" : stem) : stem + (female ? "ova" : "ov")
            let father = fatherNames.randomElement(using: &rng)!
            let year = Int.random(in: 1940...2007, using: &rng)
            let birth = LocalDate(year: year, month: Int.random(in: 1...12, using: &rng), day: Int.random(in: 1...28, using: &rng))
            let issuedYear = Int.random(in: 2016...2025, using: &rng)
            let issued = LocalDate(year: issuedYear, month: Int.random(in: 1...12, using: &rng), day: Int.random(in: 1...28, using: &rng))
            let card = "AA" + String(format: "%07d", people.count + 3_000_000)
            let unit = units.randomElement(using: &rng)!
            people.append(PersonRecord(
                fin: FIN(uncheckedValue: fin),
                firstName: (female ? femaleNames : maleNames).randomElement(using: &rng)!,
                lastName: surname,
                patronymic: father + (female ? " qızı" : " oğlu"),
                birthDate: birth,
                gender: female ? "female" : "male",
                address: DemoAddresses.address(unit: unit, rng: &rng),
                territorialUnitCode: unit.code,
                documents: [IdentityDocument(kind: .idCard, number: card, issuedOn: issued,
                                             expiresOn: LocalDate(year: issuedYear + 10, month: issued.month, day: issued.day))]))
        }
        return people
    }

    static func cast() -> [PersonRecord] {
        DemoCast.people.map { p in
            let card = IDCardNumber.parse(p.idCard)
            return PersonRecord(
                fin: FIN(uncheckedValue: p.fin), firstName: p.firstName, lastName: p.lastName, patronymic: p.patronymic,
                birthDate: LocalDate(iso: p.birthDate)!, gender: p.gender, address: p.address, territorialUnitCode: p.unitCode,
                documents: [IdentityDocument(kind: .idCard, number: (try? card.get().description) ?? p.idCard,
                                             issuedOn: LocalDate(iso: p.idCardIssued)!, expiresOn: LocalDate(iso: p.idCardExpires))])
        }
    }
}
