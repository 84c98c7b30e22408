import Crypto
import PortalHTTP

/// `/api/v1/payments`, `/api/v1/invoices`, `/api/v1/fines`: the token owner's own money matters.
/// Creating a payment requires an `Idempotency-Key` (docs/adr/0006).
struct PaymentsAPI {
    static let readScope = "payments:read"
    static let writeScope = "payments:write"

    struct PaymentDTO: Content, Equatable {
        var id: UUID
        var invoiceId: UUID
        var invoiceNumber: String
        var status: String
        var amount: Int64
        var currency: String
        var redirectUrl: String?
        var createdAt: Date
        var expiresAt: Date
        var finishedAt: Date?
    }

    struct InvoiceDTO: Content {
        var id: UUID
        var number: String
        var status: String
        var purpose: String
        var amount: Int64
        var currency: String
        var description: String
        var agencyCode: String
        var payerFin: String
        var payerVoen: String?
        var subjectType: String
        var subjectId: String
        var createdAt: Date
        var paidAt: Date?
    }

    struct FineDTO: Content {
        var id: UUID
        var protocolNumber: String
        var agencyCode: String
        var offence: String
        var offenceDate: String
        var amount: Int64
        var currency: String
        var status: String
        var invoiceId: UUID?
    }

    func register(_ api: any RoutesBuilder) {
        api.on(.POST, "payments", body: .collect(maxSize: "16kb"), use: create)
        api.get("payments", use: list)
        api.get("payments", ":id", use: show)
        api.get("invoices", use: invoices)
        api.get("invoices", ":id", use: invoice)
        api.get("fines", use: fines)
    }

    static func principal(_ req: Request, scope: String) throws -> Principal {
        let principal = try req.requirePrincipal()
        guard principal.allows(scope: scope) else {
            throw APIProblem(.forbidden, slug: "insufficient-scope", detailKey: "problem.insufficient_scope")
        }
        return principal
    }

    /// Payment creations per account (web and API together), so a script cannot flood the provider.
    static func limitCreation(_ req: Request, _ principal: Principal) throws {
        if let retry = req.portal.rateLimiter.hit(bucket: "payments.create", key: principal.userID.uuidString,
                                                  limit: req.application.payments.config.creationsPerMinute, per: 60) {
            throw TooManyRequests(retryAfter: retry)
        }
    }

    static func dto(_ payment: PaymentRecord, number: String) -> PaymentDTO {
        PaymentDTO(id: payment.id, invoiceId: payment.invoiceID, invoiceNumber: number, status: payment.status.rawValue, amount: payment.amount,
                   currency: payment.currency, redirectUrl: payment.status.isActive ? payment.redirectURL : nil,
                   createdAt: payment.createdAt, expiresAt: payment.expiresAt, finishedAt: payment.finishedAt)
    }

    static func dto(_ invoice: InvoiceInfo, _ req: Request) -> InvoiceDTO {
        InvoiceDTO(id: invoice.id, number: invoice.number, status: invoice.status.rawValue, purpose: invoice.purpose.rawValue,
                   amount: invoice.amount.minorUnits, currency: invoice.amount.currency, description: invoice.describe(req.language, req.portal.localizer),
                   agencyCode: invoice.agencyCode, payerFin: invoice.payer.fin, payerVoen: invoice.payer.voen, subjectType: invoice.subject.type,
                   subjectId: invoice.subject.id, createdAt: invoice.createdAt, paidAt: invoice.paidAt)
    }

