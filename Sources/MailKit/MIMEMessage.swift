import Foundation
import PortalCore

/// Builds the RFC 5322 / MIME text of an `OutgoingMail`: CRLF line endings, no line over 998 octets
/// (header fields folded, bodies quoted-printable or base64), UTF-8 throughout.
///
///     text only            → text/plain
///     text + HTML          → multipart/alternative (text first, HTML preferred)
///     … + attachments      → multipart/mixed (the above, then each attachment in base64)
public struct MIMEMessage {
    public struct Invalid: Error, CustomStringConvertible { public let description: String }

    /// RFC 5322 date-time, e.g. `Mon, 07 Dec 2026 20:56:02 +0000`.
    public static func dateHeader(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: 0)
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return formatter.string(from: date)
    }

    /// A boundary that cannot occur in quoted-printable or base64 output ("=_" never does).
    static func boundary(_ label: String, _ seed: String) -> String { "=_OneWindow_\(label)_\(seed)" }

    /// The whole message. `boundarySeed` is random unless a test fixes it.
    public static func render(_ mail: OutgoingMail, date: Date = Date(), boundarySeed: String? = nil) throws -> String {
        let seed = boundarySeed ?? UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        let from: EmailAddress
        let to: EmailAddress
        do {
            from = try EmailAddress(parsing: mail.from)
            to = try EmailAddress(parsing: mail.to)
        } catch { throw Invalid(description: "\(error)") }
        var messageID = mail.messageID.trimmingCharacters(in: .whitespaces)
        if !messageID.hasPrefix("<") { messageID = "<" + messageID + ">" }
        guard messageID.contains("@"), messageID.allSatisfy({ $0.isASCII && !$0.isWhitespace && $0 != "\r" && $0 != "\n" }),
              messageID.count <= 250 else {
            throw Invalid(description: "Message-ID must be <id@domain> in ASCII without spaces")
        }

        var headers = [
            "Date: " + dateHeader(date),
            "From: " + from.headerValue,
            "To: " + to.headerValue,
            HeaderEncoding.field("Subject", mail.subject),
            "Message-ID: " + messageID,
            "MIME-Version: 1.0",
        ]
        if let unsubscribe = mail.listUnsubscribe {
            guard unsubscribe.hasPrefix("https://") || unsubscribe.hasPrefix("http://"),
                  !unsubscribe.contains(where: { $0.isWhitespace || $0 == ">" || $0 == "<" || !$0.isASCII }) else {
                throw Invalid(description: "List-Unsubscribe must be an http(s) URL")
            }
            headers.append("List-Unsubscribe: <\(unsubscribe)>")
            headers.append("List-Unsubscribe-Post: List-Unsubscribe=One-Click")
        }

        let body: Part
        let textPart = Part.text(mail.text, subtype: "plain")
        if let html = mail.html {
            body = .multipart("alternative", boundary("alt", seed), [textPart, .text(html, subtype: "html")])
        } else {
            body = textPart
        }
        let root: Part
        if mail.attachments.isEmpty {
            root = body
        } else {
            root = .multipart("mixed", boundary("mix", seed), [body] + mail.attachments.map(Part.attachment))
        }
        return (headers + root.lines()).joined(separator: "\r\n") + "\r\n"
    }

    indirect enum Part {
        case text(String, subtype: String)
        case attachment(MailAttachment)
        case multipart(String, String, [Part])

        /// The part's own header lines, a blank line, then its body.
        func lines() -> [String] {
            switch self {
            case let .text(text, subtype):
                let base64 = BodyEncoding.prefersBase64(text)
                return ["Content-Type: text/\(subtype); charset=utf-8",
                        "Content-Transfer-Encoding: " + (base64 ? "base64" : "quoted-printable"),
                        "",
                        base64 ? BodyEncoding.base64(Array(text.utf8)) : BodyEncoding.quotedPrintable(text)]
            case let .attachment(file):
                let type = file.contentType.filter { $0.isASCII && $0 != "\r" && $0 != "\n" }
                return ["Content-Type: " + type + ";\r\n " + MIMEMessage.parameter("name", file.filename),
                        "Content-Disposition: attachment;\r\n " + MIMEMessage.parameter("filename", file.filename),
                        "Content-Transfer-Encoding: base64",
                        "",
                        BodyEncoding.base64(file.data)]
            case let .multipart(subtype, boundary, parts):
                var lines = ["Content-Type: multipart/\(subtype);\r\n boundary=\"\(boundary)\"", ""]
                for part in parts {
                    lines.append("--" + boundary)
                    lines += part.lines()
                }
                lines.append("--" + boundary + "--")
                return lines
            }
        }
    }

    /// `name="file.ics"` for a plain ASCII name, RFC 2231 `name*=utf-8''…` otherwise.
    static func parameter(_ name: String, _ value: String) -> String {
        let safe = value.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || " ._-()".contains($0)) }
        if safe && !value.isEmpty && value.count < 60 { return "\(name)=\"\(value)\"" }
        var encoded = ""
        for byte in value.utf8 {
            let char = Character(UnicodeScalar(byte))
            if byte < 128, char.isLetter || char.isNumber || "._-".contains(char) {
                encoded.append(char)
            } else {
                encoded += String(format: "%%%02X", byte)
            }
        }
        return "\(name)*=utf-8''\(encoded)"
    }
}
