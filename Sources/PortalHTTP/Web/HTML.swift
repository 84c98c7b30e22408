/// Building HTML in Swift for the few hot fragments that bypass templates (long option lists).
/// Every text goes through `escape`; callers pass the result to Leaf's `#unsafeHTML`.
public enum HTML {
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `<option>`s with the chosen value marked selected; `any` is the empty first option's label.
    public static func options(_ items: [(value: String, label: String)], selected: String?, any: String?) -> String {
        var out = any.map { "<option value=\"\">\(escape($0))</option>" } ?? ""
        for item in items {
            out += "<option value=\"\(escape(item.value))\""
            if item.value == selected { out += " selected" }
            out += ">\(escape(item.label))</option>"
        }
        return out
    }
}
