import Foundation

/// Lays the cells of a worksheet out as a ``Table``: values by type, merged ranges filled,
/// positions from cell references, every bad cell reported.
struct SheetLayout {
    let file: String
    let sheet: String
    let limits: WorkbookLimits
    let sharedStrings: [String]
    let dateStyles: Set<Int>
    private var log = DiagnosticLog()

    init(file: String, sheet: String, limits: WorkbookLimits, sharedStrings: [String], dateStyles: Set<Int>) {
        self.file = file
        self.sheet = sheet
        self.limits = limits
        self.sharedStrings = sharedStrings
        self.dateStyles = dateStyles
    }

    /// The table of a worksheet.
    ///
    /// - Throws: ``InputError`` with every bad cell (a shared-string index out of range, a formula
    ///   without a saved value, a bad cell reference) or when the sheet is larger than ``WorkbookLimits/maxCells``.
    /// - Complexity: O(cells in the XML + cells of the laid-out table).
    mutating func table(from worksheet: WorkbookXML.Worksheet) throws(InputError) -> Table {
        var values: [Int: [Int: String]] = [:]
        var kinds: [Table.Position: Table.CellKind] = [:]
        var nextRow = 0
        for row in worksheet.sheetData?.row ?? [] {
            let rowIndex = row.r.map { $0 - 1 } ?? nextRow
            guard rowIndex >= 0, rowIndex < 1_048_576 else {
                log.error(SourceLocation(file: file, sheet: sheet, cell: nil), "a row with the impossible number \(row.r ?? 0)")
                continue
            }
            nextRow = rowIndex + 1
            var nextColumn = 0
            for cell in row.c ?? [] {
                var position = Table.Position(row: rowIndex, column: nextColumn)
                if let reference = cell.r {
                    guard let parsed = Self.parseReference(reference), parsed.row ?? rowIndex == rowIndex else {
                        log.error(SourceLocation(file: file, sheet: sheet, cell: reference), "`\(reference)` is not a cell reference of row \(rowIndex + 1)")
                        continue
                    }
                    position.column = parsed.column
                }
                nextColumn = position.column + 1
                guard let (text, kind) = value(of: cell, at: position) else { continue }
                if text.isEmpty { continue }
                values[position.row, default: [:]][position.column] = text
                if kind != .text { kinds[position] = kind }
            }
        }
        fillMerged(worksheet.mergeCells?.mergeCell ?? [], values: &values, kinds: &kinds)
        let rows = try layOut(values)
        try log.throwIfErrors()
        return Table(file: file, sheet: sheet, rows: rows, kinds: kinds)
    }

    /// The text and kind of one cell, or `nil` after reporting a bad cell.
    private mutating func value(of cell: WorkbookXML.Cell, at position: Table.Position) -> (String, Table.CellKind)? {
        let reference = Table.cellReference(row: position.row, column: position.column)
        let location = SourceLocation(file: file, sheet: sheet, cell: reference)
        let raw = cell.v?.value
        switch cell.t ?? "n" {
        case "s":
            guard let raw else { return ("", .text) }
            guard let index = Int(raw.trimmingCharacters(in: .whitespaces)), sharedStrings.indices.contains(index) else {
                log.error(location, "the cell points to shared string \(raw), which the workbook does not have",
                          suggestion: "Save the workbook again from the spreadsheet program.")
                return nil
            }
            return (sharedStrings[index], .text)
        case "inlineStr":
            return (cell.inlineString?.text ?? raw ?? "", .text)
        case "str":
            return (raw ?? "", .text)
        case "b":
            guard let raw else { return ("", .boolean) }
            return (raw.trimmingCharacters(in: .whitespaces) == "1" ? "TRUE" : "FALSE", .boolean)
        case "e":
            return (raw ?? "#ERROR", .error)
        case "d":
            return (raw ?? "", .date)
        default:
            guard let raw else {
                if let formula = cell.f, !formula.value.isEmpty {
                    log.error(location, "the cell holds a formula (`=\(formula.value)`) without a saved result",
                              suggestion: "Open the workbook in Excel or LibreOffice and save it, so that formulas keep their values.")
                    return nil
                }
                return ("", .number)
            }
            let text = raw.trimmingCharacters(in: .whitespaces)
            return (text, cell.s.map { dateStyles.contains($0) } == true ? .date : .number)
        }
    }

    /// Gives every cell of a merged range the value of its top-left cell, within the sheet's used area.
    private func fillMerged(_ merges: [WorkbookXML.Worksheet.MergeCell],
                            values: inout [Int: [Int: String]], kinds: inout [Table.Position: Table.CellKind]) {
        guard !merges.isEmpty else { return }
        let maxRow = values.keys.max() ?? 0
        let maxColumn = values.values.compactMap { $0.keys.max() }.max() ?? 0
        for merge in merges {
            let parts = merge.ref.split(separator: ":")
            guard parts.count == 2,
                  let start = Self.parseReference(String(parts[0])), let end = Self.parseReference(String(parts[1])),
                  let top = start.row, let bottom = end.row,
                  let value = values[top]?[start.column]
            else { continue }
            let kind = kinds[Table.Position(row: top, column: start.column)]
            for row in top...min(max(bottom, top), maxRow) {
                for column in start.column...min(max(end.column, start.column), maxColumn) {
                    if row == top && column == start.column { continue }
                    values[row, default: [:]][column] = value
                    if let kind { kinds[Table.Position(row: row, column: column)] = kind }
                }
            }
        }
    }

    /// Turns the sparse cells into rows, trimming blank rows at the end.
    private func layOut(_ values: [Int: [Int: String]]) throws(InputError) -> [[String]] {
        guard let lastRow = values.keys.max() else { return [] }
        var count = 0
        for (_, row) in values { count += (row.keys.max() ?? -1) + 1 }
        guard count <= limits.maxCells else {
            throw InputError(at: SourceLocation(file: file, sheet: sheet, cell: nil),
                             "the sheet spans \(count) cells, more than the limit of \(limits.maxCells)",
                             suggestion: "Delete the unused rows and columns (a stray value far down or to the right makes a sheet this large), or save the sheet as CSV.")
        }
        var rows: [[String]] = []
        rows.reserveCapacity(lastRow + 1)
        for index in 0...lastRow {
            guard let cells = values[index], let width = cells.keys.max() else { rows.append([]); continue }
            var row = [String](repeating: "", count: width + 1)
            for (column, text) in cells { row[column] = text }
            rows.append(row)
        }
        while let last = rows.last, last.allSatisfy({ Table.clean($0).isEmpty }) { rows.removeLast() }
        return rows
    }

    /// Parses `B7` (or `$B$7`, or a bare column `B`) into a zero-based row (nil for a bare column) and column.
    static func parseReference(_ reference: String) -> (row: Int?, column: Int)? {
        var column = 0, row = 0
        var letters = 0, digits = 0
        for c in reference.unicodeScalars where c != "$" {
            switch c.value {
            case 65...90, 97...122:
                guard digits == 0, letters < 3 else { return nil }
                column = column * 26 + Int((c.value & ~0x20) - 64)
                letters += 1
            case 48...57:
                guard letters > 0, digits < 7 else { return nil }
                row = row * 10 + Int(c.value - 48)
                digits += 1
            default:
                return nil
            }
        }
        guard letters > 0, column <= 16_384 else { return nil }
        if digits == 0 { return (nil, column - 1) }
        guard row >= 1, row <= 1_048_576 else { return nil }
        return (row - 1, column - 1)
    }
}
