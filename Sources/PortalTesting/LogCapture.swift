import Foundation
import Logging
import NIOConcurrencyHelpers

/// Every log line of the test process, kept so tests can assert what never reaches the logs.
public enum LogCapture {
    static let lines = NIOLockedValueBox<[String]>([])
    static let bootstrapped: Void = {
        LoggingSystem.bootstrap { label in CapturingLogHandler(label: label) }
    }()

    public static func install() { _ = bootstrapped }

    public static var all: [String] { lines.withLockedValue { $0 } }

    struct CapturingLogHandler: LogHandler {
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .debug
        let label: String

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(level: Logger.Level, message: Logger.Message, metadata explicit: Logger.Metadata?,
                 source: String, file: String, function: String, line: UInt) {
            let merged = metadata.merging(explicit ?? [:], uniquingKeysWith: { $1 })
            let text = "\(level) \(label) \(message) \(merged.map { "\($0)=\($1)" }.sorted().joined(separator: " "))"
            LogCapture.lines.withLockedValue { $0.append(text) }
            if level >= .error { FileHandle.standardError.write(Data((text + "\n").utf8)) }
        }
    }
}
