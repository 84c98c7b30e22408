@testable import Catalog
import Foundation
import PortalCore
import Testing

@Suite("Registry files")
struct RegistryFileTests {
    static let rich = ServiceDefinition(
        code: "EN-0007", agencyCode: "EN", name: LocalizedText(az: "Nikahın dövlət qeydiyyatı, \"tez\"", en: "Marriage, registration", ru: nil),
        description: LocalizedText(az: "İki sətir\nikinci sətir", en: "Two lines", ru: "Две строки"), audiences: [.citizen, .foreigner],
        category: .family, lifeEvents: [.startingFamily], stage: .onlineForm, channels: [.portal, .asanCentre], fee: .fixed(qepik: 1_000),
        deadlineDays: 15, documents: [RequiredDocument(name: LocalizedText(az: "Şəxsiyyət vəsiqələri", en: "ID cards"), heldByState: true),
                                      RequiredDocument(name: LocalizedText(az: "Tibbi arayış"), heldByState: false)],
        legalBasis: [LegalAct(title: LocalizedText(az: "Ailə Məcəlləsi", en: "Family Code"), number: "781-IQ", date: "1999-12-28")],
        result: .registration, processingUnits: "Qeydiyyat şöbəsi", territorialUnits: ["AZ-QBA", "AZ-GA"],
        contact: Contact(phone: "+994 12 000 00 00", email: "info@justice.gov.az", url: "https://justice.gov.az"),
        onlineURL: "https://e-xidmet.justice.gov.az", keywords: ["nikah", "evlilik", "брак"], status: .active, source: "https://example.az/x")

    static let plain = ServiceDefinition(code: "DVX-0001", agencyCode: "DVX", name: LocalizedText(az: "Vergi", en: "Tax"),
                                         description: LocalizedText(az: "Təsvir"), audiences: [.business], category: .taxes, stage: .information,
                                         channels: [.agencyOffice], fee: Fee(kind: .formula, formula: LocalizedText(az: "1%", en: "1%")),
                                         result: .information)

    @Test("CSV and JSON round-trip exactly")
    func roundTrip() throws {
        let csv = try RegistryFile.csv([Self.rich, Self.plain])
        guard case .success(let rows) = RegistryFile.parseCSV(csv) else { Issue.record("did not parse"); return }
        #expect(rows.map(\.definition) == [Self.rich, Self.plain])
        #expect(rows.map(\.row) == [2, 4], "row numbers are file lines (the rich row has a line break in a quoted cell)")
        #expect(try RegistryFile.csv(rows.map(\.definition)) == csv)
        let json = try RegistryFile.json([Self.rich, Self.plain])
        guard case .success(let back) = RegistryFile.parseJSON(json) else { Issue.record("json did not parse"); return }
        #expect(back.map(\.definition) == [Self.rich, Self.plain])
    }

    @Test("bad rows are all reported with row, field and reason")
    func badRows() throws {
        var lines = try RegistryFile.csv([Self.plain, Self.plain]).components(separatedBy: "\r\n")
        lines[1] = lines[1].replacingOccurrences(of: ",taxes,", with: ",spaceflight,")
        lines[2] = lines[2].replacingOccurrences(of: "agency_office", with: "pigeon")
        lines.append("too,few,columns")
        guard case .failure(let problems) = RegistryFile.parseCSV(lines.joined(separator: "\r\n")) else { Issue.record("accepted"); return }
        #expect(problems.items.contains(.init(row: 2, field: "category", key: "catalog.import.value")))
        #expect(problems.items.contains(.init(row: 3, field: "channels", key: "catalog.import.value")))
        #expect(problems.items.contains(.init(row: 5, field: "row", key: "catalog.import.column_count")))
        guard case .failure(let header) = RegistryFile.parseCSV("code,name\nx,y\n") else { Issue.record("accepted"); return }
        #expect(header.items.first?.field == "header")
        guard case .failure(let quotes) = RegistryFile.parseCSV("\"unclosed") else { Issue.record("accepted"); return }
        #expect(quotes.items.first?.key == "catalog.import.csv_syntax")
    }

    @Test("validation names each field that breaks a rule")
    func validation() {
        let rules = ServiceValidation(agencyCodes: ["EN", "DVX"], unitCodes: ["AZ-QBA", "AZ-GA"])
        #expect(rules.problems(Self.rich).isEmpty)
        var bad = Self.rich
        bad.code = "EN-7"
        bad.name.en = nil
        bad.channels = [.asanCentre]
        bad.fee = .fixed(qepik: 0)
        bad.deadlineDays = 400
        bad.territorialUnits = ["AZ-XX"]
        bad.onlineURL = "ftp://x"
        bad.processingUnits = "  "
        let fields = Set(rules.problems(bad).map(\.field))
        #expect(fields == ["code", "name_en", "channels", "fee_qepik", "deadline_days", "scope", "online_url", "processing_units"])
    }

    @Test("CSV quoting follows RFC 4180")
    func csvQuoting() throws {
        let rows = [["a", "b,c", "d\"e", "f\ng", " h"], ["", "", "", "", ""]]
        let text = CSV.render(rows)
        #expect(text.hasPrefix("a,\"b,c\",\"d\"\"e\",\"f\ng\",\" h\"\r\n"))
        #expect(try CSV.parse(text).map(\.fields) == rows)
        #expect(try CSV.parse("\u{FEFF}x,y\n1,2").map(\.fields) == [["x", "y"], ["1", "2"]])
    }
}
