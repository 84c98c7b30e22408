import Foundation
import PortalHTTP

/// How long before an expiry a notice is due: whole days, or calendar months (a passport's "9 months
/// before"; 30 November less 9 months is 28 February, or the 29th in a leap year).
public enum NoticeOffset: Hashable, Sendable {
    case days(Int)
    case months(Int)

    /// Part of the dedupe key (`30d`, `9m`): a rule changed later is a different notice.
    public var label: String {
        switch self {
        case .days(let n): return "\(n)d"
        case .months(let n): return "\(n)m"
        }
    }

    /// The day the notice about a document expiring on `expiry` is due.
    public func noticeDate(forExpiry expiry: LocalDate) -> LocalDate {
        switch self {
        case .days(let n): return expiry.adding(days: -n)
        case .months(let n): return Self.adding(months: -n, to: expiry)
        }
    }

    /// The first guess of an expiry whose notice is due on `day` (exact for days, ± a few for months).
    func expiryGuess(noticeOn day: LocalDate) -> LocalDate {
        switch self {
        case .days(let n): return day.adding(days: n)
        case .months(let n): return Self.adding(months: n, to: day)
        }
    }

    /// Calendar months, the day clamped to the target month's length.
    public static func adding(months: Int, to date: LocalDate) -> LocalDate {
        let index = date.year * 12 + (date.month - 1) + months
        let year = index >= 0 ? index / 12 : (index - 11) / 12
        let month = index - year * 12 + 1
        return LocalDate(year: year, month: month, day: min(date.day, daysIn(year: year, month: month)))
    }

    static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The last expiry whose notice is due on or before `day`.
    func lastExpiry(noticeDueBy day: LocalDate) -> LocalDate {
        var last = expiryGuess(noticeOn: day)
        while noticeDate(forExpiry: last) > day { last = last.adding(days: -1) }
        while noticeDate(forExpiry: last.adding(days: 1)) <= day { last = last.adding(days: 1) }
        return last
    }

    /// The expiry dates whose notice falls due in `lo...hi`: the notice date is non-decreasing in the
    /// expiry, so the set is a range found from a guess by stepping (months compress month ends: three
    /// expiries can share a notice day, and some notice days have none). Nil: none.
    public func expiries(noticeDueFrom lo: LocalDate, through hi: LocalDate) -> ClosedRange<LocalDate>? {
        guard lo <= hi else { return nil }
        var first = expiryGuess(noticeOn: lo)
        while noticeDate(forExpiry: first) < lo { first = first.adding(days: 1) }
        while noticeDate(forExpiry: first.adding(days: -1)) >= lo { first = first.adding(days: -1) }
        let last = lastExpiry(noticeDueBy: hi)
        return first <= last ? first...last : nil
    }
}

/// One expiry rule: a kind of document and how long before its expiry to tell the holder.
public struct ExpiryRule: Hashable, Sendable {
    public var document: IdentityDocument.Kind
    public var offset: NoticeOffset
    public init(_ document: IdentityDocument.Kind, _ offset: NoticeOffset) {
        self.document = document
        self.offset = offset
    }

    /// `documents.expiring:id_card:30d` — the rule's name in the scan's report and its audit entry.
    public var name: String { "documents.expiring:\(document.rawValue):\(offset.label)" }
}

/// The proactive rules (docs/configuration.md, `ONEWINDOW_PROACTIVE_*`) and their date windows.
public struct ProactiveRules: Sendable, Equatable {
    public var expiry: [ExpiryRule]
    /// Days before a fine's payment deadline for the reminder; nil: no reminder.
    public var fineReminderDays: Int?
    /// Tell a person of a new unpaid fine the scan finds not yet notified (the recording already does).
    public var fineAtOnce: Bool
    /// Offer the child benefit to the parents of a registered birth.
    public var birthOffer: Bool
    /// A notice whose day was missed (the portal was down) is still sent this many days late, never later.
    public var catchUpDays: Int

    public init(expiry: [ExpiryRule] = ProactiveRules.defaultExpiry, fineReminderDays: Int? = 7, fineAtOnce: Bool = true,
                birthOffer: Bool = true, catchUpDays: Int = 7) {
        self.expiry = expiry
        self.fineReminderDays = fineReminderDays
        self.fineAtOnce = fineAtOnce
        self.birthOffer = birthOffer
        self.catchUpDays = catchUpDays
    }

    public static let defaultExpiry = [ExpiryRule(.idCard, .days(30)), ExpiryRule(.idCard, .days(7)),
                                       ExpiryRule(.passport, .months(9)), ExpiryRule(.drivingLicence, .days(60))]

    /// The catalog service that renews each document, and the child benefit (EESMN-0007, prefilled).
    public static func servicePath(_ kind: IdentityDocument.Kind) -> String {
        switch kind {
        case .idCard: return "/services/DIN-0001"
        case .passport: return "/services/DIN-0002"
        case .drivingLicence: return "/services/DIN-0010"
        }
    }

    /// The service page with the child's FIN: the application form of EESMN-0007 does not exist yet
    /// (`/services/EESMN-0007/apply` answers 404); when it does, it can read `child_fin` to prefill.
    public static func childBenefitPath(childFIN: String) -> String { "/services/EESMN-0007?child_fin=\(childFIN)" }

    /// The expiries `rule` notifies about in a scan on `day`: due from `catchUpDays − 1` days ago through
    /// today, not yet expired, and not inside the window of a nearer rule for the same document (a card
    /// found 5 days before expiry gets the 7-day notice, not a late 30-day one as well).
    public func window(_ rule: ExpiryRule, on day: LocalDate) -> ClosedRange<LocalDate>? {
        guard let range = rule.offset.expiries(noticeDueFrom: day.adding(days: 1 - catchUpDays), through: day) else { return nil }
        var lower = max(range.lowerBound, day.adding(days: 1))
        for nearer in expiry where nearer.document == rule.document && nearer != rule
            && nearer.offset.lastExpiry(noticeDueBy: day) < rule.offset.lastExpiry(noticeDueBy: day) {
            lower = max(lower, nearer.offset.lastExpiry(noticeDueBy: day).adding(days: 1))
        }
        return lower <= range.upperBound ? lower...range.upperBound : nil
    }
}
