import Foundation
import Identity
import PaySimKit
@testable import Payments
import PortalHTTP
import PortalTesting
import Testing
import VaporTesting

@Suite("Callbacks and idempotency")
struct CallbackAndIdempotencyTests {
    static let citizenA = "5VBK5VR"
    static let citizenB = "94FMDDD"

    /// A paid invoice and the event that paid it.
    static func paidThroughSimulator(_ world: PaymentsWorld) async throws -> (InvoiceInfo, PaymentModel, String) {
        let invoice = try await world.invoice(fin: citizenA, amount: 1500)
        let citizen = try await world.citizen(citizenA)
        try await world.decide(try await world.startPaying(citizen, invoice.id))
        try await world.eventually("paid") { try await world.invoiceModel(invoice.id)?.status == .paid }
        let payment = try #require(try await PaymentModel.query(on: world.app.db).filter(\.$invoiceID == invoice.id).first())
        // The simulator notes a delivery when the portal's answer arrives, which may be just after the invoice is paid.
        try await world.eventually("the simulator saw its callback answered") { world.sim.deliveredEvents.contains { $0.type == "payment.succeeded" } }
        let eventID = try #require(world.sim.deliveredEvents.first { $0.type == "payment.succeeded" }?.eventId)
        return (invoice, payment, eventID)
    }

    @Test("callbacks: a bad signature, another secret, an old timestamp or a replay after the tolerance are refused; nothing changes")
    func signatureChecks() async throws {
        try await PaymentsWorld.run { world in
            try await world.portal.account(Self.citizenA)
            world.app.payments.register(RecordingHandler(failing: false), forSubjectType: "application")
            try await RecordingHandler.createTable(world.app)
            let invoice = try await world.invoice(fin: Self.citizenA)
            let citizen = try await world.citizen(Self.citizenA)
            _ = try await citizen.post("/payments/invoices/\(invoice.id.uuidString)/pay")
            let payment = try #require(try await PaymentModel.query(on: world.app.db).first())
            let event = ProviderEvent(eventId: "evt_forged", type: .succeeded, paymentId: try #require(payment.providerPaymentID),
                                      orderId: payment.id!.uuidString, amount: payment.amount, currency: "AZN", occurredAt: Date())
            var res = try await world.sendCallback(event, secret: "a-guessed-secret-0123456789abcdefgh")
            #expect(res.status == .unauthorized)
            let now = Int(world.portal.clock.now().timeIntervalSince1970)
            res = try await world.sendCallback(event, timestamp: now - 301)
            #expect(res.status == .unauthorized, "an old timestamp")
            res = try await world.sendCallback(event, timestamp: now + 400)
            #expect(res.status == .unauthorized, "a timestamp from the future")
            // A correctly signed message with a tampered body.
            var headers = HTTPHeaders()
            headers.replaceOrAdd(name: ProviderSignature.timestampHeader, value: String(now))
            headers.replaceOrAdd(name: ProviderSignature.signatureHeader, value: ProviderSignature(secret: PaymentsWorld.secret).sign(Data("{}".utf8), timestamp: now))
            res = try await world.portal.browser().send(.POST, "/payments/provider/callback", headers: headers,
                                                        body: ByteBuffer(data: try JSONEncoder().encode(event)))
            #expect(res.status == .unauthorized, "the signature does not cover this body")
            res = try await world.portal.browser().send(.POST, "/payments/provider/callback", headers: [:], body: ByteBuffer(string: "{}"))
            #expect(res.status == .unauthorized, "no signature")
            #expect(try await world.payment(payment.id!)?.status == .started)
            #expect(try await world.invoiceModel(invoice.id)?.status == .unpaid)

            // A valid one is applied; replaying the captured message later is refused by its timestamp.
            res = try await world.sendCallback(event, timestamp: now)
            #expect(res.status == .ok)
            #expect(try await world.invoiceModel(invoice.id)?.status == .paid)
            world.portal.clock.advance(by: 600)
            res = try await world.sendCallback(event, timestamp: now)
            #expect(res.status == .unauthorized)
        }
    }

