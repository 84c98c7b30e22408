import Foundation
import PortalCore

/// The demo's documents with expiry dates and a birth, so that the proactive scan has something to
/// say on the day the demo is seeded ("today"; README, "Proactive notices"):
/// - Nigar Hüseynova (7HK2M3P): ID card expires in exactly 30 days → the 30-day ID card notice;
/// - Aysel Məmmədova (5VBK5VR): passport expires in 9 months → the passport notice; and her daughter's
///   birth was registered yesterday → the child benefit offer;
/// - Rəşad Əliyev (94FMDDD): driving licence expires in 60 days → the licence notice; his old passport
///   expires in 30 days but was renewed, so nothing is said about it.
/// The generated residents also get passports and driving licences, their expiry dates spread over ten years.
enum DemoDocuments {
    static let idCardIn30Days = "7HK2M3P"
    static let passportIn9Months = "5VBK5VR"
    static let licenceIn60Days = "94FMDDD"
    static let childFIN = "ZL7M2K4"

    static func cast(today: LocalDate) -> [PersonRecord] {
        DemoPopulation.cast().map { person in
            var person = person
            switch person.fin.value {
            case idCardIn30Days:
                let expires = today.adding(days: 30)
                person.documents = [IdentityDocument(kind: .idCard, number: person.documents.first?.number ?? "AA2345678",
                                                     issuedOn: months(-120, expires), expiresOn: expires)]
            case passportIn9Months:
                let expires = months(9, today)
                person.documents.append(IdentityDocument(kind: .passport, number: "C01234567", issuedOn: months(-120, expires), expiresOn: expires))
            case licenceIn60Days:
                let expires = today.adding(days: 60)
                person.documents.append(IdentityDocument(kind: .drivingLicence, number: "AB123456", issuedOn: months(-120, expires), expiresOn: expires))
                let old = today.adding(days: 30)
                person.documents.append(IdentityDocument(kind: .passport, number: "C07654321", issuedOn: months(-120, old), expiresOn: old))
                person.documents.append(IdentityDocument(kind: .passport, number: "C09876543", issuedOn: today.adding(days: -10),
                                                         expiresOn: months(120, today.adding(days: -10))))
            default:
                break
            }
            return person
        }
    }

    /// Aysel's daughter, born three days before the demo's today, her birth registered yesterday.
    static func child(today: LocalDate) -> (person: PersonRecord, motherFIN: String, registeredOn: LocalDate) {
        let born = today.adding(days: -3)
        return (PersonRecord(fin: FIN(uncheckedValue: childFIN), firstName: "Leyla", lastName: "Məmmədova", patronymic: "Elnur qızı",
                             birthDate: born, gender: "female", address: "Quba şəhəri, Heydər Əliyev prospekti 12, mənzil 5, AZ4000",
                             territorialUnitCode: "AZ-QBA"),
                passportIn9Months, born.adding(days: 2))
    }

    /// About half the residents hold a passport and a third a driving licence (ten years each); a
    /// separate generator, so the residents themselves stay as they were.
    static func addPassportsAndLicences(_ people: [PersonRecord]) -> [PersonRecord] {
        var rng = SeededRandom(seed: 20_261_208)
        return people.enumerated().map { index, person in
            var person = person
            let adult = person.birthDate.year <= 2008
            if adult, Int.random(in: 0..<2, using: &rng) == 0 {
                let issued = LocalDate(year: Int.random(in: 2017...2026, using: &rng), month: Int.random(in: 1...12, using: &rng),
                                       day: Int.random(in: 1...28, using: &rng))
                person.documents.append(IdentityDocument(kind: .passport, number: "C" + String(format: "%08d", 10_000_000 + index),
                                                         issuedOn: issued, expiresOn: months(120, issued)))
            }
            if adult, Int.random(in: 0..<3, using: &rng) == 0 {
                let issued = LocalDate(year: Int.random(in: 2017...2026, using: &rng), month: Int.random(in: 1...12, using: &rng),
                                       day: Int.random(in: 1...28, using: &rng))
                person.documents.append(IdentityDocument(kind: .drivingLicence, number: "AZ" + String(format: "%06d", 100_000 + index),
                                                         issuedOn: issued, expiresOn: months(120, issued)))
            }
            return person
        }
    }

    /// Calendar months with the day clamped to the month's length.
    static func months(_ n: Int, _ date: LocalDate) -> LocalDate {
        let index = date.year * 12 + date.month - 1 + n
        let year = index / 12, month = index % 12 + 1
        let last = LocalDate(year: month == 12 ? year + 1 : year, month: month == 12 ? 1 : month + 1, day: 1).adding(days: -1).day
        return LocalDate(year: year, month: month, day: min(date.day, last))
    }
}
