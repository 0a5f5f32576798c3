/// Renders a report as Markdown, with each diagram as a PNG file beside it (for Word, Quarto or a wiki).
public enum MarkdownRenderer {
    /// The report as Markdown text; figures point to `NAME.png` and `NAME.svg` in the same folder.
    ///
    /// - Complexity: O(size of the report).
    public static func render(_ report: ReportDocument) -> String {
        var md = "# \(escape(report.title))\n\n"
        if let subtitle = report.subtitle { md += "_\(escape(subtitle))_\n\n" }
        if !report.keyFindings.isEmpty {
            for finding in report.keyFindings.sorted(by: { $0.severity < $1.severity }) {
                let mark = finding.severity == .alert ? "⚠" : finding.severity == .notice ? "•" : "✓"
                md += "- \(mark) **\(escape(finding.headline))** — \(escape(finding.text))\n"
            }
            md += "\n"
        }
        for section in report.sections {
            md += "## \(escape(section.heading))\n\n"
            for block in section.blocks { md += render(block) }
        }
        if let note = report.provenanceNote { md += "---\n\n_\(escape(note))_\n" }
        return md
    }

    static func render(_ block: ReportBlock) -> String {
        switch block {
        case .paragraph(let text): return escape(text) + "\n\n"
        case .subheading(let text): return "### \(escape(text))\n\n"
        case .callout(let text): return "> \(escape(text))\n\n"
        case .list(let items): return items.map { "- \(escape($0))" }.joined(separator: "\n") + "\n\n"
        case .table(let table): return render(table)
        case .figure(let figure):
            var md = "![\(escape(figure.altText))](\(figure.name).png)\n\n"
            md += "_\(escape(figure.caption))_ ([SVG](\(figure.name).svg))\n\n"
            if let table = figure.table { md += render(table) }
            return md
        }
    }

    static func render(_ table: ReportTable) -> String {
        var md = ""
        if let caption = table.caption { md += "**\(escape(caption))**\n\n" }
        md += "| " + table.header.map(cell).joined(separator: " | ") + " |\n"
        md += "|" + table.header.indices.map { table.numericColumns.contains($0) ? "---:|" : "---|" }.joined() + "\n"
        for row in table.rows {
            md += "| " + row.map(cell).joined(separator: " | ") + " |\n"
        }
        return md + "\n"
    }

    /// A table cell: escaped, pipes escaped, line breaks as spaces.
    static func cell(_ text: String) -> String {
        escape(text).replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }

    /// Text with Markdown's and HTML's special characters escaped, so model text stays text.
    static func escape(_ text: String) -> String {
        var out = ""
        for ch in text {
            switch ch {
            case "\\", "`", "*", "_", "[", "]", "#", "!", "|", "{", "}":
                out += "\\" + String(ch)
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            default: out.append(ch)
            }
        }
        return out
    }
}
