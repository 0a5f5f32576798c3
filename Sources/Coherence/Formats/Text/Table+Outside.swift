extension Table {
    /// The filled cells below a header row that stand in a column the header does not name — past
    /// the header's last cell, or under a blank header cell — by column, each with its rows.
    ///
    /// Such cells are not read by any reader; most often a `;` or `,` typed inside a cell that was
    /// not quoted split it in two and pushed the rest of the row one column to the right.
    ///
    /// - Parameter headerRow: the header row (zero-based).
    /// - Returns: the sheet columns (zero-based) in order, each with the zero-based rows of its filled cells.
    /// - Complexity: O(cells below the header).
    func cellsWithoutHeader(below headerRow: Int) -> [(column: Int, rows: [Int])] {
        guard headerRow < rows.count else { return [] }
        let header = rows[headerRow]
        var byColumn: [Int: [Int]] = [:]
        for r in (headerRow + 1)..<rows.count {
            for (c, cell) in rows[r].enumerated() where (c >= header.count || Self.clean(header[c]).isEmpty) && !Self.clean(cell).isEmpty {
                byColumn[c, default: []].append(r)
            }
        }
        return byColumn.keys.sorted().map { ($0, byColumn[$0]!) }
    }

    /// One warning per column of ``cellsWithoutHeader(below:)``, at its first cell, naming every row
    /// (up to ten) and quoting the first cell.
    ///
    /// - Parameters:
    ///   - headerRow: the header row (zero-based).
    ///   - table: what the table is, for the message (`the action plan`, `the ownership table`).
    /// - Complexity: O(cells below the header).
    func outsideHeaderWarnings(below headerRow: Int, table: String) -> [Diagnostic] {
        cellsWithoutHeader(below: headerRow).map { column, rowsHere in
            let first = Self.clean(self[rowsHere[0], column])
            let shown = rowsHere.prefix(10).map { String($0 + 1) }
            let rowList = (shown.count == 1 ? "row \(shown[0])"
                : "rows " + shown.dropLast().joined(separator: ", ") + " and " + shown.last!) + (rowsHere.count > 10 ? " (and \(rowsHere.count - 10) more)" : "")
            let message = rowsHere.count == 1
                ? "`\(first)` stands outside \(table): column \(Self.columnName(column)) has no header, so it is not read"
                : "\(rowsHere.count) cells stand outside \(table) in column \(Self.columnName(column)), which has no header (\(rowList), the first `\(first)`), so they are not read"
            return Diagnostic(.warning, at: location(row: rowsHere[0], column: column), message,
                              suggestion: "If a `;` or `,` typed inside a cell split it, put that cell in quotes (or save the file again from the spreadsheet); otherwise give the column a header, or clear the cells.")
        }
    }

    /// The spreadsheet letters of a zero-based column (`A`, `F`, `AA`).
    static func columnName(_ column: Int) -> String {
        String(cellReference(row: 0, column: column).dropLast())
    }
}
