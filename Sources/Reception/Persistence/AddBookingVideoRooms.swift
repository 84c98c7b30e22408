import Fluent
import PortalDB

/// A video reception gives the citizen a meeting link instead of a QR code for the desk: each booking
/// with an official who receives by video keeps its own meeting room id (`VideoMeeting.newRoom()`, 128
/// random bits, so a room cannot be guessed from another booking's). Existing bookings with such
/// officials get a room when this migration runs.
struct AddBookingVideoRooms: PortalMigration {
    static let stableName = "reception.v3.video-rooms"

    func prepare(on database: any Database) async throws {
        try await database.execute(sql: "ALTER TABLE reception_bookings ADD COLUMN video_room TEXT")
        try await database.execute(sql: "CREATE UNIQUE INDEX uq_reception_bookings_video_room ON reception_bookings (video_room)")
        let video = try await ReceptionOfficialModel.query(on: database).filter(\.$mode == .video).all().map { try $0.requireID() }
        guard !video.isEmpty else { return }
        for booking in try await BookingModel.query(on: database).filter(\.$officialID ~~ video).filter(\.$videoRoom == nil).all() {
            booking.videoRoom = VideoMeeting.newRoom()
            try await booking.update(on: database)
        }
    }

    func revert(on database: any Database) async throws {
        try await database.execute(sql: "DROP INDEX uq_reception_bookings_video_room")
        try await database.execute(sql: "ALTER TABLE reception_bookings DROP COLUMN video_room")
    }
}
