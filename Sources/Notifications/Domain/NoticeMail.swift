import Foundation
import PortalHTTP

/// Builds the e-mail of a delivery: subject, a text part and an HTML part (a typed view), the
/// Message-ID fixed when it was queued, List-Unsubscribe for everything but security notices, and the
/// reception's .ics file when a reception was booked.
struct NoticeMail {
    let localizer: Localizer
    let settings: NotificationsSettings
    let publicBaseURL: String
    /// Opens the sealed secret of a reset or verification message (`SealedSecret` with the portal's key).
    let openSecret: (@Sendable (String) -> String?)?

    var templates: NoticeTemplates { NoticeTemplates(localizer: localizer, openSecret: openSecret) }

    func make(_ delivery: ClaimedDelivery, now: Date) -> OutgoingMail {
        let notice = templates.render(delivery.event, in: delivery.language)
        let link = publicBaseURL + notice.path
        let settingsLink = delivery.event.category == .security ? nil : publicBaseURL + "/cabinet/notifications/settings"
        let lang = delivery.language
        var text: [String] = []
        if let note = notice.fallbackNote { text.append(note) }
        text += notice.paragraphs
        text.append(localizer.text("notices.mail.open", lang) + ": " + link)
        if let settingsLink { text.append(localizer.text("notices.mail.settings", lang) + ": " + settingsLink) }
        let html = ViewRenderer.fragment(NoticeMailView(notice: notice, link: link, settingsLink: settingsLink),
                                         strings: ViewStrings(localizer, lang)).html
        return OutgoingMail(from: settings.mailFrom, to: delivery.record.address ?? "", subject: notice.subject,
                            text: text.joined(separator: "\r\n\r\n") + "\r\n", html: html, messageID: delivery.record.reference,
                            listUnsubscribe: settingsLink, attachments: attachments(delivery, now: now, notice: notice))
    }

    func attachments(_ delivery: ClaimedDelivery, now: Date, notice: RenderedNotice) -> [MailAttachment] {
        guard case .receptionBooked(let booking) = delivery.event else { return [] }
        let host = URLComponents(string: publicBaseURL)?.host ?? "onewindow"
        // The same UID as the cabinet's "Add to calendar" file, so importing both updates one event.
        let event = ICalendar.Event(
            uid: "reception-\(booking.bookingID.uuidString.lowercased())@\(host)", stamp: delivery.record.createdAt, start: booking.startsAt,
            end: booking.startsAt.addingTimeInterval(TimeInterval(booking.minutes * 60)), summary: notice.subject,
            location: booking.location, description: notice.paragraphs.joined(separator: "\n"), url: publicBaseURL + notice.path,
            status: .confirmed)
        let file = ICalendar(productID: "-//OneWindow//Reception//EN", events: [event])
        return [MailAttachment(filename: "reception-\(booking.number).ics", contentType: "text/calendar; charset=utf-8; method=PUBLISH",
                               data: Array(file.text.utf8))]
    }

    /// The text message: the subject and the link (SMS are short; the inbox has the whole text).
    /// A code's message is its first paragraph (which holds the code), with no link to follow.
    func sms(_ delivery: ClaimedDelivery) -> OutgoingSMS {
        let notice = templates.render(delivery.event, in: delivery.language)
        let text: String
        if let credential = delivery.event.credential, credential.pathPrefix.isEmpty {
            text = notice.paragraphs.first ?? notice.subject
        } else {
            text = notice.subject + " " + publicBaseURL + notice.path
        }
        return OutgoingSMS(to: delivery.record.address ?? "", text: text, reference: delivery.record.reference)
    }
}

/// The HTML part of a notice e-mail: plain, readable without images, in the reader's language.
struct NoticeMailView: HTMLView {
    let notice: RenderedNotice
    let link: String
    let settingsLink: String?

    var body: some HTMLContent {
        DocumentType()
        html(.lang(notice.language.rawValue)) {
            head {
                meta(.charset("utf-8"))
                title { notice.subject }
            }
            body {
                if let note = notice.fallbackNote { p(.class("note")) { note } }
                h1 { notice.subject }
                for paragraph in notice.paragraphs { p { paragraph } }
                p { a(.href(link)) { t("notices.mail.open") } }
                if let settingsLink { p { a(.href(settingsLink)) { t("notices.mail.settings") } } }
            }
        }
    }
}
