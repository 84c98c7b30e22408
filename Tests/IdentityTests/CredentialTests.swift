import Foundation
@testable import Identity
import PortalCore
import Testing

@Suite("Credentials")
struct CredentialTests {
    /// RFC 6238 appendix B, SHA-1 (the 8-digit values; authenticator apps use the last 6 digits).
    @Test("TOTP matches the RFC 6238 test vectors",
          arguments: [(59, "94287082"), (1_111_111_109, "07081804"), (1_111_111_111, "14050471"), (1_234_567_890, "89005924"),
                      (2_000_000_000, "69279037"), (20_000_000_000, "65353130")])
    func rfc6238(time: Int, expected: String) {
        let secret = Array("12345678901234567890".utf8)
        #expect(TOTP(secret: secret, digits: 8).code(at: Date(timeIntervalSince1970: TimeInterval(time))) == expected)
        #expect(TOTP(secret: secret).code(at: Date(timeIntervalSince1970: TimeInterval(time))) == String(expected.suffix(6)))
    }

    @Test("TOTP accepts one step of clock drift and nothing more")
    func drift() {
        let totp = TOTP(secret: TOTP.generateSecret())
        let now = Date(timeIntervalSince1970: 1_795_000_000)
        let step = totp.step(at: now)
        #expect(totp.matchingStep(totp.code(forStep: step - 1), at: now) == step - 1)
        #expect(totp.matchingStep(totp.code(forStep: step + 1), at: now) == step + 1)
        #expect(totp.matchingStep(totp.code(forStep: step + 3), at: now) == nil || totp.code(forStep: step + 3) == totp.code(forStep: step))
        #expect(totp.matchingStep("12345", at: now) == nil)
        #expect(totp.matchingStep("abcdef", at: now) == nil)
    }

    @Test("base32 round-trips and matches RFC 4648")
    func base32() {
        #expect(Base32.encode(Array("foobar".utf8)) == "MZXW6YTBOI")
        #expect(Base32.decode("MZXW6YTBOI") == Array("foobar".utf8))
        var rng = SeededRandom(seed: 9)
        for _ in 0..<100 {
            let bytes = (0..<Int.random(in: 1...40, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
            #expect(Base32.decode(Base32.encode(bytes)) == bytes)
        }
        #expect(Base32.decode("not base32!") == nil)
    }

    @Test("passwords: length, common list, FIN and e-mail")
    func policy() throws {
        let policy = try PasswordPolicy.bundled()
        #expect(policy.commonCount > 1_000)
        #expect(policy.check("short")?.key == "validation.password.too_short")
        #expect(policy.check(String(repeating: "x", count: 257))?.key == "validation.password.too_long")
        for common in ["password123", "Qwerty123", "12345678", "azerbaycan", "baki2020", "qarabag1", "iloveyou", "aaaaaaaaaa"] {
            #expect(policy.check(common)?.key == "validation.password.common", "\(common) accepted")
        }
        #expect(policy.check("my 5VBK5VR secret", fin: "5VBK5VR")?.key == "validation.password.contains_fin")
        #expect(policy.check("aysel.m-is-great", email: "aysel.m@example.az")?.key == "validation.password.contains_email")
        #expect(policy.check("Quba almaları ən dadlısıdır") == nil)
        #expect(policy.check(String(repeating: "gözəl şəhər ", count: 5)) == nil)
    }

    @Test("every character of a long password counts (no 72-byte truncation)")
    func longPasswords() throws {
        let hasher = PasswordHasher(cost: 4)
        // 80 bytes of UTF-8 that differ only after byte 72.
        let base = String(repeating: "ş", count: 37)
        let hash = try hasher.hash(base + "A")
        #expect(hasher.verify(base + "A", against: hash))
        #expect(!hasher.verify(base + "B", against: hash))
        let sixtyFour = String(repeating: "ə", count: 63) + "1"
        #expect(hasher.verify(sixtyFour, against: try hasher.hash(sixtyFour)))
        #expect(!hasher.verify(sixtyFour, against: "plain-bcrypt-without-scheme"))
        #expect(hash.hasPrefix(PasswordHasher.scheme))
    }

    @Test("throttling allows fewer than 100 failures an hour and never locks for good")
    func throttleBound() {
        let policy = ThrottlePolicy.account
        var clock: TimeInterval = 0
        var failures = 0
        var blockedUntil: TimeInterval = 0
        var windowStart: TimeInterval = 0
        // An attacker tries as fast as the delay allows for one hour.
        while clock < 3600 {
            clock = max(clock, blockedUntil)
            guard clock < 3600 else { break }
            if clock - windowStart > policy.window { windowStart = clock }
            failures += 1
            blockedUntil = clock + policy.delay(afterFailures: failures)
        }
        #expect(failures < 100, "\(failures) failures in an hour")
        #expect(policy.delay(afterFailures: 10_000) <= 60)
        #expect(policy.delay(afterFailures: 4) == 0)
    }

    @Test("signed form state rejects tampering and expiry")
    func signedState() throws {
        let state = SignedState(key: .init(size: .bits256))
        let now = Date(timeIntervalSince1970: 1_795_000_000)
        let token = try state.sign(["fin": "5VBK5VR"], expires: now.addingTimeInterval(60))
        #expect(state.verify(token, now: now)?["fin"] == "5VBK5VR")
        #expect(state.verify(token, now: now.addingTimeInterval(61)) == nil)
        let tampered = token.replacingOccurrences(of: token.prefix(4), with: "eyJh")
        #expect(tampered == token || state.verify(tampered, now: now) == nil)
        #expect(state.verify(token + "x", now: now) == nil)
        #expect(SignedState(key: .init(size: .bits256)).verify(token, now: now) == nil)
    }
}
