import PortalHTTP

/// The register look-up's own configuration (docs/configuration.md), read once at start-up.
public struct PopulationSettings: Sendable {
    /// Register look-ups one official may make per clock hour (`ONEWINDOW_POPULATION_LOOKUPS_PER_HOUR`).
    public var lookupsPerHour: Int = 60

    public init(lookupsPerHour: Int = 60) { self.lookupsPerHour = lookupsPerHour }

    public struct Problem: Error, CustomStringConvertible {
        public let description: String
    }

    public static func fromEnvironment(_ env: [String: String]) throws -> PopulationSettings {
        var settings = PopulationSettings()
        if let raw = env["ONEWINDOW_POPULATION_LOOKUPS_PER_HOUR"] {
            guard let value = Int(raw), (1...10_000).contains(value) else {
                throw Problem(description: "ONEWINDOW_POPULATION_LOOKUPS_PER_HOUR must be a whole number from 1 to 10000 (got \(raw))")
            }
            settings.lookupsPerHour = value
        }
        return settings
    }
}

/// What the module's use cases need, built when the module is configured.
public final class PopulationServices: @unchecked Sendable {
    private let lock = NSLock()
    private var _settings: PopulationSettings
    public let purposes: LookupPurposes

    init(settings: PopulationSettings, purposes: LookupPurposes) {
        _settings = settings
        self.purposes = purposes
    }

    /// Replaceable at run time (tests lower the limit).
    public var settings: PopulationSettings {
        get { lock.withLock { _settings } }
        set { lock.withLock { _settings = newValue } }
    }
}

struct PopulationServicesKey: StorageKey { typealias Value = PopulationServices }

extension Application {
    public var population: PopulationServices {
        guard let services = storage[PopulationServicesKey.self] else { fatalError("PopulationRegistryModule not configured") }
        return services
    }
}
