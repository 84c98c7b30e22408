import Foundation
import PortalCore

/// The figures the registry is quoted by: services per agency, how many are electronic (online form
/// or better), the share, and by channel — computed from the published catalog.
struct RegistryReport: Sendable {
    struct Row: Sendable, Encodable {
        var agencyCode: String
        var agencyName: String
        var total: Int
        var electronic: Int
        var sharePercent: Double
        var byChannel: [String: Int]
        var byStage: [String: Int]
    }

    var rows: [Row]
    var overall: Row

    init(index: CatalogIndex, language: Language) {
        var groups: [String: [CatalogIndex.Entry]] = [:]
        for entry in index.entries { groups[entry.agency.code, default: []].append(entry) }
        func row(_ code: String, _ name: String, _ entries: [CatalogIndex.Entry]) -> Row {
            let electronic = entries.filter { $0.definition.stage.isElectronic }.count
            var channels: [String: Int] = [:], stages: [String: Int] = [:]
            for channel in Channel.allCases { channels[channel.rawValue] = entries.filter { $0.definition.channels.contains(channel) }.count }
            for stage in Stage.allCases { stages[stage.rawValue] = entries.filter { $0.definition.stage == stage }.count }
            let share = entries.isEmpty ? 0 : (Double(electronic) * 1000 / Double(entries.count)).rounded() / 10
            return Row(agencyCode: code, agencyName: name, total: entries.count, electronic: electronic, sharePercent: share,
                       byChannel: channels, byStage: stages)
        }
        rows = groups.map { code, entries in row(code, entries[0].agency.name.text(language), entries) }
            .sorted { $0.total != $1.total ? $0.total > $1.total : $0.agencyCode < $1.agencyCode }
        overall = row("", "", index.entries)
    }

    var agencies: Int { rows.count }

    func csv() -> String {
        var lines = [["agency_code", "agency", "services", "electronic", "electronic_share_percent"] +
                     Channel.allCases.map { "channel_\($0.rawValue)" } + Stage.allCases.map { "stage_\($0.rawValue)" }]
        for row in rows + [overall] {
            lines.append([row.agencyCode.isEmpty ? "TOTAL" : row.agencyCode, row.agencyName, String(row.total), String(row.electronic),
                          String(format: "%.1f", row.sharePercent)] + Channel.allCases.map { String(row.byChannel[$0.rawValue] ?? 0) }
                         + Stage.allCases.map { String(row.byStage[$0.rawValue] ?? 0) })
        }
        return CSV.render(lines)
    }
}
