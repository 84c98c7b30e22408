import PortalHTTP

/// An official looks a person up in the register for one of their agency's purposes. A regional
/// official finds only residents of their region (anyone else answers like a FIN not in the register);
/// each official has an hourly quota; every look-up is in the audit trail, and one that shows a
/// person's record is in that person's data-access log.
struct LookUpPerson {
    typealias FieldIssue = (field: String, issue: ValidationIssue)

    enum Outcome {
        case found(PersonRecord)
        /// Not in the register, or not registered in the official's region: the same answer.
        case notFound
        case invalid([FieldIssue])
        case throttled(retryAfter: Int)
    }

    let app: Application
    let official: Principal
    let ip: String?

    /// The official's assignments that allow look-ups.
    var assignments: [RoleAssignment] {
        app.portal.permissions.assignments(of: official, granting: PopulationPermissions.lookUpPerson).filter { $0.agencyID != nil }
    }

    /// The purposes the official may state for `agencyID` (one of their agencies).
    func purposes(agencyID: UUID) async throws -> [LookupPurposes.Purpose] {
        guard let agency = try await app.portal.directory.agency(id: agencyID) else { return [] }
        return app.population.purposes.purposes(agencyCode: agency.code, kind: agency.kind.rawValue)
    }

    func run(fin rawFIN: String, purpose rawPurpose: String, reference rawReference: String, agencyID chosen: UUID?) async throws -> Outcome {
        var issues: [FieldIssue] = []
        var fin: FIN?
        switch FIN.parse(rawFIN) {
        case .success(let parsed): fin = parsed
        case .failure(let issue): issues.append((field: "fin", issue: issue))
        }
        let assignments = assignments
        let agencies = Array(Set(assignments.compactMap(\.agencyID)))
        let agencyID = agencies.count == 1 ? agencies[0] : chosen.flatMap { agencies.contains($0) ? $0 : nil }
        if agencyID == nil { issues.append((field: "agency", issue: ValidationIssue("office.people.agency.required"))) }
        let allowed = try await agencyID.asyncMap { try await purposes(agencyID: $0) } ?? []
        let purpose = allowed.first { $0.code == rawPurpose }
        if agencyID != nil && purpose == nil { issues.append((field: "purpose", issue: ValidationIssue("office.people.purpose.required"))) }
        guard issues.isEmpty, let fin, let agencyID, let purpose else { return .invalid(issues) }

        let actor = official.officialActor(agencyID: agencyID, ip: ip)
        let limit = app.population.settings.lookupsPerHour
        let retryAfter: Int? = try await app.db.writeTransaction { db in
            guard let retry = try await LookupQuota.hit(userID: official.userID, limit: limit, now: app.portal.now(), on: db) else { return nil }
            try await app.portal.audit.record(AuditEvent(
                actor: actor, action: "population.lookup.throttled", subjectFIN: fin.value, objectType: "person", objectID: fin.value,
                details: ["limit_per_hour": String(limit)]), on: db)
            return retry
        }
        if let retryAfter { return .throttled(retryAfter: retryAfter) }

        // Agency-wide assignments reach everyone; otherwise only residents of the assignments' units.
        let inAgency = assignments.filter { $0.agencyID == agencyID }
        let units: Set<String>? = inAgency.contains { $0.territorialUnitCode == nil } ? nil : Set(inAgency.compactMap(\.territorialUnitCode))
        var record = try await app.portal.registryLookup.person(fin: fin)
        var details = ["found": record == nil ? "false" : "true", "legal_basis": purpose.legalBasis.az]
        if let units, let found = record, !units.contains(found.territorialUnitCode ?? "") {
            record = nil
            details["found"] = "false"
            details["refused"] = "outside_region"
        }
        let reference = String(rawReference.trimmingCharacters(in: .whitespacesAndNewlines).prefix(100))
        let shown = record
        try await app.db.writeTransaction { db in
            try await app.portal.audit.record(AuditEvent(
                actor: actor, action: "population.person.read", subjectFIN: fin.value, objectType: "person", objectID: fin.value,
                purpose: reference.isEmpty ? purpose.code : "\(purpose.code): \(reference)",
                details: details, isPersonalDataRead: shown != nil), on: db)
        }
        return shown.map(Outcome.found) ?? .notFound
    }
}
