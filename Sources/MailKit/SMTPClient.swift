import Foundation
import Logging
import NIOCore
import NIOPosix
import NIOSSL
import PortalCore

/// Sends e-mail over SMTP (RFC 5321), one connection per message (docs/adr/0010-mail-and-sms-transports.md):
/// greeting, EHLO (HELO if refused), STARTTLS and EHLO again, AUTH PLAIN or LOGIN, MAIL FROM, RCPT TO,
/// DATA, QUIT — each command only after the previous reply.
///
/// Failures map to `MessageSendError`: a 4xx reply, a refused or broken connection, a timeout or a TLS
/// problem are `.temporary` (retried later); a 5xx reply is `.permanent` (bounced).
public final class SMTPClient: MailTransport, Sendable {
    public let configuration: SMTPConfiguration
    private let group: EventLoopGroup
    private let tlsContext: NIOSSLContext
    private let logger: Logger

    public init(configuration: SMTPConfiguration, group: EventLoopGroup = MultiThreadedEventLoopGroup.singleton,
                logger: Logger = Logger(label: "onewindow.smtp")) throws {
        self.configuration = configuration
        self.group = group
        self.logger = logger
        var tls = TLSConfiguration.makeClientConfiguration()
        tls.minimumTLSVersion = .tlsv12
        if let pem = configuration.trustRootsPEM {
            let certificates = try NIOSSLCertificate.fromPEMBytes(Array(pem.utf8))
            tls.trustRoots = .certificates(certificates)
        }
        tlsContext = try NIOSSLContext(configuration: tls)
    }

    public func send(_ mail: OutgoingMail) async throws {
        let sender: String
        let recipient: String
        let message: String
        do {
            sender = try EmailAddress.envelopeAddress(mail.from)
            recipient = try EmailAddress.envelopeAddress(mail.to)
            message = try MIMEMessage.render(mail)
        } catch {
            throw MessageSendError.permanent("cannot build the message: \(error)")
        }
        try await deliver(from: sender, to: recipient, data: DotStuffing.encode(message))
    }

    /// The SMTP dialogue for one already-rendered message.
    public func deliver(from sender: String, to recipient: String, data: [UInt8]) async throws {
        let config = configuration
        let timeout = config.timeout
        let connection: SMTPConnection
        do {
            connection = try await SMTPConnection.connect(host: config.host, port: config.port,
                                                          tls: config.security == .implicitTLS ? tlsContext : nil,
                                                          timeout: timeout, group: group)
        } catch {
            throw MessageSendError.temporary("SMTP connect to \(config.host):\(config.port) failed: \(error)")
        }
        do {
            try await dialogue(connection, from: sender, to: recipient, data: data)
            await connection.close()
        } catch let error as MessageSendError {
            await connection.close()
            throw error
        } catch {
            await connection.close()
            throw MessageSendError.temporary("SMTP \(config.host):\(config.port): \(error)")
        }
    }

    /// Checks a reply: 2xx/3xx as `expected` goes on; 4xx is temporary, 5xx permanent, anything else temporary.
    private func expect(_ reply: SMTPReply, _ expected: ClosedRange<Int>, step: String) throws {
        if expected.contains(reply.code) { return }
        let text = "SMTP \(step) answered \(reply)"
        if reply.isPermanentFailure { throw MessageSendError.permanent(text) }
        throw MessageSendError.temporary(text)
    }

