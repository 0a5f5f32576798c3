import Foundation

/// The result of drawing a ``Diagram``: the bytes, and what happened on the way.
public struct RenderedDiagram: Sendable, Hashable {
    /// The file contents (UTF-8 text for SVG, DOT and JSON).
    public var data: Data
    /// The format of ``data``.
    public var format: RenderFormat
    /// The layout engine actually used (sfdp when the size guard switched it).
    public var engineUsed: LayoutEngine
    /// Warnings Graphviz logged, and notes from the renderer (such as an engine switch).
    public var diagnostics: [String]
    /// The diagram's text alternative (``Diagram/altText``).
    public var altText: String

    /// Creates a result.
    public init(data: Data, format: RenderFormat, engineUsed: LayoutEngine, diagnostics: [String], altText: String = "") {
        self.data = data
        self.format = format
        self.engineUsed = engineUsed
        self.diagnostics = diagnostics
        self.altText = altText
    }

    /// The output as text, for SVG, DOT and JSON; `nil` for PNG and PDF.
    public var text: String? {
        format.isText ? String(decoding: data, as: UTF8.self) : nil
    }

    /// For SVG: the markup ready to paste into an HTML page — without the XML declaration and
    /// DOCTYPE, with `role="img"` and the alt text as `aria-label`. `nil` for other formats.
    public var inlineSVG: String? {
        guard format == .svg, let text else { return nil }
        return SVGEmbedding.inline(text, altText: altText)
    }
}
