import Foundation
import PortalHTTP

/// The proactive scan's settings (`ONEWINDOW_PROACTIVE_*`, docs/configuration.md), read at start-up.
public struct ProactiveSettings: Sendable, Equatable {
    public var rules: ProactiveRules
    /// Minutes after midnight (Baku) the daily scan runs in `serve`; nil: no scheduled scan.
    public var scanAtMinute: Int?
    /// Rows read and notices written per page (one query, one transaction).
    public var pageSize: Int

    public init(rules: ProactiveRules = ProactiveRules(), scanAtMinute: Int? = 6 * 60, pageSize: Int = 1_000) {
        self.rules = rules
        self.scanAtMinute = scanAtMinute
        self.pageSize = pageSize
    }

    public static func fromEnvironment(_ env: [String: String]) throws -> ProactiveSettings {
        func problem(_ name: String, _ what: String) -> NotificationsSettings.Problem {
            NotificationsSettings.Problem(description: "ONEWINDOW_PROACTIVE_\(name) \(what) (got \(env["ONEWINDOW_PROACTIVE_" + name] ?? ""))")
        }
        /// A comma-separated list of whole numbers; empty turns the rule off.
        func list(_ name: String, _ fallback: [Int], _ range: ClosedRange<Int>) throws -> [Int] {
            guard let raw = env["ONEWINDOW_PROACTIVE_" + name] else { return fallback }
            let parts = raw.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            let values = parts.compactMap(Int.init)
            guard values.count == parts.count, values.allSatisfy(range.contains) else {
                throw problem(name, "must be a comma-separated list of whole numbers in \(range), or empty to turn it off")
            }
            return Array(Set(values)).sorted(by: >)
        }
        func flag(_ name: String, _ fallback: Bool) throws -> Bool {
            guard let raw = env["ONEWINDOW_PROACTIVE_" + name] else { return fallback }
            switch raw.lowercased() {
            case "on", "true", "1": return true
            case "off", "false", "0": return false
            default: throw problem(name, "must be on or off")
            }
        }
        var expiry: [ExpiryRule] = []
        expiry += try list("ID_CARD_DAYS", [30, 7], 1...365).map { ExpiryRule(.idCard, .days($0)) }
        expiry += try list("PASSPORT_MONTHS", [9], 1...24).map { ExpiryRule(.passport, .months($0)) }
        expiry += try list("DRIVING_LICENCE_DAYS", [60], 1...365).map { ExpiryRule(.drivingLicence, .days($0)) }
        let reminder = try list("FINE_REMINDER_DAYS", [7], 1...(FineDeadline.defaultPaymentDays - 1)).first
        var catchUp = 7
        if let raw = env["ONEWINDOW_PROACTIVE_CATCH_UP_DAYS"] {
            guard let value = Int(raw), (1...31).contains(value) else { throw problem("CATCH_UP_DAYS", "must be a whole number in 1...31") }
            catchUp = value
        }
        var scanAt: Int? = 6 * 60
        if let raw = env["ONEWINDOW_PROACTIVE_SCAN_AT"] {
            if raw.lowercased() == "off" {
                scanAt = nil
            } else {
                let parts = raw.split(separator: ":").compactMap { Int($0) }
                guard parts.count == 2, (0...23).contains(parts[0]), (0...59).contains(parts[1]) else {
                    throw problem("SCAN_AT", "must be HH:MM (Baku time) or off")
                }
                scanAt = parts[0] * 60 + parts[1]
            }
        }
        var page = 1_000
        if let raw = env["ONEWINDOW_PROACTIVE_PAGE"] {
            guard let value = Int(raw), (10...5_000).contains(value) else { throw problem("PAGE", "must be a whole number in 10...5000") }
            page = value
        }
        return ProactiveSettings(
            rules: ProactiveRules(expiry: expiry, fineReminderDays: reminder, fineAtOnce: try flag("FINE_AT_ONCE", true),
                                  birthOffer: try flag("BIRTH_OFFER", true), catchUpDays: catchUp),
            scanAtMinute: scanAt, pageSize: page)
    }
}
