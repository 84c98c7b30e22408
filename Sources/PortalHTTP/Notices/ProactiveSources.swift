import FluentKit
import Foundation
import PortalCore

/// A document of the register expiring in a window, for the proactive scan (keyset order:
/// expiry date, then number).
public struct ExpiringDocument: Sendable, Hashable {
    public var fin: String
    public var kind: IdentityDocument.Kind
    public var number: String
    public var expiresOn: LocalDate
    public init(fin: String, kind: IdentityDocument.Kind, number: String, expiresOn: LocalDate) {
        self.fin = fin
        self.kind = kind
        self.number = number
        self.expiresOn = expiresOn
    }
}

/// A birth the register recorded, with the parents' FINs (keyset order: registration day, child FIN).
public struct RegisteredBirth: Sendable, Hashable {
    public var childFIN: String
    public var childName: String
    public var birthDate: LocalDate
    public var registeredOn: LocalDate
    public var parentFINs: [String]
    public init(childFIN: String, childName: String, birthDate: LocalDate, registeredOn: LocalDate, parentFINs: [String]) {
        self.childFIN = childFIN
        self.childName = childName
        self.birthDate = birthDate
        self.registeredOn = registeredOn
        self.parentFINs = parentFINs
    }
}

/// The register's documents and births as the proactive scan reads them (PopulationRegistry):
/// set-based, one indexed range per call, pages in keyset order.
public protocol ExpiringDocumentSource: Sendable {
    /// Documents of `kind` expiring from `from` through `through`, leaving out a document whose holder
    /// already has a later one of the same kind (renewed), after `cursor` (expiry, number), at most `limit`.
    func expiring(_ kind: IdentityDocument.Kind, from: LocalDate, through: LocalDate, after cursor: ExpiringDocument?,
                  limit: Int, on db: any Database) async throws -> [ExpiringDocument]
    /// Births registered from `from` through `through`, after `cursor` (registration day, child FIN).
    func births(registeredFrom from: LocalDate, through: LocalDate, after cursor: RegisteredBirth?,
                limit: Int, on db: any Database) async throws -> [RegisteredBirth]
}

/// An unpaid fine (keyset order: recorded at, id).
public struct UnpaidFine: Sendable, Hashable {
    public var id: UUID
    public var fin: String
    public var protocolNumber: String
    public var amountMinor: Int64
    public var offence: String
    public var recordedAt: Date
    public init(id: UUID, fin: String, protocolNumber: String, amountMinor: Int64, offence: String, recordedAt: Date) {
        self.id = id
        self.fin = fin
        self.protocolNumber = protocolNumber
        self.amountMinor = amountMinor
        self.offence = offence
        self.recordedAt = recordedAt
    }
}

/// Payments' fines as the proactive scan reads them.
public protocol UnpaidFineSource: Sendable {
    /// Fines still unpaid that were recorded in `[from, to)`, after `cursor`, at most `limit`.
    func unpaid(recordedFrom from: Date, to: Date, after cursor: UnpaidFine?, limit: Int, on db: any Database) async throws -> [UnpaidFine]
}

/// The day a fine is to be paid by: `paymentDays` after the Baku day it was recorded (the one rule the
/// fine's own notice and the scan's reminder share).
public enum FineDeadline {
    public static let defaultPaymentDays = 30

    public static func payBy(recordedAt: Date, paymentDays: Int = defaultPaymentDays) -> LocalDate {
        LocalDate(recordedAt).adding(days: paymentDays)
    }
}
