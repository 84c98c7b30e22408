import Foundation
import PortalCore

/// What a notice is about, for a person's preferences: channels are chosen per category, and
/// `security` cannot be turned off.
public enum NoticeCategory: String, Sendable, Codable, CaseIterable {
    case cases, payments, reception, documents, participation, security
}

/// Every kind of notice the portal sends, each with its own typed data (the template's placeholders):
/// a module says *what happened*, the Notifications module decides how it reads in each language.
/// Stored as JSON in the outbox, so a case's data must stay decodable once written (add, never rename).
public enum NoticeEvent: Sendable, Codable, Hashable {
    case applicationReceived(ApplicationNotice)
    case informationRequested(ApplicationNotice)
    case applicationDecided(ApplicationDecisionNotice)
    case resultReady(ApplicationNotice)
    case paymentReceived(PaymentNotice)
    case receptionBooked(ReceptionNotice)
    case receptionCancelled(ReceptionCancelNotice)
    case newSignIn(SecurityNotice)
    case passwordChanged(SecurityNotice)
    case totpChanged(SecurityNotice)
    case tokenCreated(TokenNotice)
    /// A single-use link to set a new password (e-mail only, to the verified address).
    case passwordResetLink(CredentialNotice)
    /// A 6-digit code to set a new password (SMS only, to the verified phone).
    case passwordResetCode(CredentialNotice)
    /// A single-use link that proves the person reads this e-mail address.
    case emailVerification(CredentialNotice)
    /// A 6-digit code that proves the person holds this phone.
    case phoneVerification(CredentialNotice)
    /// Sent to the address or phone the account had before a change.
    case contactChanged(ContactChangeNotice)

    /// Stable name of the kind (`reception.booked`): the template's key and the outbox's `kind` column.
    public var kind: String {
        switch self {
        case .applicationReceived: return "application.received"
        case .informationRequested: return "application.information_requested"
        case .applicationDecided: return "application.decided"
        case .resultReady: return "application.result_ready"
        case .paymentReceived: return "payment.received"
        case .receptionBooked: return "reception.booked"
        case .receptionCancelled: return "reception.cancelled"
        case .newSignIn: return "security.sign_in"
        case .passwordChanged: return "security.password_changed"
        case .totpChanged: return "security.totp_changed"
        case .tokenCreated: return "security.token_created"
        case .passwordResetLink: return "security.password_reset_link"
        case .passwordResetCode: return "security.password_reset_code"
        case .emailVerification: return "security.email_verification"
        case .phoneVerification: return "security.phone_verification"
        case .contactChanged: return "security.contact_changed"
        }
    }

    public var category: NoticeCategory {
        switch self {
        case .applicationReceived, .informationRequested, .applicationDecided: return .cases
        case .resultReady: return .documents
        case .paymentReceived: return .payments
        case .receptionBooked, .receptionCancelled: return .reception
        case .newSignIn, .passwordChanged, .totpChanged, .tokenCreated, .passwordResetLink, .passwordResetCode,
             .emailVerification, .phoneVerification, .contactChanged: return .security
        }
    }

    /// The page of the thing the notice is about, linked from the inbox and the e-mail.
    public var path: String {
        switch self {
        case .applicationReceived(let n), .informationRequested(let n), .resultReady(let n): return "/applications/\(n.caseID.uuidString)"
        case .applicationDecided(let n): return "/applications/\(n.caseID.uuidString)"
        case .paymentReceived(let n): return n.path
        case .receptionBooked(let n): return "/cabinet/receptions/\(n.number)"
        case .receptionCancelled(let n): return "/cabinet/receptions/\(n.number)"
        case .newSignIn, .passwordChanged, .totpChanged: return "/cabinet/security"
        case .tokenCreated: return "/cabinet/tokens"
        // The secret's own path is made when the message is rendered (`CredentialNotice.path(secret:)`).
        case .passwordResetLink, .passwordResetCode: return "/signin/forgot"
        case .emailVerification, .phoneVerification, .contactChanged: return "/cabinet/contact"
        }
    }

    /// Kinds that go to one named address only (`OutgoingNotice.only`), never to the inbox or to the
    /// contacts on file: a link or code proves that one address; a change notice is for the old one.
    public var isAddressed: Bool {
        credential != nil || kind == "security.contact_changed"
    }

