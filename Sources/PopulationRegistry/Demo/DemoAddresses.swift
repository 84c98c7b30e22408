import Foundation
import PortalCore

/// Full addresses for the demo register: unit, street, house, flat, postal code. Invented, but in the
/// real shape: the postal code is the main post office of the person's district (`AZ` + the district's
/// two digits + `00`), from the public list of Azerbaijani postal areas (Wikipedia, "Postal codes in
/// Azerbaijan", by region). Units whose postal area that list does not give are left out of the
/// generated population rather than given a made-up code.
enum DemoAddresses {
    /// Postal area (the code's first two digits) per ISO 3166-2:AZ unit.
    static let postalAreas: [String: String] = [
        "AZ-ABS": "01", "AZ-AGM": "02", "AZ-AGS": "03", "AZ-AGC": "04", "AZ-AGA": "05", "AZ-AGU": "06", "AZ-AST": "07",
        "AZ-BAL": "08", "AZ-BAR": "09", "AZ-BA": "10", "AZ-BEY": "12", "AZ-BIL": "13", "AZ-CAL": "15", "AZ-DAS": "16",
        "AZ-SBN": "17", "AZ-SR": "18", "AZ-FUZ": "19", "AZ-GA": "20", "AZ-GAD": "21", "AZ-GOR": "22", "AZ-GOY": "23",
        "AZ-HAC": "24", "AZ-GYG": "25", "AZ-XAC": "27", "AZ-IMI": "30", "AZ-ISM": "31", "AZ-KAL": "32", "AZ-KUR": "33",
        "AZ-QAX": "34", "AZ-QAZ": "35", "AZ-QAB": "36", "AZ-QOB": "37", "AZ-QUS": "38", "AZ-QBA": "40", "AZ-LAC": "41",
        "AZ-LA": "42", "AZ-LAN": "42", "AZ-LER": "43", "AZ-MAS": "44", "AZ-MI": "45", "AZ-NA": "46", "AZ-NEF": "47",
        "AZ-OGU": "48", "AZ-SAT": "49", "AZ-SM": "50", "AZ-SMX": "51", "AZ-SAL": "52", "AZ-SIY": "53", "AZ-SAB": "54",
        "AZ-SA": "55", "AZ-SAK": "55", "AZ-SMI": "56", "AZ-SKR": "57", "AZ-TAR": "59", "AZ-TOV": "60",
    ]

    static let streets = ["Heydər Əliyev prospekti", "Azadlıq prospekti", "Nizami küçəsi", "Füzuli küçəsi", "Səməd Vurğun küçəsi",
                          "Cəfər Cabbarlı küçəsi", "Şah İsmayıl Xətai küçəsi", "Üzeyir Hacıbəyov küçəsi", "Natəvan küçəsi",
                          "Nəriman Nərimanov küçəsi", "Məmməd Əmin Rəsulzadə küçəsi", "Zərifə Əliyeva küçəsi", "Atatürk küçəsi",
                          "Hüseyn Cavid küçəsi", "Xəqani küçəsi", "Bülbül küçəsi", "Səttar Bəhlulzadə küçəsi", "Mirzə Fətəli Axundov küçəsi"]

    /// The main post office's code of the unit's district, if the public list gives it.
    static func postalCode(unit: String) -> String? { postalAreas[unit].map { "AZ\($0)00" } }

    /// "Quba rayonu, Nizami küçəsi 14, mənzil 3, AZ4000".
    static func address(unit: TerritorialUnitName, rng: inout SeededRandom) -> String? {
        guard let postal = postalCode(unit: unit.code) else { return nil }
        let street = streets.randomElement(using: &rng)!
        let house = Int.random(in: 1...180, using: &rng)
        let flat = Int.random(in: 1...96, using: &rng)
        return "\(unit.name) \(unit.isCity ? "şəhəri" : "rayonu"), \(street) \(house), mənzil \(flat), \(postal)"
    }
}

/// What the generator needs of a territorial unit.
struct TerritorialUnitName: Sendable {
    let code: String
    let name: String
    let isCity: Bool
}
