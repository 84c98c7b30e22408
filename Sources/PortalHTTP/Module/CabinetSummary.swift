import Vapor

/// A module's part of the citizen's cabinet overview (`/cabinet`): their open applications,
/// receptions, unpaid invoices and fines, result documents. Identity draws the page and reads no
/// other module's tables; each module registers a provider (`app.portal.cabinetProviders`) that reads
/// its own data for the signed-in person, as `SiteSearchProvider` does for the search box.
public protocol CabinetSummaryProvider: Sendable {
    /// The sections this provider fills, each present even when empty (the page shows its empty state).
    func cabinetSummary(req: Request) async throws -> [CabinetSummary]
}

/// The overview's sections, in the order the page shows them.
public enum CabinetSection: String, CaseIterable, Sendable, Comparable {
    case applications, receptions, payments, documents

    public static func < (l: CabinetSection, r: CabinetSection) -> Bool {
        allCases.firstIndex(of: l)! < allCases.firstIndex(of: r)!
    }
}

/// One section of the overview: a few items and where the full list is.
public struct CabinetSummary: Sendable {
    public var section: CabinetSection
    public var items: [CabinetSummaryItem]
    /// The module's full list ("all my applications").
    public var allPath: String

    public init(section: CabinetSection, items: [CabinetSummaryItem], allPath: String) {
        self.section = section
        self.items = items
        self.allPath = allPath
    }
}

/// One thing in a section, already in the reader's language, linking on to its page.
public struct CabinetSummaryItem: Sendable {
    public var title: String
    public var path: String
    /// What it is about, e.g. the service or the agency.
    public var detail: String?
    /// What the person does next, or what they wait for.
    public var nextStep: String?
    /// When: a due date, the reception's time, the amount.
    public var when: String?
    /// Asks for the person's action (shown as a warning tag).
    public var needsAction: Bool

    public init(title: String, path: String, detail: String? = nil, nextStep: String? = nil, when: String? = nil, needsAction: Bool = false) {
        self.title = title
        self.path = path
        self.detail = detail
        self.nextStep = nextStep
        self.when = when
        self.needsAction = needsAction
    }
}
