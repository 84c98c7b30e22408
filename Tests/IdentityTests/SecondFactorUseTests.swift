import Foundation
@testable import Identity
import PortalCore
import PortalHTTP
import PortalTesting
import Testing

/// Single use of second-factor codes, below the throttle (which would otherwise let only a few of the
/// concurrent requests reach the check), on whichever database the suite runs.
@Suite("Second factor: single use")
struct SecondFactorUseTests {
    static func concurrently(_ count: Int, _ body: @escaping @Sendable () async throws -> SecondFactor.Outcome) async throws -> [SecondFactor.Outcome] {
        try await withThrowingTaskGroup(of: SecondFactor.Outcome.self) { group in
            for _ in 0..<count { group.addTask { try await body() } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
    }

    @Test("20 concurrent uses of one TOTP code and of one recovery code: exactly one is accepted")
    func exactlyOnce() async throws {
        try await withPortal { portal in
            let secret = TOTP.generateSecret()
            let id = try await portal.account("5VBK5VR", totpSecret: secret, idCard: "AA6100000")
            let user = try #require(try await UserModel.find(id, on: portal.app.db))
            let factor = SecondFactor(app: portal.app, ip: "192.0.2.1")
            let now = portal.clock.now()
            let code = portal.totp(secret)

            let totp = try await Self.concurrently(20) { try await factor.use(code, for: user, now: now) }
            #expect(totp.filter { $0 == .accepted(method: "totp") }.count == 1, "\(totp)")
            #expect(totp.filter { $0 == .rejected(replayed: true) }.count == 19)
            let steps = try await UsedTOTPStepModel.query(on: portal.app.db).filter(\.$userID == id).count()
            #expect(steps == 1)

            let account = SignedInAccount(app: portal.app, user: user, session: nil, ip: "192.0.2.1")
            let codes: [String]
            switch try await RegenerateRecoveryCodes(account: account).run() { case .generated(let generated): codes = generated }
            let recovery = try await Self.concurrently(20) { try await factor.use(codes[0], for: user, now: now) }
            #expect(recovery.filter { $0 == .accepted(method: "recovery_code") }.count == 1, "\(recovery)")
            #expect(try await factor.use(codes[1], for: user, now: now) == .accepted(method: "recovery_code"), "another code still works")
        }
    }

    @Test("the schema refuses a second record of the same step")
    func schemaRefusesSecondUse() async throws {
        try await withPortal { portal in
            let id = try await portal.account("5VBK5VR", totpSecret: TOTP.generateSecret(), idCard: "AA6100001")
            let now = portal.clock.now()
            try await SecondFactorRecords.markStepUsed(42, userID: id, at: now, on: portal.app.db)
            do {
                try await SecondFactorRecords.markStepUsed(42, userID: id, at: now, on: portal.app.db)
                Issue.record("a second record of step 42 was accepted")
            } catch {
                #expect(error.isConstraintViolation, "\(error)")
            }
        }
    }

    @Test("the policy: a growing wait from the 3rd wrong code, at most 10 in any hour, never longer than the window")
    func policy() {
        let policy = SecondFactorPolicy.account
        let t0 = Date(timeIntervalSince1970: 1_795_000_000)
        #expect(policy.wait(failures: [t0, t0], now: t0) == nil)
        #expect(policy.wait(failures: [t0, t0, t0], now: t0) == 60)
        #expect(policy.wait(failures: [t0, t0, t0, t0], now: t0) == 120)
        let ten = (0..<10).map { t0.addingTimeInterval(TimeInterval($0) * 60) }
        #expect(policy.wait(failures: ten, now: ten[9]) == 3600 - 540, "the budget: until the oldest leaves the hour")
        #expect(policy.wait(failures: ten, now: t0.addingTimeInterval(3600)) == nil || policy.wait(failures: ten, now: t0.addingTimeInterval(3600))! <= 900)
        #expect(policy.wait(failures: Array(repeating: t0, count: 1_000), now: t0)! <= 3600)
        #expect(policy.wait(failures: [t0], now: t0.addingTimeInterval(3601)) == nil)
    }
}
