import PortalHTTP

/// The cabinet overview's "upcoming receptions": the person's active bookings still ahead, soonest first.
struct ReceptionCabinetSummary: CabinetSummaryProvider {
    func cabinetSummary(req: Request) async throws -> [CabinetSummary] {
        let principal = try req.requirePrincipal()
        let now = req.portal.now()
        let bookings = try await ReceptionQueries(db: req.db).bookings(ofCitizen: principal.userID, limit: 200)
        let upcoming = bookings
            .filter { $0.status.isActive && $0.startsAt.addingTimeInterval(TimeInterval($0.slotMinutes * 60)) > now }
            .sorted { $0.startsAt < $1.startsAt }
            .prefix(5)
        let items = upcoming.map { booking in
            CabinetSummaryItem(title: req.t("reception.cabinet.summary.item", booking.number), path: "/cabinet/receptions/\(booking.number)",
                               detail: booking.officialName, nextStep: req.t("reception.status.\(booking.status.rawValue)"),
                               when: req.displayTime(booking.startsAt), needsAction: booking.status == .held)
        }
        return [CabinetSummary(section: .receptions, items: Array(items), allPath: "/cabinet/receptions")]
    }
}
