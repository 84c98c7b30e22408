import Catalog
import PortalHTTP

/// `/office/accountability`: a head's view of the agency's overdue cases by official, and its CSV.
struct OfficeAccountabilityPages {
    func register(_ office: any RoutesBuilder) {
        office.get("accountability", use: index)
        office.get("accountability", "agencies", ":code", use: overdue)
        office.get("accountability", "agencies", ":code", "overdue.csv", use: overdueCSV)
    }

    func reader(_ req: Request) throws -> ReadOverdueCases {
        _ = try req.require(AccountabilityPermissions.overdue)
        return ReadOverdueCases(app: req.application, principal: try req.requirePrincipal(), ip: req.clientIP)
    }

    @Sendable func index(req: Request) async throws -> Response {
        let reader = try reader(req)
        var links: [OfficeAccountabilityPage.AgencyLink] = []
        for id in reader.agencyIDs {
            if let agency = try await req.portal.directory.agency(id: id) { links.append(.init(code: agency.code, name: agency.name.text(req.language))) }
        }
        return try req.render(OfficeAccountabilityPage(agencies: links.sortedAzerbaijani(by: \.name)), titleKey: "accountability.office.title", forms: false)
    }

    @Sendable func overdue(req: Request) async throws -> Response {
        let (agency, units, groups) = try await read(req)
        let lang = req.language
        var pageGroups: [OverdueCasesPage.Group] = []
        for group in groups {
            var rows: [OverdueCasesPage.Row] = []
            for c in group.cases {
                rows.append(.init(id: c.id, number: c.number, service: try await Names.name(.service, c.place.serviceCode, req) ?? c.place.serviceCode,
                                  unit: try await c.place.unitCode.asyncMap { try await req.portal.directory.unit(code: $0)?.name.text(lang) ?? $0 } ?? "—",
                                  due: BakuTime.displayDate(c.dueOn, lang), daysLate: c.workingDaysLate))
            }
            pageGroups.append(.init(official: group.name, rows: rows))
        }
        var unitNames: [String] = []
        for code in (units ?? []).sorted() { unitNames.append(try await req.portal.directory.unit(code: code)?.name.text(lang) ?? code) }
        let page = OverdueCasesPage(code: agency.code, agencyName: agency.name.text(lang), units: units == nil ? nil : unitNames.joined(separator: ", "),
                                    groups: pageGroups, total: groups.reduce(0) { $0 + $1.cases.count })
        return try req.render(page, titleKey: "accountability.overdue.title", forms: false)
    }

    @Sendable func overdueCSV(req: Request) async throws -> Response {
        let (agency, _, groups) = try await read(req)
        var rows = [["official", "case", "service_code", "unit_code", "due_on", "working_days_late"]]
        for group in groups {
            for c in group.cases {
                rows.append([group.name ?? "", c.number, c.place.serviceCode, c.place.unitCode ?? "", c.dueOn.iso, String(c.workingDaysLate)])
            }
        }
        return .download(CSV.render(rows), filename: "overdue-\(agency.code).csv", contentType: DownloadType.csv)
    }

    private func read(_ req: Request) async throws -> (AgencySummary, Set<String>?, [ReadOverdueCases.Official]) {
        let reader = try reader(req)
        guard let code = req.parameters.get("code") else { throw Abort(.notFound) }
        switch try await reader.run(agencyCode: code) {
        case .cases(let agency, let units, let groups): return (agency, units, groups)
        }
    }
}
