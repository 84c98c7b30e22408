import FluentKit
import Foundation
@testable import Information
import PortalHTTP
import PortalTesting
import SQLKit
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Newsrooms of real agencies for the information tests: the Quba executive authority (`ICRA-QBA`, in
/// `AZ-QBA`) and, as the stranger, Gəncə's (`ICRA-GA`).
enum InformationFixtures {
    static func newsroom(_ portal: PortalHarness, agency code: String = "ICRA-QBA", role: OfficialRole, user: UUID = UUID()) async throws -> Newsroom {
        let agency = try #require(try await portal.app.portal.directory.agency(code: code))
        let principal = Principal(userID: user, fin: FIN(uncheckedValue: "1ABC2DE"), firstName: "Test", lastName: role.rawValue,
                                  roles: [RoleAssignment(role: role, agencyID: agency.id, territorialUnitCode: agency.territorialUnitCode)],
                                  channel: .session(hash: "test"), secondFactorVerified: true, totpEnabled: true)
        return Newsroom(app: portal.app, principal: principal, ip: "127.0.0.1")
    }

    static func draft(_ title: String = "Quba bazarı yenidən açılır", en: String? = "Quba market reopens", ru: String? = nil,
                      body: String = "Bazar **bazar ertəsi** açılır.") -> ItemDraft {
        ItemDraft(title: LocalizedText(az: title, en: en, ru: ru), body: LocalizedText(az: body, en: en.map { _ in "The market opens on *Monday*." }, ru: ru.map { _ in "Рынок откроется в понедельник." }))
    }

    /// Drafted by `editor`, submitted, and published by `publisher` (at `at`, or now): the item's id.
    static func published(_ editor: Newsroom, _ publisher: Newsroom, kind: ItemKind = .news, draft: ItemDraft = draft(), at: Date? = nil,
                          agency: String = "ICRA-QBA") async throws -> UUID {
        let created = try await SaveDraft(newsroom: editor).create(agencyCode: agency, kind: kind, draft: draft)
        guard case .saved(let id, _) = created else { Issue.record("not created: \(created)"); throw Abort(.internalServerError) }
        #expect(try await SubmitItem(newsroom: editor).run(id: id) == .saved(id: id, version: 1))
        #expect(try await PublishItem(newsroom: publisher).run(id: id, publishAt: at) == .saved(id: id, version: 1))
        return id
    }

    static func auditActions(_ portal: PortalHarness, _ id: UUID) async throws -> [String] {
        try await (portal.app.db as! any SQLDatabase).raw("SELECT action FROM audit_events WHERE object_id = \(bind: id.uuidString) ORDER BY seq")
            .all().map { try $0.decode(column: "action", as: String.self) }
    }

    /// The elements named `name` in an XML document, each as its text (the document must parse).
    static func xmlTexts(_ xml: String, _ name: String) throws -> [String] {
        final class Collector: NSObject, XMLParserDelegate {
            let name: String
            var texts: [String] = []
            var current: String?
            init(_ name: String) { self.name = name }
            func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
                if element == name { current = "" }
            }
            func parser(_ parser: XMLParser, foundCharacters string: String) { current? += string }
            func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
                if element == name, let text = current { texts.append(text); current = nil }
            }
        }
        let parser = XMLParser(data: Data(xml.utf8))
        let collector = Collector(name)
        parser.delegate = collector
        #expect(parser.parse(), "XML does not parse: \(String(describing: parser.parserError))")
        return collector.texts
    }
}
