import Foundation
import PortalCore

/// A configuration the portal must not start with: the message says which part is wrong, never the password.
public struct SMTPConfigurationError: Error, CustomStringConvertible, Equatable {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// Where and how e-mail goes out, from `ONEWINDOW_SMTP_URL` and `ONEWINDOW_SMTP_FROM`:
/// `smtp://user:pass@host:port?starttls=required|opportunistic|never` or `smtps://…` (TLS from the first byte).
/// Credentials are percent-decoded (`%40` for `@`). See docs/configuration.md.
public struct SMTPConfiguration: Sendable, Equatable {
    public enum Security: String, Sendable, Equatable {
        /// `smtps://`: TLS from the first byte (port 465).
        case implicitTLS
        /// STARTTLS or no delivery at all (a temporary failure, retried).
        case startTLSRequired
        /// STARTTLS when the server offers it, otherwise in clear; credentials are still never sent in clear.
        case startTLSOpportunistic
        /// No TLS: only for a server on loopback (a development sink).
        case none
    }

    public var host: String
    public var port: Int
    public var username: String?
    public var password: String?
    public var security: Security
    /// The envelope and header sender, `noreply@example.az` or `OneWindow <noreply@example.az>`.
    public var from: String
    /// The name this client gives in EHLO/HELO.
    public var heloName: String
    /// Each step (connect, greeting, every command) must answer within this; the end of DATA gets twice as long.
    public var timeout: TimeAmountSeconds
    /// AUTH over a connection without TLS: refused unless this is set *and* the server is on loopback.
    public var allowInsecureAuth: Bool
    /// Extra trust roots (PEM) for the server's certificate, e.g. an internal CA; nil = the system's roots.
    public var trustRootsPEM: String?

    public typealias TimeAmountSeconds = Double

    public init(host: String, port: Int, username: String? = nil, password: String? = nil, security: Security,
                from: String, heloName: String = "localhost", timeout: Double = 30, allowInsecureAuth: Bool = false,
                trustRootsPEM: String? = nil) {
        self.host = host
        self.port = port
        self.username = username
        self.password = password
        self.security = security
        self.from = from
        self.heloName = heloName
        self.timeout = timeout
        self.allowInsecureAuth = allowInsecureAuth
        self.trustRootsPEM = trustRootsPEM
    }

    /// True for `localhost`, `127.0.0.0/8` and `::1`.
    public static func isLoopback(_ host: String) -> Bool {
        host.lowercased() == "localhost" || IPAddress(host)?.isLoopback == true
    }

    public var isLoopback: Bool { Self.isLoopback(host) }

    /// Strict percent-decoding: every `%` followed by two hex digits, the result valid UTF-8.
    static func percentDecoded(_ text: String) -> String? {
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8).makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next(), let low = iterator.next(),
                  let highValue = Hex.digit(high), let lowValue = Hex.digit(low) else { return nil }
            bytes.append(highValue << 4 | lowValue)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    /// Reads `ONEWINDOW_SMTP_URL` (nil when unset or empty: no SMTP server configured), `ONEWINDOW_SMTP_FROM`
    /// (required with a URL), `ONEWINDOW_SMTP_HELO_NAME` and `ONEWINDOW_SMTP_CA_FILE`.
    public static func fromEnvironment(_ environment: [String: String]) throws -> SMTPConfiguration? {
        guard let url = environment["ONEWINDOW_SMTP_URL"], !url.isEmpty else { return nil }
        guard let from = environment["ONEWINDOW_SMTP_FROM"], !from.isEmpty else {
            throw SMTPConfigurationError("ONEWINDOW_SMTP_FROM is required when ONEWINDOW_SMTP_URL is set (e.g. OneWindow <noreply@example.az>)")
        }
        var configuration = try parse(url: url, from: from)
        if let helo = environment["ONEWINDOW_SMTP_HELO_NAME"], !helo.isEmpty {
            guard helo.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") }) else {
                throw SMTPConfigurationError("ONEWINDOW_SMTP_HELO_NAME must be a host name")
            }
            configuration.heloName = helo
        }
        if let file = environment["ONEWINDOW_SMTP_CA_FILE"], !file.isEmpty {
            guard let pem = try? String(contentsOfFile: file, encoding: .utf8), pem.contains("-----BEGIN CERTIFICATE-----") else {
                throw SMTPConfigurationError("ONEWINDOW_SMTP_CA_FILE: \(file) is not a readable PEM certificate file")
            }
            configuration.trustRootsPEM = pem
        }
        return configuration
    }

