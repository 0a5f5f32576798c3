/// Escaping of plain text for Graphviz string attributes.
enum GraphvizText {
    /// Escapes plain text for a Graphviz "escString" attribute (`label`, `tooltip`), so that it
    /// is drawn literally.
    ///
    /// Graphviz expands backslash sequences (`\N` node name, `\G` graph name, `\L`, `\n`, `\l`,
    /// `\r` …) even when the string is set through the C API, so every backslash is doubled. A line
    /// break in the text (`\n`, `\r\n`, `\r`) deliberately becomes Graphviz's centred line break
    /// `\n`; a tab becomes a space; other control characters are dropped. The result never holds a
    /// raw newline (which keeps plain strings apart from HTML-like ones, see `HTMLLabel.markup`).
    /// - Parameter text: Literal text.
    /// - Returns: Graphviz escString text.
    /// - Complexity: O(length of `text`).
    static func escString(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\": out += "\\\\"
            case "\r": out += "\\n"
            case "\n": if !previousWasCR { out += "\\n" }
            case "\t": out += " "
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

/// Locale-independent, byte-stable number formatting for attribute values.
enum GraphvizNumber {
    /// Rounds to 3 decimals and writes the shortest form: `2`, `2.2`, `0.125`, `-3.5`.
    /// - Parameter value: A finite number.
    /// - Returns: The number as Graphviz reads it.
    static func format(_ value: Double) -> String {
        let rounded = (value * 1000).rounded() / 1000
        if rounded == rounded.rounded(), abs(rounded) < 1e15 {
            return String(Int64(rounded))
        }
        return "\(rounded)"
    }
}
