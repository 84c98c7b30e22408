import Foundation
import MailKit
import PortalCore

// `MailThroughput <smtp-url> <messages> [concurrency]`: sends that many messages (one connection each,
// as the notifications worker does) and prints `{"messages":N,"seconds":S,"per_second":R}`.
// Driven by scripts/bench/mail, which measures the sink's own rate in the same run.
let arguments = CommandLine.arguments
guard arguments.count >= 3, let count = Int(arguments[2]), count > 0 else {
    FileHandle.standardError.write(Data("usage: MailThroughput <smtp-url> <messages> [concurrency]\n".utf8))
    exit(2)
}
let concurrency = arguments.count > 3 ? max(1, Int(arguments[3]) ?? 1) : 1
let client = try SMTPClient(configuration: try SMTPConfiguration.parse(url: arguments[1], from: "OneWindow <noreply@bench.example.az>"))
let subject = "Şəxsiyyət vəsiqənizin müddəti bitir"
let text = String(repeating: "Hörmətli vətəndaş, şəxsiyyət vəsiqənizin müddəti 30 gün sonra bitir.\n", count: 10)
let started = Date()
try await withThrowingTaskGroup(of: Void.self) { group in
    for worker in 0..<concurrency {
        group.addTask {
            var index = worker
            while index < count {
                try await client.send(OutgoingMail(from: "OneWindow <noreply@bench.example.az>", to: "citizen\(index)@example.az",
                                                   subject: subject, text: text, html: "<p>\(text)</p>",
                                                   messageID: "<bench-\(index)@bench.example.az>"))
                index += concurrency
            }
        }
    }
    try await group.waitForAll()
}
let seconds = Date().timeIntervalSince(started)
print(String(format: "{\"messages\":%d,\"concurrency\":%d,\"seconds\":%.3f,\"per_second\":%.1f}", count, concurrency, seconds, Double(count) / seconds))
