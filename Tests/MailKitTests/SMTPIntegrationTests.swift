import Foundation
import NIOCore
import NIOPosix
import PortalCore
import Testing
@testable import MailKit

/// The client against a real SMTP server (aiosmtpd) on loopback; what arrived is read back through
/// Python's `email` package.
@Suite(.serialized, .enabled(if: SMTPSink.available, SMTPSink.skipReason))
struct SMTPIntegrationTests {
    static let subject = "Qəbul təsdiqləndi: Quba ASAN Xidmət, 14 dekabr 10:30"
    static let text = "Hörmətli Əli Məmmədov,\n\nqəbulunuz təsdiqləndi.\n.\n.nöqtə ilə başlayan sətir\n\n— OneWindow"
    static let html = "<p>Уважаемый Али Мамедов,</p><p>ваш приём подтверждён: <b>14 декабря, 10:30</b>.</p>"
    static let ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//OneWindow//Reception//AZ\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:r-1@onewindow.example.az\r\nDTSTART:20261214T063000Z\r\nSUMMARY:Qəbul\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"

    static func mail(to: String = "Əli Məmmədov <ali@example.az>", id: String = "<n-1@onewindow.example.az>") -> OutgoingMail {
        OutgoingMail(from: "OneWindow <noreply@onewindow.example.az>", to: to, subject: subject, text: text, html: html,
                     messageID: id, listUnsubscribe: "https://onewindow.example.az/notifications/unsubscribe/t0k3n",
                     attachments: [MailAttachment(filename: "qəbul.ics", contentType: "text/calendar; method=REQUEST; charset=utf-8",
                                                  data: Array(ics.utf8))])
    }

    static func client(_ url: String, trust: ThrowawayCertificate? = nil, timeout: Double = 20) throws -> SMTPClient {
        var configuration = try SMTPConfiguration.parse(url: url, from: "OneWindow <noreply@onewindow.example.az>")
        configuration.trustRootsPEM = trust?.certificatePEM
        configuration.timeout = timeout
        return try SMTPClient(configuration: configuration)
    }

    static func certificate() throws -> ThrowawayCertificate {
        try ThrowawayCertificate(in: FileManager.default.temporaryDirectory.appendingPathComponent("smtp-cert-\(UUID().uuidString)"))
    }

