import PortalHTTP

/// Demo fines for the demo citizens (traffic fines of the Ministry of Internal Affairs, one of Quba's).
enum DemoFines {
    static let fines: [(agency: String, fin: String, amount: String, offence: String, daysAgo: Int, protocolNumber: String)] = [
        ("DIN", "5VBK5VR", "40", "Sürət həddinin 10–20 km/saat aşılması (İXM 328.1)", 12, "DYP-2026-104233"),
        ("DIN", "5VBK5VR", "20", "Dayanma və durma qaydalarının pozulması (İXM 334.1)", 3, "DYP-2026-118902"),
        ("DIN", "94FMDDD", "100", "Qırmızı işıqda keçid (İXM 329.1)", 20, "DYP-2026-097115"),
        ("ICRA-QBA", "7HK2M3P", "50,50", "Abadlıq qaydalarının pozulması (İXM 211.1)", 8, "QBA-2026-000311"),
    ]

    static func seed(_ app: Application) async throws {
        guard try await FineModel.query(on: app.db).count() == 0 else { return }
        for fine in fines {
            guard let agency = try await app.portal.directory.agency(code: fine.agency) else { continue }
            let day = LocalDate(app.portal.now()).adding(days: -fine.daysAgo)
            let outcome = try await RecordFine(app: app).run(
                .init(fin: fine.fin, amount: fine.amount, offence: fine.offence, offenceDate: day.iso, protocolNumber: fine.protocolNumber),
                agency: agency, recordedBy: nil, actor: .system)
            if case .invalid(let issues) = outcome { throw Abort(.internalServerError, reason: "demo fine invalid: \(issues.map(\.field))") }
        }
    }
}
