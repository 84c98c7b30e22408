import Foundation
import SMSSimKit

// `swift run onewindow-smssim [--hostname 127.0.0.1] [--port 8191] [--api-key K] [--secret S]
//  [--fail-suffix 0000] [--receipt-delay-seconds 0.2] [--retry-base-seconds 0.5] [--max-attempts 10]`.
// The key and secret may also come from SMSSIM_API_KEY and SMSSIM_SECRET.
var options = SMSSim.Options()
let environment = ProcessInfo.processInfo.environment
if let key = environment["SMSSIM_API_KEY"] { options.apiKey = key }
if let secret = environment["SMSSIM_SECRET"] { options.secret = secret }
var arguments = Array(CommandLine.arguments.dropFirst())
func value(_ name: String) -> String {
    guard !arguments.isEmpty else {
        FileHandle.standardError.write(Data("\(name) needs a value\n".utf8))
        exit(2)
    }
    return arguments.removeFirst()
}
func number(_ name: String) -> Double {
    let text = value(name)
    guard let parsed = Double(text), parsed >= 0 else {
        FileHandle.standardError.write(Data("\(name): not a number: \(text)\n".utf8))
        exit(2)
    }
    return parsed
}
while !arguments.isEmpty {
    let flag = arguments.removeFirst()
    switch flag {
    case "--hostname": options.hostname = value(flag)
    case "--port": options.port = Int(number(flag))
    case "--api-key": options.apiKey = value(flag)
    case "--secret": options.secret = value(flag)
    case "--fail-suffix": options.failSuffix = value(flag)
    case "--receipt-delay-seconds": options.receiptDelay = number(flag)
    case "--retry-base-seconds": options.retryBase = number(flag)
    case "--max-attempts": options.maxAttempts = max(1, Int(number(flag)))
    case "--help", "-h":
        print("onewindow-smssim [--hostname H] [--port P] [--api-key K] [--secret S] [--fail-suffix DIGITS] [--receipt-delay-seconds X] [--retry-base-seconds X] [--max-attempts N]")
        exit(0)
    default:
        FileHandle.standardError.write(Data("unknown option \(flag)\n".utf8))
        exit(2)
    }
}
guard ["127.0.0.1", "localhost", "::1"].contains(options.hostname) || environment["SMSSIM_ALLOW_NON_LOOPBACK"] == "1" else {
    FileHandle.standardError.write(Data("onewindow-smssim listens on loopback only (set SMSSIM_ALLOW_NON_LOOPBACK=1 to override)\n".utf8))
    exit(2)
}
try await SMSSim.run(options)
