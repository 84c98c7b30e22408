import FluentKit
import Foundation
import PortalHTTP
import SQLKit

/// `OW-2026-000123`: per-year counters advanced inside the submitting transaction.
enum CaseNumbers {
    static func next(year: Int, on db: any Database) async throws -> String {
        String(format: "OW-%04d-%06d", year, try await reserve(year: year, count: 1, on: db))
    }
}
