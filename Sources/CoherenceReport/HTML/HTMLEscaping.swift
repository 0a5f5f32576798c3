/// Escaping of text for HTML.
enum HTMLEscaping {
    /// Text escaped for an HTML text node or a double-quoted attribute value.
    ///
    /// Escapes `&`, `<`, `>`, `"` and `'`, and drops control characters other than tab and newline.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" { continue }
                if scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// An id safe for an `id` attribute and a `#fragment`: letters, digits, `-` and `_`.
    static func identifier(_ text: String) -> String {
        let cleaned = text.unicodeScalars.map { scalar -> String in
            (scalar.properties.isAlphabetic && scalar.isASCII) || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_"
                ? String(scalar) : "-"
        }.joined()
        return cleaned.isEmpty ? "section" : cleaned
    }
}
