/// Where in an input file something was found: a line and column in a text file, or a sheet and
/// cell in a workbook.
///
/// Lines and columns count from 1; columns count Unicode scalars, as editors do.
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The file as the user named it (a path relative to the working directory, or a bundled name).
    public var file: String
    /// The line, counting from 1, when known.
    public var line: Int?
    /// The column, counting from 1, when known.
    public var column: Int?
    /// The sheet of a workbook, when the input is one.
    public var sheet: String?
    /// The cell reference in a sheet, such as `B7`.
    public var cell: String?
    /// The row of a table (CSV), counting from 1.
    public var row: Int?
    /// The column of a table (CSV), counting from 1.
    public var tableColumn: Int?
    /// What the row stands for (the id in a matrix's first column), shown beside the row.
    public var rowLabel: String?
    /// What the column stands for (the id in a matrix's header), shown beside the column.
    public var columnLabel: String?

    /// Creates a location in a text file.
    public init(file: String, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// Creates a location in a sheet of a workbook.
    public init(file: String, sheet: String?, cell: String?, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.sheet = sheet
        self.cell = cell
        self.line = line
        self.column = column
    }

    /// Creates a location in a table read from a CSV file.
    public init(file: String, row: Int, column: Int?) {
        self.file = file
        self.row = row
        self.tableColumn = column
    }

    /// `file:line:column`, `file: row 7, column 4`, `file: sheet Sheet1, cell B7`, or just the file.
    public var description: String {
        var text = file
        if let sheet {
            text += ": sheet \(sheet)"
            if let cell { text += ", cell \(cell)" }
            if let rowLabel, let columnLabel { text += " (\(rowLabel) → \(columnLabel))" } else if let rowLabel { text += " (\(rowLabel))" }
            return text
        }
        if let row {
            text += ": row \(row)"
            if let rowLabel { text += " (\(rowLabel))" }
            if let tableColumn { text += ", column \(tableColumn)" }
            if let columnLabel { text += " (\(columnLabel))" }
            return text
        }
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        return text
    }
}