    /// Parses an SMTP URL. Anything unexpected is an error naming the part, never a guess.
    public static func parse(url: String, from: String) throws -> SMTPConfiguration {
        // Foundation may quietly re-encode a stray "%": check every escape before it sees the URL.
        guard percentDecoded(url) != nil else {
            throw SMTPConfigurationError("ONEWINDOW_SMTP_URL has a malformed percent-escape (write % as %25)")
        }
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased() else {
            throw SMTPConfigurationError("ONEWINDOW_SMTP_URL is not a URL (expected smtp://user:pass@host:port or smtps://…)")
        }
        guard scheme == "smtp" || scheme == "smtps" else {
            throw SMTPConfigurationError("ONEWINDOW_SMTP_URL: scheme must be smtp or smtps, not \(scheme)")
        }
        guard let host = components.host, !host.isEmpty else { throw SMTPConfigurationError("ONEWINDOW_SMTP_URL has no host") }
        guard components.path.isEmpty || components.path == "/" else {
            throw SMTPConfigurationError("ONEWINDOW_SMTP_URL must not have a path")
        }
        let port = components.port ?? (scheme == "smtps" ? 465 : 25)
        guard (1...65535).contains(port) else { throw SMTPConfigurationError("ONEWINDOW_SMTP_URL: port out of range") }

        func decoded(_ raw: String?, _ what: String) throws -> String? {
            guard let raw else { return nil }
            guard let value = percentDecoded(raw) else {
                throw SMTPConfigurationError("ONEWINDOW_SMTP_URL: the \(what) has a malformed percent-escape")
            }
            guard !value.contains(where: { $0 == "\r" || $0 == "\n" || $0 == "\0" }) else {
                throw SMTPConfigurationError("ONEWINDOW_SMTP_URL: the \(what) contains a control character")
            }
            return value
        }
        let username = try decoded(components.percentEncodedUser, "user name")
        let password = try decoded(components.percentEncodedPassword, "password")
        if password != nil && (username ?? "").isEmpty {
            throw SMTPConfigurationError("ONEWINDOW_SMTP_URL has a password without a user name")
        }

        var security: Security = scheme == "smtps" ? .implicitTLS : .startTLSOpportunistic
        var timeout = 30.0
        var allowInsecureAuth = false
        for item in components.queryItems ?? [] {
            switch (item.name.lowercased(), item.value?.lowercased()) {
            case ("starttls", let value?):
                guard scheme == "smtp" else { throw SMTPConfigurationError("ONEWINDOW_SMTP_URL: starttls applies to smtp://, not smtps://") }
                switch value {
                case "required": security = .startTLSRequired
                case "opportunistic": security = .startTLSOpportunistic
                case "never", "none", "off":
                    guard isLoopback(host) else {
                        throw SMTPConfigurationError("ONEWINDOW_SMTP_URL: starttls=never is only allowed for a server on loopback")
                    }
                    security = .none
                default: throw SMTPConfigurationError("ONEWINDOW_SMTP_URL: starttls must be required, opportunistic or never")
                }
            case ("timeout", let value?):
                guard let seconds = Double(value), seconds > 0, seconds <= 600 else {
                    throw SMTPConfigurationError("ONEWINDOW_SMTP_URL: timeout must be seconds between 0 and 600")
                }
                timeout = seconds
            case ("allow_insecure_auth", let value?):
                guard value == "true" || value == "1" else { throw SMTPConfigurationError("ONEWINDOW_SMTP_URL: allow_insecure_auth must be true") }
                guard isLoopback(host) else {
                    throw SMTPConfigurationError("ONEWINDOW_SMTP_URL: allow_insecure_auth is only allowed for a server on loopback")
                }
                allowInsecureAuth = true
            default:
                throw SMTPConfigurationError("ONEWINDOW_SMTP_URL: unknown or empty parameter \(item.name)")
            }
        }
        guard (try? EmailAddress.envelopeAddress(from)) != nil else {
            throw SMTPConfigurationError("ONEWINDOW_SMTP_FROM is not an e-mail address (noreply@example.az or Name <noreply@example.az>)")
        }
        return SMTPConfiguration(host: host, port: port, username: username, password: password, security: security,
                                 from: from, timeout: timeout, allowInsecureAuth: allowInsecureAuth)
    }
}
