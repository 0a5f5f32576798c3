import Foundation

import CoherenceRender

/// Makes Graphviz SVG safe and fit to inline in an HTML page.
///
/// ``SVGEmbedding`` (CoherenceRender) removes the XML prolog and DOCTYPE and labels the `<svg>`
/// element with its alt text. Graphviz escapes label text itself and our diagrams cannot set
/// links or images, so its SVG holds no active content; this is a second line of defence: it
/// removes comments, any `<script>` or `<foreignObject>` element, event-handler attributes
/// (`on…=`) and link attributes (`href`, `xlink:href`). The report's Content-Security-Policy
/// forbids scripts as a third.
enum SVGSanitizer {
    static func inline(_ svg: String, altText: String) -> String {
        var text = SVGEmbedding.inline(svg, altText: altText)
        let patterns = [
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
