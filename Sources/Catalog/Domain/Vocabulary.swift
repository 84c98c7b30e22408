/// The registry's fixed vocabularies. Labels live in the locale files (`catalog.category.taxes` …).
public enum Audience: String, Codable, Sendable, CaseIterable, Hashable { case citizen, business, foreigner }

public enum Channel: String, Codable, Sendable, CaseIterable, Hashable { case portal, asanCentre = "asan_centre", agencyOffice = "agency_office", mobile }

/// EU e-government benchmark maturity stages, in order.
public enum Stage: String, Codable, Sendable, CaseIterable, Hashable, Comparable {
    case information, downloadableForm = "downloadable_form", onlineForm = "online_form", fullElectronic = "full_electronic", proactive

    public static func < (l: Stage, r: Stage) -> Bool { allCases.firstIndex(of: l)! < allCases.firstIndex(of: r)! }

    /// Counted as an e-service in the registry's figures (online form or better).
    public var isElectronic: Bool { self >= .onlineForm }
}

public enum ResultType: String, Codable, Sendable, CaseIterable, Hashable {
    case document, eReference = "e_reference", decision, registration, information, payment
}

public enum ServiceCategory: String, Codable, Sendable, CaseIterable, Hashable {
    case taxes, business, property, health, socialProtection = "social_protection", employment, justice, agriculture, education
    case identityDocuments = "identity_documents", transport, migration, customs, statistics
    case intellectualProperty = "intellectual_property", housing, culture, emergencies, environment, finance
    case foreignAffairs = "foreign_affairs", youthSport = "youth_sport", construction, energy, utilities
    case localGovernment = "local_government", digitalServices = "digital_services", family
}

public enum LifeEvent: String, Codable, Sendable, CaseIterable, Hashable {
    case birthOfChild = "birth_of_child", startingFamily = "starting_family", movingHouse = "moving_house"
    case startingBusiness = "starting_business", runningBusiness = "running_business", closingBusiness = "closing_business"
    case retirement, losingJob = "losing_job", studying, buyingProperty = "buying_property", owningVehicle = "owning_vehicle"
    case travellingAbroad = "travelling_abroad", healthCare = "health_care", deathOfRelative = "death_of_relative"
    case disability, militaryService = "military_service"
}

/// Whether a service is in force. A withdrawn service keeps its page and history but leaves the catalog.
public enum ServiceStatus: String, Codable, Sendable, CaseIterable, Hashable { case active, withdrawn }
