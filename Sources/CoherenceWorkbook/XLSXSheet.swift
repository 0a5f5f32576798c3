/// One worksheet of an ``XLSXWorkbook``.
public struct XLSXSheet: Sendable, Hashable {
    /// The tab name (1–31 characters, none of `[ ] : * ? / \`, not starting or ending with `'`).
    public var name: String
    /// Whether the sheet is hidden (still in the file; spreadsheet programs can unhide it).
    public var hidden: Bool
    /// The cells with a value or a format, in any order; a later cell at the same place wins.
    public var cells: [XLSXCell]
    /// Column widths.
    public var columnWidths: [XLSXColumnWidth]
    /// Row heights in points, by row.
    public var rowHeights: [Int: Double]
    /// Frozen header rows and columns.
    public var freeze: XLSXFreeze?
    /// Data validations (drop-down lists, allowed ranges).
    public var validations: [XLSXValidation]
    /// Notes on cells.
    public var notes: [XLSXNote]
    /// Merged ranges (the value is the top-left cell's).
    public var merges: [XLSXRange]
    /// Protection, or `nil` for none.
    public var protection: XLSXProtection?
    /// The tab colour as `0xRRGGBB`.
    public var tabColour: UInt32?
    /// Whether the sheet is the one shown when the file opens.
    public var active: Bool
    /// The zoom in percent (10–400).
    public var zoom: Int?

    /// Creates an empty sheet.
    public init(name: String, hidden: Bool = false) {
        self.name = name
        self.hidden = hidden
        cells = []
        columnWidths = []
        rowHeights = [:]
        freeze = nil
        validations = []
        notes = []
        merges = []
        protection = nil
        tabColour = nil
        active = false
        zoom = nil
    }

    /// Sets a cell's value and format.
    public mutating func set(row: Int, column: Int, _ value: XLSXValue, format: XLSXFormat? = nil) {
        cells.append(XLSXCell(row: row, column: column, value: value, format: format))
    }

    /// Writes lines of text down one column from `row`, each with the same format; returns the next free row.
    @discardableResult
    public mutating func lines(_ texts: [String], from row: Int, column: Int = 0, format: XLSXFormat? = nil) -> Int {
        for (offset, text) in texts.enumerated() { set(row: row + offset, column: column, .text(text), format: format) }
        return row + texts.count
    }
}

/// How a cell looks, and whether it is locked under protection.
///
/// Equal formats are written once (libxlsxwriter gets one format object per distinct value).
public struct XLSXFormat: Sendable, Hashable {
    /// Horizontal alignment.
    public enum Alignment: Sendable, Hashable { case left, centre, right }
    /// Vertical alignment.
    public enum VerticalAlignment: Sendable, Hashable { case top, centre, bottom }

    /// Bold text.
    public var bold = false
    /// Italic text.
    public var italic = false
    /// The font size in points (`nil`: the default, 11).
    public var fontSize: Double?
    /// The font colour as `0xRRGGBB`.
    public var fontColour: UInt32?
    /// A solid fill as `0xRRGGBB`.
    public var fill: UInt32?
    /// Wrap long text in the cell.
    public var wrap = false
    /// Horizontal alignment.
    public var alignment: Alignment?
    /// Vertical alignment.
    public var verticalAlignment: VerticalAlignment?
    /// A thin border on all four sides, as `0xRRGGBB`.
    public var border: UInt32?
    /// An Excel number format such as `+0;-0;0` (`nil`: General).
    public var numberFormat: String?
    /// Whether the cell is locked when the sheet is protected (Excel's default is locked).
    public var locked = true
    /// Text turned 90° (for narrow column headers).
    public var vertical = false

    /// The default format.
    public init() {}

    /// Bold text on a light grey fill, wrapped: a header.
    public static var header: XLSXFormat {
        var format = XLSXFormat()
        format.bold = true
        format.fill = 0xE7E6E6
        format.wrap = true
        format.verticalAlignment = .top
        return format
    }
}

/// A data validation: which values a range of cells accepts, with the messages Excel shows.
public struct XLSXValidation: Sendable, Hashable {
    /// What is allowed.
    public enum Rule: Sendable, Hashable {
        /// One of these values, offered in a drop-down (each at most 255 characters together).
        case list([String])
        /// A whole number from `min` to `max`.
        case wholeNumber(min: Int, max: Int)
        /// A number from `min` to `max`.
        case decimal(min: Double, max: Double)
    }

    /// The cells.
    public var range: XLSXRange
    /// What is allowed.
    public var rule: Rule
    /// Whether a blank cell is allowed (default: yes).
    public var allowBlank: Bool
    /// The title of the hint shown when a cell is selected.
    public var inputTitle: String?
    /// The hint shown when a cell is selected (at most 255 characters).
    public var inputMessage: String?
    /// The title of the message shown for a value that is not allowed.
    public var errorTitle: String?
    /// The message shown for a value that is not allowed (at most 255 characters).
    public var errorMessage: String?

    /// Creates a validation.
    public init(range: XLSXRange, rule: Rule, allowBlank: Bool = true, inputTitle: String? = nil, inputMessage: String? = nil,
                errorTitle: String? = nil, errorMessage: String? = nil) {
        self.range = range
        self.rule = rule
        self.allowBlank = allowBlank
        self.inputTitle = inputTitle
        self.inputMessage = inputMessage
        self.errorTitle = errorTitle
        self.errorMessage = errorMessage
    }
}
