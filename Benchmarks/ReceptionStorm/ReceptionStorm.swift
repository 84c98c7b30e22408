import App
import Foundation
import PopulationRegistry
import PortalHTTP
import Reception

/// The booking storm: `--clients` citizens book at the moment the newest day of the window opens
/// (09:00 Baku), each asking for one of the first slots of a random official among `--officials` in
/// one region, all at once, through the same use case the pages and the API call. Prints bookings/s,
/// latency percentiles and the oversell check (a SQL query over the booked places).
/// Database: DATABASE_URL (PostgreSQL) or a fresh SQLite file. Run with scripts/bench/reception.
@main
struct ReceptionStorm {
    static func main() async throws {
        let args = CommandLine.arguments
        func option(_ name: String, _ fallback: Int) -> Int {
            guard let i = args.firstIndex(of: "--" + name), i + 1 < args.count, let v = Int(args[i + 1]) else { return fallback }
            return v
        }
        let clients = option("clients", 500), officialCount = option("officials", 200), slotsPerOfficial = option("slots", 2)
        let env = ProcessInfo.processInfo.environment
        let backend: DatabaseBackend
        if let url = env["DATABASE_URL"], !url.isEmpty {
            backend = .postgres(url: url)
        } else {
            let path = NSTemporaryDirectory() + "reception-storm-\(UUID().uuidString).sqlite"
            backend = .sqlite(path: path)
        }
        var config = PortalConfig(mode: .testing, database: backend, databasePoolSize: option("pool", 4), publicBaseURL: "https://bench.test",
                                  secretKey: "bench-secret-key-0123456789-0123456789-0123456789", secureCookies: true, bcryptCost: 4)
        config.environment["ONEWINDOW_RECEPTION_MAX_ACTIVE"] = "2"
        // Wednesday 2 December 2026, 08:59:59.9 Baku: the storm starts as 16 December opens at 09:00.
        let opening = LocalDate(year: 2026, month: 12, day: 2).startOfDay()!.addingTimeInterval(9 * 3600)
        let clock = ManualClock(opening.addingTimeInterval(-0.1))
        let app = try await Application.make(Environment(name: "testing", arguments: ["storm"]))
        try await PortalApp.configure(app, config: config, clock: clock)
        try await app.asyncBoot()

        let agency = app.portal.directory
        guard let quba = try await agency.agency(code: "ICRA-QBA") else { fatalError("no ICRA-QBA") }
        let sessions = (1...5).map { WeeklySession(weekday: $0, startMinute: 540, endMinute: 1080, slotMinutes: 15, capacity: 1) }
        var officials: [UUID] = []
        for n in 1...officialCount {
            officials.append(try await ReceptionAdmin.createOfficial(agencyID: quba.id, unitCode: "AZ-QBA", name: "Storm official \(n)", sessions: sessions, app: app))
        }
        var citizens: [Principal] = []
        let alphabet = Array("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ")
        for n in 0..<clients {
            var x = n, fin = "S"
            for _ in 0..<6 { fin.append(alphabet[x % alphabet.count]); x /= alphabet.count }
            try await PopulationRegistryWriter.insert(PersonRecord(fin: FIN(uncheckedValue: fin), firstName: "Storm", lastName: "\(n)", patronymic: "",
                                                                   birthDate: LocalDate(year: 1990, month: 1, day: 1), territorialUnitCode: "AZ-QBA"), on: app.db)
            citizens.append(Principal(userID: UUID(), fin: FIN(uncheckedValue: fin), firstName: "Storm", lastName: "\(n)", roles: [],
                                      channel: .session(hash: "storm"), secondFactorVerified: false, totpEnabled: false))
        }
        let newDay = LocalDate(year: 2026, month: 12, day: 16)
        let first = newDay.startOfDay()!.addingTimeInterval(9 * 3600)
        // Before 09:00 the day is closed: prove it, then open the window.
        let early = try await BookReception(app: app).run(BookingRequest(officialID: officials[0], start: first, topic: "other", subject: "too early"), citizen: citizens[0], ip: nil)
        guard case .refused(let r) = early, r.reason == .outsideWindow else { fatalError("the window was open before 09:00") }
        clock.set(opening)

        let sql = app.db as! any SQLDatabase
        let countSQL: SQLQueryString = "SELECT COUNT(*) AS n FROM reception_bookings WHERE status <> 'cancelled'"
        let rowsBefore = try await sql.raw(countSQL).first()!.decode(column: "n", as: Int.self)
        var generator = SystemRandomNumberGenerator()
        let requests = citizens.map { citizen in
            (citizen, officials.randomElement(using: &generator)!, first.addingTimeInterval(TimeInterval(Int.random(in: 0..<slotsPerOfficial, using: &generator) * 900)))
        }
        let started = ContinuousClock.now
        let results = try await withThrowingTaskGroup(of: (Bool, String, Duration).self) { group in
            for (citizen, official, start) in requests {
                group.addTask {
                    let t0 = ContinuousClock.now
                    let outcome = try await BookReception(app: app).run(BookingRequest(officialID: official, start: start, topic: "other", subject: "storm booking"),
                                                                        citizen: citizen, ip: nil)
                    switch outcome {
                    case .booked: return (true, "booked", ContinuousClock.now - t0)
                    case .refused(let r): return (false, r.reason.rawValue, ContinuousClock.now - t0)
                    }
                }
            }
            var all: [(Bool, String, Duration)] = []
            for try await r in group { all.append(r) }
            return all
        }
        let elapsed = ContinuousClock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let latencies = results.map { Double($0.2.components.seconds) * 1000 + Double($0.2.components.attoseconds) / 1e15 }.sorted()
        func pct(_ p: Double) -> Double { latencies[min(latencies.count - 1, Int(Double(latencies.count) * p))] }
        let booked = results.filter(\.0).count
        var reasons: [String: Int] = [:]
        for r in results { reasons[r.1, default: 0] += 1 }
        // Zero oversell, asked of the database itself.
        let over = try await sql.raw("""
            SELECT COUNT(*) AS n FROM (SELECT official_id, starts_at, COUNT(*) AS c, MAX(capacity) AS cap FROM reception_bookings
            WHERE status <> 'cancelled' GROUP BY official_id, starts_at) t WHERE c > cap
            """).first()!.decode(column: "n", as: Int.self)
        let rows = try await sql.raw(countSQL).first()!.decode(column: "n", as: Int.self) - rowsBefore
        let distinctSlots = Set(requests.map { "\($0.1)|\($0.2.timeIntervalSince1970)" }).count
        print("engine=\(backend.isSQLite ? "sqlite" : "postgres") clients=\(clients) officials=\(officialCount) distinct_slots_asked=\(distinctSlots) booked=\(booked) rows=\(rows) oversold_slots=\(over)")
        print("outcomes: " + reasons.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " "))
        print(String(format: "storm: %.3f s, %.0f requests/s, %.0f bookings/s, latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms",
                     seconds, Double(clients) / seconds, Double(booked) / seconds, pct(0.5), pct(0.9), pct(0.99), latencies.last ?? 0))
        if over != 0 || booked != distinctSlots || rows != booked { print("FAIL: oversell or lost booking"); exit(1) }
        try await app.asyncShutdown()
        if case .sqlite(let path) = backend { try? FileManager.default.removeItem(atPath: path) }
    }
}
