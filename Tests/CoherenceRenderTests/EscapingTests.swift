import Foundation
import Testing
@testable import CoherenceRender

@Suite("Escaping of labels, HTML-like labels and DOT")
struct EscapingTests {
    @Test("Plain labels: backslashes doubled, line breaks made explicit, controls dropped", arguments: [
        ("plain", "plain"),
        ("\\N", "\\\\N"),
        ("a\\nb", "a\\\\nb"),
        ("two\nlines", "two\\nlines"),
        ("crlf\r\nline", "crlf\\nline"),
        ("tab\there", "tab here"),
        ("bell\u{07}", "bell"),
        ("quote \" stays", "quote \" stays"),
        ("ends with \\", "ends with \\\\"),
    ])
    func escString(input: String, expected: String) {
        #expect(GraphvizText.escString(input) == expected)
        #expect(!GraphvizText.escString(input).contains("\n"))
    }

    @Test func htmlTextIsEscaped() {
        let label = HTMLLabel(.text("<script>alert(1)</script> & \"x\" 'y'\nnext \\N"))
        #expect(label.markup == "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot; &#39;y&#39;<BR/>next \\\\N\n")
    }

    @Test func htmlBuilderNeverEmitsEmptyElements() {
        #expect(HTMLLabel([]).markup == " \n")
        #expect(HTMLLabel(.bold([])).markup == "<B> </B>\n")
        let table = HTMLLabel(table: HTMLTable(rows: []))
        #expect(table.markup.contains("<TR><TD></TD></TR>"))
        let row = HTMLLabel(table: HTMLTable(rows: [HTMLRow([])]))
        #expect(row.markup.contains("<TR><TD></TD></TR>"))
    }

    @Test func htmlBuilderClampsNumbers() {
        let table = HTMLTable(rows: [HTMLRow([HTMLCell(.empty, border: 99, columnSpan: -3, fixedSize: (0, 5000))])], border: -1, cellSpacing: 500)
        let markup = HTMLLabel(table: table).markup
        #expect(markup.contains("BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"20\""))
        #expect(markup.contains("BORDER=\"4\" FIXEDSIZE=\"TRUE\" WIDTH=\"1\" HEIGHT=\"1000\""))
        #expect(!markup.contains("COLSPAN"))
    }

    @Test("DOT quoting", arguments: [
        ("simple", "\"simple\""),
        ("with \"quotes\"", "\"with \\\"quotes\\\"\""),
        ("back\\\\slash", "\"back\\\\slash\""),
        ("escaped quote \\\\\"", "\"escaped quote \\\\\\\"\""),
        ("trailing\\\\", "\"trailing\\\\\""),
    ])
    func dotQuote(input: String, expected: String) {
        #expect(DOTWriter.quote(input) == expected)
    }

    /// Graphviz's own DOT parser must read back exactly the names and label values we lowered.
    @Test("DOT output round-trips through Graphviz's parser")
    func dotRoundTrip() throws {
        let hostile = [
            "quote \" inside", "ends with backslash \\", "\\N and \\G and \\L", "\\\"", "semi; colon",
            "]; node [image=\"/etc/passwd\"]", "<b>not html</b>", "Ελληνικά 中文 ñ", "two\nlines", "}",
        ]
        var diagram = Diagram(name: "round \"trip\"", title: "Title <&> \\G")
        diagram.nodes = hostile.enumerated().map { index, text in
            let id = "id \(index) " + text.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\\", with: "/")
            return DiagramNode(id: id, label: .plain(text), tooltip: text)
        }
        diagram.nodes.append(DiagramNode(id: "html", label: .html(HTMLLabel(.bold("<script>")))))
        diagram.edges = [DiagramEdge(from: diagram.nodes[0].id, to: diagram.nodes[1].id, label: "e \\")]
        diagram.clusters = [DiagramCluster(id: "c \"1\"", label: "cluster \\", nodeIDs: [diagram.nodes[2].id])]
        diagram.legend = Legend(entries: [LegendEntry(.swatch("#FCC30B"), "]; x")])

        let spec = try Renderer().prepare(diagram, format: .dot, engine: .dot).spec
        let parsed = try GraphvizEngine.shared.parse(dot: DOTWriter.write(spec))
        #expect(parsed.errors.isEmpty)
        #expect(parsed.name == diagram.name)
        #expect(parsed.nodes.map(\.name) == spec.nodes.map(\.name))
        for (node, parsedNode) in zip(spec.nodes, parsed.nodes) {
            let label = node.settings.first { $0.attribute == .label }?.value
            switch label {
            case .text(let text):
                #expect(parsedNode.label == text)
                #expect(!parsedNode.labelIsHTML)
            case .html(let markup):
                #expect(parsedNode.label == markup)
                #expect(parsedNode.labelIsHTML)
            case nil:
                Issue.record("node \(node.name) has no label")
            }
        }
        #expect(parsed.edgeCount == 1)
        #expect(parsed.subgraphNames == ["cluster_c \"1\""])
    }
}
