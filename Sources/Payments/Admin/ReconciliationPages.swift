import PortalHTTP

/// `/office/payments/reconciliation`: store the provider's settlement file for a day (fetched from the
/// provider or uploaded), see the mismatches, export them as CSV (the view: ReconciliationPageView.swift).
struct ReconciliationPages {
    struct Row: Sendable {
        var kind: String
        var orderID: String
        var providerPaymentID: String?
        var invoiceNumber: String?
        var portalAmount: Int64?
        var providerAmount: Int64?
        var portalStatus: String?
        var providerStatus: String?
    }

    struct Page: Sendable {
        /// The day's latest settlement file: where it came from and when it was stored.
        struct StoredFile: Sendable {
            var source: String
            var stored: String
        }

        var day: String
        var file: StoredFile?
        var problem: String?
        var summary: String
        var rows: [Row]
    }

    func register(_ payments: any RoutesBuilder) {
        payments.get("reconciliation", use: show)
        payments.on(.POST, "reconciliation", bodyLimit: "5mb", use: store)
        payments.get("reconciliation.csv", use: export)
    }

    static func day(_ req: Request) -> String {
        if let raw = req.query[String.self, at: "day"], LocalDate(iso: raw) != nil { return raw }
        return LocalDate(req.portal.now(), in: TimeZone(secondsFromGMT: 0)!).iso
    }

    func report(_ req: Request, day: String) async throws -> (Reconciliation.Report?, SettlementFile?, String?) {
        let reconciliation = Reconciliation(app: req.application)
        guard let file = try await PaymentsQueries(db: req.db).latestSettlementFile(day: day) else { return (nil, nil, nil) }
        switch Reconciliation.parse(file.content) {
        case .failure(let problem): return (nil, file, req.t("payments.reconciliation.bad_file", String(problem.line), problem.message))
        case .success(let lines): return (try await reconciliation.report(day: day, lines: lines), file, nil)
        }
    }

    @Sendable func show(req: Request) async throws -> Response {
        _ = try req.require(PaymentsPermissions.reconcile)
        let day = Self.day(req)
        let (report, file, problem) = try await report(req, day: day)
        let rows = (report?.mismatches ?? []).map {
            Row(kind: req.portal.localizer.text("payments.reconciliation.kind.\($0.kind.rawValue)", req.language), orderID: $0.orderID,
                providerPaymentID: $0.providerPaymentID, invoiceNumber: $0.invoiceNumber, portalAmount: $0.portalAmount,
                providerAmount: $0.providerAmount, portalStatus: $0.portalStatus, providerStatus: $0.providerStatus)
        }
        let page = Page(day: day, file: file.map { Page.StoredFile(source: $0.source, stored: req.displayTime($0.storedAt)) }, problem: problem,
                        summary: req.t("payments.reconciliation.summary", String(report?.portalCount ?? 0), String(report?.providerCount ?? 0),
                                       String(report?.matched ?? 0)),
                        rows: rows)
        return try req.render(page, titleKey: "payments.reconciliation.title")
    }

    struct StoreForm: Content {
        var day: String?
        var action: String?
        var file: File?
    }

    @Sendable func store(req: Request) async throws -> Response {
        _ = try req.require(PaymentsPermissions.reconcile)
        let principal = try req.requirePrincipal()
        let form = try req.content.decode(StoreForm.self)
        guard let day = form.day, LocalDate(iso: day) != nil else { return req.redirect(to: "/office/payments/reconciliation", flash: "flash.payments.day_required") }
        let back = "/office/payments/reconciliation?day=\(day)"
        let content: String
        let source: String
        if form.action == "upload" {
            guard let file = form.file, file.data.readableBytes > 0 else { return req.redirect(to: back, flash: "flash.payments.file_required") }
            content = String(buffer: file.data)
            source = "upload"
        } else {
            do {
                content = try await req.application.payments.provider.settlementReport(day: day)
            } catch is ProviderUnavailable {
                return req.redirect(to: back, flash: "flash.payments.provider_unavailable")
            }
            source = "provider"
        }
        try await StoreSettlementFile(app: req.application).run(day: day, content: content, source: source, by: principal, ip: req.clientIP)
        return req.redirect(to: back, flash: "flash.payments.settlement_stored")
    }

    @Sendable func export(req: Request) async throws -> Response {
        _ = try req.require(PaymentsPermissions.reconcile)
        let day = Self.day(req)
        let (report, _, _) = try await report(req, day: day)
        guard let report else { throw Abort(.notFound) }
        return .download(Reconciliation.csv(report), filename: "reconciliation-\(day).csv", contentType: DownloadType.csv)
    }
}
