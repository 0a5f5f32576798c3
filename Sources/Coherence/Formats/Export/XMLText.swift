/// Escaping of model text for the XML exports (GraphML, GEXF).
///
/// Labels, ids and names come from model files and may hold anything: `<`, `&`, quotes, line
/// breaks, control characters. Characters XML 1.0 does not allow at all (C0 controls other than
/// tab, line feed and carriage return; U+FFFE, U+FFFF) are dropped, since no escape can carry
/// them. The rest is escaped so that a parser reads back exactly the text written:
/// markup characters as entities, and in attributes also tab, line feed and carriage return as
/// character references (a parser would otherwise turn them into spaces).
enum XMLText {
    /// Whether XML 1.0 allows the character (production `Char`).
    ///
    /// - Complexity: O(1).
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// The text with the characters XML 1.0 does not allow removed.
    ///
    /// - Complexity: O(n).
    static func cleaned(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where isAllowed(scalar) { scalars.append(scalar) }
        return String(scalars)
    }

    /// Escapes text for element content: `&`, `<`, `>` as entities, carriage return as `&#13;`
    /// (a parser would otherwise turn it into a line feed).
    ///
    /// - Complexity: O(n).
    static func content(_ text: String) -> String { escape(text, attribute: false) }

    /// Escapes text for a double-quoted attribute value: as ``content(_:)``, plus `"`, `'`, tab
    /// and line feed.
    ///
    /// - Complexity: O(n).
    static func attribute(_ text: String) -> String { escape(text, attribute: true) }

    private static func escape(_ text: String, attribute: Bool) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars where isAllowed(scalar) {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\r": result += "&#13;"
            case "\"" where attribute: result += "&quot;"
            case "'" where attribute: result += "&apos;"
            case "\n" where attribute: result += "&#10;"
            case "\t" where attribute: result += "&#9;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
