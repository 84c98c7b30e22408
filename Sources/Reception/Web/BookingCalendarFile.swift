import PortalHTTP

/// "Add to calendar": a booking as an iCalendar file (PortalCore `ICalendar`), in the reader's language.
/// The event's UID is the booking's id at the portal's host, so a calendar that imports the file again
/// (after a reschedule) updates the same event. The location is the official's room and address, or the
/// meeting link of a video reception.
enum BookingCalendarFile {
    static func make(_ booking: BookingRecord, official: ReceptionOfficial, agency: String, req: Request) -> ICalendar {
        let base = req.portal.config.publicBaseURL
        let host = URL(string: base)?.host ?? "onewindow"
        let meeting = booking.videoRoom.map { req.application.reception.settings.meetingURL(room: $0) }
        let location: String
        if official.mode == .video, let meeting {
            location = meeting
        } else {
            location = [req.t("reception.official.room", official.room), official.address].filter { !$0.isEmpty }.joined(separator: ", ")
        }
        var description = [req.t("reception.calendar.description", booking.number), agency]
        if official.mode == .video, let meeting {
            description.append(req.t("reception.calendar.video", meeting, String(req.application.reception.settings.videoOpensMinutes)))
        }
        let event = ICalendar.Event(
            uid: "reception-\(booking.id.uuidString.lowercased())@\(host)", stamp: req.portal.now(), start: booking.startsAt,
            end: booking.startsAt.addingTimeInterval(TimeInterval(booking.slotMinutes * 60)),
            summary: req.t("reception.calendar.summary", official.fullName), location: location,
            description: description.filter { !$0.isEmpty }.joined(separator: "\n"), url: base + "/cabinet/receptions/" + booking.number,
            status: booking.status == .cancelled ? .cancelled : .confirmed)
        return ICalendar(productID: "-//OneWindow//Reception//EN", events: [event])
    }
}
