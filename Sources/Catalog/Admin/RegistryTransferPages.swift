import PortalHTTP

/// Export and import of the whole registry by the platform administrator.
struct RegistryTransferPages {
    struct Problem: Sendable {
        var row: Int
        var field: String
        var reason: String
    }

    struct Report: Sendable {
        var created: Int
        var updated: Int
        var unchanged: Int
    }

    struct Upload: Content {
        var file: File?
        var format: String?
    }

    func register(_ office: any RoutesBuilder) {
        office.get("registry", "export.csv", use: exportCSV)
        office.get("registry", "export.json", use: exportJSON)
        office.get("registry", "import", use: form)
        office.on(.POST, "registry", "import", bodyLimit: "16mb", use: upload)
    }

    @Sendable func exportCSV(req: Request) async throws -> Response {
        _ = try req.require(CatalogPermissions.transferRegistry)
        let services = try await RegistryTransfer(app: req.application).export(on: req.db)
        return .download(try RegistryFile.csv(services), filename: "registry.csv", contentType: DownloadType.csv)
    }

    @Sendable func exportJSON(req: Request) async throws -> Response {
        _ = try req.require(CatalogPermissions.transferRegistry)
        let services = try await RegistryTransfer(app: req.application).export(on: req.db)
        return .download(ByteBuffer(data: try RegistryFile.json(services)), filename: "registry.json", contentType: DownloadType.json)
    }

    @Sendable func form(req: Request) async throws -> Response {
        _ = try req.require(CatalogPermissions.transferRegistry)
        return try req.render(RegistryImportPage(), titleKey: "catalog.import.title")
    }

    @Sendable func upload(req: Request) async throws -> Response {
        _ = try req.require(CatalogPermissions.transferRegistry)
        let upload = try req.content.decode(Upload.self)
        var errors = FormErrors()
        guard let file = upload.file, file.data.readableBytes > 0 else {
            errors.add("file", req.t("catalog.import.no_file"))
            return try req.render(RegistryImportPage(errors: errors), titleKey: "catalog.import.title", status: .unprocessableEntity)
        }
        let data = Data(file.data.readableBytesView)
        let isJSON = file.filename.lowercased().hasSuffix(".json") || upload.format == "json"
        let parsed: RegistryFile.Parsed
        if isJSON {
            switch RegistryFile.parseJSON(data) {
            case .success(let rows): parsed = .init(rows: rows, problems: [])
            case .failure(let problems): parsed = .init(rows: [], problems: problems.items)
            }
        } else {
            parsed = RegistryFile.readCSV(String(decoding: data, as: UTF8.self))
        }
        let outcome = try await RegistryTransfer(app: req.application)
            .apply(parsed.rows, earlier: parsed.problems, actor: try req.requirePrincipal(), ip: req.clientIP, source: "import")
        switch outcome {
        case .imported(let report):
            return try req.render(RegistryImportPage(report: Report(created: report.created, updated: report.updated, unchanged: report.unchanged)),
                                  titleKey: "catalog.import.title")
        case .rejected(let problems):
            errors.add("file", req.t("catalog.import.rejected", String(problems.count)))
            let rows = problems.map { Problem(row: $0.row, field: $0.field, reason: req.t($0.key)) }
            return try req.render(RegistryImportPage(errors: errors, problems: rows), titleKey: "catalog.import.title", status: .unprocessableEntity)
        }
    }
}
