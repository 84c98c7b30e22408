@testable import Catalog
import Foundation
import PortalCore
import Testing

func service(_ code: String, _ agency: String, az: String, en: String, ru: String? = nil, description: String = "Xidmət haqqında",
             keywords: [String] = [], category: ServiceCategory = .identityDocuments, stage: Stage = .fullElectronic,
             events: [LifeEvent] = [], audiences: [Audience] = [.citizen], channels: [Channel] = [.portal], units: [String]? = nil) -> ServiceDefinition {
    ServiceDefinition(code: code, agencyCode: agency, name: LocalizedText(az: az, en: en, ru: ru), description: LocalizedText(az: description, en: "About"),
                      audiences: audiences, category: category, lifeEvents: events, stage: stage, channels: channels, result: .document,
                      territorialUnits: units, keywords: keywords)
}

let fixture = CatalogIndex(services: [
    (service("DIN-0001", "DIN", az: "Şəxsiyyət vəsiqəsinin verilməsi", en: "Issuing of an identity card", ru: "Выдача удостоверения личности",
             keywords: ["pasport", "passport", "ID card", "паспорт"]), .init(code: "DIN", name: LocalizedText(az: "Daxili İşlər Nazirliyi")), nil, 1),
    (service("DIN-0002", "DIN", az: "Sürücülük vəsiqəsinin verilməsi", en: "Issuing of a driving licence", ru: "Выдача водительского удостоверения",
             category: .transport, events: [.owningVehicle]), .init(code: "DIN", name: LocalizedText(az: "Daxili İşlər Nazirliyi")), nil, 1),
    (service("EN-0001", "EN", az: "Nikahın dövlət qeydiyyatı", en: "State registration of marriage", ru: "Государственная регистрация брака",
             category: .family, stage: .onlineForm, events: [.startingFamily]), .init(code: "EN", name: LocalizedText(az: "Ədliyyə Nazirliyi")), nil, 1),
    (service("ICRA-QBA-0001", "ICRA-QBA", az: "Vətəndaş qəbuluna yazılış", en: "Booking a citizen reception", category: .localGovernment,
             stage: .information, channels: [.agencyOffice], units: ["AZ-QBA"]), .init(code: "ICRA-QBA", name: LocalizedText(az: "Quba Rayon İcra Hakimiyyəti")), nil, 1),
    (service("DVX-0001", "DVX", az: "Gəlir vergisi bəyannaməsinin təqdim edilməsi", en: "Submitting an income tax declaration",
             description: "Şəxsiyyət vəsiqəsi ilə giriş", category: .taxes, audiences: [.citizen, .business]),
     .init(code: "DVX", name: LocalizedText(az: "Dövlət Vergi Xidməti")), nil, 1),
])

/// The fixture again, knowing the territorial units' names (as the store builds it).
let fixturePlaces = CatalogIndex(services: fixture.entries.map { ($0.definition, $0.agency, $0.publishedAt, $0.version) },
                                 places: [.init(code: "AZ-QBA", name: LocalizedText(az: "Quba", en: "Guba", ru: "Губа")),
                                          .init(code: "AZ-GA", name: LocalizedText(az: "Gəncə", en: "Ganja", ru: "Гянджа"))])

@Suite("Catalog search")
struct CatalogIndexTests {
    func first(_ text: String, language: Language = .az) -> String? {
        var query = CatalogIndex.Query()
        query.text = text
        query.language = language
        return fixture.search(query).hits.first?.entry.definition.code
    }

    @Test("the ID-card service from every way people ask for it",
          arguments: ["pasport", "şəxsiyyət vəsiqəsi", "sexsiyyet vesiqesi", "ŞƏXSİYYƏT VƏSİQƏSİ", "ID card", "identity card", "удостоверение", "паспорт", "vəsiqəsinin verilməsi şəxsiyyət"])
    func idCard(query: String) {
        #expect(first(query) == "DIN-0001", "\(query)")
    }

