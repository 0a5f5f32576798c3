import Foundation

/// Reads sheets of XLSX workbooks as tables.
public enum WorkbookReader {
    /// Reads one sheet (the first when `sheet` is nil) as a table.
    public static func table(data: Data, file: String, sheet: String?) throws(InputError) -> Table {
        throw InputError(at: SourceLocation(file: file), "reading XLSX workbooks is not available in this build yet",
                         suggestion: "Save the sheet as CSV.")
    }
}
