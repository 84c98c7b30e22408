import Foundation

/// How an official receives: at the desk (the citizen checks in with the booking's QR code) or by video
/// (the citizen joins the booking's meeting room by its link).
public enum ReceptionMode: String, Codable, Sendable, CaseIterable {
    case inPerson = "in_person"
    case video
}

/// A video reception's meeting: one room per booking, named by an unguessable id stored with the booking
/// (128 random bits), under the operator's video server (`ONEWINDOW_RECEPTION_VIDEO_BASE_URL`).
enum VideoMeeting {
    /// A new room id: 26 characters of lower-case base 32 (RFC 4648 alphabet), 128 random bits.
    static func newRoom() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<16).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz234567")
        var bits = 0, value = 0, out = ""
        for byte in bytes {
            value = (value << 8) | Int(byte)
            bits += 8
            while bits >= 5 {
                out.append(alphabet[(value >> (bits - 5)) & 31])
                bits -= 5
            }
        }
        if bits > 0 { out.append(alphabet[(value << (5 - bits)) & 31]) }
        return out
    }

    /// The meeting's address: the base URL and the room id (`https://meet.example.az/reception/<room>`).
    static func url(base: String, room: String) -> String {
        var base = base
        while base.hasSuffix("/") { base.removeLast() }
        return base + "/" + room
    }
}
