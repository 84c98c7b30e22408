import Foundation

/// Where the portal may send a person back to after a form (`returnTo`, `next`, a payment's return):
/// a path on this site only. Browsers forgive a lot in a `Location` header — they drop tabs and line
/// breaks, read `\` as `/`, and take `//host` as another site — so the rule is strict, and it is
/// checked on the text as received and after each round of percent-decoding (up to three): the path
/// starts with one `/`, and nowhere holds `//`, a backslash or a control character.
public enum LocalPath {
    public static let maximumLength = 2_048

    /// True when `candidate` is a same-site path by the rule above.
    public static func isSafe(_ candidate: String) -> Bool {
        guard candidate.utf8.count <= maximumLength else { return false }
        var text = candidate
        for _ in 0..<4 {
            guard text.hasPrefix("/"), !text.contains("//"), !text.contains("\\"),
                  !text.unicodeScalars.contains(where: isControl) else { return false }
            let decoded = percentDecoded(text)
            if decoded == text { return true }
            text = decoded
        }
        return false  // still encoded after three rounds: nobody needs that
    }

    /// Decodes every valid `%XX` and keeps anything else as it is (the most lenient decoder an
    /// attacker could hope some component uses).
    static func percentDecoded(_ text: String) -> String {
        let bytes = Array(text.utf8)
        guard bytes.contains(UInt8(ascii: "%")) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "%"), i + 2 <= bytes.count - 1, let high = Hex.digit(bytes[i + 1]), let low = Hex.digit(bytes[i + 2]) {
                out.append(high << 4 | low)
                i += 3
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Control characters (C0, DEL, C1) and the Unicode line and paragraph separators.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029
    }

    /// `candidate` when it is a safe local path, else `fallback`.
    public static func safe(_ candidate: String?, fallback: String) -> String {
        guard let candidate, isSafe(candidate) else { return fallback }
        return candidate
    }
}

/// Links made from data (a registry entry's source, contact or online address): only absolute
/// `http`/`https` URLs with a host become links; anything else (`javascript:`, `data:`, relative
/// text) is shown as text.
public enum WebLink {
    public static func httpURL(_ text: String?) -> String? {
        guard let text, !text.isEmpty, text.count <= 2_048,
              !text.unicodeScalars.contains(where: { LocalPath.isControl($0) || $0 == " " }),
              let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty else { return nil }
        return text
    }
}
