import Fluent
import PortalHTTP

/// A slot with how many of its places are taken.
public struct FreeSlot: Sendable, Hashable, Codable {
    public var slot: SlotTime
    public var taken: Int
    public var free: Int { max(0, slot.capacity - taken) }
}

/// Loads an official's schedule and answers "which slots are free", the same for pages, API and tests.
struct ReceptionSchedule {
    let app: Application
    var settings: ReceptionSettings { app.reception.settings }
    var window: BookingWindow { BookingWindow(windowDays: settings.windowDays, openHour: settings.windowOpenHour) }

    func official(_ id: UUID, on db: any Database) async throws -> ReceptionOfficialModel? {
        guard let official = try await ReceptionOfficialModel.find(id, on: db), official.active else { return nil }
        return official
    }

    func calculator(for officialID: UUID, on db: any Database) async throws -> SlotCalculator {
        let sessions = try await WeeklySessionModel.query(on: db).filter(\.$officialID == officialID).all().map(\.session)
        let exceptions = try await ExceptionModel.query(on: db).filter(\.$officialID == officialID).all().compactMap { row -> ScheduleException? in
            guard let day = LocalDate(iso: row.day) else { return nil }
            let kind = row.kind
            var session: WeeklySession?
            if kind == .extra, let s = row.startMinute, let e = row.endMinute, let m = row.slotMinutes, let c = row.capacity {
                session = WeeklySession(weekday: day.isoWeekday, startMinute: s, endMinute: e, slotMinutes: m, capacity: c)
            }
            return ScheduleException(day: day, kind: kind, session: session)
        }
        return SlotCalculator(sessions: sessions, exceptions: exceptions, calendar: app.portal.calendar)
    }

    /// Slots of the open window (from now) with their taken places.
    func slots(for officialID: UUID, on db: any Database) async throws -> [FreeSlot] {
        let now = app.portal.now()
        let calculator = try await calculator(for: officialID, on: db)
        let slots = calculator.slots(from: LocalDate(now), to: window.lastBookableDay(now: now)).filter { $0.start > now }
        guard let first = slots.first, let last = slots.last else { return [] }
        let taken = try await takenPlaces(officialID: officialID, from: first.start, to: last.start, on: db)
        return slots.map { FreeSlot(slot: $0, taken: taken[$0.start] ?? 0) }
    }

    /// Places held per slot start (every booking but a cancelled one holds its place).
    func takenPlaces(officialID: UUID, from: Date, to: Date, on db: any Database) async throws -> [Date: Int] {
        let rows = try await BookingModel.query(on: db).filter(\.$officialID == officialID)
            .filter(\.$startsAt >= from).filter(\.$startsAt <= to).filter(\.$status != .cancelled)
            .field(\.$startsAt).all()
        var taken: [Date: Int] = [:]
        for row in rows { taken[row.startsAt, default: 0] += 1 }
        return taken
    }

    /// The free slots nearest to `target` (the alternatives offered when a request cannot be met).
    func nearestFree(officialID: UUID, to target: Date, limit: Int = 5, excluding: Date? = nil, on db: any Database) async throws -> [SlotTime] {
        try await slots(for: officialID, on: db).filter { $0.free > 0 && $0.slot.start != excluding }
            .sorted { abs($0.slot.start.timeIntervalSince(target)) < abs($1.slot.start.timeIntervalSince(target)) }
            .prefix(limit).map(\.slot).sorted()
    }
}

extension Application {
    var receptionSchedule: ReceptionSchedule { ReceptionSchedule(app: self) }
}
