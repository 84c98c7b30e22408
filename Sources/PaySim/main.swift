import Foundation
import PaySimKit

// `swift run onewindow-paysim [--hostname 127.0.0.1] [--port 8181] [--callback-secret S] [--merchant-id M]
//  [--retry-base-seconds 0.5] [--max-attempts 20]`. The secret may also come from PAYSIM_SECRET.
var options = PaySim.Options()
if let secret = ProcessInfo.processInfo.environment["PAYSIM_SECRET"] { options.secret = secret }
var arguments = Array(CommandLine.arguments.dropFirst())
func value(_ name: String) -> String {
    guard !arguments.isEmpty else {
        FileHandle.standardError.write(Data("\(name) needs a value\n".utf8))
        exit(2)
    }
    return arguments.removeFirst()
}
while !arguments.isEmpty {
    let flag = arguments.removeFirst()
    switch flag {
    case "--hostname": options.hostname = value(flag)
    case "--port": options.port = Int(value(flag)) ?? options.port
    case "--callback-secret", "--secret": options.secret = value(flag)
    case "--merchant-id": options.merchantID = value(flag)
    case "--retry-base-seconds": options.retryBase = Double(value(flag)) ?? options.retryBase
    case "--max-retry-delay-seconds": options.maxRetryDelay = Double(value(flag)) ?? options.maxRetryDelay
    case "--max-attempts": options.maxAttempts = Int(value(flag)) ?? options.maxAttempts
    case "--help", "-h":
        print("onewindow-paysim [--hostname H] [--port P] [--callback-secret S] [--merchant-id M] [--retry-base-seconds X] [--max-retry-delay-seconds X] [--max-attempts N]")
        exit(0)
    default:
        FileHandle.standardError.write(Data("unknown option \(flag)\n".utf8))
        exit(2)
    }
}
guard ["127.0.0.1", "localhost", "::1"].contains(options.hostname) || ProcessInfo.processInfo.environment["PAYSIM_ALLOW_NON_LOOPBACK"] == "1" else {
    FileHandle.standardError.write(Data("onewindow-paysim listens on loopback only (set PAYSIM_ALLOW_NON_LOOPBACK=1 to override)\n".utf8))
    exit(2)
}
try await PaySim.run(options)
