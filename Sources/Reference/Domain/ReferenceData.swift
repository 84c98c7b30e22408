import Foundation
import PortalCore

/// The reference data files shipped in this module (Data/): territorial units with their economic
/// regions, English and Russian names, and the central agencies.
struct ReferenceData {
    struct UnitsFile: Decodable {
        struct Unit: Decodable {
            let code: String
            let name_az: String
            let type: TerritorialUnitModel.Kind
            let parent: String?
            let economic_region: String
        }
        let units: [Unit]
    }

    struct NamesFile: Decodable {
        struct Names: Decodable { let en: String; let ru: String }
        let units: [String: Names]
        let economic_regions: [String: Names]
    }

    struct AgenciesFile: Decodable {
        struct Agency: Decodable {
            let code: String
            let kind: AgencyModel.Kind
            let parent: String?
            let name_az: String
            let name_en: String
            let name_ru: String
            let website: String?
            let territorial_unit: String?
        }
        let agencies: [Agency]
    }

    let units: UnitsFile
    let names: NamesFile
    let agencies: AgenciesFile

    static func load() throws -> ReferenceData {
        ReferenceData(units: try read("az-admin-units"), names: try read("unit-names"), agencies: try read("agencies"))
    }

    static func read<T: Decodable>(_ name: String) throws -> T {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Data") else {
            throw ReferenceDataError.missingFile(name)
        }
        return try JSONDecoder().decode(T.self, from: Data(contentsOf: url))
    }

    /// ISO codes carry the unit's type: `AZ-SA` is Şəki city, `AZ-SAK` Şəki rayon.
    static func localExecutiveName(unitNameAz: String, unitNameEn: String, unitNameRu: String, kind: TerritorialUnitModel.Kind) -> LocalizedText {
        if kind == .city {
            return LocalizedText(az: "\(unitNameAz) Şəhər İcra Hakimiyyəti",
                                 en: "\(unitNameEn) City Executive Authority",
                                 ru: "Исполнительная власть города \(unitNameRu)")
        }
        return LocalizedText(az: "\(unitNameAz) Rayon İcra Hakimiyyəti",
                             en: "\(unitNameEn) District Executive Authority",
                             ru: "Исполнительная власть района \(unitNameRu)")
    }

    /// Lenient keys of every name, so a search in any language and without Azerbaijani letters finds it.
    static func searchKey(_ names: String?...) -> String {
        names.compactMap { $0 }.map(AzerbaijaniText.lenientKey).joined(separator: " | ")
    }
}

enum ReferenceDataError: Error, CustomStringConvertible {
    case missingFile(String)
    case unknownName(String)

    var description: String {
        switch self {
        case .missingFile(let name): return "reference data file \(name).json is missing from the bundle"
        case .unknownName(let code): return "no English/Russian name for \(code) in unit-names.json"
        }
    }
}
