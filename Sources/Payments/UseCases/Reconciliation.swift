import FluentKit
import PortalHTTP

/// The daily reconciliation: the portal's payments that took money on a UTC day against the
/// provider's settlement file for that day. Days are UTC on both sides (the simulator settles in UTC).
struct Reconciliation {
    let app: Application

    /// One line of the provider's settlement file.
    struct SettlementLine: Equatable {
        var providerPaymentID: String
        var orderID: String
        var amount: Int64
        var currency: String
        var status: String
    }

    enum Kind: String, Encodable, CaseIterable {
        case missingInPortal = "missing_in_portal"
        case missingAtProvider = "missing_at_provider"
        case amountDiffers = "amount_differs"
        case statusDiffers = "status_differs"
    }

    struct Mismatch: Encodable, Equatable {
        var kind: Kind
        var orderID: String
        var providerPaymentID: String?
        var invoiceNumber: String?
        var portalAmount: Int64?
        var providerAmount: Int64?
        var portalStatus: String?
        var providerStatus: String?
    }

    struct Report: Encodable {
        var day: String
        var portalCount: Int
        var providerCount: Int
        var matched: Int
        var mismatches: [Mismatch]
    }

    struct FileProblem: Error, Equatable {
        var line: Int
        var message: String
    }

    static let header = "payment_id,order_id,amount,currency,status,settled_at"

    /// Parses a settlement file (RFC 4180, PortalCore's `CSV`); a malformed line names its number.
    static func parse(_ csv: String) -> Result<[SettlementLine], FileProblem> {
        let records: [CSV.Record]
        do { records = try CSV.parse(csv) } catch let error as CSV.ParseError {
            return .failure(FileProblem(line: error.line, message: "not a CSV file (\(error.reason.rawValue))"))
        } catch { return .failure(FileProblem(line: 1, message: "not a CSV file")) }
        let expected = header.split(separator: ",").map(String.init)
        guard let first = records.first, first.fields.map({ $0.trimmingCharacters(in: .whitespaces) }) == expected else {
            return .failure(FileProblem(line: 1, message: "header must be \(header)"))
        }
        var result: [SettlementLine] = []
        for record in records.dropFirst() {
            let fields = record.fields.map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count == 6, !fields[0].isEmpty, !fields[1].isEmpty, let amount = Int64(fields[2]), amount > 0 else {
                return .failure(FileProblem(line: record.line, message: "expected 6 fields with a positive amount in qəpik"))
            }
            result.append(SettlementLine(providerPaymentID: fields[0], orderID: fields[1], amount: amount, currency: fields[3], status: fields[4]))
        }
        return .success(result)
    }

    static func dayRange(_ day: String) -> (Date, Date)? {
        guard let date = LocalDate(iso: day), let start = date.startOfDay(in: TimeZone(secondsFromGMT: 0)!) else { return nil }
        return (start, start.addingTimeInterval(86400))
    }

    /// Compares the file with the portal's payments.
    func report(day: String, lines: [SettlementLine]) async throws -> Report {
        guard let (start, end) = Self.dayRange(day) else { throw Abort(.badRequest) }
        let portal = try await PaymentModel.query(on: app.db)
            .filter(\.$status ~~ [.succeeded, .refunded])
            .filter(\.$finishedAt >= start).filter(\.$finishedAt < end).all()
        let fileIDs = lines.compactMap { UUID(uuidString: $0.orderID) }
        let referenced = fileIDs.isEmpty ? [] : try await PaymentModel.query(on: app.db).filter(\.$id ~~ fileIDs).all()
        var payments: [UUID: PaymentModel] = [:]
        for payment in portal + referenced { payments[payment.id!] = payment }
        let invoiceIDs = Array(Set(payments.values.map(\.invoiceID)))
        let invoices = invoiceIDs.isEmpty ? [] : try await InvoiceModel.query(on: app.db).filter(\.$id ~~ invoiceIDs).all()
        let numbers = Dictionary(uniqueKeysWithValues: invoices.map { ($0.id!, $0.number) })

        var mismatches: [Mismatch] = []
        var matched = 0
        var seen: Set<UUID> = []
        for line in lines {
            guard let id = UUID(uuidString: line.orderID), let payment = payments[id] else {
                mismatches.append(Mismatch(kind: .missingInPortal, orderID: line.orderID, providerPaymentID: line.providerPaymentID,
                                           providerAmount: line.amount, providerStatus: line.status))
                continue
            }
            seen.insert(id)
            let number = numbers[payment.invoiceID]
            if payment.amount != line.amount || payment.currency != line.currency {
                mismatches.append(Mismatch(kind: .amountDiffers, orderID: line.orderID, providerPaymentID: line.providerPaymentID, invoiceNumber: number,
                                           portalAmount: payment.amount, providerAmount: line.amount, portalStatus: payment.status.rawValue, providerStatus: line.status))
            } else if payment.status.rawValue != line.status {
                mismatches.append(Mismatch(kind: .statusDiffers, orderID: line.orderID, providerPaymentID: line.providerPaymentID, invoiceNumber: number,
                                           portalAmount: payment.amount, providerAmount: line.amount, portalStatus: payment.status.rawValue, providerStatus: line.status))
            } else {
                matched += 1
            }
        }
        for payment in portal where !seen.contains(payment.id!) {
            mismatches.append(Mismatch(kind: .missingAtProvider, orderID: payment.id!.uuidString, providerPaymentID: payment.providerPaymentID,
                                       invoiceNumber: numbers[payment.invoiceID], portalAmount: payment.amount, portalStatus: payment.status.rawValue))
        }
        return Report(day: day, portalCount: portal.count, providerCount: lines.count, matched: matched, mismatches: mismatches)
    }

    /// The mismatches as CSV: the provider's file is outside data, so every cell goes through the
    /// neutralising writer.
    static func csv(_ report: Report) -> String {
        CSV.render([["kind", "order_id", "provider_payment_id", "invoice", "portal_amount", "provider_amount", "portal_status", "provider_status"]]
            + report.mismatches.map { m in
                [m.kind.rawValue, m.orderID, m.providerPaymentID ?? "", m.invoiceNumber ?? "", m.portalAmount.map(String.init) ?? "",
                 m.providerAmount.map(String.init) ?? "", m.portalStatus ?? "", m.providerStatus ?? ""]
            })
    }
}
