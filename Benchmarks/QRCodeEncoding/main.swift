import Foundation
import PortalCore

// Time per check-in QR code: encode a typical reception check-in link at level M (mask search included),
// then draw it as the SVG the cabinet page serves. Run on the release build:
//   swift build -c release --product QRCodeEncoding && .build/release/QRCodeEncoding [iterations]
let iterations = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 2_000
let link = "https://e-gov.example.az/office/reception/check-in/R-7KQ2M9XW"

func measure(_ name: String, _ body: () throws -> Int) rethrows {
    var checksum = try body() // warm-up, and keeps the work observable
    var samples: [Double] = []
    for _ in 0..<5 {
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<iterations { checksum &+= try body() }
        samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / Double(iterations) / 1_000)
    }
    samples.sort()
    print(String(format: "%@: median %.1f µs per code (min %.1f, max %.1f; 5 × %d codes; checksum %d)",
                 name, samples[2], samples[0], samples[4], iterations, checksum))
}

let sample = try QRCode(text: link, errorCorrection: .medium)
print("link: \(link.utf8.count) bytes → version \(sample.version) (\(sample.size)×\(sample.size)), level M, mask \(sample.mask), SVG \(sample.svg(label: "R-7KQ2M9XW").utf8.count) bytes")
try measure("encode (data, Reed–Solomon, 8 masks scored)") { try QRCode(text: link, errorCorrection: .medium).mask }
try measure("encode + SVG") { try QRCode(text: link, errorCorrection: .medium).svg(label: "R-7KQ2M9XW").utf8.count }
