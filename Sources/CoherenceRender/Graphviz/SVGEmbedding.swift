/// Makes Graphviz's standalone SVG fit inside an HTML page.
public enum SVGEmbedding {
    /// Strips the XML declaration and DOCTYPE (not allowed inside HTML), and labels the root
    /// `<svg>` element for assistive technology.
    ///
    /// - Parameters:
    ///   - svg: A complete SVG document as Graphviz writes it.
    ///   - altText: Text alternative; when not empty it becomes `aria-label` (XML-escaped) with `role="img"`.
    /// - Returns: Markup starting at the first comment or the `<svg` element.
    /// - Complexity: O(length of `svg`).
    public static func inline(_ svg: String, altText: String = "") -> String {
        var text = Substring(svg)
        while true {
            text = text.drop(while: { $0.isWhitespace })
            if text.hasPrefix("<?xml"), let end = text.range(of: "?>") {
                text = text[end.upperBound...]
            } else if text.hasPrefix("<!DOCTYPE"), let end = text.firstIndex(of: ">") {
                text = text[text.index(after: end)...]
            } else {
                break
            }
        }
        guard !altText.isEmpty, let open = text.range(of: "<svg") else { return String(text) }
        let attributes = " role=\"img\" aria-label=\"\(escapeAttribute(altText))\""
        return String(text[..<open.upperBound]) + attributes + String(text[open.upperBound...])
    }

    static func escapeAttribute(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n", "\r", "\t": out += " "
            default:
                if scalar.value < 0x20 { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
