import Foundation

/// How CSV output is spelled.
public enum CSVDialect: String, Sendable, CaseIterable, Codable {
    /// Comma separator, decimal point, no byte-order mark (for scripts, R, pandas).
    case standard
    /// Semicolon separator, decimal comma and a UTF-8 byte-order mark, so that Excel in a Dutch or
    /// Belgian locale opens the file as a table.
    case excelNL = "excel-nl"

    /// The field separator.
    public var separator: String { self == .standard ? "," : ";" }
}

/// A CSV document built cell by cell, escaped for spreadsheets.
///
/// Text cells that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab
/// or a carriage return) are prefixed with `'`, so `=HYPERLINK(…)` in a label stays text. Numbers
/// are written in the dialect's decimal notation.
public struct CSVDocument: Sendable {
    /// One cell: text or a number.
    public enum Cell: Sendable, Hashable, ExpressibleByStringLiteral {
        /// Text, escaped as needed.
        case text(String)
        /// A number, written in the dialect's notation.
        case number(Double)
        /// An empty cell.
        case empty

        /// A text cell from a literal.
        public init(stringLiteral value: String) { self = .text(value) }
    }

    /// The dialect.
    public let dialect: CSVDialect
    private var lines: [String] = []

    /// Creates an empty document.
    public init(dialect: CSVDialect = .standard) { self.dialect = dialect }

    /// Appends a row of text cells.
    public mutating func append(_ cells: [String]) { append(cells.map { Cell.text($0) }) }

    /// Appends a row.
    public mutating func append(_ cells: [Cell]) {
        lines.append(cells.map(encode).joined(separator: dialect.separator))
    }

    /// The document as text, with CRLF line ends (RFC 4180) and, for Excel, a byte-order mark.
    public var text: String {
        (dialect == .excelNL ? "\u{FEFF}" : "") + lines.map { $0 + "\r\n" }.joined()
    }

    func encode(_ cell: Cell) -> String {
        switch cell {
        case .empty: return ""
        case .number(let value):
            var s = Self.format(value)
            if dialect == .excelNL { s = s.replacingOccurrences(of: ".", with: ",") }
            return s
        case .text(let raw):
            var value = raw
            if let first = value.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
                value = "'" + value
            }
            if value.contains(dialect.separator) || value.contains("\"") || value.contains("\n") || value.contains("\r")
                || value.contains(",") || value.contains(";") {
                value = "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
            return value
        }
    }

    /// A number with up to 6 decimals and no trailing zeros.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        var s = String(format: "%.6f", value)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s == "-0" ? "0" : s
    }
}
