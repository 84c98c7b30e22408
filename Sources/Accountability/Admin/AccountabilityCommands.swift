import PortalHTTP

/// `onewindow accountability compute [--date YYYY-MM-DD] [--from YYYY-MM-DD --to YYYY-MM-DD]`: computes
/// (or re-computes) days of figures; with no option, catches up from the last computed day to today.
struct AccountabilityCommands: AsyncCommandGroup {
    var help: String { "Accountability figures" }
    var commands: [String: any AnyAsyncCommand] { ["compute": ComputeCommand()] }
}

struct ComputeCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "date", help: "One day to (re)compute") var date: String?
        @Option(name: "from", help: "First day of a range") var from: String?
        @Option(name: "to", help: "Last day of a range (default: today)") var to: String?
        init() {}
    }

    var help: String { "Compute the daily accountability figures (idempotent: a day's rows are replaced)" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let job = ComputeFigures(app: context.application)
        func day(_ text: String?, _ name: String) throws -> LocalDate? {
            guard let text else { return nil }
            guard let day = LocalDate(iso: text) else { throw CommandError.invalidArgumentType(name, type: String.self) }
            return day
        }
        let outcome: ComputeFigures.Outcome
        if let date = try day(signature.date, "date") {
            outcome = try await job.run(day: date)
        } else if let from = try day(signature.from, "from") {
            let to = try day(signature.to, "to") ?? LocalDate(context.application.portal.now())
            guard from <= to else { throw CommandError.invalidArgumentType("from", type: String.self) }
            outcome = try await job.run(from: from, to: to)
        } else {
            outcome = try await job.catchUp()
        }
        if case .computed(let days, let rows) = outcome { context.console.print("computed \(days) day(s), \(rows) row(s)") }
    }
}