    @Test("names outrank descriptions; services covering more of the query's words come first")
    func ranking() {
        var query = CatalogIndex.Query()
        query.text = "şəxsiyyət vəsiqəsi"
        let codes = fixture.search(query).hits.map(\.entry.definition.code)
        #expect(codes.first == "DIN-0001")
        #expect(codes.contains("DVX-0001"), "the description matches too")
        #expect(codes.firstIndex(of: "DIN-0001")! < codes.firstIndex(of: "DVX-0001")!)
        let both = fixture.search({ var q = CatalogIndex.Query(); q.text = "vəsiqəsi nikah"; return q }()).hits
        #expect(Set(both.map(\.entry.definition.code)).isSuperset(of: ["DIN-0001", "DIN-0002", "EN-0001"]), "each covers one word of two")
        #expect(both.allSatisfy { $0.covered == 1 })
        #expect(first("vəsiqəsi nikahın qeydiyyatı") == "EN-0001", "two words of three beat one")
        #expect(first("şəxsiyyət vəsiqəsinin almaq") == "DIN-0001", "a stop word does not count against a service")
        #expect(first("qubada") == "ICRA-QBA-0001" || fixturePlaces.search({ var q = CatalogIndex.Query(); q.text = "qubada"; return q }()).hits.first?.entry.definition.code == "ICRA-QBA-0001")
        #expect(first("nikah") == "EN-0001")
        #expect(first("marriage", language: .en) == "EN-0001")
        #expect(first("брака", language: .ru) == "EN-0001")
    }

    @Test("a near miss is corrected (did you mean)")
    func didYouMean() {
        var query = CatalogIndex.Query()
        query.text = "surucluk"
        let result = fixture.search(query)
        #expect(result.correctedText == "surucu" || result.correctedText == "surucuuk" || result.hits.first?.entry.definition.code == "DIN-0002")
        query.text = "nikhaın"
        #expect(fixture.search(query).hits.first?.entry.definition.code == "EN-0001")
        query.text = "qqqqzzzz"
        let none = fixture.search(query)
        #expect(none.total == 0 && none.correctedText == nil)
        #expect(CatalogIndex.editDistance(Array("nikah".unicodeScalars), Array("nikha".unicodeScalars), limit: 2) == 1)
        #expect(CatalogIndex.editDistance(Array("abc".unicodeScalars), Array("xyz".unicodeScalars), limit: 1) == 2)
    }

    @Test("filters: life event, category, agency, audience, channel, unit, online only")
    func filters() {
        func codes(_ change: (inout CatalogIndex.Query) -> Void) -> Set<String> {
            var query = CatalogIndex.Query()
            query.limit = 100
            change(&query)
            return Set(fixture.search(query).hits.map(\.entry.definition.code))
        }
        #expect(codes { $0.lifeEvent = .startingFamily } == ["EN-0001"])
        #expect(codes { $0.category = .transport } == ["DIN-0002"])
        #expect(codes { $0.agencyCode = "DIN" } == ["DIN-0001", "DIN-0002"])
        #expect(codes { $0.audience = .business } == ["DVX-0001"])
        #expect(codes { $0.channel = .agencyOffice } == ["ICRA-QBA-0001"])
        #expect(codes { $0.unit = "AZ-GA" }.contains("ICRA-QBA-0001") == false)
        #expect(codes { $0.unit = "AZ-QBA" }.contains("ICRA-QBA-0001"))
        #expect(codes { $0.onlineOnly = true } == ["DIN-0001", "DIN-0002", "EN-0001", "DVX-0001"])
    }

    @Test("sorting by name follows the Azerbaijani alphabet; paging")
    func sortingAndPaging() {
        var query = CatalogIndex.Query()
        query.sort = .name
        query.limit = 100
        let names = fixture.search(query).hits.map { $0.entry.definition.name.az }
        #expect(names == names.sortedAzerbaijani { $0 })
        #expect(names.first == "Gəlir vergisi bəyannaməsinin təqdim edilməsi")
        query.limit = 2
        query.offset = 4
        let page = fixture.search(query)
        #expect(page.total == 5 && page.hits.count == 1)
    }

    @Test("highlighting marks the matched letters even across Azerbaijani folding")
    func highlight() {
        let segments = Highlighter.segments("Şəxsiyyət vəsiqəsinin verilməsi", tokens: ["sexsiyyet", "VESIQE"].map { SearchKey($0) })
        #expect(segments.filter(\.mark).map(\.text) == ["Şəxsiyyət", "vəsiqə"])
        #expect(segments.map(\.text).joined() == "Şəxsiyyət vəsiqəsinin verilməsi")
        let ismayilli = Highlighter.segments("İsmayıllı", tokens: [SearchKey("ismayilli")])
        #expect(ismayilli == [Highlighter.Segment(text: "İsmayıllı", mark: true)])
        #expect(Highlighter.segments("Quba", tokens: []) == [Highlighter.Segment(text: "Quba", mark: false)])
    }
}
