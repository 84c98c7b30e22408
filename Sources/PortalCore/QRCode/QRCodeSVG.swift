extension QRCode {
    /// The dark modules as SVG path data in module units, shifted by the quiet zone: one closed rectangle
    /// per horizontal run of dark modules, each starting with a move relative to the previous one.
    public func svgPathData(quietZone: Int = 4) -> String {
        var path = ""
        path.reserveCapacity(size * size)
        var previous: (x: Int, y: Int)?
        for y in 0..<size {
            var x = 0
            while x < size {
                guard modules[y * size + x] else { x += 1; continue }
                let start = x
                while x < size, modules[y * size + x] { x += 1 }
                let origin = (x: start + quietZone, y: y + quietZone)
                if let previous {
                    path += "m\(origin.x - previous.x) \(origin.y - previous.y)"
                } else {
                    path += "M\(origin.x) \(origin.y)"
                }
                // After "z" the current point is back at the run's origin, so the next move is relative to it.
                path += "h\(x - start)v1h-\(x - start)z"
                previous = origin
            }
        }
        return path
    }

    /// A self-contained SVG image: a white square with the quiet zone, the modules as one black path,
    /// crisp edges, and `label` as its accessible name.
    public func svg(label: String, quietZone: Int = 4, pixels: Int = 200) -> String {
        let side = size + 2 * quietZone
        let escaped = label.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: "\"", with: "&quot;")
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(side) \(side)\" width=\"\(pixels)\" height=\"\(pixels)\" "
            + "role=\"img\" aria-label=\"\(escaped)\" shape-rendering=\"crispEdges\">"
            + "<rect width=\"\(side)\" height=\"\(side)\" fill=\"#fff\"/><path fill=\"#000\" d=\"\(svgPathData(quietZone: quietZone))\"/></svg>"
    }
}
