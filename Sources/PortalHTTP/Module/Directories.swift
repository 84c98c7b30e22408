import Fluent
import PortalCore

/// What an agency is (stored in `reference_agencies.kind` as the raw value).
public enum AgencyKind: String, Sendable, Codable, Hashable, CaseIterable {
    case ministry, centre, utility
    case stateCommittee = "state_committee"
    case stateService = "state_service"
    case stateAgency = "state_agency"
    case stateFund = "state_fund"
    /// The executive authority of a city or rayon, made from the territorial units.
    case localExecutive = "local_executive"
}

/// What a territorial unit is (stored in `reference_territorial_units.kind` as the raw value).
public enum TerritorialUnitKind: String, Sendable, Codable, Hashable, CaseIterable {
    case city, rayon
    case autonomousRepublic = "autonomous_republic"
}

/// An agency as other modules show it (name, kind, place); owned by the Reference module.
public struct AgencySummary: Sendable, Codable, Hashable {
    public var id: UUID
    public var code: String
    public var kind: AgencyKind
    public var name: LocalizedText
    public var territorialUnitCode: String?
    public var parentID: UUID?
    public var isLocalExecutive: Bool { kind == .localExecutive }

    public init(id: UUID, code: String, kind: AgencyKind, name: LocalizedText, territorialUnitCode: String?, parentID: UUID?) {
        self.id = id
        self.code = code
        self.kind = kind
        self.name = name
        self.territorialUnitCode = territorialUnitCode
        self.parentID = parentID
    }
}

public struct TerritorialUnitSummary: Sendable, Codable, Hashable {
    public var code: String
    public var kind: TerritorialUnitKind
    public var name: LocalizedText
    public var economicRegion: LocalizedText
    public var parentCode: String?

    public init(code: String, kind: TerritorialUnitKind, name: LocalizedText, economicRegion: LocalizedText, parentCode: String?) {
        self.code = code
        self.kind = kind
        self.name = name
        self.economicRegion = economicRegion
        self.parentCode = parentCode
    }

    /// Cities and rayons: the units an office, a service's scope or a citizen's region can name
    /// (the autonomous republic is a parent, not a place one picks).
    public var isPickable: Bool { kind != .autonomousRepublic }
}

/// Read access to agencies and territorial units for every module.
public protocol ReferenceDirectory: Sendable {
    func agency(id: UUID) async throws -> AgencySummary?
    func agency(code: String) async throws -> AgencySummary?
    func agencies() async throws -> [AgencySummary]
    func unit(code: String) async throws -> TerritorialUnitSummary?
    func units() async throws -> [TerritorialUnitSummary]
    /// The agency read on `db` itself, not from the cache: for a caller inside a write transaction
    /// (on SQLite the cache's own read would wait for the caller's connection).
    func agency(code: String, on db: any Database) async throws -> AgencySummary?
}

/// Who works where, for modules that check an official other than the signed-in one (assigning a case
/// to a colleague); owned by the Identity module.
public protocol StaffDirectory: Sendable {
    /// The office roles `userID` holds in the agency (any unit), read on `db`.
    func roles(of userID: UUID, inAgency agencyID: UUID, on db: any Database) async throws -> [OfficialRole]
    /// The oldest citizen account, for development data (`onewindow seed --cases`).
    func firstAccount(on db: any Database) async throws -> (id: UUID, fin: String)?
    /// Display names ("First Last") of these accounts, read on `db` (officials named in office figures).
    func names(of userIDs: Set<UUID>, on db: any Database) async throws -> [UUID: String]
    /// The account of the person with this FIN, if any (demo data names its applicant).
    func account(fin: String, on db: any Database) async throws -> UUID?
}
