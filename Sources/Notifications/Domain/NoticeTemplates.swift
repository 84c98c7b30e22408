import Foundation
import PortalHTTP

/// A notice as a person reads it: subject, paragraphs, the link to what it is about, and — when the
/// template lacks the reader's language — a visible note that it is shown in Azerbaijani instead.
public struct RenderedNotice: Sendable, Equatable {
    public var language: Language
    public var subject: String
    public var paragraphs: [String]
    public var path: String
    /// Set when the text fell back to Azerbaijani (in the reader's language if that note exists).
    public var fallbackNote: String?
}

/// The templates: one per kind and language, as locale keys `notices.<kind>.subject` / `.body` in
/// Resources/Locales/notifications, filled from the kind's own Swift type (never a string map). A
/// template missing in the reader's language falls back to Azerbaijani with a note, never a blank.
public struct NoticeTemplates: Sendable {
    let localizer: Localizer
    /// Opens a `CredentialNotice`'s sealed secret: only the delivery worker has it. Without it (inbox,
    /// office preview) the secret reads as dots and the link as the page that asks for it.
    let openSecret: (@Sendable (String) -> String?)?

    public init(localizer: Localizer, openSecret: (@Sendable (String) -> String?)? = nil) {
        self.localizer = localizer
        self.openSecret = openSecret
    }

    /// The credential's secret in clear, or dots when it cannot (or may not) be opened here.
    func secret(_ credential: CredentialNotice) -> String? {
        openSecret?(credential.sealedSecret)
    }

    /// The path a message links to: a link's own path with its token when the secret can be opened.
    func path(_ event: NoticeEvent) -> String {
        if let credential = event.credential, !credential.pathPrefix.isEmpty, let token = secret(credential) {
            return credential.pathPrefix + token
        }
        return event.path
    }

    public func render(_ event: NoticeEvent, in language: Language) -> RenderedNotice {
        let args = arguments(event, language)
        let subjectKey = "notices.\(event.kind).subject", bodyKey = "notices.\(event.kind).body"
        let complete = localizer.has(subjectKey, in: language) && localizer.has(bodyKey, in: language)
        let used: Language = complete ? language : .az
        let paragraphs = localizer.text(bodyKey, used, args).components(separatedBy: "\n\n")
        let note = complete ? nil : localizer.text("notices.fallback_note", language)
        return RenderedNotice(language: used, subject: localizer.text(subjectKey, used, args), paragraphs: paragraphs,
                              path: path(event), fallbackNote: note)
    }

    /// The kind's typed data as the template's `{0}`, `{1}`… in order (documented in the locale files).
    func arguments(_ event: NoticeEvent, _ language: Language) -> [String] {
        func when(_ date: Date) -> String { BakuTime.display(date, language) }
        switch event {
        case .applicationReceived(let n), .informationRequested(let n), .resultReady(let n):
            return [n.number, n.service.text(language)]
        case .applicationDecided(let n):
            return [n.number, n.service.text(language),
                    localizer.text(n.approved ? "notices.decision.approved" : "notices.decision.refused", language)]
        case .paymentReceived(let n):
            return [n.reference, Money(minorUnits: n.amountMinor).formatted(language), n.purpose.text(language), when(n.paidAt)]
        case .receptionBooked(let n):
            return [n.number, n.official, when(n.startsAt), n.location]
        case .receptionCancelled(let n):
            return [n.number, n.official, when(n.startsAt), n.reason]
        case .newSignIn(let n), .passwordChanged(let n), .totpChanged(let n):
            return [when(n.at), n.ip ?? "—"]
        case .tokenCreated(let n):
            return [n.name, when(n.at)]
        case .passwordResetLink(let n), .passwordResetCode(let n), .emailVerification(let n), .phoneVerification(let n):
            return [secret(n) ?? "••••••", when(n.expiresAt)]
        case .contactChanged(let n):
            return [localizer.text("notices.contact.\(n.contact)", language), n.maskedNewValue, when(n.at), n.ip ?? "—"]
        }
    }

    /// One example of every kind, for the office's template preview and the tests.
    public static func samples(now: Date) -> [NoticeEvent] {
        let service = LocalizedText(az: "Arayışın verilməsi", en: "Issuing a certificate", ru: "Выдача справки")
        let security = SecurityNotice(at: now, ip: "203.0.113.7")
        let sampleCase = UUID(uuidString: "00000000-0000-0000-0000-00000000000A")!
        return [
            .applicationReceived(ApplicationNotice(caseID: sampleCase, number: "A-2026-000123", service: service)),
            .informationRequested(ApplicationNotice(caseID: sampleCase, number: "A-2026-000123", service: service)),
            .applicationDecided(ApplicationDecisionNotice(caseID: sampleCase, number: "A-2026-000123", service: service, approved: true)),
            .resultReady(ApplicationNotice(caseID: sampleCase, number: "A-2026-000123", service: service)),
            .paymentReceived(PaymentNotice(reference: "P-2026-000042", amountMinor: 1_250, purpose: service, paidAt: now, path: "/cabinet/payments")),
            .receptionBooked(ReceptionNotice(bookingID: UUID(uuidString: "00000000-0000-0000-0000-000000000001")!, number: "R-000001",
                                             official: "Elçin Məmmədov", startsAt: now.addingTimeInterval(86_400), minutes: 30, location: "Otaq 7")),
            .receptionCancelled(ReceptionCancelNotice(number: "R-000001", official: "Elçin Məmmədov", startsAt: now.addingTimeInterval(86_400),
                                                      reason: "Vəzifəli şəxs ezamiyyətdədir")),
            .newSignIn(security), .passwordChanged(security), .totpChanged(security),
            .tokenCreated(TokenNotice(name: "Mühasibat inteqrasiyası", at: now)),
            .passwordResetLink(CredentialNotice(sealedSecret: "", expiresAt: now.addingTimeInterval(1800), pathPrefix: "/signin/reset/")),
            .passwordResetCode(CredentialNotice(sealedSecret: "", expiresAt: now.addingTimeInterval(600), pathPrefix: "")),
            .emailVerification(CredentialNotice(sealedSecret: "", expiresAt: now.addingTimeInterval(86_400), pathPrefix: "/contact/verify/")),
            .phoneVerification(CredentialNotice(sealedSecret: "", expiresAt: now.addingTimeInterval(600), pathPrefix: "")),
            .contactChanged(ContactChangeNotice(contact: "email", maskedNewValue: "e•••@example.az", at: now, ip: "203.0.113.7")),
        ]
    }
}
