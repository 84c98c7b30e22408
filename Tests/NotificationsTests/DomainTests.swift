import Foundation
@testable import Notifications
import PortalHTTP
import Testing

@Suite("Notification rules")
struct NotificationDomainTests {
    @Test("SMS quiet hours: 22:00–08:00 Baku wait for 08:00")
    func quietHours() {
        let calendar = BakuTime.calendar()
        func at(_ day: Int, _ hour: Int, _ minute: Int = 0) -> Date {
            calendar.date(from: DateComponents(year: 2026, month: 11, day: day, hour: hour, minute: minute))!
        }
        #expect(QuietHours.nextAllowed(after: at(18, 12), calendar: calendar) == at(18, 12))
        #expect(QuietHours.nextAllowed(after: at(18, 21, 59), calendar: calendar) == at(18, 21, 59))
        #expect(QuietHours.nextAllowed(after: at(18, 22), calendar: calendar) == at(19, 8))
        #expect(QuietHours.nextAllowed(after: at(19, 3, 30), calendar: calendar) == at(19, 8))
        #expect(QuietHours.nextAllowed(after: at(19, 8), calendar: calendar) == at(19, 8))
    }

    @Test("channels: the inbox always, security always by e-mail, SMS only with a phone")
    func channels() {
        let none = NoticePreferences(email: [], sms: [.cases])
        #expect(none.channels(for: .reception, hasEmail: true, hasPhone: true) == [.inbox])
        #expect(none.channels(for: .security, hasEmail: true, hasPhone: true) == [.inbox, .email])
        #expect(none.channels(for: .cases, hasEmail: true, hasPhone: true) == [.inbox, .sms])
        #expect(none.channels(for: .cases, hasEmail: true, hasPhone: false) == [.inbox])
        #expect(NoticePreferences.decode(NoticePreferences.encode([.payments, .security])) == [.payments, .security])
    }

    static let localizer: Localizer = {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Resources/Locales").path
        return try! Localizer.load(directory: directory)
    }()

    @Test("every kind has a complete template in az, en and ru, with its data in it")
    func everyTemplate() {
        let templates = NoticeTemplates(localizer: Self.localizer)
        for event in NoticeTemplates.samples(now: Date(timeIntervalSince1970: 1_795_000_000)) {
            for language in Language.allCases {
                let notice = templates.render(event, in: language)
                #expect(notice.fallbackNote == nil, "\(event.kind) \(language)")
                #expect(notice.language == language)
                #expect(!notice.subject.hasPrefix("notices."), "\(event.kind) \(language)")
                #expect(!notice.paragraphs.joined().contains("{"), "\(event.kind) \(language): a placeholder left")
            }
        }
    }

    @Test("a template missing in the reader's language falls back to Azerbaijani, visibly")
    func fallback() {
        var tables = Self.localizer.tables
        tables[.ru]?["notices.security.token_created.body"] = nil
        let notice = NoticeTemplates(localizer: Localizer(tables: tables))
            .render(.tokenCreated(TokenNotice(name: "CI", at: Date())), in: .ru)
        #expect(notice.language == .az)
        #expect(notice.subject == "Yeni giriş tokeni yaradıldı")
        #expect(notice.fallbackNote == "Это уведомление пока недоступно на вашем языке, поэтому оно показано на азербайджанском.")
    }
}
