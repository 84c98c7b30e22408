import Foundation
import PortalCore
import Testing
@testable import MailKit

@Suite struct MessageBuilderTests {
    static let azerbaijani = "Şəxsiyyət vəsiqənizin müddəti 30 gün sonra bitir — yeniləmək üçün müraciət edin"
    static let russian = "Срок действия вашего удостоверения личности истекает через 30 дней"

    /// Decodes `=?UTF-8?B?…?=` words the way a mail reader does (whitespace between words ignored).
    static func decode(_ field: String) -> String {
        var bytes: [UInt8] = []
        for word in field.split(whereSeparator: { $0.isWhitespace || $0.isNewline }) where word.hasPrefix("=?UTF-8?B?") {
            let payload = word.dropFirst(10).dropLast(2)
            bytes += Array(Data(base64Encoded: String(payload)) ?? Data())
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func lines(_ text: String) -> [Substring] { text.split(separator: "\r\n", omittingEmptySubsequences: false) }

    func mail(subject: String = azerbaijani, html: String? = "<p>\(russian)</p>", attachments: [MailAttachment] = []) -> OutgoingMail {
        OutgoingMail(from: "ASAN Xidmət <noreply@onewindow.example.az>", to: "Əli Məmmədov <ali@example.az>", subject: subject,
                     text: "Hörmətli Əli,\n\(Self.azerbaijani)\n.\n.begins with a dot", html: html,
                     messageID: "<n-42@onewindow.example.az>", listUnsubscribe: "https://onewindow.example.az/u/abc",
                     attachments: attachments)
    }

    @Test func encodedWordsRoundTripAzerbaijaniAndRussianWithinLimits() {
        for text in [Self.azerbaijani, Self.russian, String(repeating: "ə", count: 200)] {
            let words = HeaderEncoding.encodedWords(text)
            #expect(words.count > 1)
            #expect(words.allSatisfy { $0.count <= 75 && $0.hasPrefix("=?UTF-8?B?") && $0.hasSuffix("?=") })
            #expect(Self.decode(words.joined(separator: "\r\n ")) == text)
            // Every word decodes on its own: no character is split between two words.
            #expect(words.allSatisfy { !Self.decode($0).contains("\u{FFFD}") })
        }
        #expect(HeaderEncoding.field("Subject", "Plain ASCII") == "Subject: Plain ASCII")
        // Text that looks like an encoded word is encoded, so a reader cannot be tricked into decoding it.
        #expect(HeaderEncoding.field("Subject", "=?UTF-8?B?SGk=?=").hasPrefix("Subject: =?UTF-8?B?"))
    }

    @Test func headersCarryEverythingAndFoldWithinLimits() throws {
        let date = Date(timeIntervalSince1970: 1_796_000_000)
        let text = try MIMEMessage.render(mail(), date: date, boundarySeed: "seed")
        let header = String(text[..<text.range(of: "\r\n\r\n")!.lowerBound])
        #expect(header.contains("Date: \(MIMEMessage.dateHeader(date))"))
        #expect(MIMEMessage.dateHeader(date).range(of: #"^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} \+0000$"#, options: .regularExpression) != nil)
        #expect(header.contains("Message-ID: <n-42@onewindow.example.az>\r\n"))
        #expect(header.contains("MIME-Version: 1.0\r\n"))
        #expect(header.contains("List-Unsubscribe: <https://onewindow.example.az/u/abc>\r\n"))
        #expect(header.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click"))
        #expect(header.contains("<ali@example.az>"))
        let subject = header.components(separatedBy: "\r\n").drop { !$0.hasPrefix("Subject:") }
            .prefix { $0.hasPrefix("Subject:") || $0.hasPrefix(" ") }.joined(separator: "\r\n")
        #expect(Self.decode(subject) == Self.azerbaijani)
        #expect(Self.lines(header).allSatisfy { $0.utf8.count <= 998 })
        #expect(Self.lines(header).allSatisfy { $0.utf8.count <= 85 }, "folded near 78")
        #expect(header.allSatisfy { $0.isASCII })
    }

    @Test func crlfOnlyAndNoLineOver998() throws {
        let long = String(repeating: "Uzun sətir ", count: 400)  // one paragraph of 4,400 characters
        var message = mail(attachments: [MailAttachment(filename: "qəbul.ics", contentType: "text/calendar; method=REQUEST; charset=utf-8",
                                                        data: Array(String(repeating: "BEGIN:VCALENDAR\n", count: 100).utf8))])
        message.text = long
        message.html = "<p>" + long + "</p>"
        let text = try MIMEMessage.render(message)
        let bytes = Array(text.utf8)
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            #expect(index > 0 && bytes[index - 1] == UInt8(ascii: "\r"), "bare LF at \(index)")
        }
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\r"))
        #expect(Self.lines(text).allSatisfy { $0.utf8.count <= 998 })
        #expect(Self.lines(text).filter { $0.utf8.count > 78 } == [], "bodies are encoded in lines of at most 76, headers folded")
        #expect(text.allSatisfy { $0.isASCII })
    }

    @Test func multipartStructureAndBoundariesNotInContent() throws {
        let ics = MailAttachment(filename: "reception.ics", contentType: "text/calendar; method=REQUEST; charset=utf-8",
                                 data: Array("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n".utf8))
        let text = try MIMEMessage.render(mail(attachments: [ics]), boundarySeed: "fixed")
        let mixed = "=_OneWindow_mix_fixed"
        let alternative = "=_OneWindow_alt_fixed"
        #expect(text.contains("Content-Type: multipart/mixed;\r\n boundary=\"\(mixed)\""))
        #expect(text.contains("Content-Type: multipart/alternative;\r\n boundary=\"\(alternative)\""))
        let lines = Self.lines(text)
        #expect(lines.filter { $0 == "--" + mixed }.count == 2)       // the alternative body and the .ics
        #expect(lines.filter { $0 == "--" + mixed + "--" }.count == 1)
        #expect(lines.filter { $0 == "--" + alternative }.count == 2)  // text and HTML
        #expect(lines.filter { $0 == "--" + alternative + "--" }.count == 1)
        // Outside delimiter lines, the boundaries appear nowhere (quoted-printable and base64 never write "=_").
        let other = lines.filter { !$0.hasPrefix("--=_OneWindow_") && !$0.contains("boundary=") }
        #expect(!other.contains { $0.contains("=_OneWindow") })
        #expect(text.contains("Content-Type: text/calendar; method=REQUEST; charset=utf-8;\r\n name=\"reception.ics\""))
        #expect(text.contains("Content-Disposition: attachment;\r\n filename=\"reception.ics\""))
        // Text first, then HTML: readers show the last alternative they understand.
        #expect(text.range(of: "text/plain")!.lowerBound < text.range(of: "text/html")!.lowerBound)
        // A plain message has no multipart at all.
        let plain = try MIMEMessage.render(mail(html: nil))
        #expect(!plain.contains("multipart") && plain.contains("Content-Type: text/plain; charset=utf-8"))
    }

    @Test func quotedPrintableAndBase64Bodies() {
        let qp = BodyEncoding.quotedPrintable("a=b  \nline ends in space \n" + String(repeating: "x", count: 200) + "\nə")
        let lines = Self.lines(qp)
        #expect(lines.allSatisfy { $0.count <= 76 })
        #expect(lines[0] == "a=3Db =20")
        #expect(lines[1] == "line ends in space=20")
        #expect(lines.last == "=C9=99")
        #expect(lines.dropFirst(2).dropLast().allSatisfy { $0.hasSuffix("=") || $0.allSatisfy { $0 == "x" } })
        // Mostly Cyrillic goes in base64; mostly ASCII stays readable.
        #expect(BodyEncoding.prefersBase64(Self.russian))
        #expect(!BodyEncoding.prefersBase64("Your application AZ-2026-000123 was received."))
        #expect(Self.lines(BodyEncoding.base64(Array(repeating: 0xD0, count: 500))).allSatisfy { $0.count <= 76 })
    }

    @Test func nonASCIIAttachmentNamesAndDisplayNames() throws {
        #expect(MIMEMessage.parameter("filename", "qəbul.ics") == "filename*=utf-8''q%C9%99bul.ics")
        #expect(try EmailAddress(parsing: "\"Ali \\\"A\\\" M\" <a@b.az>").address == "a@b.az")
        #expect(try EmailAddress(parsing: "ASAN <a@b.az>").headerValue == "\"ASAN\" <a@b.az>")
        #expect(Self.decode(try EmailAddress(parsing: "Əli <a@b.az>").headerValue) == "Əli")
        #expect(throws: (any Error).self) { try EmailAddress(parsing: "a@b.az\r\nBcc: x@y.az") }
        #expect(throws: (any Error).self) { try EmailAddress(parsing: "no-at-sign") }
        var bad = mail()
        bad.messageID = "<has space@x>"
        #expect(throws: MIMEMessage.Invalid.self) { try MIMEMessage.render(bad) }
        bad = mail()
        bad.listUnsubscribe = "javascript:alert(1)"
        #expect(throws: MIMEMessage.Invalid.self) { try MIMEMessage.render(bad) }
    }

    @Test func dotStuffing() {
        let encoded = String(decoding: DotStuffing.encode("a\n.\n..two\r\n.x\rend"), as: UTF8.self)
        #expect(encoded == "a\r\n..\r\n...two\r\n..x\r\nend\r\n.\r\n")
        #expect(String(decoding: DotStuffing.encode(".first\r\n"), as: UTF8.self) == "..first\r\n.\r\n")
        // A message can never end the DATA phase early.
        let stuffed = String(decoding: DotStuffing.encode("x\r\n.\r\ny"), as: UTF8.self)
        #expect(stuffed.components(separatedBy: "\r\n.\r\n").count == 2 && stuffed.hasSuffix("\r\n.\r\n"))
    }
}
