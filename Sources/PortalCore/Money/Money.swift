import Foundation

/// An amount in minor units (qəpik for AZN) with its currency. Never a floating-point number.
public struct Money: Hashable, Sendable, Codable, Comparable {
    public let minorUnits: Int64
    public let currency: String

    public init(minorUnits: Int64, currency: String = "AZN") {
        self.minorUnits = minorUnits
        self.currency = currency
    }

    public static func azn(manat: Int64, qepik: Int64 = 0) -> Money { Money(minorUnits: manat * 100 + qepik) }

    public static func + (l: Money, r: Money) -> Money {
        precondition(l.currency == r.currency, "adding different currencies")
        return Money(minorUnits: l.minorUnits + r.minorUnits, currency: l.currency)
    }

    public static func < (l: Money, r: Money) -> Bool {
        precondition(l.currency == r.currency, "comparing different currencies")
        return l.minorUnits < r.minorUnits
    }

    public var isZero: Bool { minorUnits == 0 }

    /// `10,00 ₼` (az, ru) or `AZN 10.00` (en).
    public func formatted(_ language: Language) -> String {
        let sign = minorUnits < 0 ? "-" : ""
        let units = abs(minorUnits)
        let whole = String(units / 100)
        let frac = String(format: "%02d", Int(units % 100))
        switch language {
        case .en: return "\(sign)\(currency) \(whole).\(frac)"
        case .az, .ru: return "\(sign)\(whole),\(frac) \(currency == "AZN" ? "₼" : currency)"
        }
    }

    /// Parses "10", "10.5", "10,50" into minor units; rejects more than two decimals.
    public static func parse(_ text: String, currency: String = "AZN") -> Result<Money, ValidationIssue> {
        let cleaned = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
        let parts = cleaned.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = Int64(parts[0]), whole >= 0 else {
            return .failure(.init("validation.money.format"))
        }
        var minor = whole * 100
        if parts.count == 2 {
            guard (1...2).contains(parts[1].count), parts[1].allSatisfy(\.isNumber), let frac = Int64(parts[1]) else {
                return .failure(.init("validation.money.format"))
            }
            minor += parts[1].count == 1 ? frac * 10 : frac
        }
        return .success(Money(minorUnits: minor, currency: currency))
    }
}
