import Foundation
import Testing
@testable import MailKit

@Suite struct ReplyParserTests {
    @Test func multiLineRepliesAndExtensions() throws {
        var parser = SMTPReplyParser()
        #expect(try parser.feed("250-mail.example.az Hello") == nil)
        #expect(parser.isInsideReply)
        #expect(try parser.feed("250-PIPELINING") == nil)
        #expect(try parser.feed("250-SIZE 10240000") == nil)
        #expect(try parser.feed("250-AUTH=LOGIN") == nil)
        #expect(try parser.feed("250-auth PLAIN login") == nil)
        #expect(try parser.feed("250-STARTTLS") == nil)
        let reply = try #require(try parser.feed("250 8BITMIME"))
        #expect(reply.code == 250 && reply.lines.count == 7 && reply.lines[0] == "mail.example.az Hello")
        #expect(!parser.isInsideReply)
        let extensions = SMTPExtensions(ehlo: reply)
        #expect(extensions.supports("pipelining") && extensions.supports("STARTTLS") && extensions.supports("8BITMIME"))
        #expect(extensions.authMechanisms == ["PLAIN", "LOGIN"])
        #expect(extensions.sizeLimit == 10_240_000)
        #expect(!extensions.supports("SMTPUTF8"))
        // A bare code and single-line replies.
        #expect(try parser.feed("354") == SMTPReply(code: 354, lines: [""]))
        let temporary = try #require(try parser.feed("451 4.3.0 Try again later"))
        #expect(temporary.isTransientFailure && !temporary.isPermanentFailure)
        #expect(try parser.feed("550 5.1.1 No such user")?.isPermanentFailure == true)
    }

    @Test func malformedRepliesAreErrors() {
        for line in ["", "25", "abc text", "250_x", "999 out of range", "099 low"] {
            var parser = SMTPReplyParser()
            #expect(throws: SMTPReplyParser.Malformed.self, "\(line)") { try parser.feed(line) }
        }
        var parser = SMTPReplyParser()
        _ = try? parser.feed("250-first")
        #expect(throws: SMTPReplyParser.Malformed.self) { try parser.feed("251 another code") }
    }
}

@Suite struct SMTPConfigurationTests {
    let from = "OneWindow <noreply@onewindow.example.az>"

    @Test func parsesSchemesPortsAndPercentDecodedCredentials() throws {
        let plain = try SMTPConfiguration.parse(url: "smtp://mailer%40gov.az:p%3Ass%2Fw%20rd@mail.example.az:587?starttls=required", from: from)
        #expect(plain.host == "mail.example.az" && plain.port == 587 && plain.security == .startTLSRequired)
        #expect(plain.username == "mailer@gov.az" && plain.password == "p:ss/w rd")
        let implicit = try SMTPConfiguration.parse(url: "smtps://u:p@mail.example.az", from: from)
        #expect(implicit.security == .implicitTLS && implicit.port == 465)
        let defaults = try SMTPConfiguration.parse(url: "smtp://mail.example.az", from: from)
        #expect(defaults.security == .startTLSOpportunistic && defaults.port == 25 && defaults.username == nil)
        let loopback = try SMTPConfiguration.parse(url: "smtp://u:p@127.0.0.1:2525?starttls=never&allow_insecure_auth=true&timeout=5", from: from)
        #expect(loopback.security == SMTPConfiguration.Security.none && loopback.allowInsecureAuth && loopback.timeout == 5)
        #expect(try SMTPConfiguration.fromEnvironment([:]) == nil)
        let environment = try #require(try SMTPConfiguration.fromEnvironment(["ONEWINDOW_SMTP_URL": "smtp://localhost:1025?starttls=never",
                                                                              "ONEWINDOW_SMTP_FROM": from]))
        #expect(environment.from == from && environment.port == 1025)
    }

    @Test func malformedURLsFailClosedWithAClearMessage() {
        let cases: [(String, String)] = [
            ("http://mail.example.az", "scheme must be smtp or smtps"),
            ("smtp://", "no host"),
            ("smtp://mail.example.az/path", "must not have a path"),
            ("smtp://u:p%zz@mail.example.az", "malformed percent-escape"),
            ("smtp://u:p%0Ax@mail.example.az", "control character"),
            ("smtp://:secret@mail.example.az", "password without a user name"),
            ("smtp://mail.example.az?starttls=maybe", "starttls must be required, opportunistic or never"),
            ("smtps://mail.example.az?starttls=required", "starttls applies to smtp://"),
            ("smtp://mail.example.az?starttls=never", "only allowed for a server on loopback"),
            ("smtp://u:p@mail.example.az?allow_insecure_auth=true", "only allowed for a server on loopback"),
            ("smtp://mail.example.az?timeout=0", "timeout must be seconds"),
            ("smtp://mail.example.az?tls=1", "unknown or empty parameter tls"),
            ("smtp://mail.example.az:0", "port out of range"),
        ]
        for (url, message) in cases {
            do {
                _ = try SMTPConfiguration.parse(url: url, from: from)
                Issue.record("\(url) was accepted")
            } catch let error as SMTPConfigurationError {
                #expect(error.description.contains(message), "\(url): \(error)")
                #expect(!error.description.contains("secret"), "the password never appears in the message")
            } catch {
                Issue.record("\(url): unexpected \(error)")
            }
        }
        #expect(throws: SMTPConfigurationError.self) { try SMTPConfiguration.parse(url: "smtp://mail.example.az", from: "not an address") }
        #expect(throws: SMTPConfigurationError.self) { try SMTPConfiguration.fromEnvironment(["ONEWINDOW_SMTP_URL": "smtp://mail.example.az"]) }
    }
}
