import Foundation

/// Renders a report as one self-contained HTML file: inline CSS, inline SVG, no script and no
/// fetch from the network, so it works from an e-mail attachment or a USB stick, on screen and printed.
public enum HTMLRenderer {
    /// The page as HTML text.
    ///
    /// - Complexity: O(size of the report).
    public static func render(_ report: ReportDocument) -> String {
        var html = """
        <!DOCTYPE html>
        <html lang="\(HTMLEscaping.escape(report.language))">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLEscaping.escape(report.title))</title>
        <style>\(ReportStyle.css)</style>
        </head>
        <body>
        <header>
        <h1>\(HTMLEscaping.escape(report.title))</h1>

        """
        if let subtitle = report.subtitle { html += "<p class=\"subtitle\">\(HTMLEscaping.escape(subtitle))</p>\n" }
        html += "</header>\n<main>\n"
        if !report.sections.isEmpty {
            html += "<nav class=\"toc\"><ol>"
            for section in report.sections {
                html += "<li><a href=\"#\(HTMLEscaping.identifier(section.id))\">\(HTMLEscaping.escape(section.heading))</a></li>"
            }
            html += "</ol></nav>\n"
        }
        if !report.keyFindings.isEmpty {
            html += "<section class=\"findings\" aria-label=\"key findings\">\n"
            for finding in report.keyFindings.sorted(by: { $0.severity < $1.severity }) {
                html += "<div class=\"finding \(finding.severity.rawValue)\"><h3>\(HTMLEscaping.escape(finding.headline))</h3>"
                html += "<p>\(HTMLEscaping.escape(finding.text))"
                if let id = finding.sectionID {
                    html += " <a href=\"#\(HTMLEscaping.identifier(id))\">→</a>"
                }
                html += "</p></div>\n"
            }
            html += "</section>\n"
        }
        for section in report.sections {
            html += "<section id=\"\(HTMLEscaping.identifier(section.id))\">\n<h2>\(HTMLEscaping.escape(section.heading))</h2>\n"
            for block in section.blocks { html += render(block) }
            html += "</section>\n"
        }
        html += "</main>\n"
        if let note = report.provenanceNote {
            html += "<footer><p>\(HTMLEscaping.escape(note))</p></footer>\n"
        }
        html += "</body>\n</html>\n"
        return html
    }

    static func render(_ block: ReportBlock) -> String {
        switch block {
        case .paragraph(let text):
            return "<p>\(HTMLEscaping.escape(text))</p>\n"
        case .subheading(let text):
            return "<h3>\(HTMLEscaping.escape(text))</h3>\n"
        case .callout(let text):
            return "<p class=\"callout\">\(HTMLEscaping.escape(text))</p>\n"
        case .list(let items):
            return "<ul>" + items.map { "<li>\(HTMLEscaping.escape($0))</li>" }.joined() + "</ul>\n"
        case .table(let table):
            return render(table)
        case .figure(let figure):
            var html = "<figure id=\"fig-\(HTMLEscaping.identifier(figure.name))\">\n"
            html += "<div class=\"diagram\">"
            html += SVGSanitizer.inline(figure.svg, altText: figure.altText)
            html += "</div>\n<figcaption>\(HTMLEscaping.escape(figure.caption))</figcaption>\n"
            if let table = figure.table {
                html += "<details class=\"data\"><summary>\(HTMLEscaping.escape(table.caption ?? figure.altText))</summary>\n"
                html += render(table) + "</details>\n"
            }
            return html + "</figure>\n"
        }
    }

    static func render(_ table: ReportTable) -> String {
        var html = "<div class=\"table-wrap\"><table>\n"
        if let caption = table.caption { html += "<caption>\(HTMLEscaping.escape(caption))</caption>\n" }
        html += "<thead><tr>"
        for (i, cell) in table.header.enumerated() {
            html += "<th scope=\"col\"\(table.numericColumns.contains(i) ? " class=\"num\"" : "")>\(HTMLEscaping.escape(cell))</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            html += "<tr>"
            for (i, cell) in row.enumerated() {
                html += "<td\(table.numericColumns.contains(i) ? " class=\"num\"" : "")>\(HTMLEscaping.escape(cell))</td>"
            }
            html += "</tr>\n"
        }
        return html + "</tbody></table></div>\n"
    }
}
