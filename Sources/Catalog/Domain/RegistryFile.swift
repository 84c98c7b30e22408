import Foundation
import PortalCore

/// The whole registry as CSV or JSON, for export and import. A file exported and imported back
/// yields exactly the same definitions. CSV goes through PortalCore's `CSV`: cells that a spreadsheet
/// would run as a formula are written with a leading `'`, and the import takes exactly that quote off
/// again (`restoringFormulas`), so values such as `-` or `=x` survive the round trip.
public enum RegistryFile {
    public static let columns = [
        "code", "agency", "status", "name_az", "name_en", "name_ru", "description_az", "description_en", "description_ru",
        "audience", "category", "life_events", "stage", "channels", "fee_kind", "fee_qepik", "fee_formula_az", "fee_formula_en",
        "fee_formula_ru", "deadline_days", "documents", "legal_basis", "result", "processing_units", "scope", "contact_phone",
        "contact_email", "contact_url", "online_url", "form_url", "keywords", "source",
    ]

    // MARK: JSON

    public struct JSONDocument: Codable, Sendable {
        public var format: String
        public var version: Int
        public var services: [ServiceDefinition]
    }

    public static func json(_ services: [ServiceDefinition]) throws -> Data {
        try CanonicalJSON.encode(JSONDocument(format: "onewindow-registry", version: 1, services: services), pretty: true)
    }

    // MARK: CSV

    static let listEncoder = CanonicalJSON.encoder()

    public static func csv(_ services: [ServiceDefinition]) throws -> String {
        var rows = [columns]
        for d in services {
            rows.append([
                d.code, d.agencyCode, d.status.rawValue, d.name.az, d.name.en ?? "", d.name.ru ?? "",
                d.description.az, d.description.en ?? "", d.description.ru ?? "",
                d.audiences.map(\.rawValue).joined(separator: "|"), d.category.rawValue, d.lifeEvents.map(\.rawValue).joined(separator: "|"),
                d.stage.rawValue, d.channels.map(\.rawValue).joined(separator: "|"), d.fee.kind.rawValue,
                d.fee.amount.map(String.init) ?? "", d.fee.formula?.az ?? "", d.fee.formula?.en ?? "", d.fee.formula?.ru ?? "",
                d.deadlineDays.map(String.init) ?? "",
                d.documents.isEmpty ? "" : String(decoding: try listEncoder.encode(d.documents), as: UTF8.self),
                d.legalBasis.isEmpty ? "" : String(decoding: try listEncoder.encode(d.legalBasis), as: UTF8.self),
                d.result.rawValue, d.processingUnits ?? "", d.territorialUnits?.joined(separator: "|") ?? "national",
                d.contact.phone ?? "", d.contact.email ?? "", d.contact.url ?? "", d.onlineURL ?? "", d.formURL ?? "",
                d.keywords.joined(separator: "|"), d.source ?? "",
            ])
        }
        return CSV.render(rows)
    }

    /// Everything wrong with a file (its rows are not imported).
    public struct Problems: Error, Sendable {
        public var items: [RowProblem]
        /// Rows that were readable despite the others' problems (so they can be checked too).
        public var readable: [(row: Int, definition: ServiceDefinition)] = []
    }

    /// A row that could not be read, with the field and the reason (a locale key).
    public struct RowProblem: Sendable, Equatable, Codable {
        public var row: Int
        public var field: String
        public var key: String
    }

    /// The rows that could be read, and the problems of those that could not.
    public struct Parsed: Sendable {
        public var rows: [(row: Int, definition: ServiceDefinition)]
        public var problems: [RowProblem]
    }

    /// Reads a CSV export: all good rows and every problem of every bad row.
    public static func readCSV(_ text: String) -> Parsed {
        switch parseCSV(text) {
        case .success(let rows): return Parsed(rows: rows, problems: [])
        case .failure(let problems): return Parsed(rows: problems.readable, problems: problems.items)
        }
    }

