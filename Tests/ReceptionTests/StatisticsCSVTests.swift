import Foundation
import PortalCore
@testable import Reception
import Testing

@Suite("Reception figures as CSV")
struct StatisticsCSVTests {
    @Test("the figures' CSV is RFC 4180 and neutralises cells a spreadsheet would run as formulas")
    func neutralised() throws {
        let agency = UUID()
        let rows = [ReceptionStatistics.Row(unitCode: "AZ-QBA", agencyID: agency, officialID: UUID(), officialName: "=HYPERLINK(\"http://evil.example\",\"x\")",
                                            bookings: 3, averageWaitMinutes: 4.5),
                    ReceptionStatistics.Row(unitCode: "AZ-QBA", agencyID: agency, officialID: UUID(), officialName: "Qasımova, Səidə", seen: 1)]
        let csv = ReceptionStatistics.csv(rows, agencyCodes: [agency: "ICRA-QBA"])
        let records = try CSV.parse(csv)
        #expect(records.count == 3 && records.allSatisfy { $0.fields.count == 12 })
        #expect(records[1].fields[2] == "'=HYPERLINK(\"http://evil.example\",\"x\")")
        #expect(records[2].fields[2] == "Qasımova, Səidə")
        #expect(csv.hasSuffix("\r\n") && csv.contains("AZ-QBA,ICRA-QBA,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",3,"))
    }
}
