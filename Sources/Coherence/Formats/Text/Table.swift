import CSV
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

    /// Creates a table.
    public init(file: String, sheet: String? = nil, rows: [[String]]) {
        self.file = file
        self.sheet = sheet
        self.rows = rows
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
        cell.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{00A0}\u{2007}\u{202F}\u{FEFF}")))
    }
}

/// The field separator of a CSV file.
public enum CSVSeparator: String, Sendable, CaseIterable {
    /// A comma.
    case comma = ","
    /// A semicolon (what Excel writes in a Dutch or Belgian locale).
    case semicolon = ";"
    /// A tab.
    case tab = "\t"

    /// Detects the separator from the first line: the most frequent of `;`, tab and `,` outside quotes.
    ///
    /// - Complexity: O(length of the first line).
    public static func detect(in text: String) -> CSVSeparator {
        var counts: [CSVSeparator: Int] = [:]
        var quoted = false
        for c in text.unicodeScalars {
            if c == "\"" { quoted.toggle(); continue }
            if quoted { continue }
            if c == "\n" || c == "\r" { break }
            if let s = CSVSeparator(rawValue: String(c)) { counts[s, default: 0] += 1 }
        }
        let order: [CSVSeparator] = [.semicolon, .tab, .comma]
        return order.max { (counts[$0] ?? 0, -order.firstIndex(of: $0)!) < (counts[$1] ?? 0, -order.firstIndex(of: $1)!) }
            .flatMap { (counts[$0] ?? 0) > 0 ? $0 : nil } ?? .comma
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
        let reader: CSVReader
        do {
            reader = try CSVReader(string: body, hasHeaderRow: false, trimFields: false,
                                   delimiter: delimiter.rawValue.unicodeScalars.first!)
        } catch {
            throw InputError(at: SourceLocation(file: file), "cannot read the file as CSV: \(error)")
        }
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
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
