import Crypto
import Foundation
import Testing
import X509

/// Python's aiosmtpd on loopback (scripts/lib/smtp_sink.py), started per test. Absent aiosmtpd skips the
/// integration tests, unless ONEWINDOW_TEST_REQUIRE_SMTP is set (.ci/run sets it): then they fail.
final class SMTPSink {
    struct Received: Decodable {
        struct Part: Decodable {
            var content_type: String
            var filename: String?
            var charset: String?
            var content: String
            var disposition: String?
        }
        var mail_from: String
        var rcpt_tos: [String]
        var tls: Bool
        var authenticated: Bool
        var auth_mechanism: String?
        var auth_login: String?
        var subject: String
        var from: String
        var to: String
        var message_id: String
        var date: String
        var mime_version: String
        var list_unsubscribe: String?
        var list_unsubscribe_post: String?
        var content_type: String
        var parts: [Part]
        var defects: [String]
        var max_line_length: Int
        var bare_lf: Bool
    }

    static let required = ProcessInfo.processInfo.environment["ONEWINDOW_TEST_REQUIRE_SMTP"].map { !$0.isEmpty && $0 != "0" } ?? false

    static var python: String? {
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            let candidate = "\(directory)/python3"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// True when python3 can import aiosmtpd, or when the tests must run anyway (then they fail clearly).
    static let available: Bool = {
        if required { return true }
        guard let python else { return false }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", "import aiosmtpd"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        guard waitForExit(process, seconds: 30) else { return false }
        return process.terminationStatus == 0
    }()

    static let skipReason: Comment = "aiosmtpd is not installed (pip install aiosmtpd); set ONEWINDOW_TEST_REQUIRE_SMTP=1 to make its absence a failure"

    static var script: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("scripts/lib/smtp_sink.py").path
    }

    let process: Process
    let directory: URL
    let port: Int

    struct StartFailed: Error, CustomStringConvertible { let description: String }

    init(_ arguments: [String] = []) throws {
        guard let python = Self.python else { throw StartFailed(description: "python3 not found on PATH (needed with aiosmtpd for the SMTP tests)") }
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("smtp-sink-\(UUID().uuidString)")
        let out = directory.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let log = directory.appendingPathComponent("log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [Self.script, "--out", out.path] + arguments
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        var found: Int?
        while Date() < deadline, process.isRunning {
            let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            if let line = text.split(separator: "\n").first(where: { $0.hasPrefix("READY ") }) {
                found = Int(line.dropFirst(6))
                break
            }
            Thread.sleep(forTimeInterval: 0.1)
        }
        guard let found else {
            if process.isRunning { process.terminate() }
            let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            throw StartFailed(description: "the SMTP sink did not start (is aiosmtpd installed? pip install aiosmtpd): \(text.suffix(800))")
        }
        port = found
    }

    /// Polls instead of `waitUntilExit`, which can hang when called from a Swift concurrency thread.
    static func waitForExit(_ process: Process, seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        return !process.isRunning
    }

    func stop() {
        if process.isRunning {
            process.terminate()
            if !Self.waitForExit(process, seconds: 5) {
                kill(process.processIdentifier, SIGKILL)
                _ = Self.waitForExit(process, seconds: 5)
            }
        }
        try? FileManager.default.removeItem(at: directory)
    }

    deinit { stop() }

    /// The messages the server accepted, in order, as Python's `email` package read them.
    func received() throws -> [Received] {
        let out = directory.appendingPathComponent("out")
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".json") }.sorted()
        return try files.map { try JSONDecoder().decode(Received.self, from: Data(contentsOf: out.appendingPathComponent($0))) }
    }

    /// The raw bytes of the n-th accepted message.
    func raw(_ index: Int) throws -> [UInt8] {
        let out = directory.appendingPathComponent("out")
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".eml") }.sorted()
        return Array(try Data(contentsOf: out.appendingPathComponent(files[index])))
    }
}

/// A throwaway self-signed certificate for `localhost`, made in Swift (no openssl CLI).
struct ThrowawayCertificate {
    let certificatePEM: String
    let keyPEM: String
    let certificateFile: String
    let keyFile: String

    init(in directory: URL) throws {
        let key = P256.Signing.PrivateKey()
        let name = try DistinguishedName { CommonName("localhost") }
        let now = Date()
        let certificate = try Certificate(
            version: .v3, serialNumber: Certificate.SerialNumber(), publicKey: .init(key.publicKey),
            notValidBefore: now.addingTimeInterval(-3600), notValidAfter: now.addingTimeInterval(86400),
            issuer: name, subject: name, signatureAlgorithm: .ecdsaWithSHA256,
            extensions: try Certificate.Extensions {
                Critical(BasicConstraints.notCertificateAuthority)
                SubjectAlternativeNames([.dnsName("localhost")])
            },
            issuerPrivateKey: .init(key))
        certificatePEM = try certificate.serializeAsPEM().pemString
        keyPEM = key.pemRepresentation
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        certificateFile = directory.appendingPathComponent("cert.pem").path
        keyFile = directory.appendingPathComponent("key.pem").path
        try certificatePEM.write(toFile: certificateFile, atomically: true, encoding: .utf8)
        try keyPEM.write(toFile: keyFile, atomically: true, encoding: .utf8)
    }
}