    /// The request body, strictly: only `invoiceId`. A client cannot set a status, an amount or a payer.
    static func parseCreate(_ req: Request) throws -> UUID {
        let data = req.body.data.map { Data(buffer: $0) } ?? Data()
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw APIProblem.validation([(field: "invoiceId", issue: ValidationIssue("validation.payments.invoice_id"))])
        }
        var issues: [(field: String, issue: ValidationIssue)] = []
        for key in object.keys.sorted() where key != "invoiceId" {
            issues.append((field: key, issue: ValidationIssue("validation.payments.field_not_allowed")))
        }
        let id = (object["invoiceId"] as? String).flatMap(UUID.init(uuidString:))
        if id == nil { issues.append((field: "invoiceId", issue: ValidationIssue("validation.payments.invoice_id"))) }
        guard issues.isEmpty, let id else { throw APIProblem.validation(issues) }
        return id
    }

    @Sendable func create(req: Request) async throws -> Response {
        let principal = try Self.principal(req, scope: Self.writeScope)
        guard let key = req.headers.first(name: "Idempotency-Key"), (1...255).contains(key.utf8.count),
              key.allSatisfy({ $0.isASCII && !$0.isWhitespace || $0 == " " }) else {
            throw APIProblem(.badRequest, slug: "idempotency-key-required", detailKey: "problem.payments.idempotency_key_required")
        }
        let invoiceID = try Self.parseCreate(req)
        // The request's meaning, not its bytes: the same invoice with other spacing is the same request.
        let hash = SHA256.hash(data: Data("POST /api/v1/payments\n\(invoiceID.uuidString.lowercased())".utf8))
            .map { String(format: "%02x", $0) }.joined()
        let outcome = try await IdempotentPaymentCreation(app: req.application)
            .run(key: key, requestHash: hash, invoiceID: invoiceID, principal: principal, ip: req.clientIP, limit: { try Self.limitCreation(req, principal) })
        switch outcome {
        case .answer(let status, let body, let replayed):
            let response = Response(status: HTTPResponseStatus(statusCode: status), body: .init(string: body))
            response.headers.contentType = .json
            response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
            if replayed { response.headers.replaceOrAdd(name: "Idempotent-Replayed", value: "true") }
            return response
        case .keyReusedWithOtherRequest:
            throw APIProblem(.conflict, slug: "idempotency-key-reused", detailKey: "problem.payments.idempotency_key_reused")
        case .notFound:
            throw APIProblem(.notFound, slug: "not-found", detailKey: "problem.payments.invoice_not_found")
        case .notPayable:
            throw APIProblem(.conflict, slug: "invoice-not-payable", detailKey: "problem.payments.invoice_not_payable")
        case .inProgress:
            throw APIProblem(.conflict, slug: "payment-in-progress", detailKey: "problem.payments.payment_in_progress")
        case .providerUnavailable(let retryAfter):
            throw APIProblem(.badGateway, slug: "provider-unavailable", detailKey: "problem.payments.provider_unavailable",
                             headers: ["Retry-After": String(retryAfter ?? 60)])
        }
    }

    @Sendable func list(req: Request) async throws -> Response {
        let principal = try Self.principal(req, scope: Self.readScope)
        let paging = try Paging(req)
        let payments = try await PaymentsQueries(db: req.db).payments(of: principal.userID, paging: paging)
        return try req.privateJSON(payments.map { Self.dto($0.payment, number: $0.invoiceNumber) })
    }

    @Sendable func show(req: Request) async throws -> Response {
        let principal = try Self.principal(req, scope: Self.readScope)
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)),
              let found = try await PaymentsQueries(db: req.db).payment(id, visibleTo: principal, orPayer: true) else {
            throw APIProblem(.notFound, slug: "not-found", detailKey: "problem.payments.payment_not_found")
        }
        return try req.privateJSON(Self.dto(found.payment, number: found.invoice.number))
    }

    @Sendable func invoices(req: Request) async throws -> Response {
        let principal = try Self.principal(req, scope: Self.readScope)
        let paging = try Paging(req)
        var status: InvoiceStatus?
        if let raw = req.query[String.self, at: "status"] {
            guard let parsed = InvoiceStatus(rawValue: raw) else {
                throw APIProblem.validation([(field: "status", issue: ValidationIssue("validation.payments.invoice_status"))])
            }
            status = parsed
        }
        var rows = try await PaymentsQueries(db: req.db).visibleInvoices(to: principal, limit: 10_000)
        if let status { rows = rows.filter { $0.status == status } }
        return try req.privateJSON(ListPage(all: rows, paging: paging).map { Self.dto($0, req) })
    }

    @Sendable func invoice(req: Request) async throws -> Response {
        let principal = try Self.principal(req, scope: Self.readScope)
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)),
              let invoice = try await PaymentsQueries(db: req.db).invoice(id, visibleTo: principal) else {
            throw APIProblem(.notFound, slug: "not-found", detailKey: "problem.payments.invoice_not_found")
        }
        return try req.privateJSON(Self.dto(invoice, req))
    }

    @Sendable func fines(req: Request) async throws -> Response {
        let principal = try Self.principal(req, scope: Self.readScope)
        let paging = try Paging(req)
        let fines = try await PaymentsQueries(db: req.db).fines(of: principal.fin.value, paging: paging)
        return try req.privateJSON(fines.map {
            FineDTO(id: $0.id, protocolNumber: $0.protocolNumber, agencyCode: $0.agencyCode, offence: $0.offence, offenceDate: $0.offenceDate,
                    amount: $0.amount, currency: "AZN", status: $0.status.rawValue, invoiceId: $0.invoiceID)
        })
    }
}
