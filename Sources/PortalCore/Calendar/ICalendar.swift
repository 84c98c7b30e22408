import Foundation

/// An iCalendar object (RFC 5545) with one or more events, as the "Add to calendar" downloads write it:
/// `VCALENDAR` with `VERSION`/`PRODID`, each `VEVENT` with a stable `UID`, `DTSTAMP`, `DTSTART` and
/// `DTEND` in UTC, `SUMMARY`, and optionally `LOCATION`, `DESCRIPTION`, `URL` and `STATUS`. Text values are
/// escaped (§3.3.11), lines end in CRLF and are folded at 75 octets without splitting a UTF-8 character
/// (§3.1). Serve it as `text/calendar` (`DownloadType.calendar`).
public struct ICalendar: Sendable, Equatable {
    public struct Event: Sendable, Equatable {
        /// `STATUS` of an event (§3.8.1.11).
        public enum Status: String, Sendable {
            case tentative = "TENTATIVE", confirmed = "CONFIRMED", cancelled = "CANCELLED"
        }

        /// Globally unique and the same every time the event is written (calendars update by it).
        public var uid: String
        /// When this copy was written.
        public var stamp: Date
        public var start: Date
        public var end: Date
        public var summary: String
        public var location: String?
        public var description: String?
        public var url: String?
        public var status: Status?

        public init(uid: String, stamp: Date, start: Date, end: Date, summary: String, location: String? = nil,
                    description: String? = nil, url: String? = nil, status: Status? = nil) {
            self.uid = uid
            self.stamp = stamp
            self.start = start
            self.end = end
            self.summary = summary
            self.location = location
            self.description = description
            self.url = url
            self.status = status
        }
    }

    /// `PRODID`: who wrote the file, e.g. `-//OneWindow//Reception//EN`.
    public var productID: String
    public var events: [Event]

    public init(productID: String, events: [Event]) {
        self.productID = productID
        self.events = events
    }

    /// The file's text: CRLF line ends, folded lines.
    public var text: String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:" + Self.escape(productID), "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
        for event in events {
            lines.append("BEGIN:VEVENT")
            lines.append("UID:" + Self.escape(event.uid))
            lines.append("DTSTAMP:" + Self.utc(event.stamp))
            lines.append("DTSTART:" + Self.utc(event.start))
            lines.append("DTEND:" + Self.utc(event.end))
            lines.append("SUMMARY:" + Self.escape(event.summary))
            if let location = event.location { lines.append("LOCATION:" + Self.escape(location)) }
            if let description = event.description { lines.append("DESCRIPTION:" + Self.escape(description)) }
            // A URI value is not TEXT: it is not escaped (§3.3.13).
            if let url = event.url { lines.append("URL:" + url) }
            if let status = event.status { lines.append("STATUS:" + status.rawValue) }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(Self.fold).joined()
    }

    /// A UTC date-time (§3.3.5, form #2): `20261207T081500Z`.
    public static func utc(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }

    /// TEXT escaping (§3.3.11): backslash, semicolon and comma get a backslash; a line break becomes `\n`.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r": out += "\\n"
            case "\n": if !previousWasCR { out += "\\n" }
            default:
                // Other control characters are not allowed in TEXT (§3.1): dropped.
                if scalar.value < 0x20 || scalar.value == 0x7F { break }
                out.unicodeScalars.append(scalar)
            }
            previousWasCR = scalar == "\r"
        }
        return out
    }

    /// One content line, folded (§3.1): at most 75 octets per physical line, continuation lines start
    /// with a space, a multi-octet character is never split; every physical line ends in CRLF.
    public static func fold(_ line: String) -> String {
        var result = ""
        var width = 0
        var limit = 75
        for character in line {
            let octets = String(character).utf8.count
            if width + octets > limit {
                result += "\r\n "
                width = 0
                limit = 74 // the leading space counts
            }
            result.append(character)
            width += octets
        }
        return result + "\r\n"
    }
}
