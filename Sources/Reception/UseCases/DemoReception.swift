import Fluent
import PortalDB
import PortalHTTP

/// Officials who receive citizens in the pilot executive authorities (Gəncə, Masallı, Quba), with
/// weekly schedules. Invented people: the heads' real names are not demo data.
enum DemoReception {
    struct Official {
        let agency: String
        let name: String
        let position: String
        let topics: [ReceptionTopic]
        let room: String
        let mode: ReceptionMode
        let sessions: [WeeklySession]
    }

    static func session(_ weekday: Int, _ from: Int, _ to: Int, slot: Int, capacity: Int = 1) -> WeeklySession {
        WeeklySession(weekday: weekday, startMinute: from * 60, endMinute: to * 60, slotMinutes: slot, capacity: capacity)
    }

    static let officials: [Official] = [
        Official(agency: "ICRA-QBA", name: "Elşən Rüstəmov", position: "head", topics: [.housing, .land, .social, .other], room: "201",
                 mode: .inPerson, sessions: [session(2, 10, 13, slot: 20)]),
        Official(agency: "ICRA-QBA", name: "Səidə Qasımova", position: "deputy_head", topics: [.social, .education, .health, .employment], room: "204",
                 mode: .inPerson, sessions: [session(1, 14, 17, slot: 15, capacity: 2), session(3, 14, 17, slot: 15, capacity: 2)]),
        Official(agency: "ICRA-QBA", name: "Namiq Hacıyev", position: "deputy_head", topics: [.utilities, .roads, .business], room: "—",
                 mode: .video, sessions: [session(4, 10, 12, slot: 30)]),
        Official(agency: "ICRA-GA", name: "Ramil Əsgərov", position: "head", topics: [.housing, .land, .social, .other], room: "305",
                 mode: .inPerson, sessions: [session(4, 10, 13, slot: 20)]),
        Official(agency: "ICRA-GA", name: "Könül Bağırova", position: "deputy_head", topics: [.social, .education, .health], room: "310",
                 mode: .inPerson, sessions: [session(2, 14, 17, slot: 15, capacity: 2), session(5, 10, 12, slot: 15, capacity: 2)]),
        Official(agency: "ICRA-MAS", name: "Vüsal Məmmədli", position: "head", topics: [.housing, .land, .social, .other], room: "12",
                 mode: .inPerson, sessions: [session(3, 10, 13, slot: 20)]),
        Official(agency: "ICRA-MAS", name: "Gülnarə Süleymanova", position: "deputy_head", topics: [.utilities, .roads, .employment, .business], room: "15",
                 mode: .inPerson, sessions: [session(1, 10, 12, slot: 15, capacity: 2), session(4, 14, 17, slot: 15, capacity: 2)]),
    ]

    static func seed(_ context: SeedContext) async throws {
        guard try await ReceptionOfficialModel.query(on: context.db).count() == 0 else { return }
        for demo in officials {
            guard let agency = try await context.app.portal.directory.agency(code: demo.agency), let unit = agency.territorialUnitCode else { continue }
            try await ReceptionAdmin.createOfficial(
                agencyID: agency.id, unitCode: unit, name: demo.name, position: demo.position, topics: demo.topics, room: demo.room,
                address: agency.name.az, mode: demo.mode, sessions: demo.sessions, app: context.app)
        }
    }
}

/// Setting up officials and their schedules (demo data, tests, the benchmark; office forms later).
public enum ReceptionAdmin {
    @discardableResult
    public static func createOfficial(agencyID: UUID, unitCode: String, name: String, position: String = "deputy_head",
                                      topics: [ReceptionTopic] = ReceptionTopic.allCases, room: String = "1", address: String = "",
                                      mode: ReceptionMode = .inPerson, sessions: [WeeklySession], app: Application) async throws -> UUID {
        let official = ReceptionOfficialModel()
        official.agencyID = agencyID
        official.unitCode = unitCode
        official.fullName = name
        official.position = position
        official.topics = topics.map(\.rawValue).joined(separator: " ")
        official.room = room
        official.address = address
        official.mode = mode
        official.active = true
        official.createdAt = app.portal.now()
        try await app.db.writeTransaction { db in
            try await official.create(on: db)
            for s in sessions {
                let row = WeeklySessionModel()
                row.officialID = official.id!
                row.weekday = s.weekday
                row.startMinute = s.startMinute
                row.endMinute = s.endMinute
                row.slotMinutes = s.slotMinutes
                row.capacity = s.capacity
                try await row.create(on: db)
            }
            try await app.portal.audit.record(AuditEvent(actor: .system, action: "reception.official.created", objectType: "reception_official",
                                                         objectID: official.id?.uuidString), on: db)
        }
        return official.id!
    }

    /// A day off (leave) or a one-off extra session for an official.
    public static func addException(officialID: UUID, _ exception: ScheduleException, note: String? = nil, app: Application) async throws {
        let row = ExceptionModel()
        row.officialID = officialID
        row.day = exception.day.iso
        row.kind = exception.kind
        row.startMinute = exception.session?.startMinute
        row.endMinute = exception.session?.endMinute
        row.slotMinutes = exception.session?.slotMinutes
        row.capacity = exception.session?.capacity
        row.note = note
        try await app.db.writeTransaction { db in
            try await row.create(on: db)
            try await app.portal.audit.record(AuditEvent(actor: .system, action: "reception.exception.added", objectType: "reception_official",
                                                         objectID: officialID.uuidString, details: ["day": exception.day.iso, "kind": exception.kind.rawValue]), on: db)
        }
    }
}
