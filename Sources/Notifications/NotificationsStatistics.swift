import Foundation
import PortalHTTP

/// Published figures: deliveries per channel and status (how reliably the portal reaches people).
struct NotificationsStatistics {
    let db: any Database

    func stats() async throws -> [Stat] {
        var out: [Stat] = []
        for channel in NoticeChannel.allCases {
            for status in DeliveryStatus.allCases {
                let count = try await OutboxModel.query(on: db).filter(\.$channel == channel).filter(\.$status == status).count()
                if count > 0 {
                    out.append(Stat(key: "notifications.deliveries", value: Int64(count),
                                    dimensions: ["channel": channel.rawValue, "status": status.rawValue]))
                }
            }
        }
        return out
    }
}
