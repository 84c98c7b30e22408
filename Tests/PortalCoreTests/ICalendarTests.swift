import Foundation
import PortalCore
import Testing

@Suite("iCalendar (RFC 5545)")
struct ICalendarTests {
    let start = Date(timeIntervalSince1970: 1_796_630_400) // 2026-12-07T08:00:00Z
    var event: ICalendar.Event {
        ICalendar.Event(uid: "b3f1@onewindow.example", stamp: Date(timeIntervalSince1970: 1_796_586_800), start: start,
                        end: start.addingTimeInterval(20 * 60), summary: "Reception, booking R-000123", location: "Room 5; Main St., 1",
                        description: "Booking number: R-000123", status: .confirmed)
    }

    @Test("a calendar with one event: the required properties, UTC times, CRLF after every line")
    func structure() {
        let text = ICalendar(productID: "-//OneWindow//Reception//EN", events: [event]).text
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//OneWindow//Reception//EN\r\n"))
        #expect(text.hasSuffix("END:VEVENT\r\nEND:VCALENDAR\r\n"))
        #expect(text.contains("\r\nUID:b3f1@onewindow.example\r\n"))
        #expect(text.contains("\r\nDTSTAMP:20261206T195320Z\r\n"))
        #expect(text.contains("\r\nDTSTART:20261207T080000Z\r\nDTEND:20261207T082000Z\r\n"))
        #expect(text.contains("\r\nLOCATION:Room 5\\; Main St.\\, 1\r\n"))
        #expect(text.contains("\r\nSTATUS:CONFIRMED\r\n"))
        // No bare LF or CR anywhere.
        #expect(text.replacingOccurrences(of: "\r\n", with: "").contains("\n") == false)
        #expect(text.replacingOccurrences(of: "\r\n", with: "").contains("\r") == false)
    }

    @Test("text escaping: backslash, semicolon, comma, line breaks; control characters dropped")
    func escaping() {
        #expect(ICalendar.escape(#"a\b;c,d"#) == #"a\\b\;c\,d"#)
        #expect(ICalendar.escape("one\r\ntwo\nthree\rfour") == #"one\ntwo\nthree\nfour"#)
        #expect(ICalendar.escape("tab\there\u{7}") == "tabhere")
    }

    @Test("long lines fold at 75 octets without splitting a UTF-8 character, and unfold back")
    func folding() {
        let line = "DESCRIPTION:" + String(repeating: "Şəki rayon icra hakimiyyəti, ", count: 8)
        let folded = ICalendar.fold(line)
        let physical = folded.components(separatedBy: "\r\n").dropLast()
        #expect(physical.count > 1)
        for (i, part) in physical.enumerated() {
            #expect(part.utf8.count <= 75)
            if i > 0 { #expect(part.hasPrefix(" ")) }
        }
        // Unfolding (delete CRLF + one space) gives the line back.
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "").replacingOccurrences(of: "\r\n", with: "") == line)
        #expect(ICalendar.fold("SHORT:x") == "SHORT:x\r\n")
        let exact = String(repeating: "a", count: 75)
        #expect(ICalendar.fold(exact) == exact + "\r\n")
        #expect(ICalendar.fold(exact + "b") == exact + "\r\n b\r\n")
    }

    @Test("the same event gives the same bytes")
    func stable() {
        let a = ICalendar(productID: "-//x//y//EN", events: [event]).text
        let b = ICalendar(productID: "-//x//y//EN", events: [event]).text
        #expect(a == b)
    }
}
