import Fluent
import PortalHTTP

/// `onewindow reception …`: an operator's schedule changes from the command line, and (outside
/// production) bulk officials for load tests.
struct ReceptionCommands: AsyncCommandGroup {
    var help: String { "Citizen reception: schedules" }
    var commands: [String: any AnyAsyncCommand] { ["extra-session": ExtraSessionCommand(), "day-off": DayOffCommand(), "load-test-officials": LoadTestOfficialsCommand()] }
}

func findOfficial(_ app: Application, agency: String, name: String) async throws -> ReceptionOfficial {
    guard let agency = try await app.portal.directory.agency(code: agency) else { throw CommandError.invalidArgumentType("agency", type: String.self) }
    guard let official = try await ReceptionQueries(db: app.db).official(agency: agency.id, named: name) else {
        throw CommandError.invalidArgumentType("official", type: String.self)
    }
    return official
}

func minutes(_ text: String) -> Int? {
    let parts = text.split(separator: ":").compactMap { Int($0) }
    guard parts.count == 2, (0...24).contains(parts[0]), (0...59).contains(parts[1]) else { return nil }
    return parts[0] * 60 + parts[1]
}

/// `onewindow reception extra-session --agency ICRA-QBA --official "Name" --day 2026-12-03 --from 14:00 --to 17:00 [--slot 15] [--capacity 1]`
struct ExtraSessionCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "agency") var agency: String?
        @Option(name: "official") var official: String?
        @Option(name: "day") var day: String?
        @Option(name: "from") var from: String?
        @Option(name: "to") var to: String?
        @Option(name: "slot") var slot: Int?
        @Option(name: "capacity") var capacity: Int?
        init() {}
    }

    var help: String { "Add a one-off reception session for an official" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        guard let day = signature.day.flatMap(LocalDate.init(iso:)), let from = signature.from.flatMap(minutes), let to = signature.to.flatMap(minutes)
        else { throw CommandError.missingRequiredArgument("--day, --from, --to") }
        let official = try await findOfficial(app, agency: signature.agency ?? "", name: signature.official ?? "")
        let session = WeeklySession(weekday: day.isoWeekday, startMinute: from, endMinute: to, slotMinutes: signature.slot ?? 15, capacity: signature.capacity ?? 1)
        if let problem = session.problem { context.console.error(app.portal.localizer.text(problem, .en)); throw CommandError.invalidArgumentType("session", type: String.self) }
        try await ReceptionAdmin.addException(officialID: official.id, ScheduleException(day: day, kind: .extra, session: session), app: app)
        context.console.print("extra session on \(day.iso) \(signature.from!)–\(signature.to!) for \(official.fullName)")
    }
}

/// `onewindow reception day-off --agency ICRA-QBA --official "Name" --day 2026-12-08`
struct DayOffCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "agency") var agency: String?
        @Option(name: "official") var official: String?
        @Option(name: "day") var day: String?
        init() {}
    }

    var help: String { "Close an official's reception day (leave, a trip)" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        guard let day = signature.day.flatMap(LocalDate.init(iso:)) else { throw CommandError.missingRequiredArgument("--day") }
        let official = try await findOfficial(app, agency: signature.agency ?? "", name: signature.official ?? "")
        try await ReceptionAdmin.addException(officialID: official.id, ScheduleException(day: day, kind: .closed), app: app)
        context.console.print("\(official.fullName) does not receive on \(day.iso)")
    }
}

/// `onewindow reception load-test-officials --agency ICRA-QBA --count 200`: officials receiving every
/// working day 09:00–18:00 in 15-minute slots (for scripts/bench; refused in production).
struct LoadTestOfficialsCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "agency") var agency: String?
        @Option(name: "count") var count: Int?
        @Option(name: "capacity") var capacity: Int?
        init() {}
    }

    var help: String { "Create officials for a load test (not in production)" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        guard app.portal.config.mode != .production else { context.console.error("not in production"); throw CommandError.invalidArgumentType("mode", type: String.self) }
        guard let agency = try await app.portal.directory.agency(code: signature.agency ?? ""), let unit = agency.territorialUnitCode else {
            throw CommandError.invalidArgumentType("agency", type: String.self)
        }
        let sessions = (1...5).map { WeeklySession(weekday: $0, startMinute: 540, endMinute: 1080, slotMinutes: 15, capacity: signature.capacity ?? 1) }
        for n in 1...(signature.count ?? 200) {
            try await ReceptionAdmin.createOfficial(agencyID: agency.id, unitCode: unit, name: "Load test official \(n)", sessions: sessions, app: app)
        }
        context.console.print("\(signature.count ?? 200) officials in \(agency.code)")
    }
}
