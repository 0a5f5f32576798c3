import Foundation

/// Reads the sheets of XLSX workbooks (Office Open XML spreadsheets) as ``Table``s.
///
/// An XLSX file is a ZIP archive of XML parts; this reader opens it with ZIPFoundation (refusing
/// zip bombs, see ``WorkbookLimits``) and decodes the workbook, its relationships, the shared
/// strings, the number formats and the worksheets with XMLCoder. Cells keep the text written in the
/// file (a number `1.3` stays `"1.3"`); formulas give their saved (cached) value; merged cells give
/// the value of their top-left cell to every cell they span; hidden sheets are skipped when no sheet
/// is named. What a cell held (number, date, boolean, error) is kept in ``Table/kinds`` so that
/// readers can notice an id that a spreadsheet turned into a number or a date.
///
/// ```swift
/// let table = try WorkbookReader.table(data: data, file: "workshop.xlsx", sheet: "Matrix")
/// ```
public enum WorkbookReader {
    /// A sheet as the workbook lists it.
    public struct SheetInfo: Sendable, Hashable, Codable {
        /// The sheet's name (its tab).
        public var name: String
        /// Whether the sheet is hidden (`state="hidden"` or `"veryHidden"`).
        public var isHidden: Bool
        /// Whether the sheet holds cells (a chart sheet does not).
        public var isWorksheet: Bool
    }

    /// The sheets of a workbook, in tab order, with their visibility.
    ///
    /// - Parameters:
    ///   - data: the bytes of the XLSX file.
    ///   - file: the file's name in messages.
    /// - Throws: ``InputError`` when the bytes are not a readable workbook.
    /// - Complexity: O(size of the workbook part and its relationships).
    public static func sheets(data: Data, file: String) throws(InputError) -> [SheetInfo] {
        try Workbook(data: data, file: file, limits: .standard).sheets.map(\.info)
    }

    /// The names of the sheets of a workbook, in tab order (hidden sheets included).
    ///
    /// - Throws: ``InputError`` when the bytes are not a readable workbook.
    public static func sheetNames(data: Data, file: String) throws(InputError) -> [String] {
        try sheets(data: data, file: file).map(\.name)
    }

    /// Reads one sheet as a table.
    ///
    /// - Parameters:
    ///   - data: the bytes of the XLSX file.
    ///   - file: the file's name in messages.
    ///   - sheet: the sheet's name (matched exactly, else ignoring case and surrounding spaces);
    ///     `nil` for the first visible worksheet.
    /// - Returns: the sheet's cells; locations name the sheet and cell (`B7`).
    /// - Throws: ``InputError`` for an unknown sheet (listing the sheets, with a did-you-mean), a
    ///   workbook that is not a ZIP archive or lacks a part, a zip bomb, or bad cells (all of them).
    /// - Complexity: O(size of the sheet's XML + cells of the laid-out table).
    public static func table(data: Data, file: String, sheet: String?) throws(InputError) -> Table {
        try table(data: data, file: file, sheet: sheet, limits: .standard)
    }

    /// Reads one sheet as a table, with explicit limits (tests use low ones).
    static func table(data: Data, file: String, sheet: String?, limits: WorkbookLimits) throws(InputError) -> Table {
        let workbook = try Workbook(data: data, file: file, limits: limits)
        return try workbook.table(workbook.select(sheet))
    }

    /// Reads every worksheet of a workbook (hidden ones too, marked by ``Table/isHidden``), in tab order.
    ///
    /// For inputs spread over several sheets, such as an action plan with an ownership sheet.
    /// - Throws: ``InputError`` with the problems of every sheet.
    /// - Complexity: O(size of the workbook's XML).
    public static func tables(data: Data, file: String) throws(InputError) -> [Table] {
        try tables(data: data, file: file, limits: .standard)
    }

    /// Reads every worksheet, with explicit limits.
    static func tables(data: Data, file: String, limits: WorkbookLimits) throws(InputError) -> [Table] {
        let workbook = try Workbook(data: data, file: file, limits: limits)
        var tables: [Table] = []
        var problems: [Diagnostic] = []
        for entry in workbook.sheets where entry.info.isWorksheet {
            do { tables.append(try workbook.table(entry)) } catch { problems.append(contentsOf: error.diagnostics) }
        }
        if !problems.isEmpty { throw InputError(problems) }
        return tables
    }

    /// Whether a file name says it is a workbook (`.xlsx`, `.xlsm`).
    public static func isWorkbookName(_ file: String) -> Bool {
        let lower = file.lowercased()
        return lower.hasSuffix(".xlsx") || lower.hasSuffix(".xlsm")
    }

    /// Whether bytes start like a ZIP archive (as every XLSX file does).
    public static func looksLikeWorkbook(_ data: Data) -> Bool {
        data.starts(with: [0x50, 0x4B, 0x03, 0x04])
    }

    /// The calendar date of a spreadsheet serial day number (1900 date system, as Excel and
    /// LibreOffice write by default), for messages about ids that became dates.
    ///
    /// - Returns: year, month and day, or `nil` for text that is not a serial day number in 1..<2958466.
    public static func date(fromSerial text: String) -> (year: Int, month: Int, day: Int)? {
        guard let serial = Double(text), serial >= 1, serial < 2_958_466 else { return nil }
        // Serial 1 is 1 January 1900; serial 60 is Excel's fictitious 29 February 1900, so from
        // serial 61 on the day is 1899-12-30 plus the serial, and before it one day later.
        let days = Int(serial.rounded(.down)) + (serial < 60 ? 1 : 0)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let origin = DateComponents(calendar: calendar, timeZone: calendar.timeZone, year: 1899, month: 12, day: 30).date!
        guard let date = calendar.date(byAdding: .day, value: days, to: origin) else { return nil }
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return (c.year!, c.month!, c.day!)
    }
}
