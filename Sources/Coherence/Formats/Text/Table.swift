import Foundation

/// A table of text cells read from a CSV file or a sheet of a workbook, with the place of every cell.
///
/// Matrix and action-plan readers work on tables, so they read CSV and XLSX the same way and
/// report problems by row and column, or by sheet and cell.
public struct Table: Sendable, Hashable {
    /// The file as the user named it.
    public var file: String
    /// The sheet, when the table comes from a workbook.
    public var sheet: String?
    /// The rows, each a list of cells (rows may differ in length).
    public var rows: [[String]]
    /// What the cells that are not plain text held in the workbook (numbers, dates, booleans,
    /// errors), by position; empty for CSV, where every cell is text.
    ///
    /// Readers use it to notice a spreadsheet that turned an id such as `17.10` into the number
    /// 17.1, or `1.3` into a date.
    public var kinds: [Position: CellKind]
    /// Whether the sheet is hidden in its workbook.
    public var isHidden: Bool

    /// Creates a table.
    public init(file: String, sheet: String? = nil, rows: [[String]], kinds: [Position: CellKind] = [:], isHidden: Bool = false) {
        self.file = file
        self.sheet = sheet
        self.rows = rows
        self.kinds = kinds
        self.isHidden = isHidden
    }

    /// A zero-based row and column.
    public struct Position: Sendable, Hashable {
        /// The row, from 0.
        public var row: Int
        /// The column, from 0.
        public var column: Int

        /// Creates a position.
        public init(row: Int, column: Int) {
            self.row = row
            self.column = column
        }
    }

    /// What a cell held in the workbook it was read from.
    public enum CellKind: String, Sendable, Hashable, Codable {
        /// Text (every CSV cell; shared and inline strings and formula text results in a workbook).
        case text
        /// A number, kept as written in the file (`1.3`, `17.1`).
        case number
        /// A number shown as a date or time by its cell format (the text is the serial day number).
        case date
        /// A boolean (`TRUE` or `FALSE`).
        case boolean
        /// A formula error such as `#DIV/0!`.
        case error
    }

    /// What the cell at zero-based row and column held: ``CellKind/text`` unless the workbook said otherwise.
    public func kind(row: Int, column: Int) -> CellKind {
        kinds[Position(row: row, column: column)] ?? .text
    }

    /// The location of a cell given by zero-based row and column.
    public func location(row: Int, column: Int?) -> SourceLocation {
        if let sheet {
            return SourceLocation(file: file, sheet: sheet, cell: column.map { Self.cellReference(row: row, column: $0) })
        }
        return SourceLocation(file: file, row: row + 1, column: column.map { $0 + 1 })
    }

    /// The spreadsheet name of a cell: column letters then the row number (`B7`), from zero-based indices.
    public static func cellReference(row: Int, column: Int) -> String {
        var letters = ""
        var n = column + 1
        while n > 0 {
            let r = (n - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + r))) + letters
            n = (n - 1) / 26
        }
        return "\(letters)\(row + 1)"
    }

    /// The cell at zero-based row and column, or the empty string past the end of a row.
    public subscript(row: Int, column: Int) -> String {
        column < rows[row].count ? rows[row][column] : ""
    }

    /// Cleans a cell as spreadsheets leave it: trims spaces, non-breaking spaces and tabs.
    public static func clean(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, let last = cell.unicodeScalars.last,
              blank.contains(first) || blank.contains(last) else { return cell }
        return cell.trimmingCharacters(in: blank)
    }

    /// What ``clean(_:)`` trims.
    private static let blank = CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{00A0}\u{2007}\u{202F}\u{FEFF}"))
}

/// The field separator of a CSV file.
public enum CSVSeparator: String, Sendable, CaseIterable {
    /// A comma.
    case comma = ","
    /// A semicolon (what Excel writes in a Dutch or Belgian locale).
    case semicolon = ";"
    /// A tab.
    case tab = "\t"

    /// Detects the separator: the one that splits the most of the first lines (up to 20, outside
    /// quotes) into the same number of fields; ties go to more fields, then to `;`, tab, `,`.
    ///
    /// Looking at several lines keeps a decimal comma (`0,5` in a `;` file) or a comma inside a
    /// header label from winning over the real separator.
    ///
    /// - Complexity: O(length of the first 20 lines).
    public static func detect(in text: String) -> CSVSeparator {
        let order: [CSVSeparator] = [.semicolon, .tab, .comma]
        var counts: [[Int]] = []          // per line, per separator in `order`
        var current = [0, 0, 0]
        var quoted = false
        var lineHasContent = false
        var previousWasCR = false
        for c in text.unicodeScalars {
            if c == "\"" { quoted.toggle(); lineHasContent = true; continue }
            if quoted { continue }
            if c == "\n" || c == "\r" {
                if c == "\n" && previousWasCR { previousWasCR = false; continue }
                previousWasCR = c == "\r"
                if lineHasContent { counts.append(current) }
                current = [0, 0, 0]
                lineHasContent = false
                if counts.count >= 20 { break }
                continue
            }
            previousWasCR = false
            if let s = CSVSeparator(rawValue: String(c)) { current[order.firstIndex(of: s)!] += 1 }
            if c != " " { lineHasContent = true }
        }
        if lineHasContent && counts.count < 20 { counts.append(current) }
        // Per separator: how many lines split into the same (most common) number of fields. A title
        // line above the table, or a decimal comma in some cells, does not decide.
        var best: (separator: CSVSeparator, score: (Int, Int, Int))? = nil
        for (k, separator) in order.enumerated() {
            var frequency: [Int: Int] = [:]
            for line in counts where line[k] > 0 { frequency[line[k], default: 0] += 1 }
            guard let mode = frequency.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }) else { continue }
            let score = (mode.value, mode.key, -k)
            if best == nil || score > best!.score { best = (separator, score) }
        }
        return best?.separator ?? .comma
    }
}

extension Table {
    /// Reads CSV text: separator detected (or given), quoted cells, CRLF, a byte-order mark.
    ///
    /// - Throws: ``InputError`` when a quoted cell is never closed.
    /// - Complexity: O(length of the text).
    public static func csv(_ text: String, file: String, separator: CSVSeparator? = nil) throws(InputError) -> Table {
        var body = text
        if body.hasPrefix("\u{FEFF}") { body.removeFirst() }
        let delimiter = separator ?? CSVSeparator.detect(in: body)
        if let unclosed = unclosedQuoteLine(body) {
            throw InputError(at: SourceLocation(file: file, line: unclosed, column: nil),
                             "a quoted cell starts here and is never closed", expected: "a closing `\"`")
        }
        var rows = CSVRows.rows(body, separator: delimiter.rawValue.utf8.first!)
        while let last = rows.last, last.allSatisfy({ clean($0).isEmpty }) { rows.removeLast() }
        return Table(file: file, rows: rows)
    }

    /// The line on which a never-closed quoted cell starts, if any.
    static func unclosedQuoteLine(_ text: String) -> Int? {
        var quoted = false
        var line = 1, start = 1
        var previous: Unicode.Scalar = ","
        for c in text.unicodeScalars {
            if c == "\"" {
                if !quoted {
                    if previous == "," || previous == ";" || previous == "\t" || previous == "\n" || previous == "\r" {
                        quoted = true
                        start = line
                    }
                } else {
                    quoted = false
                }
            }
            if c == "\n" { line += 1 }
            previous = c
        }
        return quoted ? start : nil
    }
}
