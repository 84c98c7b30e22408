import Foundation

/// A file sent with an e-mail (e.g. a reception's .ics).
public struct MailAttachment: Sendable, Equatable {
    public var filename: String
    public var contentType: String
    public var data: [UInt8]

    public init(filename: String, contentType: String, data: [UInt8]) {
        self.filename = filename
        self.contentType = contentType
        self.data = data
    }
}

/// One e-mail ready to go out. `messageID` (`<id@domain>`) is chosen once when the message is queued,
/// so every retry of the same message carries the same Message-ID and receivers can drop repeats.
public struct OutgoingMail: Sendable, Equatable {
    public var from: String
    public var to: String
    public var subject: String
    public var text: String
    public var html: String?
    public var messageID: String
    /// A `List-Unsubscribe` target (https URL) for messages a person may turn off; nil for security notices.
    public var listUnsubscribe: String?
    public var attachments: [MailAttachment]

    public init(from: String, to: String, subject: String, text: String, html: String? = nil,
                messageID: String, listUnsubscribe: String? = nil, attachments: [MailAttachment] = []) {
        self.from = from
        self.to = to
        self.subject = subject
        self.text = text
        self.html = html
        self.messageID = messageID
        self.listUnsubscribe = listUnsubscribe
        self.attachments = attachments
    }
}

/// One text message for a phone in E.164 form. `reference` is the portal's own id for it, stable across
/// retries, so the gateway and its delivery receipts can be matched back.
public struct OutgoingSMS: Sendable, Equatable {
    public var to: String
    public var text: String
    public var reference: String

    public init(to: String, text: String, reference: String) {
        self.to = to
        self.text = text
        self.reference = reference
    }
}

/// Why a message did not go out: `temporary` is worth a retry later (network, 4xx SMTP reply, 5xx HTTP),
/// `permanent` is not (5xx SMTP reply, an address the gateway refuses) and counts as bounced.
public enum MessageSendError: Error, Sendable, Equatable {
    case temporary(String)
    case permanent(String)
}

/// Delivers e-mail (an SMTP client, or the development mailbox). Throws `MessageSendError`.
public protocol MailTransport: Sendable {
    func send(_ mail: OutgoingMail) async throws
}

/// Hands a text message to an SMS gateway; returns the gateway's id for it. Throws `MessageSendError`.
public protocol SMSTransport: Sendable {
    func send(_ sms: OutgoingSMS) async throws -> String
}
