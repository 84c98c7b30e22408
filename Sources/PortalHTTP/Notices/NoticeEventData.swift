import Foundation
import PortalCore

/// A document in the register that expires soon, with the catalog service that renews it.
public struct DocumentExpiryNotice: Sendable, Codable, Hashable {
    public var document: IdentityDocument.Kind
    public var number: String
    public var expiresOn: LocalDate
    public var servicePath: String
    public init(document: IdentityDocument.Kind, number: String, expiresOn: LocalDate, servicePath: String) {
        self.document = document
        self.number = number
        self.expiresOn = expiresOn
        self.servicePath = servicePath
    }
}

/// A child's birth the register recorded: the parent is offered the child benefit, the link prefilled.
public struct BirthOfferNotice: Sendable, Codable, Hashable {
    public var childName: String
    public var birthDate: LocalDate
    public var servicePath: String
    public init(childName: String, birthDate: LocalDate, servicePath: String) {
        self.childName = childName
        self.birthDate = birthDate
        self.servicePath = servicePath
    }
}

/// A fine recorded against the person, and the day it is to be paid by.
public struct FineNotice: Sendable, Codable, Hashable {
    public var protocolNumber: String
    public var amountMinor: Int64
    public var offence: String
    public var payBy: LocalDate
    public init(protocolNumber: String, amountMinor: Int64, offence: String, payBy: LocalDate) {
        self.protocolNumber = protocolNumber
        self.amountMinor = amountMinor
        self.offence = offence
        self.payBy = payBy
    }
}

/// Money the provider confirmed it returned.
public struct RefundNotice: Sendable, Codable, Hashable {
    public var reference: String
    public var amountMinor: Int64
    public var at: Date
    public var path: String
    public init(reference: String, amountMinor: Int64, at: Date, path: String) {
        self.reference = reference
        self.amountMinor = amountMinor
        self.at = at
        self.path = path
    }
}

/// A freed place held for the person from the waitlist until `holdEndsAt`.
public struct HoldOfferNotice: Sendable, Codable, Hashable {
    public var number: String
    public var official: String
    public var startsAt: Date
    public var holdEndsAt: Date
    public init(number: String, official: String, startsAt: Date, holdEndsAt: Date) {
        self.number = number
        self.official = official
        self.startsAt = startsAt
        self.holdEndsAt = holdEndsAt
    }
}

/// The office closed the follow-up of a reception with its result.
public struct FollowUpNotice: Sendable, Codable, Hashable {
    public var number: String
    public var resolution: String
    public init(number: String, resolution: String) {
        self.number = number
        self.resolution = resolution
    }
}
