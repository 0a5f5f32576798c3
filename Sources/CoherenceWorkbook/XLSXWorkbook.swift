import Foundation

/// A spreadsheet to write, described as plain values: sheets, cells, formats, data validations,
/// frozen panes, column widths, notes and protection.
///
/// Nothing here touches the C library: a `XLSXWorkbook` is built in Swift, checked by
/// ``XLSXWriter/problems(in:)`` and written by ``XLSXWriter/data(of:)`` (through libxlsxwriter).
///
/// ```swift
/// var sheet = XLSXSheet(name: "Scores")
/// sheet.set(row: 0, column: 0, .text("id"), format: .header)
/// sheet.set(row: 1, column: 1, .number(2))
/// sheet.validations.append(XLSXValidation(range: XLSXRange(row: 1, column: 1), rule: .list(["-1", "0", "1"])))
/// let bytes = try XLSXWriter.data(of: XLSXWorkbook(sheets: [sheet]))
/// ```
public struct XLSXWorkbook: Sendable, Hashable {
    /// The sheets in tab order.
    public var sheets: [XLSXSheet]
    /// Workbook-level defined names (`name` → a formula such as `=Scores!$A$1:$B$2`).
    public var definedNames: [XLSXDefinedName]
    /// Document properties (title, author, …) shown by spreadsheet programs.
    public var properties: XLSXProperties

    /// Creates a workbook.
    public init(sheets: [XLSXSheet] = [], definedNames: [XLSXDefinedName] = [], properties: XLSXProperties = .init()) {
        self.sheets = sheets
        self.definedNames = definedNames
        self.properties = properties
    }
}

/// A workbook-level defined name.
public struct XLSXDefinedName: Sendable, Hashable {
    /// The name (letters, digits, `_` and `.`; not a cell reference).
    public var name: String
    /// What it refers to, such as `=Instructions!$A$1`.
    public var formula: String

    /// Creates a defined name.
    public init(name: String, formula: String) {
        self.name = name
        self.formula = formula
    }
}

/// Document properties.
public struct XLSXProperties: Sendable, Hashable {
    /// The title.
    public var title: String?
    /// The subject.
    public var subject: String?
    /// The author.
    public var author: String?
    /// Comments.
    public var comments: String?
    /// The creation time written into the file; `nil` writes 1 January 2026, 00:00 UTC, so that the
    /// same workbook gives the same bytes.
    public var created: Date?

    /// Creates properties.
    public init(title: String? = nil, subject: String? = nil, author: String? = nil, comments: String? = nil,
                created: Date? = nil) {
        self.title = title
        self.subject = subject
        self.author = author
        self.comments = comments
        self.created = created
    }
}

/// The value of a cell.
public enum XLSXValue: Sendable, Hashable {
    /// Text (written as a shared string).
    case text(String)
    /// A number.
    case number(Double)
    /// A cell with a format and no value (a greyed cell, a cell with a border).
    case blank
}

/// One cell: where it is (zero-based), what it holds and how it looks.
public struct XLSXCell: Sendable, Hashable {
    /// The row, from 0.
    public var row: Int
    /// The column, from 0.
    public var column: Int
    /// The value.
    public var value: XLSXValue
    /// The format, or `nil` for the default.
    public var format: XLSXFormat?

    /// Creates a cell.
    public init(row: Int, column: Int, value: XLSXValue, format: XLSXFormat? = nil) {
        self.row = row
        self.column = column
        self.value = value
        self.format = format
    }
}

/// A rectangle of cells, zero-based and inclusive.
public struct XLSXRange: Sendable, Hashable {
    /// The first row.
    public var firstRow: Int
    /// The first column.
    public var firstColumn: Int
    /// The last row.
    public var lastRow: Int
    /// The last column.
    public var lastColumn: Int

    /// A range of several cells.
    public init(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) {
        self.firstRow = firstRow
        self.firstColumn = firstColumn
        self.lastRow = lastRow
        self.lastColumn = lastColumn
    }

    /// A range of one cell.
    public init(row: Int, column: Int) {
        self.init(firstRow: row, firstColumn: column, lastRow: row, lastColumn: column)
    }
}

/// A column's width (in characters of the default font), for one column or a run of columns.
public struct XLSXColumnWidth: Sendable, Hashable {
    /// The first column.
    public var first: Int
    /// The last column (inclusive).
    public var last: Int
    /// The width in characters.
    public var width: Double
    /// A format every empty cell of the columns gets.
    public var format: XLSXFormat?

    /// Creates a width.
    public init(first: Int, last: Int? = nil, width: Double, format: XLSXFormat? = nil) {
        self.first = first
        self.last = last ?? first
        self.width = width
        self.format = format
    }
}

/// A note (comment) on a cell, shown when the pointer rests on it.
public struct XLSXNote: Sendable, Hashable {
    /// The row.
    public var row: Int
    /// The column.
    public var column: Int
    /// The text.
    public var text: String
    /// Who wrote it.
    public var author: String?

    /// Creates a note.
    public init(row: Int, column: Int, text: String, author: String? = nil) {
        self.row = row
        self.column = column
        self.text = text
        self.author = author
    }
}

/// Frozen rows and columns: the first `rows` rows and `columns` columns stay in view while scrolling.
public struct XLSXFreeze: Sendable, Hashable {
    /// The number of frozen rows at the top.
    public var rows: Int
    /// The number of frozen columns at the left.
    public var columns: Int

    /// Creates a freeze.
    public init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
    }
}

/// Sheet protection: locked cells cannot be changed (cells whose format is unlocked can).
public struct XLSXProtection: Sendable, Hashable {
    /// An optional password (Excel's weak hash: it keeps mistakes out, not people).
    public var password: String?
    /// Whether users may still change cell formats (widths, colours).
    public var allowFormatting: Bool

    /// Creates protection.
    public init(password: String? = nil, allowFormatting: Bool = true) {
        self.password = password
        self.allowFormatting = allowFormatting
    }
}
