import PortalCore
import Vapor

extension Sequence where Element == TerritorialUnitSummary {
    /// The units as a person picks them: named in the page's language and in its alphabetical order;
    /// where two units share a name (Lənkəran the city and the rayon) each says which it is.
    public func labelled(_ req: Request) -> [(code: String, label: String)] {
        let units = Array(self)
        let names = units.map { $0.name.text(req.language) }
        var seen: [String: Int] = [:]
        for name in names { seen[name, default: 0] += 1 }
        return zip(units, names).map { unit, name in
            (unit.code, seen[name, default: 0] > 1 ? "\(name) (\(req.t("unit.kind.\(unit.kind.rawValue)")))" : name)
        }
        .sortedAzerbaijani(by: \.label)
    }

    /// `labelled(_:)` as the choices of a select.
    public func choices(_ req: Request) -> [Choice] {
        labelled(req).map { Choice(value: $0.code, label: $0.label) }
    }
}
