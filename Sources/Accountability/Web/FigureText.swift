import PortalHTTP

/// A scope's figures as the pages print them (formatted by the controller in the reader's language).
struct FigureText: Sendable {
    var received: String
    var closed: String
    var onTime: String
    var late: String
    var onTimeShare: String
    var median: String
    var p90: String
    var rating: String
    var held: String
    var noShows: String
    var followUps: String
    var receptionRating: String
    var online: String
    var payments: String

    init(_ f: Figures, _ language: Language) {
        received = String(f.received)
        closed = String(f.closed)
        onTime = String(f.onTime)
        late = String(f.late)
        onTimeShare = Self.percent(f.onTimeShare, language)
        median = f.medianDays.map(String.init) ?? "—"
        p90 = f.p90Days.map(String.init) ?? "—"
        rating = f.ratingAverage.map { "\(Self.decimal($0, language)) (\(f.ratingCount))" } ?? "—"
        held = String(f.receptionsHeld)
        noShows = String(f.noShows)
        followUps = f.followUpsClosed > 0 ? "\(f.followUpsOnTime) / \(f.followUpsClosed) (\(Self.percent(f.followUpsOnTimeShare, language)))" : "—"
        receptionRating = f.receptionRatingAverage.map { "\(Self.decimal($0, language)) (\(f.receptionRatingCount))" } ?? "—"
        online = f.servicesPublished > 0 ? "\(f.servicesOnline) / \(f.servicesPublished) (\(Self.percent(f.onlineShare, language)))" : "—"
        payments = "\(f.paymentsCount) · \(Money(minorUnits: f.paymentsSum).formatted(language))"
    }

    /// A share as the language writes a percentage (`87,5%` az, `87.5%` en, `87,5 %` ru: PortalCore's
    /// one formatter), or a dash when there is nothing to divide.
    static func percent(_ share: Double?, _ language: Language) -> String {
        share.map { language.percent($0 * 100) } ?? "—"
    }

    /// One decimal, with the language's decimal mark (`4,5` in az and ru, `4.5` in en).
    static func decimal(_ value: Double, _ language: Language) -> String {
        let text = String(format: "%.1f", value)
        return language == .en ? text : text.replacingOccurrences(of: ".", with: ",")
    }

    /// `2026-11` as `11.2026`.
    static func month(_ month: String) -> String {
        let parts = month.split(separator: "-")
        return parts.count == 2 ? "\(parts[1]).\(parts[0])" : month
    }
}

/// The summary of one scope's figures, shared by the overview and the scope pages.
struct FigureSummary: HTMLView {
    var text: FigureText

    var body: some HTMLContent {
        SummaryList {
            SummaryRow(t("accountability.figure.received")) { text.received }
            SummaryRow(t("accountability.figure.closed")) { text.closed }
            SummaryRow(t("accountability.figure.on_time")) { "\(text.onTime) (\(text.onTimeShare))" }
            SummaryRow(t("accountability.figure.late")) { text.late }
            SummaryRow(t("accountability.figure.median")) { text.median }
            SummaryRow(t("accountability.figure.p90")) { text.p90 }
            SummaryRow(t("accountability.figure.rating")) { text.rating }
            SummaryRow(t("accountability.figure.held")) { text.held }
            SummaryRow(t("accountability.figure.no_shows")) { text.noShows }
            SummaryRow(t("accountability.figure.follow_ups")) { text.followUps }
            SummaryRow(t("accountability.figure.reception_rating")) { text.receptionRating }
            SummaryRow(t("accountability.figure.online")) { text.online }
            SummaryRow(t("accountability.figure.payments")) { text.payments }
        }
    }
}