    @Test("at least once: the same event delivered again, even concurrently, is applied once")
    func eventsProcessedOnce() async throws {
        try await PaymentsWorld.run { world in
            try await world.portal.account(Self.citizenA)
            let handler = RecordingHandler(failing: false)
            world.app.payments.register(handler, forSubjectType: "application")
            try await RecordingHandler.createTable(world.app)
            try await WebhookProbe.register(world.portal, agency: "DVX", events: "payment.succeeded")
            let (invoice, payment, eventID) = try await Self.paidThroughSimulator(world)
            let event = ProviderEvent(eventId: eventID, type: .succeeded, paymentId: payment.providerPaymentID!, orderId: payment.id!.uuidString,
                                      amount: payment.amount, currency: "AZN", occurredAt: Date())
            let statuses = try await withThrowingTaskGroup(of: UInt.self) { group in
                for _ in 0..<6 { group.addTask { try await world.sendCallback(event).status.code } }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses.allSatisfy { $0 == 200 }, "a redelivery is acknowledged, so the provider stops")
            #expect(try await ProviderEventModel.query(on: world.app.db).filter(\.$id == eventID).count() == 1)
            #expect(handler.paidSubjects == [invoice.subject.id], "the owning module was told once")
            let paidAudits = try await (world.app.db as! any SQLDatabase).raw(
                "SELECT COUNT(*) AS n FROM audit_events WHERE action = 'payments.invoice.paid' AND object_id = \(bind: invoice.number)").first()!
                .decode(column: "n", as: Int.self)
            #expect(paidAudits == 1)
            // The agency the money is for heard of it once: invoice and amount, not the payer.
            let hooks = try await WebhookProbe.bodies(world.portal)
            #expect(hooks.map(\.type) == ["payment.succeeded"] && hooks.first?.data["invoice"] == invoice.number
                    && hooks.first?.data["amountMinor"] == String(payment.amount))
            #expect(!(try await WebhookProbe.rawBodies(world.portal)).contains { $0.contains(Self.citizenA) })
            // A failure arriving after the success is recorded but changes nothing.
            let late = ProviderEvent(eventId: "evt_late_failure", type: .failed, paymentId: payment.providerPaymentID!, orderId: payment.id!.uuidString,
                                     amount: payment.amount, currency: "AZN", occurredAt: Date())
            #expect(try await world.sendCallback(late).status == .ok)
            #expect(try await world.payment(payment.id!)?.status == .succeeded)
            #expect(try await ProviderEventModel.find("evt_late_failure", on: world.app.db)?.outcome == "ignored:succeeded->failed")
        }
    }

    @Test("Idempotency-Key: same key and body answer the original; another body 409; none 400; fields a client may not set 422")
    func idempotency() async throws {
        try await PaymentsWorld.run { world in
            try await world.portal.account(Self.citizenA)
            let token = try await world.token(Self.citizenA)
            let first = try await world.invoice(fin: Self.citizenA)
            let second = try await world.invoice(fin: Self.citizenA)
            let body = #"{"invoiceId":"\#(first.id.uuidString)"}"#
            let a = try await world.createPayment(token: token, key: "key-1", body: body)
            #expect(a.status == .created)
            let b = try await world.createPayment(token: token, key: "key-1", body: #"{ "invoiceId" : "\#(first.id.uuidString.lowercased())" }"#)
            #expect(b.status == .created && b.headers.first(name: "Idempotent-Replayed") == "true")
            #expect(a.body.map { String(buffer: $0) } == b.body.map { String(buffer: $0) }, "byte for byte the original answer")
            let dto = try JSONDecoder.iso.decode(PaymentsAPI.PaymentDTO.self, from: Data(buffer: try #require(a.body)))
            #expect(dto.status == "started" && dto.redirectUrl?.hasPrefix(world.sim.baseURL) == true && dto.amount == 1000)
            let conflict = try await world.createPayment(token: token, key: "key-1", body: #"{"invoiceId":"\#(second.id.uuidString)"}"#)
            #expect(conflict.status == .conflict)
            #expect(conflict.headers.first(name: .contentType)?.hasPrefix("application/problem+json") == true)
            #expect(try await world.createPayment(token: token, key: nil, body: body).status == .badRequest)
            let forged = try await world.createPayment(token: token, key: "key-2", body: #"{"invoiceId":"\#(second.id.uuidString)","status":"succeeded","amount":1}"#)
            #expect(forged.status == .unprocessableEntity)
            #expect(forged.body.map { String(buffer: $0) }?.contains("\"field\":\"status\"") == true)
            #expect(try await PaymentModel.query(on: world.app.db).filter(\.$invoiceID == second.id).count() == 0, "nothing created")
            #expect(try await PaymentModel.query(on: world.app.db).count() == 1)
            // Another key for an invoice with an attempt in progress does not start a second one.
            #expect(try await world.createPayment(token: token, key: "key-3", body: body).status == .conflict)
            // Left alone, the attempt expires after 90 minutes.
            world.portal.clock.advance(by: 24 * 3600 + 1)
            try await ExpirePayments(app: world.app).run()
            #expect(try await world.payment(dto.id)?.status == .expired)
        }
    }

    @Test("payment creation is rate-limited per account; replays of answered requests are not counted")
    func rateLimit() async throws {
        try await PaymentsWorld.run { world in
            try await world.portal.account(Self.citizenA)
            world.app.payments.config.creationsPerMinute = 2
            let token = try await world.token(Self.citizenA)
            var statuses: [UInt] = []
            for index in 0..<3 {
                let invoice = try await world.invoice(fin: Self.citizenA)
                let body = #"{"invoiceId":"\#(invoice.id.uuidString)"}"#
                statuses.append(try await world.createPayment(token: token, key: "rate-\(index)", body: body).status.code)
                if index == 0 {
                    statuses.append(try await world.createPayment(token: token, key: "rate-0", body: body).status.code)
                }
            }
            #expect(statuses == [201, 201, 201, 429], "two new keys a minute; the replay is free")
            #expect(try await PaymentModel.query(on: world.app.db).count() == 2)
        }
    }

    @Test("concurrent requests with the same key create one payment")
    func concurrentSameKey() async throws {
        try await PaymentsWorld.run { world in
            try await world.portal.account(Self.citizenA)
            let token = try await world.token(Self.citizenA)
            let invoice = try await world.invoice(fin: Self.citizenA)
            let body = #"{"invoiceId":"\#(invoice.id.uuidString)"}"#
            let answers = try await withThrowingTaskGroup(of: (UInt, String).self) { group in
                for _ in 0..<8 {
                    group.addTask {
                        let res = try await world.createPayment(token: token, key: "same-key", body: body)
                        return (res.status.code, res.body.map { String(buffer: $0) } ?? "")
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(answers.allSatisfy { $0.0 == 201 }, "\(answers.map(\.0))")
            let ids = Set(try answers.map { try JSONDecoder.iso.decode(PaymentsAPI.PaymentDTO.self, from: Data($0.1.utf8)).id })
            #expect(ids.count == 1)
            #expect(try await PaymentModel.query(on: world.app.db).count() == 1)
            #expect(try await IdempotencyKeyModel.query(on: world.app.db).count() == 1)
        }
    }

    @Test("object-level checks: another citizen can neither see nor pay an invoice; a company's representatives can")
    func authorization() async throws {
        try await PaymentsWorld.run { world in
            try await world.portal.account(Self.citizenA)
            try await world.portal.account(Self.citizenB)
            let invoice = try await world.invoice(fin: Self.citizenA)
            let b = try await world.citizen(Self.citizenB)
            #expect(try await b.get("/payments/invoices/\(invoice.id.uuidString)").status == .notFound)
            try await b.get("/cabinet/payments")
            #expect(try await b.post("/payments/invoices/\(invoice.id.uuidString)/pay").status == .notFound)
            #expect(try await PaymentModel.query(on: world.app.db).count() == 0)
            #expect(!(try await b.get("/cabinet/payments").body.string.contains(invoice.number)))
            let tokenB = try await world.token(Self.citizenB)
            let api = world.portal.browser()
            #expect(try await api.get("/api/v1/invoices/\(invoice.id.uuidString)", headers: ["Authorization": "Bearer \(tokenB)"]).status == .notFound)
            #expect(try await world.createPayment(token: tokenB, key: "k", body: #"{"invoiceId":"\#(invoice.id.uuidString)"}"#).status == .notFound)
            let list = try await api.get("/api/v1/invoices", headers: ["Authorization": "Bearer \(tokenB)"])
            #expect(list.status == .ok && !list.body.string.contains(invoice.id.uuidString))
            let readOnly = try await world.token(Self.citizenA, scopes: ["payments:read"])
            #expect(try await world.createPayment(token: readOnly, key: "k", body: #"{"invoiceId":"\#(invoice.id.uuidString)"}"#).status == .forbidden)
            let mine = try await api.get("/api/v1/invoices?status=unpaid", headers: ["Authorization": "Bearer \(readOnly)"])
            #expect(mine.status == .ok && mine.body.string.contains(invoice.id.uuidString))
            #expect(try await api.get("/api/v1/invoices?status=bogus", headers: ["Authorization": "Bearer \(readOnly)"]).status == .unprocessableEntity)

            // A company invoice: its director (B here) sees it too.
            try await world.portal.company(voen: "1400057421", name: "Quba Alma MMC", director: Self.citizenB)
            let director = try await world.citizen(Self.citizenB)
            try await director.get("/cabinet/companies")
            _ = try await director.post("/cabinet/companies", [("voen", "1400057421")])
            let companyInvoice = try await world.invoice(fin: Self.citizenA, voen: "1400057421")
            let directorAgain = try await world.citizen(Self.citizenB)
            #expect(try await directorAgain.get("/payments/invoices/\(companyInvoice.id.uuidString)").status == .ok)
            #expect(try await directorAgain.get("/payments/invoices/\(invoice.id.uuidString)").status == .notFound)
        }
    }
}

extension JSONDecoder {
    static let iso: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }()
}