    /// Reads a CSV export. Every problem of every row is reported; nothing is returned unless all rows are good.
    public static func parseCSV(_ text: String) -> Result<[(row: Int, definition: ServiceDefinition)], Problems> {
        let records: [CSV.Record]
        do { records = try CSV.parse(text, restoringFormulas: true) } catch let error as CSV.ParseError {
            return .failure(Problems(items: [RowProblem(row: error.line, field: "file", key: "catalog.import.csv_syntax")]))
        } catch { return .failure(Problems(items: [RowProblem(row: 1, field: "file", key: "catalog.import.csv_syntax")])) }
        guard let header = records.first else { return .failure(Problems(items: [RowProblem(row: 1, field: "file", key: "catalog.import.empty")])) }
        guard header.fields == columns else { return .failure(Problems(items: [RowProblem(row: header.line, field: "header", key: "catalog.import.header")])) }
        var problems: [RowProblem] = []
        var definitions: [(Int, ServiceDefinition)] = []
        for record in records.dropFirst() {
            let row = record.line
            guard record.fields.count == columns.count else {
                problems.append(RowProblem(row: row, field: "row", key: "catalog.import.column_count"))
                continue
            }
            var cell: [String: String] = [:]
            for (name, value) in zip(columns, record.fields) { cell[name] = value }
            func optional(_ name: String) -> String? { cell[name]!.isEmpty ? nil : cell[name]! }
            func list<T: RawRepresentable>(_ name: String, _ type: T.Type) -> [T]? where T.RawValue == String {
                let raw = cell[name]!.isEmpty ? [] : cell[name]!.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
                let values = raw.compactMap(T.init(rawValue:))
                if values.count != raw.count { problems.append(RowProblem(row: row, field: name, key: "catalog.import.value")); return nil }
                return values
            }
            func one<T: RawRepresentable>(_ name: String, _ type: T.Type) -> T? where T.RawValue == String {
                guard let value = T(rawValue: cell[name]!) else { problems.append(RowProblem(row: row, field: name, key: "catalog.import.value")); return nil }
                return value
            }
            func decode<T: Decodable>(_ name: String, _ type: T.Type) -> T? {
                guard let raw = optional(name) else { return nil }
                guard let value = try? CanonicalJSON.decode(T.self, from: raw) else {
                    problems.append(RowProblem(row: row, field: name, key: "catalog.import.json_cell"))
                    return nil
                }
                return value
            }
            func number<T: LosslessStringConvertible>(_ name: String, _ type: T.Type) -> T? {
                guard let raw = optional(name) else { return nil }
                guard let value = T(raw) else { problems.append(RowProblem(row: row, field: name, key: "catalog.import.number")); return nil }
                return value
            }
            let before = problems.count
            let audiences = list("audience", Audience.self), lifeEvents = list("life_events", LifeEvent.self)
            let channels = list("channels", Channel.self), category = one("category", ServiceCategory.self)
            let stage = one("stage", Stage.self), result = one("result", ResultType.self), status = one("status", ServiceStatus.self)
            let feeKind = one("fee_kind", Fee.Kind.self), amount = number("fee_qepik", Int64.self), days = number("deadline_days", Int.self)
            let documents = decode("documents", [RequiredDocument].self) ?? [], acts = decode("legal_basis", [LegalAct].self) ?? []
            guard problems.count == before, let audiences, let lifeEvents, let channels, let category, let stage, let result,
                  let status, let feeKind else { continue }
            let formula = optional("fee_formula_az").map { LocalizedText(az: $0, en: optional("fee_formula_en"), ru: optional("fee_formula_ru")) }
            let scope = cell["scope"]!
            definitions.append((row, ServiceDefinition(
                code: cell["code"]!, agencyCode: cell["agency"]!,
                name: LocalizedText(az: cell["name_az"]!, en: optional("name_en"), ru: optional("name_ru")),
                description: LocalizedText(az: cell["description_az"]!, en: optional("description_en"), ru: optional("description_ru")),
                audiences: audiences, category: category, lifeEvents: lifeEvents, stage: stage, channels: channels,
                fee: Fee(kind: feeKind, amount: amount, formula: formula), deadlineDays: days, documents: documents, legalBasis: acts,
                result: result, processingUnits: optional("processing_units"),
                territorialUnits: scope == "national" ? nil : scope.split(separator: "|", omittingEmptySubsequences: false).map(String.init),
                contact: Contact(phone: optional("contact_phone"), email: optional("contact_email"), url: optional("contact_url")),
                onlineURL: optional("online_url"), formURL: optional("form_url"),
                keywords: cell["keywords"]!.isEmpty ? [] : cell["keywords"]!.split(separator: "|", omittingEmptySubsequences: false).map(String.init),
                status: status, source: optional("source"))))
        }
        return problems.isEmpty ? .success(definitions) : .failure(Problems(items: problems, readable: definitions))
    }

    public static func parseJSON(_ data: Data) -> Result<[(row: Int, definition: ServiceDefinition)], Problems> {
        guard let document = try? CanonicalJSON.decode(JSONDocument.self, from: data), document.format == "onewindow-registry" else {
            return .failure(Problems(items: [RowProblem(row: 0, field: "file", key: "catalog.import.json_syntax")]))
        }
        return .success(document.services.enumerated().map { (row: $0.offset + 1, definition: $0.element) })
    }
}
