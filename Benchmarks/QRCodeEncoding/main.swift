import Foundation
import PortalCore

// Time per check-in QR code: encode a typical reception check-in link at level M (mask search included),
// then draw it as the SVG the cabinet page serves. Wall clock and this thread's CPU time, so a figure
// taken on a busy machine can still be read. Run on the release build:
//   swift build -c release --product QRCodeEncoding && .build/release/QRCodeEncoding [iterations]
let iterations = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 2_000
let link = "https://e-gov.example.az/office/reception/check-in/R-7KQ2M9XW"

func cpuNanoseconds() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
}

func measure(_ name: String, _ body: () throws -> Int) rethrows {
    var checksum = try body() // warm-up, and keeps the work observable
    var wall: [Double] = [], cpu: [Double] = []
    for _ in 0..<5 {
        let (startWall, startCPU) = (DispatchTime.now().uptimeNanoseconds, cpuNanoseconds())
        for _ in 0..<iterations { checksum &+= try body() }
        wall.append(Double(DispatchTime.now().uptimeNanoseconds - startWall) / Double(iterations) / 1_000)
        cpu.append(Double(cpuNanoseconds() - startCPU) / Double(iterations) / 1_000)
    }
    wall.sort()
    cpu.sort()
    print(String(format: "%@: CPU median %.1f µs per code (min %.1f), wall median %.1f µs (min %.1f); 5 × %d codes; checksum %d",
                 name, cpu[2], cpu[0], wall[2], wall[0], iterations, checksum))
}

let sample = try QRCode(text: link, errorCorrection: .medium)
print("link: \(link.utf8.count) bytes → version \(sample.version) (\(sample.size)×\(sample.size)), level M, mask \(sample.mask), "
    + "SVG \(sample.svg(label: "R-7KQ2M9XW").utf8.count) bytes")
try measure("encode (data, Reed–Solomon, 8 masks scored)") { try QRCode(text: link, errorCorrection: .medium).mask }
try measure("encode + SVG") { try QRCode(text: link, errorCorrection: .medium).svg(label: "R-7KQ2M9XW").utf8.count }
