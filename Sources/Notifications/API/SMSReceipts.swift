import Foundation
import PortalHTTP
import SMSKit

/// `POST /notifications/sms/receipts`: the SMS gateway's delivery receipts,
/// `{"id","reference","status":"delivered"|"failed","at"}` signed with `X-Signature:
/// hex(HMAC-SHA256(ONEWINDOW_SMS_GATEWAY_SECRET, body))`, checked by SMSKit's verifier. No session, no CSRF token: the signature is the
/// authentication. Off (404) without a configured secret.
struct SMSReceipts {
    func register(_ bare: any RoutesBuilder) {
        bare.on(.POST, "notifications", "sms", "receipts", body: .collect(maxSize: "16kb"), use: receive)
    }

    @Sendable func receive(req: Request) async throws -> Response {
        guard let secret = req.application.notifications.settings.smsGatewaySecret else { throw Abort(.notFound) }
        let body = req.body.data.map { Array(buffer: $0) } ?? []
        let receipt: SMSDeliveryReceipt
        do {
            receipt = try SMSReceiptVerifier.receipt(body: body, signature: req.headers.first(name: "X-Signature"), secret: secret)
        } catch SMSReceiptVerifier.Failure.malformedBody {
            throw APIProblem(.unprocessableEntity, slug: "invalid-receipt", detailKey: "problem.invalid_receipt")
        } catch {
            throw APIProblem(.unauthorized, slug: "invalid-signature", detailKey: "problem.invalid_signature")
        }
        guard receipt.reference.count <= 100 else {
            throw APIProblem(.unprocessableEntity, slug: "invalid-receipt", detailKey: "problem.invalid_receipt")
        }
        switch try await RecordSMSReceipt(app: req.application).run(reference: receipt.reference, gatewayID: receipt.id,
                                                                    delivered: receipt.status == .delivered, ip: req.clientIP) {
        case .recorded: return Response(status: .noContent)
        case .unknownReference: throw APIProblem(.notFound, slug: "unknown-reference", detailKey: "problem.unknown_reference")
        }
    }
}
