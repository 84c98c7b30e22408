import PortalHTTP

/// `onewindow notifications scan [--date YYYY-MM-DD]`: the proactive scan for one Baku day (default
/// today); safe to repeat — notices already written are not written again.
struct NotificationsCommands: AsyncCommandGroup {
    var help: String { "Notifications tools" }
    var commands: [String: any AnyAsyncCommand] { ["scan": ScanCommand()] }
}

struct ScanCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "date", help: "The day to scan as (default: today in Baku)") var date: String?
        init() {}
    }

    var help: String { "Run the proactive scan: expiring documents, unpaid fines, births (never the same notice twice)" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        var day = LocalDate(app.portal.now())
        if let text = signature.date {
            guard let parsed = LocalDate(iso: text) else { throw CommandError.invalidArgumentType("date", type: String.self) }
            day = parsed
        }
        let report = try await ScanProactiveNotices(app: app).run(on: day)
        for rule in report.rules {
            context.console.print("\(rule.rule): \(rule.matched) found, \(rule.notices) to account holders, \(rule.written) outbox rows written")
        }
        context.console.print(String(format: "scanned %@ in %.2f s: %d found, %d notices, %d outbox rows written",
                                     day.iso, report.seconds, report.matched, report.notices, report.written))
    }
}
