import Foundation

/// A booking's state. Every state but `cancelled` holds its place in the slot (see ADR 0005).
public enum BookingStatus: String, Sendable, Codable, CaseIterable {
    /// Offered to the first citizen on a waitlist, who must confirm before the hold expires.
    case held
    case booked
    case checkedIn = "checked_in"
    case called
    case seen
    case noShow = "no_show"
    case cancelled

    /// Still ahead for the citizen (counts towards the active-bookings limit).
    public var isActive: Bool { [.held, .booked, .checkedIn, .called].contains(self) }
    /// Confirmed and not over yet: the check-in QR code or the video meeting link is of use.
    public var awaitsReception: Bool { [.booked, .checkedIn, .called].contains(self) }
}

/// What the official decided at the reception.
public enum ReceptionOutcome: String, Sendable, Codable, CaseIterable {
    case resolved
    case instructions
    case followUp = "follow_up"
}

/// Topics a citizen can choose; officials list the ones they handle.
public enum ReceptionTopic: String, Sendable, Codable, CaseIterable {
    case housing, land, social, employment, utilities, roads, education, health, business, other
}

/// The timeline entries of a booking as the citizen sees them.
public enum TimelineKind: String, Sendable, Codable, CaseIterable {
    case booked, held, confirmed, rescheduled, cancelled, checkedIn = "checked_in", called, seen, noShow = "no_show"
    case outcome, followUpStep = "follow_up_step", followUpClosed = "follow_up_closed", rated
}

/// Who did something to a booking (its timeline's actor, who cancelled it).
public enum ReceptionActor: String, Sendable, Codable, CaseIterable {
    case citizen, office, system
}

/// A ticket in an office's waiting room.
public enum TicketStatus: String, Sendable, Codable, CaseIterable {
    case waiting, called, done
    case noShow = "no_show"
}

/// A citizen's place on an official's waitlist.
public enum WaitlistStatus: String, Sendable, Codable, CaseIterable {
    /// In line; a freed place is offered to the first one.
    case waiting
    /// A booking is held for them (`BookingStatus.held`).
    case held
    case fulfilled, expired, withdrawn
}

/// A follow-up case opened at a reception.
public enum FollowUpStatus: String, Sendable, Codable, CaseIterable {
    case open, closed
}

/// Booking numbers people read over the phone: no 0/O, 1/I.
public enum BookingNumber {
    static let alphabet = Array("23456789ABCDEFGHJKLMNPQRSTUVWXYZ")

    public static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        return "R-" + String((0..<8).map { _ in alphabet.randomElement(using: &generator)! })
    }

    /// Accepts lower case, spaces and a missing `R-`.
    public static func normalise(_ text: String) -> String {
        var t = text.uppercased().filter { !$0.isWhitespace }
        if let range = t.range(of: "/CHECK-IN/") { t = String(t[range.upperBound...]) }
        if !t.hasPrefix("R-") { t = "R-" + t }
        return String(t.prefix(10))
    }
}
