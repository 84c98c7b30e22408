import Foundation
import PortalCore

/// What an invoice is for, in the owning module's terms: `("application", "OW-2026-000123")`, `("fine", <uuid>)`.
public struct InvoiceSubject: Sendable, Codable, Hashable {
    /// The owning module's kind of object; settlement handlers are registered by it.
    public var type: String
    public var id: String

    public init(type: String, id: String) {
        self.type = type
        self.id = id
    }
}

/// Who pays: a person (FIN), optionally on behalf of a company (VÖEN). A company invoice may be seen and
/// paid by the person and by the company's representatives.
public struct InvoicePayer: Sendable, Codable, Hashable {
    public var fin: String
    public var voen: String?

    public init(fin: String, voen: String? = nil) {
        self.fin = fin
        self.voen = voen
    }
}

/// An invoice's description: literal texts in az/en/ru, or a locale key with arguments.
public enum InvoiceDescription: Sendable, Codable, Hashable {
    case text(LocalizedText)
    case key(String, arguments: [String])

    public func render(_ language: Language, localizer: (String, Language, [String]) -> String) -> String {
        switch self {
        case .text(let text): return text.text(language)
        case .key(let key, let arguments): return localizer(key, language, arguments)
        }
    }
}

/// What another module hands to `Invoices.create`.
public struct InvoiceDraft: Sendable, Hashable {
    public var payer: InvoicePayer
    /// Amount in qəpik (AZN minor units), greater than zero.
    public var amount: Int64
    public var purpose: InvoicePurpose
    public var subject: InvoiceSubject
    public var description: InvoiceDescription
    /// Code of the agency the money is for (`reference_agencies.code`, e.g. `DIN`).
    public var agencyCode: String
    /// Local path the citizen is sent back to after paying (`/cabinet/applications/OW-2026-000123`).
    public var returnPath: String
    /// ISO code of the territorial unit the invoice belongs to, for region-scoped officials: the case's
    /// region for a state fee, the payer's registered district for a fine. Nil: only agency-wide
    /// officials see it.
    public var unitCode: String?

    public init(payer: InvoicePayer, amount: Int64, purpose: InvoicePurpose, subject: InvoiceSubject,
                description: InvoiceDescription, agencyCode: String, returnPath: String, unitCode: String? = nil) {
        self.payer = payer
        self.amount = amount
        self.purpose = purpose
        self.subject = subject
        self.description = description
        self.agencyCode = agencyCode
        self.returnPath = returnPath
        self.unitCode = unitCode
    }
}

/// An invoice as other modules see it.
public struct InvoiceInfo: Sendable, Codable, Hashable {
    public var id: UUID
    /// Human-readable number, `INV-2026-000045`.
    public var number: String
    public var status: InvoiceStatus
    public var amount: Money
    public var purpose: InvoicePurpose
    public var payer: InvoicePayer
    public var subject: InvoiceSubject
    public var description: InvoiceDescription
    public var agencyID: UUID
    public var agencyCode: String
    public var returnPath: String
    public var createdAt: Date
    public var paidAt: Date?
    /// The succeeded payment that paid it.
    public var paidByPayment: UUID?
    /// The territorial unit it belongs to (see `InvoiceDraft.unitCode`).
    public var unitCode: String?

    public init(id: UUID, number: String, status: InvoiceStatus, amount: Money, purpose: InvoicePurpose, payer: InvoicePayer,
                subject: InvoiceSubject, description: InvoiceDescription, agencyID: UUID, agencyCode: String,
                returnPath: String, createdAt: Date, paidAt: Date?, paidByPayment: UUID?, unitCode: String? = nil) {
        self.id = id
        self.number = number
        self.status = status
        self.amount = amount
        self.purpose = purpose
        self.payer = payer
        self.subject = subject
        self.description = description
        self.agencyID = agencyID
        self.agencyCode = agencyCode
        self.returnPath = returnPath
        self.createdAt = createdAt
        self.paidAt = paidAt
        self.paidByPayment = paidByPayment
        self.unitCode = unitCode
    }
}

/// Why `Invoices.create` refused a draft.
public enum InvoiceError: Error, Sendable, Equatable, CustomStringConvertible {
    case amountNotPositive
    case invalidPayerFIN
    case invalidPayerVOEN
    case unknownAgency(String)
    case returnPathNotLocal
    case emptySubject
    /// The subject already has an invoice with different terms (one invoice per subject).
    case subjectAlreadyInvoiced(existing: UUID)

    public var description: String {
        switch self {
        case .amountNotPositive: return "the amount must be more than 0 qəpik"
        case .invalidPayerFIN: return "the payer's FIN is not valid"
        case .invalidPayerVOEN: return "the payer's VÖEN is not valid"
        case .unknownAgency(let code): return "no agency with code \(code)"
        case .returnPathNotLocal: return "the return path must be a local path"
        case .emptySubject: return "the subject needs a type and an id"
        case .subjectAlreadyInvoiced(let id): return "the subject already has invoice \(id) with other terms"
        }
    }
}

