import Foundation
import PortalHTTP
import VaporTesting

/// Payments: A's invoices and attempts are A's (404 for anyone else); the payments office works by
/// agency and region (R's officials on A's invoices, S's 404); refunds by two people (R's operator
/// asks, R's head decides); the provider's callback by its signature only; reconciliation for the
/// platform administrator.
enum PaymentRows {
    static var rows: [Row] { citizenRows + officeRows + apiRows }

    static var citizenRows: [Row] {
        let invoice = ObjectUse.owned("citizen A's state-fee invoice (agency Y, region R)")
        let fine = ObjectUse.owned("an unpaid fine of citizen A recorded by R's operator")
        let attempt = ObjectUse.owned("citizen A's payment attempt")
        return [
            Row(method: .GET, route: "/cabinet/payments",
                expect: Dictionary<Actor, Expect>.signedIn(.okHiding("{invoice}")).with([.citizenA], .okShowing("{invoice}")),
                call: { context in Call("/cabinet/payments", values: ["invoice": try await context.world.feeInvoiceOfA]) }),
            Row(method: .GET, route: "/payments/invoices/:id", object: invoice, expect: ApplicationRows.onlyFor([.citizenA: .ok]),
                call: { context in Call("/payments/invoices/\(try await context.world.feeInvoiceOfA)") }),
            Row(method: .POST, route: "/payments/invoices/:id/pay", object: fine,
                expect: ApplicationRows.onlyFor([.citizenA: .seeUnder("/payments/go/")]), consumes: true,
                call: { context in Call("/payments/invoices/\(try await context.world.fineInvoiceOfA(fresh: context.fresh))/pay") }),
            Row(method: .GET, route: "/payments/go/:id", object: attempt, expect: ApplicationRows.onlyFor([.citizenA: .ok]),
                call: { context in Call("/payments/go/\(try await context.world.startedPaymentOfA(fresh: false))") }),
            Row(method: .GET, route: "/cabinet/payments/:id/receipt", object: .owned("citizen A's payment of a fine, confirmed by the provider"),
                expect: ApplicationRows.onlyFor([.citizenA: .ok]),
                call: { context in Call("/cabinet/payments/\(try await context.world.paidPaymentOfA(fresh: false))/receipt") }),
            Row(method: .GET, route: "/payments/return/:id", object: attempt, expect: ApplicationRows.onlyFor([.citizenA: .ok]),
                call: { context in Call("/payments/return/\(try await context.world.startedPaymentOfA(fresh: false))") }),
            // The provider's messages: the signature is the only credential (the sender's session does not count).
            Row(method: .POST, route: "/payments/provider/callback", expect: .all(.unauthorized),
                call: { _ in Call("/payments/provider/callback", json: #"{"eventId":"forged"}"#) }),
            // A's payment confirmed by a signed message: the same answer whoever's browser carries it
            // (the first delivery applies it, the rest are recognised as the same event).
            Row(method: .POST, route: "/payments/provider/callback", object: attempt, expect: .all(.ok), call: { context in
                let payment = try await context.world.shared("A's payment for the callback") { try await context.world.startedPaymentOfA(fresh: true) }
                return try await context.world.signedEvent(.failed, payment: payment, eventID: "evt_matrix_\(payment)")
            }),
        ]
    }

    static var officeRows: [Row] {
        let payment = ObjectUse.owned("citizen A's payment of a fine (agency Y, region R)")
        let refund = ObjectUse.owned("a refund to citizen A asked for by R's operator")
        let finesOfR: [Actor: Expect] = [.operatorR: .okShowing("{protocol}"), .headR: .okShowing("{protocol}"), .operatorS: .okHiding("{protocol}"),
                                         .headS: .okHiding("{protocol}"), .otherAgency: .okHiding("{protocol}")]
        let recorded = Expect.see("/office/payments/fines", flash: "flash.payments.fine_recorded")
        let requested = Expect.see("/office/payments/refunds", flash: "flash.payments.refund_requested")
        let today = { (context: CallContext) in LocalDate(context.world.portal.clock.now()).iso }
        return [
            Row(method: .GET, route: "/office/payments",
                expect: .office([.operatorR: .ok, .reviewerR: .ok, .headR: .ok, .operatorS: .ok, .headS: .ok, .otherAgency: .ok,
                                 .registryEditor: .ok, .platformAdmin: .ok])),
            Row(method: .GET, route: "/office/payments/fines", expect: .office(finesOfR), call: { context in
                let invoice = try await context.world.fineInvoiceOfA(fresh: false)
                let row = try await context.world.sql.raw("SELECT protocol_number FROM payments_fines WHERE invoice_id = \(bind: UUID(uuidString: invoice)!)").first()
                return Call("/office/payments/fines", values: ["protocol": try row!.decode(column: "protocol_number", as: String.self)])
            }),
            // A fine for A (a resident of R) in agency Y: R's operator and head; S's officials only for S's
            // residents (422); the other agency is not Y (422).
            Row(method: .POST, route: "/office/payments/fines",
                expect: .office([.operatorR: recorded, .headR: recorded, .operatorS: .unprocessable, .headS: .unprocessable, .otherAgency: .unprocessable]),
                call: { context in Call("/office/payments/fines", form: MatrixWorld.fineForm("MTX-\(context.world.next())", today: today(context))) }),
            // One invoice by number: in scope it opens (an audited read); out of scope it is not found.
            Row(method: .GET, route: "/office/payments/invoices",
                expect: .office([.operatorR: .ok, .reviewerR: .ok, .headR: .ok, .operatorS: .notFound, .headS: .notFound, .otherAgency: .notFound,
                                 .registryEditor: .notFound]),
                call: { context in Call("/office/payments/invoices?number=\(try await context.world.invoiceNumber(try await context.world.feeInvoiceOfA))") }),
            Row(method: .POST, route: "/office/payments/payments/:id/refunds", object: payment,
                expect: .office([.operatorR: requested, .reviewerR: requested, .headR: requested, .operatorS: .notFound, .headS: .notFound,
                                 .otherAgency: .notFound, .registryEditor: .notFound]),
                consumes: true, call: { context in
                    Call("/office/payments/payments/\(try await context.world.paidPaymentOfA(fresh: context.fresh))/refunds", form: [("reason", "Paid twice.")])
                }),
            Row(method: .GET, route: "/office/payments/refunds",
                expect: .office([.operatorR: .okShowing("{refund}"), .reviewerR: .okShowing("{refund}"), .headR: .okShowing("{refund}"),
                                 .operatorS: .okHiding("{refund}"), .headS: .okHiding("{refund}"), .otherAgency: .okHiding("{refund}"),
                                 .registryEditor: .okHiding("{refund}")]),
                call: { context in
                    let refund = try await context.world.refundOfA(fresh: false)
                    let row = try await context.world.sql.raw("""
                        SELECT i.number FROM payments_refunds r JOIN payments_invoices i ON i.id = r.invoice_id WHERE r.id = \(bind: UUID(uuidString: refund)!)
                        """).first()
                    return Call("/office/payments/refunds", values: ["refund": try row!.decode(column: "number", as: String.self)])
                }),
            // The second person: only a head of the payee agency covering the invoice's region.
            Row(method: .POST, route: "/office/payments/refunds/:id/approve", object: refund,
                expect: .office([.headR: .see("/office/payments/refunds", flash: "flash.payments.refund_approved"), .headS: .notFound,
                                 .otherAgency: .notFound]),
                consumes: true, call: { context in Call("/office/payments/refunds/\(try await context.world.refundOfA(fresh: context.fresh))/approve") }),
            Row(method: .POST, route: "/office/payments/refunds/:id/reject", object: refund,
                expect: .office([.headR: .see("/office/payments/refunds", flash: "flash.payments.refund_rejected"), .headS: .notFound,
                                 .otherAgency: .notFound]),
                consumes: true, call: { context in Call("/office/payments/refunds/\(try await context.world.refundOfA(fresh: context.fresh))/reject") }),
            Row(method: .GET, route: "/office/payments/reconciliation", expect: .office([.platformAdmin: .ok])),
            Row(method: .POST, route: "/office/payments/reconciliation",
                expect: .office([.platformAdmin: .see("/office/payments/reconciliation?day={day}", flash: "flash.payments.settlement_stored")]),
                call: { context in Call("/office/payments/reconciliation", form: [("day", today(context))], values: ["day": today(context)]) }),
            Row(method: .GET, route: "/office/payments/reconciliation.csv", expect: .office([.platformAdmin: .ok]),
                call: { context in Call("/office/payments/reconciliation.csv?day=\(today(context))") }),
        ]
    }

    static var apiRows: [Row] {
        let invoice = ObjectUse.owned("citizen A's state-fee invoice (agency Y, region R)")
        let attempt = ObjectUse.owned("citizen A's payment attempt")
        let read = "payments:read"
        return [
            Row(method: .POST, route: "/api/v1/payments", object: .none, scope: "payments:write",
                expect: ApplicationRows.apiOnlyFor(.created), consumes: true, call: { context in
                    Call("/api/v1/payments", json: #"{"invoiceId":"\#(try await context.world.fineInvoiceOfA(fresh: context.fresh))"}"#,
                         headers: [("Idempotency-Key", "matrix-\(context.world.next())")])
                }),
            Row(method: .GET, route: "/api/v1/payments", scope: read, expect: .api(.ok)),
            Row(method: .GET, route: "/api/v1/payments/:id", object: attempt, scope: read, expect: ApplicationRows.apiOnlyFor(.ok),
                call: { context in Call("/api/v1/payments/\(try await context.world.startedPaymentOfA(fresh: false))") }),
            Row(method: .GET, route: "/api/v1/invoices", scope: read,
                expect: Dictionary<Actor, Expect>.api(.okHiding("{invoice}")).with([.citizenA], .okShowing("{invoice}")),
                call: { context in Call("/api/v1/invoices", values: ["invoice": try await context.world.feeInvoiceOfA]) }),
            Row(method: .GET, route: "/api/v1/invoices/:id", object: invoice, scope: read, expect: ApplicationRows.apiOnlyFor(.ok),
                call: { context in Call("/api/v1/invoices/\(try await context.world.feeInvoiceOfA)") }),
            Row(method: .GET, route: "/api/v1/fines", scope: read, expect: .api(.ok)),
        ]
    }
}