    /// The credential a message carries (sealed), for the kinds that carry one.
    public var credential: CredentialNotice? {
        switch self {
        case .passwordResetLink(let n), .passwordResetCode(let n), .emailVerification(let n), .phoneVerification(let n): return n
        default: return nil
        }
    }
}

/// An application of the person's (received, information asked for, result ready).
public struct ApplicationNotice: Sendable, Codable, Hashable {
    public var caseID: UUID
    public var number: String
    public var service: LocalizedText
    public init(caseID: UUID, number: String, service: LocalizedText) {
        self.caseID = caseID
        self.number = number
        self.service = service
    }
}

public struct ApplicationDecisionNotice: Sendable, Codable, Hashable {
    public var caseID: UUID
    public var number: String
    public var service: LocalizedText
    public var approved: Bool
    public init(caseID: UUID, number: String, service: LocalizedText, approved: Bool) {
        self.caseID = caseID
        self.number = number
        self.service = service
        self.approved = approved
    }
}

/// A payment the provider confirmed: the receipt.
public struct PaymentNotice: Sendable, Codable, Hashable {
    public var reference: String
    public var amountMinor: Int64
    public var purpose: LocalizedText
    public var paidAt: Date
    public var path: String
    public init(reference: String, amountMinor: Int64, purpose: LocalizedText, paidAt: Date, path: String) {
        self.reference = reference
        self.amountMinor = amountMinor
        self.purpose = purpose
        self.paidAt = paidAt
        self.path = path
    }
}

/// A reception booked: the e-mail carries it as an .ics file.
public struct ReceptionNotice: Sendable, Codable, Hashable {
    public var bookingID: UUID
    public var number: String
    public var official: String
    public var startsAt: Date
    public var minutes: Int
    public var location: String
    public init(bookingID: UUID, number: String, official: String, startsAt: Date, minutes: Int, location: String) {
        self.bookingID = bookingID
        self.number = number
        self.official = official
        self.startsAt = startsAt
        self.minutes = minutes
        self.location = location
    }
}

public struct ReceptionCancelNotice: Sendable, Codable, Hashable {
    public var number: String
    public var official: String
    public var startsAt: Date
    public var reason: String
    public init(number: String, official: String, startsAt: Date, reason: String) {
        self.number = number
        self.official = official
        self.startsAt = startsAt
        self.reason = reason
    }
}

/// Something changed on the account (sign-in, password, second factor) at a time, from an address.
public struct SecurityNotice: Sendable, Codable, Hashable {
    public var at: Date
    public var ip: String?
    public init(at: Date, ip: String?) {
        self.at = at
        self.ip = ip
    }
}

public struct TokenNotice: Sendable, Codable, Hashable {
    public var name: String
    public var at: Date
    public init(name: String, at: Date) {
        self.name = name
        self.at = at
    }
}

/// A one-time secret (a link's token or a 6-digit code) on its way to the person. The outbox keeps it
/// only sealed (`SealedSecret`, AES-GCM under the portal's encryption key): the database alone never
/// yields a usable link or code, and the account's own record holds only its SHA-256 digest.
public struct CredentialNotice: Sendable, Codable, Hashable {
    public var sealedSecret: String
    /// When the link or code stops working.
    public var expiresAt: Date
    /// The link's path before the token (`/signin/reset/`, `/cabinet/contact/verify/`); empty for a code.
    public var pathPrefix: String
    public init(sealedSecret: String, expiresAt: Date, pathPrefix: String) {
        self.sealedSecret = sealedSecret
        self.expiresAt = expiresAt
        self.pathPrefix = pathPrefix
    }
}

/// Which contact changed (`email` or `phone`), to what (masked), when and from where.
public struct ContactChangeNotice: Sendable, Codable, Hashable {
    public var contact: String
    public var maskedNewValue: String
    public var at: Date
    public var ip: String?
    public init(contact: String, maskedNewValue: String, at: Date, ip: String?) {
        self.contact = contact
        self.maskedNewValue = maskedNewValue
        self.at = at
        self.ip = ip
    }
}
