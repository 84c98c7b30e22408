import Fluent
import PortalDB

/// `ONEWINDOW_RECEPTION_MAX_PER_OFFICIAL_WEEK` may be up to 7, but the first schema allowed one booking
/// per citizen, official and ISO week, so a second booking under a higher limit failed on the index. A
/// booking now takes a place in its week (`week_seq`, 1…limit, picked as `place_no` is in a slot) and
/// the unique index holds (citizen, official, week, place): the schema still refuses two parallel
/// bookings that picked the same place, and holds as many as the limit allows. Existing rows (at most
/// one per week under the old index) take place 1.
struct AddBookingWeekPlaces: PortalMigration {
    static let stableName = "reception.v2.week-places"

    func prepare(on database: any Database) async throws {
        try await database.execute(sql: "ALTER TABLE reception_bookings ADD COLUMN week_seq INTEGER NOT NULL DEFAULT 1 CHECK (week_seq >= 1)")
        try await database.execute(sql: "DROP INDEX uq_reception_bookings_week")
        try await database.execute(sql: """
            CREATE UNIQUE INDEX uq_reception_bookings_week ON reception_bookings (citizen_id, official_id, week_key, week_seq)
            WHERE status <> 'cancelled'
            """)
    }

    func revert(on database: any Database) async throws {
        try await database.execute(sql: "DROP INDEX uq_reception_bookings_week")
        try await database.execute(sql: "ALTER TABLE reception_bookings DROP COLUMN week_seq")
        try await database.execute(sql: """
            CREATE UNIQUE INDEX uq_reception_bookings_week ON reception_bookings (citizen_id, official_id, week_key)
            WHERE status <> 'cancelled'
            """)
    }
}
