import Fluent
import PortalHTTP

enum Timeline {
    static func add(_ bookingID: UUID, _ kind: TimelineKind, actor: ReceptionActor, note: String? = nil, at: Date, on db: any Database) async throws {
        let row = TimelineModel()
        row.bookingID = bookingID
        row.kind = kind
        row.actor = actor
        row.note = note
        row.at = at
        try await row.create(on: db)
    }
}