    static func normalized(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .newlines)
    }

    /// What every delivered message must look like once Python has parsed it.
    static func checkReceived(_ received: SMTPSink.Received) {
        #expect(received.defects.isEmpty, "parser defects: \(received.defects)")
        #expect(received.subject == subject)
        #expect(received.to.contains("Əli Məmmədov") && received.to.contains("<ali@example.az>"))
        #expect(received.message_id == "<n-1@onewindow.example.az>")
        #expect(received.mime_version == "1.0")
        #expect(!received.date.isEmpty && received.date != "None")
        #expect(received.list_unsubscribe == "<https://onewindow.example.az/notifications/unsubscribe/t0k3n>")
        #expect(received.list_unsubscribe_post == "List-Unsubscribe=One-Click")
        #expect(received.content_type == "multipart/mixed")
        #expect(received.parts.map(\.content_type) == ["text/plain", "text/html", "text/calendar"])
        #expect(normalized(received.parts[0].content) == normalized(text), "dot-stuffed lines come back as sent")
        #expect(normalized(received.parts[1].content) == normalized(html))
        #expect(received.parts[2].filename == "qəbul.ics" && received.parts[2].disposition == "attachment")
        #expect(normalized(received.parts[2].content) == normalized(ics))
        #expect(received.max_line_length <= 998 && !received.bare_lf)
        #expect(received.mail_from == "noreply@onewindow.example.az" && received.rcpt_tos == ["ali@example.az"])
    }

    @Test func plainDeliveryParsesWithPythonsEmailPackage() async throws {
        let sink = try SMTPSink()
        defer { sink.stop() }
        try await Self.client("smtp://localhost:\(sink.port)?starttls=never").send(Self.mail())
        let received = try sink.received()
        try #require(received.count == 1)
        Self.checkReceived(received[0])
        #expect(!received[0].tls && !received[0].authenticated)
    }

    @Test func startTLSThenAuthPlain() async throws {
        let certificate = try Self.certificate()
        let sink = try SMTPSink(["--auth", "mailer@gov.az:p:ss w%rd", "--starttls", certificate.certificateFile, certificate.keyFile, "--require-starttls"])
        defer { sink.stop() }
        let client = try Self.client("smtp://mailer%40gov.az:p%3Ass%20w%25rd@localhost:\(sink.port)?starttls=required", trust: certificate)
        try await client.send(Self.mail())
        let received = try sink.received()
        try #require(received.count == 1)
        Self.checkReceived(received[0])
        #expect(received[0].tls && received[0].authenticated)
        #expect(received[0].auth_mechanism == "PLAIN" && received[0].auth_login == "mailer@gov.az")
    }

    @Test func implicitTLSThenAuthLogin() async throws {
        let certificate = try Self.certificate()
        let sink = try SMTPSink(["--auth", "u:secret", "--auth-mechanisms", "LOGIN", "--implicit-tls", certificate.certificateFile, certificate.keyFile])
        defer { sink.stop() }
        try await Self.client("smtps://u:secret@localhost:\(sink.port)", trust: certificate).send(Self.mail())
        let received = try sink.received()
        try #require(received.count == 1)
        #expect(received[0].tls && received[0].auth_mechanism == "LOGIN" && received[0].auth_login == "u")
        Self.checkReceived(received[0])
    }

    @Test func credentialsNeverGoInClearUnlessAllowedOnLoopback() async throws {
        let sink = try SMTPSink(["--auth", "u:secret"])  // no STARTTLS offered
        defer { sink.stop() }
        await #expect(throws: MessageSendError.self) {
            try await Self.client("smtp://u:secret@localhost:\(sink.port)").send(Self.mail())
        }
        do {
            try await Self.client("smtp://u:secret@localhost:\(sink.port)").send(Self.mail())
        } catch let MessageSendError.temporary(reason) {
            #expect(reason.contains("refusing to send credentials"))
        }
        #expect(try sink.received().isEmpty)
        // Explicitly allowed for a development server on loopback: it goes.
        try await Self.client("smtp://u:secret@127.0.0.1:\(sink.port)?starttls=never&allow_insecure_auth=true").send(Self.mail())
        #expect(try sink.received().count == 1 && sink.received()[0].authenticated)
    }

    @Test func wrongPasswordIsTemporaryNotABounce() async throws {
        let sink = try SMTPSink(["--auth", "u:secret"])
        defer { sink.stop() }
        await #expect(throws: MessageSendError.self) {
            do {
                try await Self.client("smtp://u:wrong@127.0.0.1:\(sink.port)?starttls=never&allow_insecure_auth=true").send(Self.mail())
            } catch let MessageSendError.temporary(reason) {
                #expect(reason.contains("535"))
                throw MessageSendError.temporary(reason)
            }
        }
        #expect(try sink.received().isEmpty)
    }

    @Test func tlsProblemsAreTemporary() async throws {
        let certificate = try Self.certificate()
        let plain = try SMTPSink()
        defer { plain.stop() }
        // starttls=required against a server without STARTTLS: nothing goes in clear.
        await #expect(throws: MessageSendError.temporary("SMTP server localhost does not offer STARTTLS and starttls=required")) {
            try await Self.client("smtp://localhost:\(plain.port)?starttls=required").send(Self.mail())
        }
        #expect(try plain.received().isEmpty)
        // A certificate nobody vouches for (not in the trust roots): the handshake fails, nothing is sent.
        let tls = try SMTPSink(["--starttls", certificate.certificateFile, certificate.keyFile])
        defer { tls.stop() }
        do {
            try await Self.client("smtp://localhost:\(tls.port)?starttls=required").send(Self.mail())
            Issue.record("an untrusted certificate was accepted")
        } catch let MessageSendError.temporary(reason) {
            #expect(reason.contains("TLS") || reason.contains("certificate") || reason.contains("handshake"), "\(reason)")
        }
        #expect(try tls.received().isEmpty)
    }

    @Test func fourHundredsAreTemporaryFiveHundredsPermanent() async throws {
        let sink = try SMTPSink()
        defer { sink.stop() }
        let client = try Self.client("smtp://localhost:\(sink.port)?starttls=never")
        await #expect(throws: MessageSendError.temporary("SMTP RCPT TO answered 451 4.3.0 Try again later")) {
            try await client.send(Self.mail(to: "tempfail@example.az"))
        }
        await #expect(throws: MessageSendError.permanent("SMTP RCPT TO answered 550 5.1.1 No such user here")) {
            try await client.send(Self.mail(to: "reject@example.az"))
        }
        var rejected = Self.mail()
        rejected.text = "X-Sink-Reject-Data: yes"
        await #expect(throws: MessageSendError.permanent("SMTP end of DATA answered 554 5.6.0 Message rejected")) {
            try await client.send(rejected)
        }
        #expect(try sink.received().isEmpty)
        // The same client still delivers afterwards: every message has its own connection.
        try await client.send(Self.mail())
        #expect(try sink.received().count == 1)
    }

    @Test func heloWhenTheServerDoesNotKnowEhlo() async throws {
        let sink = try SMTPSink(["--no-ehlo"])
        defer { sink.stop() }
        try await Self.client("smtp://localhost:\(sink.port)").send(Self.mail())
        let received = try sink.received()
        try #require(received.count == 1)
        Self.checkReceived(received[0])
    }

    @Test func refusedConnectionsAndSilentServersAreTemporary() async throws {
        // A port nobody listens on.
        let closed = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton).bind(host: "127.0.0.1", port: 0).get()
        let closedPort = closed.localAddress!.port!
        try await closed.close()
        await #expect(throws: MessageSendError.self) {
            try await Self.client("smtp://127.0.0.1:\(closedPort)?starttls=never").send(Self.mail())
        }
        // A server that accepts and never greets: the greeting step times out.
        let silent = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .childChannelInitializer { $0.eventLoop.makeSucceededVoidFuture() }
            .bind(host: "127.0.0.1", port: 0).get()
        defer { silent.close(promise: nil) }
        let started = Date()
        do {
            try await Self.client("smtp://127.0.0.1:\(silent.localAddress!.port!)?starttls=never", timeout: 0.5).send(Self.mail())
            Issue.record("a silent server was taken for a delivery")
        } catch let MessageSendError.temporary(reason) {
            #expect(reason.contains("greeting"), "\(reason)")
        }
        #expect(Date().timeIntervalSince(started) < 10)
    }
}
