import Foundation

/// Times are stored in UTC and shown in Asia/Baku (UTC+4, no daylight saving since 2016).
public enum BakuTime {
    public static let timeZone = TimeZone(identifier: "Asia/Baku") ?? TimeZone(secondsFromGMT: 4 * 3600)!

    public static func calendar(_ zone: TimeZone = timeZone) -> Calendar {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = zone
        cal.firstWeekday = 2
        return cal
    }

    /// `23.11.2026 18:04` — the format people in Azerbaijan read, for every UI language.
    public static func display(_ date: Date) -> String {
        let c = calendar().dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%02d.%02d.%04d %02d:%02d", c.day!, c.month!, c.year!, c.hour!, c.minute!)
    }

    /// `23.11.2026`
    public static func displayDate(_ date: LocalDate) -> String {
        String(format: "%02d.%02d.%04d", date.day, date.month, date.year)
    }

    /// In the reader's language: `23.11.2026 18:04` (az, ru), `23 Nov 2026, 18:04` (en: a day-first
    /// numeric date reads as month-first to many English readers, so the month is a word).
    public static func display(_ date: Date, _ language: Language) -> String {
        guard language == .en else { return display(date) }
        let c = calendar().dateComponents([.hour, .minute], from: date)
        return displayDate(LocalDate(date), language) + String(format: ", %02d:%02d", c.hour!, c.minute!)
    }

    /// `23.11.2026` (az, ru), `23 Nov 2026` (en).
    public static func displayDate(_ date: LocalDate, _ language: Language) -> String {
        guard language == .en else { return displayDate(date) }
        return "\(date.day) \(englishMonths[date.month - 1]) \(date.year)"
    }

    static let englishMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// ISO 8601 with the Baku offset, for machine-readable attributes (`<time datetime>`).
    public static func iso8601(_ date: Date) -> String {
        let f = ISO8601DateFormatter()
        f.timeZone = timeZone
        return f.string(from: date)
    }
}
