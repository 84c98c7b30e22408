import Foundation
@testable import Payments
import PortalHTTP
import PortalTesting
import Testing
import VaporTesting

/// The payments API answers what Resources/OpenAPI/payments.json says, for successes and problems.
@Suite("Payments API contract")
struct PaymentsContractTests {
    @Test("live answers of /api/v1/payments, /invoices and /fines match the OpenAPI document")
    func contract() async throws {
        try await PaymentsWorld.run { world in
            try await world.portal.account("5VBK5VR")
            let token = try await world.token("5VBK5VR")
            let invoice = try await world.invoice(fin: "5VBK5VR")
            let raw = try await world.portal.browser().get("/api/openapi.json")
            let validator = OpenAPIValidator(document: try JSONDecoder().decode(JSONValue.self, from: Data(raw.body.readableBytesView)))
            let created = try await world.createPayment(token: token, key: "contract", body: #"{"invoiceId":"\#(invoice.id.uuidString)"}"#)
            let body = Data(buffer: try #require(created.body))
            #expect(validator.problems(method: "POST", path: "/api/v1/payments", status: Int(created.status.code),
                                       contentType: created.headers.first(name: .contentType), body: body).isEmpty)
            let conflict = try await world.createPayment(token: token, key: "contract", body: #"{"invoiceId":"\#(UUID().uuidString)"}"#)
            #expect(validator.problems(method: "POST", path: "/api/v1/payments", status: Int(conflict.status.code),
                                       contentType: conflict.headers.first(name: .contentType), body: Data(buffer: try #require(conflict.body))).isEmpty)
            let payment = try JSONDecoder.iso.decode(PaymentsAPI.PaymentDTO.self, from: body)
            let bearer: HTTPHeaders = ["Authorization": "Bearer \(token)"]
            var statuses: Set<UInt> = []
            for path in ["/api/v1/payments", "/api/v1/payments/\(payment.id.uuidString)", "/api/v1/payments/\(UUID().uuidString)",
                         "/api/v1/invoices", "/api/v1/invoices?status=unpaid", "/api/v1/invoices/\(invoice.id.uuidString)",
                         "/api/v1/invoices?limit=1000", "/api/v1/fines"] {
                let res = try await world.portal.browser().get(path, headers: bearer)
                statuses.insert(res.status.code)
                let problems = validator.problems(method: "GET", path: path, status: Int(res.status.code),
                                                  contentType: res.headers.first(name: .contentType), body: Data(res.body.readableBytesView))
                #expect(problems.isEmpty, "\(path): \(problems)")
            }
            #expect(statuses == [200, 404, 422])
        }
    }
}
