import Foundation
import Testing
@testable import CoherenceRender

@Suite("Output formats")
struct FormatTests {
    @Test func pngSignature() throws {
        let rendered = try Renderer().render(Fixtures.goals(), format: .png)
        #expect(rendered.data.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        #expect(rendered.text == nil)
        // 144 dpi: twice the size in pixels of the 72-dpi point size of the SVG.
        let width = rendered.data[16..<20].reduce(0) { $0 << 8 | Int($1) }
        let svg = try #require(try Renderer().render(Fixtures.goals(), format: .svg).text)
        let points = try #require(svg.firstMatch(of: /<svg width="(\d+)pt"/).flatMap { Int($0.1) })
        #expect(abs(width - 2 * points) <= 4)
    }

    @Test func pdfSignature() throws {
        let rendered = try Renderer().render(Fixtures.goals(), format: .pdf)
        #expect(rendered.data.starts(with: Array("%PDF".utf8)))
    }

    @Test func inlineSVG() throws {
        let rendered = try Renderer().render(Fixtures.goals(), format: .svg)
        let full = try #require(rendered.text)
        #expect(full.hasPrefix("<?xml"))
        let inline = try #require(rendered.inlineSVG)
        #expect(!inline.contains("<?xml"))
        #expect(!inline.contains("<!DOCTYPE"))
        #expect(inline.hasPrefix("<!--") || inline.hasPrefix("<svg"))
        #expect(inline.contains("<svg role=\"img\" aria-label=\"SDG 7 reinforces SDG 13 (+2); SDG 7 constrains SDG 1 (−1).\""))
        #expect(SVGInspector.inspect(Data(("<div>" + inline + "</div>").utf8)) != nil)
        #expect(try Renderer().render(Fixtures.goals(), format: .json).inlineSVG == nil)
    }

    @Test func inlineEscapesAltText() {
        let svg = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"x\"\n \"y\">\n<svg width=\"1pt\"></svg>"
        #expect(SVGEmbedding.inline(svg, altText: "a \"b\" <c> & d") == "<svg role=\"img\" aria-label=\"a &quot;b&quot; &lt;c&gt; &amp; d\" width=\"1pt\"></svg>")
        #expect(SVGEmbedding.inline(svg) == "<svg width=\"1pt\"></svg>")
    }

    @Test func graphvizVersion() throws {
        #expect(try Renderer.graphvizVersion().hasPrefix("2."))
    }
}
