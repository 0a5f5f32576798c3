/// An HTML-like Graphviz label, built from typed parts so that all text is XML-escaped and no
/// element can read a file or link anywhere (there is no `IMG`, no `HREF`, no raw markup).
///
/// ```swift
/// let label = HTMLLabel(table: HTMLTable(rows: [
///     HTMLRow([HTMLCell(.bold("SDG 7")), HTMLCell("Betaalbare en duurzame energie")]),
/// ]))
/// let node = DiagramNode(id: "SDG7", label: .html(label))
/// ```
public struct HTMLLabel: Sendable, Hashable {
    /// What the label holds: formatted text, or one table.
    public enum Content: Sendable, Hashable {
        case text([HTMLText])
        case table(HTMLTable)
    }

    /// The label's content.
    public var content: Content

    /// A label of formatted text.
    /// - Parameter text: Text runs, drawn in order.
    public init(_ text: [HTMLText]) { content = .text(text) }

    /// A label of formatted text.
    /// - Parameter text: Text runs, drawn in order.
    public init(_ text: HTMLText...) { content = .text(text) }

    /// A label holding one table.
    /// - Parameter table: The table.
    public init(table: HTMLTable) { content = .table(table) }
}

/// A run of formatted text inside an ``HTMLLabel`` or an ``HTMLCell``.
public indirect enum HTMLText: Sendable, Hashable, ExpressibleByStringLiteral {
    /// Literal text; `&`, `<`, `>`, quotes are escaped, a newline becomes a line break.
    case text(String)
    /// Bold text.
    case bold([HTMLText])
    /// Italic text.
    case italic([HTMLText])
    /// Text in another colour and/or size.
    case font(colour: Colour?, size: FontSize?, [HTMLText])
    /// A line break.
    case lineBreak

    /// Literal text.
    public init(stringLiteral value: String) { self = .text(value) }

    /// Bold literal text.
    public static func bold(_ text: String) -> HTMLText { .bold([.text(text)]) }
    /// Italic literal text.
    public static func italic(_ text: String) -> HTMLText { .italic([.text(text)]) }
    /// Coloured literal text.
    public static func coloured(_ text: String, _ colour: Colour) -> HTMLText {
        .font(colour: colour, size: nil, [.text(text)])
    }
}

/// A table inside an HTML-like label. Numbers are clamped to small ranges (borders 0…4,
/// spacing and padding 0…20 points).
public struct HTMLTable: Sendable, Hashable {
    /// Rows, top to bottom. An empty table is drawn as one empty cell.
    public var rows: [HTMLRow]
    /// Outer border width in points, 0…4.
    public var border: Int { didSet { border = HTMLTable.clamp(border, 0...4) } }
    /// Border width of every cell in points, 0…4.
    public var cellBorder: Int { didSet { cellBorder = HTMLTable.clamp(cellBorder, 0...4) } }
    /// Space between cells in points, 0…20.
    public var cellSpacing: Int { didSet { cellSpacing = HTMLTable.clamp(cellSpacing, 0...20) } }
    /// Space between a cell's border and its content in points, 0…20.
    public var cellPadding: Int { didSet { cellPadding = HTMLTable.clamp(cellPadding, 0...20) } }
    /// Fill colour of the table, if any.
    public var background: Colour?
    /// Colour of the borders, if not the default.
    public var borderColour: Colour?

    /// Creates a table.
    /// - Parameters:
    ///   - rows: Rows, top to bottom.
    ///   - border: Outer border width, clamped to 0…4 (default 0).
    ///   - cellBorder: Cell border width, clamped to 0…4 (default 0).
    ///   - cellSpacing: Space between cells, clamped to 0…20 (default 2).
    ///   - cellPadding: Space inside cells, clamped to 0…20 (default 2).
    ///   - background: Table fill.
    ///   - borderColour: Border colour.
    public init(
        rows: [HTMLRow], border: Int = 0, cellBorder: Int = 0, cellSpacing: Int = 2, cellPadding: Int = 2,
        background: Colour? = nil, borderColour: Colour? = nil
    ) {
        self.rows = rows
        self.border = HTMLTable.clamp(border, 0...4)
        self.cellBorder = HTMLTable.clamp(cellBorder, 0...4)
        self.cellSpacing = HTMLTable.clamp(cellSpacing, 0...20)
        self.cellPadding = HTMLTable.clamp(cellPadding, 0...20)
        self.background = background
        self.borderColour = borderColour
    }

    static func clamp(_ value: Int, _ range: ClosedRange<Int>) -> Int {
        min(max(value, range.lowerBound), range.upperBound)
    }
}

/// A row of an ``HTMLTable``. An empty row is drawn as one empty cell.
public struct HTMLRow: Sendable, Hashable {
    /// Cells, left to right.
    public var cells: [HTMLCell]
    /// Creates a row.
    /// - Parameter cells: Cells, left to right.
    public init(_ cells: [HTMLCell]) { self.cells = cells }
}

/// A cell of an ``HTMLTable``.
public struct HTMLCell: Sendable, Hashable {
    /// What a cell holds.
    public enum Content: Sendable, Hashable {
        case text([HTMLText])
        case table(HTMLTable)
        case empty
    }

    /// The cell's content.
    public var content: Content
    /// Fill colour.
    public var background: Colour?
    /// Border colour.
    public var borderColour: Colour?
    /// Border width in points, clamped to 0…4; `nil` uses the table's `cellBorder`.
    public var border: Int?
    /// Number of columns the cell spans, clamped to 1…100.
    public var columnSpan: Int
    /// Horizontal alignment of the content.
    public var alignment: TextAlignment?
    /// Exact size in points (each side clamped to 1…1000); `nil` sizes the cell to its content.
    public var fixedSize: (width: Int, height: Int)? {
        get { fixedWidth.map { ($0, fixedHeight ?? 1) } }
        set {
            fixedWidth = newValue.map { HTMLTable.clamp($0.width, 1...1000) }
            fixedHeight = newValue.map { HTMLTable.clamp($0.height, 1...1000) }
        }
    }
    private var fixedWidth: Int?
    private var fixedHeight: Int?

    /// Creates a cell.
    /// - Parameters:
    ///   - content: Text, a nested table, or nothing.
    ///   - background: Fill colour.
    ///   - borderColour: Border colour.
    ///   - border: Border width (clamped to 0…4).
    ///   - columnSpan: Columns spanned (clamped to 1…100).
    ///   - alignment: Horizontal alignment.
    ///   - fixedSize: Exact size in points, each side clamped to 1…1000.
    public init(
        _ content: Content, background: Colour? = nil, borderColour: Colour? = nil, border: Int? = nil,
        columnSpan: Int = 1, alignment: TextAlignment? = nil, fixedSize: (width: Int, height: Int)? = nil
    ) {
        self.content = content
        self.background = background
        self.borderColour = borderColour
        self.border = border.map { HTMLTable.clamp($0, 0...4) }
        self.columnSpan = HTMLTable.clamp(columnSpan, 1...100)
        self.alignment = alignment
        self.fixedSize = fixedSize
    }

    /// A cell of text runs.
    public init(_ text: HTMLText..., alignment: TextAlignment? = nil, background: Colour? = nil) {
        self.init(.text(text), background: background, alignment: alignment)
    }

    /// A cell of literal text.
    public init(_ text: String, alignment: TextAlignment? = nil, background: Colour? = nil) {
        self.init(.text([.text(text)]), background: background, alignment: alignment)
    }
}
