import Foundation

/// Why a booking, change or hold was refused; each has a message `reception.refusal.<raw value>`.
public enum ReceptionRefusal: String, Sendable, Codable, Error {
    case unknownOfficial = "unknown_official"
    case otherRegion = "other_region"
    case outsideSchedule = "outside_schedule"
    case inPast = "in_past"
    case outsideWindow = "outside_window"
    case slotTaken = "slot_taken"
    case tooManyActive = "too_many_active"
    case onePerWeek = "one_per_week"
    case invalidSubject = "invalid_subject"
    case invalidTopic = "invalid_topic"
    case pastCutoff = "past_cutoff"
    case notChangeable = "not_changeable"
    case alreadyWaiting = "already_waiting"

    public var messageKey: String { "reception.refusal." + rawValue }
}

/// A request that could not be met, with the nearest slots that can.
public struct Refused: Error, Sendable {
    public var reason: ReceptionRefusal
    public var alternatives: [SlotTime]
}
