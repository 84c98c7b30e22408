extension QRCode {
    /// The dark modules as SVG path data in module units, shifted by the quiet zone: one closed rectangle
    /// per horizontal run of dark modules, each starting with a move relative to the previous one.
    public func svgPathData(quietZone: Int = 4) -> String {
        var path = PathWriter()
        var previous: (x: Int, y: Int)?
        for y in 0..<size {
            var x = 0
            while x < size {
                guard modules[y * size + x] else { x += 1; continue }
                let start = x
                while x < size, modules[y * size + x] { x += 1 }
                let origin = (x: start + quietZone, y: y + quietZone)
                if let previous {
                    path.command("m", origin.x - previous.x, origin.y - previous.y)
                } else {
                    path.command("M", origin.x, origin.y)
                }
                // After "z" the current point is back at the run's origin, so the next move is relative to it.
                path.command("h", x - start)
                path.command("v", 1)
                path.command("h", start - x)
                path.command("z")
                previous = origin
            }
        }
        return path.text
    }

    /// A self-contained SVG image: a white square with the quiet zone, the modules as one black path,
    /// crisp edges, and `label` as its accessible name.
    public func svg(label: String, quietZone: Int = 4, pixels: Int = 200) -> String {
        let side = size + 2 * quietZone
        var escaped = ""
        for character in label {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case "\"": escaped += "&quot;"
            default: escaped.append(character)
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(side) \(side)\" width=\"\(pixels)\" height=\"\(pixels)\" "
            + "role=\"img\" aria-label=\"\(escaped)\" shape-rendering=\"crispEdges\">"
            + "<rect width=\"\(side)\" height=\"\(side)\" fill=\"#fff\"/><path fill=\"#000\" d=\"\(svgPathData(quietZone: quietZone))\"/></svg>"
    }
}

/// Path data built as ASCII bytes: string interpolation per number was most of the drawing time.
private struct PathWriter {
    private var bytes: [UInt8] = []

    var text: String { String(decoding: bytes, as: UTF8.self) }

    mutating func command(_ letter: Unicode.Scalar, _ numbers: Int...) {
        bytes.append(UInt8(letter.value))
        for (index, number) in numbers.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: " ")) }
            append(number)
        }
    }

    private mutating func append(_ number: Int) {
        if number < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = number.magnitude, divisor: UInt = 1
        while magnitude / divisor >= 10 { divisor *= 10 }
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude / divisor))
            magnitude %= divisor
            divisor /= 10
        }
    }
}
