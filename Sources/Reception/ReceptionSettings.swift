import PortalHTTP

/// The rules of citizen reception an operator may tune (`ONEWINDOW_RECEPTION_*`, docs/configuration.md), the
/// module's own settings: read from `app.portal.config.environment` when the module is configured.
public struct ReceptionSettings: Sendable, Equatable {
    /// How many days ahead slots can be booked.
    public var windowDays: Int
    /// Baku hour at which the next day of the window opens (bots cannot pre-empt a midnight release).
    public var windowOpenHour: Int
    /// Active future bookings a citizen may hold at once.
    public var maxActiveBookings: Int
    /// Bookings a citizen may hold with the same official in one ISO week.
    public var maxPerOfficialPerWeek: Int
    /// Hours before the start after which a citizen can no longer cancel or reschedule.
    public var changeCutoffHours: Int
    /// Minutes after the start after which the office may mark a booking as a no-show.
    public var noShowGraceMinutes: Int
    /// Minutes the first citizen on a waitlist has to confirm a freed slot.
    public var waitlistHoldMinutes: Int
    /// Working days for a follow-up case after a reception (Law on citizens' appeals: 15).
    public var followUpWorkingDays: Int
    /// Slot searches per client address per minute.
    public var searchesPerMinute: Int
    /// The video server under which each video reception has its room: the meeting link is this plus
    /// `/` and the booking's room id.
    public var videoBaseURL: String
    /// Minutes before the start at which a video reception's meeting opens (the pages say so).
    public var videoOpensMinutes: Int

    public init(windowDays: Int = 14, windowOpenHour: Int = 9, maxActiveBookings: Int = 2, maxPerOfficialPerWeek: Int = 1,
                changeCutoffHours: Int = 24, noShowGraceMinutes: Int = 15, waitlistHoldMinutes: Int = 30,
                followUpWorkingDays: Int = 15, searchesPerMinute: Int = 60, videoBaseURL: String = "https://meet.jit.si/onewindow",
                videoOpensMinutes: Int = 10) {
        self.windowDays = windowDays
        self.windowOpenHour = windowOpenHour
        self.maxActiveBookings = maxActiveBookings
        self.maxPerOfficialPerWeek = maxPerOfficialPerWeek
        self.changeCutoffHours = changeCutoffHours
        self.noShowGraceMinutes = noShowGraceMinutes
        self.waitlistHoldMinutes = waitlistHoldMinutes
        self.followUpWorkingDays = followUpWorkingDays
        self.searchesPerMinute = searchesPerMinute
        self.videoBaseURL = videoBaseURL
        self.videoOpensMinutes = videoOpensMinutes
    }

    /// A video reception's meeting link.
    public func meetingURL(room: String) -> String { VideoMeeting.url(base: videoBaseURL, room: room) }

    public struct Problem: Error, CustomStringConvertible {
        public let description: String
    }

    /// Reads `ONEWINDOW_RECEPTION_*`; a malformed or out-of-range number is an error.
    public static func fromEnvironment(_ env: [String: String]) throws -> ReceptionSettings {
        func int(_ name: String, _ fallback: Int, _ range: ClosedRange<Int>) throws -> Int {
            guard let raw = env["ONEWINDOW_RECEPTION_" + name] else { return fallback }
            guard let value = Int(raw), range.contains(value) else {
                throw Problem(description: "ONEWINDOW_RECEPTION_\(name) must be a whole number in \(range) (got \(raw))")
            }
            return value
        }
        let d = ReceptionSettings()
        var videoBase = d.videoBaseURL
        if let raw = env["ONEWINDOW_RECEPTION_VIDEO_BASE_URL"] {
            // An absolute https address (http only on the machine itself), without a query or fragment:
            // the room id is appended as the last path segment.
            guard let url = URL(string: raw), let host = url.host, !host.isEmpty, url.query == nil, url.fragment == nil,
                  url.scheme == "https" || (url.scheme == "http" && ["localhost", "127.0.0.1"].contains(host)) else {
                throw Problem(description: "ONEWINDOW_RECEPTION_VIDEO_BASE_URL must be an https address without a query (got \(raw))")
            }
            videoBase = raw
        }
        return ReceptionSettings(
            windowDays: try int("WINDOW_DAYS", d.windowDays, 1...90),
            windowOpenHour: try int("WINDOW_OPEN_HOUR", d.windowOpenHour, 0...23),
            maxActiveBookings: try int("MAX_ACTIVE", d.maxActiveBookings, 1...20),
            maxPerOfficialPerWeek: try int("MAX_PER_OFFICIAL_WEEK", d.maxPerOfficialPerWeek, 1...7),
            changeCutoffHours: try int("CUTOFF_HOURS", d.changeCutoffHours, 0...168),
            noShowGraceMinutes: try int("NO_SHOW_GRACE_MINUTES", d.noShowGraceMinutes, 0...240),
            waitlistHoldMinutes: try int("HOLD_MINUTES", d.waitlistHoldMinutes, 1...1440),
            followUpWorkingDays: try int("FOLLOW_UP_WORKING_DAYS", d.followUpWorkingDays, 1...60),
            searchesPerMinute: try int("SEARCHES_PER_MINUTE", d.searchesPerMinute, 1...10_000),
            videoBaseURL: videoBase,
            videoOpensMinutes: try int("VIDEO_OPENS_MINUTES", d.videoOpensMinutes, 0...120))
    }
}

/// What the module's use cases and pages read at run time, built when the module is configured.
public final class ReceptionServices: @unchecked Sendable {
    private let lock = NSLock()
    private var _settings: ReceptionSettings

    init(settings: ReceptionSettings) { _settings = settings }

    /// Replaceable at run time (tests raise or lower the limits). The slot-search rate limit is the one
    /// setting taken when the routes are registered; set it through the environment instead.
    public var settings: ReceptionSettings {
        get { lock.withLock { _settings } }
        set { lock.withLock { _settings = newValue } }
    }
}

struct ReceptionServicesKey: StorageKey { typealias Value = ReceptionServices }

extension Application {
    public var reception: ReceptionServices {
        guard let services = storage[ReceptionServicesKey.self] else { fatalError("ReceptionModule not configured") }
        return services
    }
}
