import CXLSXWriter
import Foundation

/// Why a workbook could not be written.
public enum XLSXWriterError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The workbook breaks a rule of the file format (each problem in one sentence).
    case invalid([String])
    /// libxlsxwriter refused a call (the call, and its message).
    case library(call: String, message: String)
    /// The temporary file could not be made or read.
    case file(String)

    /// What went wrong.
    public var description: String {
        switch self {
        case .invalid(let problems): return "the workbook cannot be written: " + problems.joined(separator: "; ")
        case .library(let call, let message): return "libxlsxwriter: \(call) failed: \(message)"
        case .file(let message): return "cannot write the workbook: \(message)"
        }
    }
}

/// Writes an ``XLSXWorkbook`` as the bytes of an `.xlsx` file, through libxlsxwriter.
///
/// This module is the only code that imports the C library. A workbook is first checked as a whole
/// (``problems(in:)``), then written to a temporary file that is read back and removed: callers
/// write the bytes atomically where they belong, so no half-written spreadsheet is ever left behind.
public enum XLSXWriter {
    /// The largest row index (Excel: 1,048,576 rows).
    public static let maxRow = 1_048_575
    /// The largest column index (Excel: 16,384 columns).
    public static let maxColumn = 16_383

    /// The bytes of the workbook as an `.xlsx` file.
    ///
    /// - Parameter workbook: the workbook.
    /// - Returns: the file's bytes.
    /// - Throws: ``XLSXWriterError/invalid(_:)`` with every problem of the workbook at once, or the
    ///   library's or the file system's error.
    /// - Complexity: O(cells + formats + validations + notes).
    public static func data(of workbook: XLSXWorkbook) throws(XLSXWriterError) -> Data {
        let problems = problems(in: workbook)
        guard problems.isEmpty else { throw .invalid(problems) }
        let folder = FileManager.default.temporaryDirectory
        let url = folder.appendingPathComponent("coherence-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        try XLSXSession.write(workbook, to: url.path, temporaryFolder: folder.path)
        do {
            return try Data(contentsOf: url)
        } catch {
            throw .file(error.localizedDescription)
        }
    }

    /// Every rule the workbook breaks: sheet names, cell positions, validation and note lengths.
    ///
    /// - Complexity: O(cells + validations + notes).
    public static func problems(in workbook: XLSXWorkbook) -> [String] {
        var problems: [String] = []
        if workbook.sheets.isEmpty { problems.append("a workbook needs at least one sheet") }
        var names = Set<String>()
        for sheet in workbook.sheets {
            let name = sheet.name
            if name.isEmpty || name.count > 31 { problems.append("the sheet name `\(name)` must have 1 to 31 characters") }
            if name.contains(where: { "[]:*?/\\".contains($0) }) { problems.append("the sheet name `\(name)` holds one of [ ] : * ? / \\") }
            if name.hasPrefix("'") || name.hasSuffix("'") { problems.append("the sheet name `\(name)` starts or ends with an apostrophe") }
            if !names.insert(name.lowercased()).inserted { problems.append("two sheets are named `\(name)`") }
            func place(_ row: Int, _ column: Int, _ what: String) {
                if !(0...maxRow).contains(row) || !(0...maxColumn).contains(column) {
                    problems.append("\(what) at row \(row), column \(column) of `\(name)` is outside the sheet")
                }
            }
            for cell in sheet.cells {
                place(cell.row, cell.column, "a cell")
                if case .text(let text) = cell.value, text.utf16.count > 32_767 {
                    problems.append("a cell of `\(name)` holds more than 32,767 characters")
                }
                if case .number(let value) = cell.value, !value.isFinite {
                    problems.append("a cell of `\(name)` holds a number that is not finite")
                }
            }
            for range in sheet.validations.map(\.range) + sheet.merges {
                place(range.firstRow, range.firstColumn, "a range")
                place(range.lastRow, range.lastColumn, "a range")
                if range.lastRow < range.firstRow || range.lastColumn < range.firstColumn {
                    problems.append("a range of `\(name)` ends before it starts")
                }
            }
            for validation in sheet.validations {
                if case .list(let values) = validation.rule, values.joined(separator: ",").utf16.count > 255 || values.isEmpty {
                    problems.append("a drop-down list of `\(name)` must hold 1 to 255 characters")
                }
                for title in [validation.inputTitle, validation.errorTitle].compactMap({ $0 }) where title.utf16.count > 32 {
                    problems.append("the validation title `\(title)` of `\(name)` is longer than 32 characters")
                }
                for message in [validation.inputMessage, validation.errorMessage].compactMap({ $0 }) where message.utf16.count > 255 {
                    problems.append("a validation message of `\(name)` is longer than 255 characters")
                }
            }
            for note in sheet.notes { place(note.row, note.column, "a note") }
            for width in sheet.columnWidths {
                place(0, width.first, "a column width")
                place(0, width.last, "a column width")
            }
            if let freeze = sheet.freeze { place(freeze.rows, freeze.columns, "a freeze") }
            if let zoom = sheet.zoom, !(10...400).contains(zoom) { problems.append("the zoom of `\(name)` must be 10 to 400") }
        }
        if !workbook.sheets.isEmpty, workbook.sheets.allSatisfy(\.hidden) { problems.append("at least one sheet must be visible") }
        for defined in workbook.definedNames where defined.name.isEmpty || defined.name.contains(where: { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == ".") }) {
            problems.append("the defined name `\(defined.name)` may hold only letters, digits, `_` and `.`")
        }
        return problems
    }
}
