import Foundation
import PortalHTTP
import PortalTesting
import Testing
import VaporTesting

/// The CSRF check used to read the form before it had fully arrived: on a fresh connection, any form
/// over ~2 KB (a registry service, a long answer) was "expired". The in-memory test application hands
/// the body over whole, so these tests run the server on a loopback port and stream the body.
@Suite("Large forms over real connections")
struct LargeFormTests {
    static let fin = "5VBK5VR"
    static let password = "correct horse battery"

    /// A visitor's CSRF cookie and token from the sign-in page.
    static func visitor(_ base: String) async throws -> (cookie: String, token: String) {
        let page = try await RealHTTP.send(base + "/signin")
        let cookie = try #require(RealHTTP.cookie("__Host-ow_csrf", in: page.headers))
        let token = try #require(RealHTTP.csrfToken(in: page.body))
        return ("__Host-ow_csrf=" + cookie, token)
    }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(["-", "_", ".", "~"])) ?? text
    }

    /// The sign-in form with `padding` bytes of extra text before the token (the token comes last,
    /// so it is in the last chunk to arrive).
    static func urlEncodedSignIn(padding: Int, token: String?) -> [UInt8] {
        var fields = [("identifier", fin), ("password", password), ("note", String(repeating: "ə", count: padding / 6))]
        if let token { fields.append(("_csrf", token)) }
        return Array(fields.map { "\($0.0)=\(encode($0.1))" }.joined(separator: "&").utf8)
    }

    static func multipartSignIn(boundary: String, token: String) -> [UInt8] {
        var body = ""
        func part(_ name: String, _ value: String, file: Bool = false) {
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"" + (file ? "; filename=\"notes.txt\"\r\nContent-Type: text/plain" : "")
            body += "\r\n\r\n\(value)\r\n"
        }
        part("identifier", fin)
        part("password", password)
        part("notes", String(repeating: "Bakı küləyi əsir. ", count: 1_500), file: true)
        part("_csrf", token)
        body += "--\(boundary)--\r\n"
        return Array(body.utf8)
    }

    @Test("3 KB, 64 KB and multipart forms pass the CSRF check on fresh connections; a large form without a token still fails")
    func largeFormsOnFreshConnections() async throws {
        try await withPortal { portal in
            try await portal.account(Self.fin)
            try await portal.withServer { base async throws in
                let urlEncoded = "application/x-www-form-urlencoded", multipart = "multipart/form-data; boundary=ow-large-form"
                let forms: [(label: String, type: String, body: @Sendable (String) -> [UInt8])] = [
                    ("3 KB", urlEncoded, { Self.urlEncodedSignIn(padding: 3 * 1_024, token: $0) }),
                    ("64 KB", urlEncoded, { Self.urlEncodedSignIn(padding: 64 * 1_024, token: $0) }),
                    ("multipart", multipart, { Self.multipartSignIn(boundary: "ow-large-form", token: $0) }),
                ]
                for (label, type, makeBody) in forms {
                    let (cookie, token) = try await Self.visitor(base)
                    let body = makeBody(token)
                    #expect(body.count > 3 * 1_024, "\(label) is larger than a segment or two")
                    let answer = try await RealHTTP.send(base + "/signin", method: .POST, headers: ["Cookie": cookie, "Content-Type": type],
                                                         body: body, chunks: 6)
                    #expect(answer.status == .seeOther, "\(label): \(answer.status)")
                    #expect(answer.headers.first(name: "Location") == "/cabinet", "\(label) signed in")
                }
                // The check itself still holds for large bodies.
                let (cookie, _) = try await Self.visitor(base)
                let forged = try await RealHTTP.send(base + "/signin", method: .POST,
                                                     headers: ["Cookie": cookie, "Content-Type": "application/x-www-form-urlencoded"],
                                                     body: Self.urlEncodedSignIn(padding: 64 * 1_024, token: nil), chunks: 6)
                #expect(forged.status == .forbidden)
            }
        }
    }
}
