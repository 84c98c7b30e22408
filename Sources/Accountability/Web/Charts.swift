import PortalHTTP

/// Charts drawn on the server as SVG (no JavaScript). Each is decoration beside a table that holds the
/// same figures: the SVG is `aria-hidden` and the table is what a screen reader reads.
enum Charts {
    struct Bar: Sendable {
        var label: String
        /// The whole bar and the part of it drawn darker (e.g. closed and closed on time).
        var total: Int64
        var part: Int64
    }

    /// Vertical bars, one per month: the total in light, the part in dark.
    static func monthly(_ bars: [Bar]) -> TrustedHTML {
        let (width, height, top, bottom) = (640, 220, 16, 40)
        let maximum = max(bars.map(\.total).max() ?? 0, 1)
        let step = bars.isEmpty ? width : width / bars.count
        var svg = "<svg class=\"chart\" viewBox=\"0 0 \(width) \(height)\" aria-hidden=\"true\" focusable=\"false\">"
        svg += "<line x1=\"0\" y1=\"\(height - bottom)\" x2=\"\(width)\" y2=\"\(height - bottom)\" class=\"chart-axis\"/>"
        let plot = Double(height - top - bottom)
        for (i, bar) in bars.enumerated() {
            let x = i * step + step / 5
            let w = step * 3 / 5
            let h = Int((Double(bar.total) / Double(maximum) * plot).rounded())
            let p = Int((Double(bar.part) / Double(maximum) * plot).rounded())
            svg += "<rect class=\"chart-total\" x=\"\(x)\" y=\"\(height - bottom - h)\" width=\"\(w)\" height=\"\(h)\"/>"
            svg += "<rect class=\"chart-part\" x=\"\(x)\" y=\"\(height - bottom - p)\" width=\"\(w)\" height=\"\(p)\"/>"
            if bar.total > 0 {
                svg += "<text x=\"\(x + w / 2)\" y=\"\(height - bottom - h - 4)\" text-anchor=\"middle\">\(bar.total)</text>"
            }
            svg += "<text x=\"\(x + w / 2)\" y=\"\(height - bottom + 16)\" text-anchor=\"middle\">\(escape(bar.label))</text>"
        }
        return TrustedHTML(verbatim: svg + "</svg>")
    }

    /// Horizontal bars of a share (0…100 %), one per row: comparing units or authorities. `text` is the
    /// share as the page prints it in the reader's language (`87,5 %` in ru).
    static func shares(_ rows: [(label: String, percent: Int, text: String)]) -> TrustedHTML {
        let (width, row, labelWidth) = (640, 26, 220)
        let height = max(rows.count, 1) * row + 8
        var svg = "<svg class=\"chart\" viewBox=\"0 0 \(width) \(height)\" aria-hidden=\"true\" focusable=\"false\">"
        let plot = Double(width - labelWidth - 60)
        for (i, r) in rows.enumerated() {
            let y = i * row + 4
            let w = Int(Double(min(max(r.percent, 0), 100)) / 100 * plot)
            svg += "<text x=\"\(labelWidth - 8)\" y=\"\(y + 17)\" text-anchor=\"end\">\(escape(String(r.label.prefix(32))))</text>"
            svg += "<rect class=\"chart-part\" x=\"\(labelWidth)\" y=\"\(y + 4)\" width=\"\(w)\" height=\"\(row - 10)\"/>"
            svg += "<text x=\"\(labelWidth + w + 6)\" y=\"\(y + 17)\">\(escape(r.text))</text>"
        }
        return TrustedHTML(verbatim: svg + "</svg>")
    }

    /// Text inside our SVG comes from data (names): escaped like the views' text.
    static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }
}
