import Foundation
import PortalCore

/// Reads Data/demo-services.json (the 68 real e-service names with their sources, and plausible
/// demo services around them) into definitions with codes numbered per agency in file order.
enum DemoRegistry {
    struct File: Decodable {
        let services: [Item]
    }

    struct Item: Decodable {
        struct Fee: Decodable { let kind: String; let qepik: Int64?; let az: String?; let en: String?; let ru: String? }
        struct Document: Decodable { let az: String; let en: String?; let ru: String?; let held_by_state: Bool }
        struct Act: Decodable { let title_az: String; let title_en: String?; let number: String?; let date: String? }
        struct Keywords: Decodable { let az: [String]?; let en: [String]?; let ru: [String]? }
        enum Scope: Decodable {
            case national, units([String])
            init(from decoder: any Decoder) throws {
                let container = try decoder.singleValueContainer()
                if let units = try? container.decode([String].self) { self = .units(units) } else { self = .national }
            }
        }

        let agency: String
        let name_az: String
        let name_en: String
        let name_ru: String?
        let description_az: String
        let description_en: String?
        let description_ru: String?
        let category: ServiceCategory
        let life_events: [LifeEvent]
        let audience: [Audience]
        let stage: Stage
        let channels: [Channel]
        let fee: Fee
        let deadline_days: Int?
        let documents: [Document]
        let legal_basis: [Act]
        let result: ResultType
        let keywords: Keywords?
        let scope: Scope?
        let online_url: String?
        let form_url: String?
        let source: String?
    }

    static func definitions() throws -> [ServiceDefinition] {
        guard let url = Bundle.module.url(forResource: "demo-services", withExtension: "json", subdirectory: "Data") else {
            throw DemoRegistryError.missing
        }
        let file = try JSONDecoder().decode(File.self, from: Data(contentsOf: url))
        var numbers: [String: Int] = [:]
        return file.services.map { item in
            numbers[item.agency, default: 0] += 1
            let fee: Catalog.Fee = switch item.fee.kind {
            case "fixed": .fixed(qepik: item.fee.qepik ?? 0)
            case "formula": .init(kind: .formula, formula: LocalizedText(az: item.fee.az ?? "", en: item.fee.en, ru: item.fee.ru))
            default: .free
            }
            let units: [String]? = if case .units(let codes) = item.scope { codes } else { nil }
            let keywords = (item.keywords?.az ?? []) + (item.keywords?.en ?? []) + (item.keywords?.ru ?? [])
            return ServiceDefinition(
                code: item.agency + "-" + String(format: "%04d", numbers[item.agency]!), agencyCode: item.agency,
                name: LocalizedText(az: AzerbaijaniText.normalize(item.name_az), en: item.name_en, ru: item.name_ru),
                description: LocalizedText(az: item.description_az, en: item.description_en, ru: item.description_ru),
                audiences: item.audience, category: item.category, lifeEvents: item.life_events, stage: item.stage,
                channels: item.channels, fee: fee, deadlineDays: item.deadline_days,
                documents: item.documents.map { RequiredDocument(name: LocalizedText(az: $0.az, en: $0.en, ru: $0.ru), heldByState: $0.held_by_state) },
                legalBasis: item.legal_basis.map { LegalAct(title: LocalizedText(az: $0.title_az, en: $0.title_en), number: $0.number, date: $0.date) },
                result: item.result, territorialUnits: units, onlineURL: item.online_url, formURL: item.form_url,
                keywords: keywords.filter { !$0.contains("|") && !$0.isEmpty }, source: item.source)
        }
    }
}

enum DemoRegistryError: Error { case missing }