    private func dialogue(_ connection: SMTPConnection, from sender: String, to recipient: String, data: [UInt8]) async throws {
        let config = configuration
        let timeout = config.timeout
        let greeting = try await connection.readReply(step: "greeting", timeout: timeout)
        try expect(greeting, 220...220, step: "greeting")

        var extensions = try await hello(connection)
        if !connection.isTLS && config.security != .none {
            if extensions.supports("STARTTLS") {
                try expect(try await connection.command("STARTTLS", step: "STARTTLS", timeout: timeout), 220...220, step: "STARTTLS")
                try await connection.startTLS(tlsContext, host: config.host)
                // RFC 3207: forget everything learned before TLS and ask again.
                extensions = try await hello(connection)
            } else if config.security == .startTLSRequired {
                throw MessageSendError.temporary("SMTP server \(config.host) does not offer STARTTLS and starttls=required")
            } else {
                logger.warning("SMTP server \(config.host) offers no STARTTLS: sending in clear")
            }
        }

        if let username = config.username {
            guard connection.isTLS || (config.allowInsecureAuth && config.isLoopback) else {
                throw MessageSendError.temporary("SMTP: refusing to send credentials to \(config.host) without TLS")
            }
            do {
                try await authenticate(connection, extensions: extensions, username: username, password: config.password ?? "")
            } catch MessageSendError.permanent(let reason) {
                // Refused credentials are the portal's configuration, not the recipient: retry, never bounce.
                throw MessageSendError.temporary(reason)
            }
        }

        if let limit = extensions.sizeLimit, data.count > limit {
            throw MessageSendError.permanent("SMTP: the message (\(data.count) octets) is over the server's SIZE limit \(limit)")
        }
        let needsUTF8 = !sender.allSatisfy(\.isASCII) || !recipient.allSatisfy(\.isASCII)
        if needsUTF8 && !extensions.supports("SMTPUTF8") {
            throw MessageSendError.permanent("SMTP: the server does not accept non-ASCII addresses (no SMTPUTF8)")
        }
        var mailFrom = "MAIL FROM:<\(sender)>"
        if extensions.supports("8BITMIME") { mailFrom += " BODY=8BITMIME" }
        if needsUTF8 { mailFrom += " SMTPUTF8" }
        if extensions.sizeLimit != nil { mailFrom += " SIZE=\(data.count)" }
        try expect(try await connection.command(mailFrom, step: "MAIL FROM", timeout: timeout), 250...250, step: "MAIL FROM")
        try expect(try await connection.command("RCPT TO:<\(recipient)>", step: "RCPT TO", timeout: timeout), 250...251, step: "RCPT TO")
        try expect(try await connection.command("DATA", step: "DATA", timeout: timeout), 354...354, step: "DATA")
        try await connection.write(data)
        // The server may scan the message before answering: the end of DATA gets twice as long.
        try expect(try await connection.readReply(step: "end of DATA", timeout: timeout * 2), 250...250, step: "end of DATA")
        // The message is accepted; a failed QUIT changes nothing.
        _ = try? await connection.command("QUIT", step: "QUIT", timeout: min(timeout, 5))
    }

    /// EHLO, or HELO when the server does not know EHLO (no extensions then).
    private func hello(_ connection: SMTPConnection) async throws -> SMTPExtensions {
        let name = configuration.heloName
        let ehlo = try await connection.command("EHLO \(name)", step: "EHLO", timeout: configuration.timeout)
        if ehlo.code == 250 { return SMTPExtensions(ehlo: ehlo) }
        guard [500, 502, 504, 550].contains(ehlo.code) else {
            try expect(ehlo, 250...250, step: "EHLO")
            return SMTPExtensions()
        }
        let helo = try await connection.command("HELO \(name)", step: "HELO", timeout: configuration.timeout)
        try expect(helo, 250...250, step: "HELO")
        return SMTPExtensions()
    }

    /// AUTH PLAIN (RFC 4616) when offered, else AUTH LOGIN.
    private func authenticate(_ connection: SMTPConnection, extensions: SMTPExtensions, username: String, password: String) async throws {
        let timeout = configuration.timeout
        let mechanisms = extensions.authMechanisms
        func b64(_ text: String) -> String { Data(text.utf8).base64EncodedString() }
        if mechanisms.contains("PLAIN") {
            let reply = try await connection.command("AUTH PLAIN " + b64("\0\(username)\0\(password)"), step: "AUTH PLAIN", timeout: timeout)
            try expect(reply, 235...235, step: "AUTH PLAIN")
        } else if mechanisms.contains("LOGIN") {
            try expect(try await connection.command("AUTH LOGIN", step: "AUTH LOGIN", timeout: timeout), 334...334, step: "AUTH LOGIN")
            try expect(try await connection.command(b64(username), step: "AUTH LOGIN user", timeout: timeout), 334...334, step: "AUTH LOGIN user")
            try expect(try await connection.command(b64(password), step: "AUTH LOGIN password", timeout: timeout), 235...235, step: "AUTH LOGIN password")
        } else {
            throw MessageSendError.temporary("SMTP server offers neither AUTH PLAIN nor AUTH LOGIN (offers: \(mechanisms.sorted().joined(separator: " ")))")
        }
    }
}
