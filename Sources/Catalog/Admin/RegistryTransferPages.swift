import PortalHTTP

/// Export and import of the whole registry by the platform administrator.
struct RegistryTransferPages {
    struct ImportPage: Encodable, Sendable {
        var problems: [Problem]
        var hasProblems: Bool
        var report: Report?
    }

    struct Problem: Encodable, Sendable {
        var row: Int
        var field: String
        var reason: String
    }

    struct Report: Encodable, Sendable {
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

    func download(_ body: String, type: HTTPMediaType, name: String) -> Response {
        let response = Response(status: .ok, body: .init(string: body))
        response.headers.contentType = type
        response.headers.contentDisposition = .init(.attachment, filename: name)
        return response
    }

    @Sendable func exportCSV(req: Request) async throws -> Response {
        _ = try req.require(RegistryTransfer.permission)
        let services = try await RegistryTransfer(app: req.application).export(on: req.db)
        return download(try RegistryFile.csv(services), type: HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"]),
                        name: "registry.csv")
    }

    @Sendable func exportJSON(req: Request) async throws -> Response {
        _ = try req.require(RegistryTransfer.permission)
        let services = try await RegistryTransfer(app: req.application).export(on: req.db)
        return download(String(decoding: try RegistryFile.json(services), as: UTF8.self), type: .json, name: "registry.json")
    }

    @Sendable func form(req: Request) async throws -> Response {
        _ = try req.require(RegistryTransfer.permission)
        return try await req.renderPage("Catalog/office-import", titleKey: "catalog.import.title",
                                        FormPage(values: [:], errors: FormErrors(), extra: ImportPage(problems: [], hasProblems: false, report: nil)))
    }

    @Sendable func upload(req: Request) async throws -> Response {
        _ = try req.require(RegistryTransfer.permission)
        let upload = try req.content.decode(Upload.self)
        var errors = FormErrors()
        guard let file = upload.file, file.data.readableBytes > 0 else {
            errors.add("file", req.t("catalog.import.no_file"))
            return try await req.renderPage("Catalog/office-import", titleKey: "catalog.import.title",
                                            FormPage(values: [:], errors: errors, extra: ImportPage(problems: [], hasProblems: false, report: nil)),
                                            status: .unprocessableEntity)
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
            return try await req.renderPage("Catalog/office-import", titleKey: "catalog.import.title", FormPage(
                values: [:], errors: FormErrors(),
                extra: ImportPage(problems: [], hasProblems: false, report: Report(created: report.created, updated: report.updated, unchanged: report.unchanged))))
        case .rejected(let problems):
            errors.add("file", req.t("catalog.import.rejected", String(problems.count)))
            let rows = problems.map { Problem(row: $0.row, field: $0.field, reason: req.t($0.key)) }
            return try await req.renderPage("Catalog/office-import", titleKey: "catalog.import.title",
                                            FormPage(values: [:], errors: errors, extra: ImportPage(problems: rows, hasProblems: true, report: nil)),
                                            status: .unprocessableEntity)
        }
    }
}
