import Crypto
import Foundation
@testable import Payments
import PortalCore
import Testing

/// The rules without a database: the transition table, the signature, the settlement file.
@Suite("Payment rules")
struct PaymentRulesTests {
    /// Every (status, event) pair, written out: a change to the table must change this test.
    static let table: [PaymentStatus: [PaymentStatus.Event: PaymentStatus]] = [
        .created: [.providerAccepted: .started, .succeeded: .succeeded, .failed: .failed, .cancelled: .cancelled, .expired: .expired],
        .started: [.succeeded: .succeeded, .failed: .failed, .cancelled: .cancelled, .expired: .expired],
        .succeeded: [.refunded: .refunded],
        .failed: [:],
        .cancelled: [:],
        .expired: [.succeeded: .succeeded],
        .refunded: [:],
    ]

    @Test("the transition table: allowed moves give their status, every other pair is refused")
    func transitions() {
        var checked = 0
        for from in PaymentStatus.allCases {
            for event in PaymentStatus.Event.allCases {
                #expect(from.after(event) == Self.table[from]?[event], "\(from) + \(event)")
                checked += 1
            }
        }
        #expect(checked == PaymentStatus.allCases.count * PaymentStatus.Event.allCases.count)
        #expect(checked == 42)
        // Terminal states take nothing that would take money twice or un-refund.
        #expect(PaymentStatus.refunded.after(.succeeded) == nil)
        #expect(PaymentStatus.failed.after(.succeeded) == nil)
        #expect(PaymentStatus.succeeded.after(.failed) == nil)
    }

    static let secret = "test-provider-secret-0123456789abcdef"

    @Test("signatures: a known vector, a wrong key, a changed body, a malformed header, an old or future timestamp")
    func signatures() {
        let signature = ProviderSignature(secret: Self.secret, tolerance: 300)
        let body = Data(#"{"eventId":"evt_1"}"#.utf8)
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let ts = 1_800_000_000
        // Independent computation of the same MAC (what any provider would do).
        let expected = "v1=" + HMAC<SHA256>.authenticationCode(for: Data("\(ts).".utf8) + body, using: SymmetricKey(data: Data(Self.secret.utf8)))
            .map { String(format: "%02x", $0) }.joined()
        #expect(signature.sign(body, timestamp: ts) == expected)
        #expect(signature.verify(body, timestamp: String(ts), signature: expected, now: now) == .valid)
        let other = ProviderSignature(secret: "another-secret-0123456789abcdef0123").sign(body, timestamp: ts)
        #expect(signature.verify(body, timestamp: String(ts), signature: other, now: now) == .mismatch)
        #expect(signature.verify(Data(#"{"eventId":"evt_2"}"#.utf8), timestamp: String(ts), signature: expected, now: now) == .mismatch)
        // The timestamp is signed: moving it breaks the signature.
        #expect(signature.verify(body, timestamp: String(ts + 1), signature: expected, now: now) == .mismatch)
        #expect(signature.verify(body, timestamp: nil, signature: expected, now: now) == .missing)
        #expect(signature.verify(body, timestamp: String(ts), signature: "v1=zz", now: now) == .malformed)
        #expect(signature.verify(body, timestamp: String(ts), signature: String(expected.dropFirst(3)), now: now) == .malformed)
        #expect(signature.verify(body, timestamp: String(ts), signature: expected, now: now.addingTimeInterval(301)) == .outsideTolerance(skewSeconds: 301))
        #expect(signature.verify(body, timestamp: String(ts), signature: expected, now: now.addingTimeInterval(-400)) == .outsideTolerance(skewSeconds: -400))
        #expect(signature.verify(body, timestamp: String(ts), signature: expected, now: now.addingTimeInterval(299)) == .valid)
    }

    @Test("settlement files: the header is required and a bad line is named")
    func settlementFile() {
        let good = "payment_id,order_id,amount,currency,status,settled_at\nps_1,\(UUID().uuidString),4000,AZN,succeeded,2026-12-03T05:00:00Z\n"
        guard case .success(let lines) = Reconciliation.parse(good) else { Issue.record("good file refused"); return }
        #expect(lines.count == 1 && lines[0].amount == 4000)
        #expect(Reconciliation.parse("id,amount\n") == .failure(.init(line: 1, message: "header must be \(Reconciliation.header)")))
        if case .failure(let problem) = Reconciliation.parse(good + "ps_2,x,-5,AZN,succeeded,2026-12-03T05:00:00Z\n") {
            #expect(problem.line == 3)
        } else {
            Issue.record("a negative amount was accepted")
        }
    }

    @Test("the mismatch export quotes and neutralises the provider's data (CSV injection)")
    func mismatchExport() throws {
        let report = Reconciliation.Report(day: "2026-12-03", portalCount: 0, providerCount: 2, matched: 0, mismatches: [
            .init(kind: .missingInPortal, orderID: "=HYPERLINK(\"http://evil.example\",\"open\")", providerPaymentID: "ps_1,ps_2",
                  providerAmount: 500, providerStatus: "@SUM(A1)"),
            .init(kind: .missingInPortal, orderID: "-2+3", providerPaymentID: "+ps", providerAmount: 100, providerStatus: "succeeded"),
        ])
        let records = try CSV.parse(Reconciliation.csv(report))
        #expect(records.count == 3 && records.allSatisfy { $0.fields.count == 8 }, "a comma in provider data stays in its cell")
        #expect(records[1].fields[1] == "'=HYPERLINK(\"http://evil.example\",\"open\")" && records[1].fields[2] == "ps_1,ps_2")
        #expect(records[1].fields[7] == "'@SUM(A1)" && records[2].fields[1] == "'-2+3" && records[2].fields[2] == "'+ps")
        let triggers = CSV.formulaTriggers
        #expect(records.allSatisfy { $0.fields.allSatisfy { !($0.unicodeScalars.first.map(triggers.contains) ?? false) } })
    }
}
