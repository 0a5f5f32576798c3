import Foundation

/// Makes Graphviz SVG safe and fit to inline in an HTML page.
///
/// Graphviz escapes label text itself and our diagrams cannot set links or images, so its SVG
/// holds no active content. This is a second line of defence: it removes the XML prolog and
/// DOCTYPE, comments, any `<script>` or `<foreignObject>` element, event-handler attributes
/// (`on…=`) and link attributes (`href`, `xlink:href`). The report's Content-Security-Policy
/// forbids scripts as a third.
enum SVGSanitizer {
    static func inline(_ svg: String) -> String {
        var text = svg
        let patterns = [
            #"<\?xml[^>]*\?>"#,
            #"<!DOCTYPE[^>]*>"#,
            #"<!--[\s\S]*?-->"#,
            #"<script[\s\S]*?</script\s*>"#,
            #"<script[^>]*/>"#,
            #"<foreignObject[\s\S]*?</foreignObject\s*>"#,
            #"\s(on[a-zA-Z]+)\s*=\s*("[^"]*"|'[^']*')"#,
            #"\s(xlink:href|href)\s*=\s*("[^"]*"|'[^']*')"#,
        ]
        for pattern in patterns {
            text = text.replacingOccurrences(of: pattern, with: "", options: [.regularExpression, .caseInsensitive])
        }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
