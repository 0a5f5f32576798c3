extension MatrixReader {
    /// Reads a square matrix from a table: ids in the first row with two cells or more and in the
    /// first column that holds any id below it; cell (i, j) is the influence of row i on column j.
    ///
    /// Blank rows and columns, and a title line, before the matrix are allowed (locations stay
    /// those of the file).
    /// The header and the first column must hold the same ids, in any order. Negative scores are
    /// trade-offs and are kept as they are; blank cells are *not scored*. A node does not interact
    /// with itself: the diagonal is blank, or holds `0` (as numpy, pandas, R and published matrices
    /// write it) or a mark such as `-`, `x`, `—` or `n.v.t.` (``diagonalMark(_:kind:scale:)``), read as
    /// blank with one warning per matrix; any other score on it is an error. A cell holding an
    /// unscored code of `options` is an unscored link; on the diagonal the code is read as blank,
    /// with one warning per matrix.
    ///
    /// - Parameters:
    ///   - table: the cells.
    ///   - scale: the scale every score must be on.
    ///   - expert: the expert whose scores these are.
    ///   - catalogue: resolves goal and target ids.
    ///   - options: unscored codes (such as `-100`); none by default.
    /// - Throws: ``InputError`` with every bad id and every bad cell, each with its row, column and both ids.
    /// - Complexity: O(r · c) for r rows and c columns.
    public static func read(_ table: Table, scale: ScoreScale = .nilsson, expert: String,
                            catalogue: SDGCatalogue = .standard,
                            options: MatrixReadOptions = .standard) throws(InputError) -> CrossImpactMatrix {
        var log = DiagnosticLog()
        // The header is the first row with two cells or more: a title line above it is skipped.
        guard let headerRow = table.rows.firstIndex(where: { $0.lazy.filter { !Table.clean($0).isEmpty }.count >= 2 }),
              let idColumn = table.rows[(headerRow + 1)...].compactMap({ $0.firstIndex { !Table.clean($0).isEmpty } }).min(),
              (table.rows[headerRow].count - 1) > idColumn
        else {
            throw InputError(at: table.location(row: 0, column: nil), "the matrix is empty",
                             expected: "a header row of ids, and one row per id starting with its id")
        }
        var ids = IDReader(table: table, catalogue: catalogue)

        var columnIDs: [Int: String] = [:]
        var columnOrder: [String] = []
        var idLocations: [String: SourceLocation] = [:]
        let width = table.rows.map(\.count).max() ?? 0
        for column in (idColumn + 1)..<width where !Table.clean(table[headerRow, column]).isEmpty {
            let location = table.location(row: headerRow, column: column)
            guard let id = ids.read(row: headerRow, column: column, log: &log) else { continue }
            if let first = idLocations[id] {
                log.error(location, "the id `\(id)` appears twice in the header row (first at \(first))",
                          suggestion: "Give every id one column.")
                continue
            }
            columnIDs[column] = id
            columnOrder.append(id)
            idLocations[id] = location
        }
        var rowIDs: [Int: String] = [:]
        var rowOrder: [String] = []
        var rowLocations: [String: SourceLocation] = [:]
        for row in (headerRow + 1)..<table.rows.count {
            if Table.clean(table[row, idColumn]).isEmpty {
                if let column = table.rows[row].indices.first(where: { $0 > idColumn && !Table.clean(table.rows[row][$0]).isEmpty }) {
                    log.error(table.location(row: row, column: idColumn), "a row with scores but no id in the first column",
                              found: "\"\(Table.clean(table[row, column]))\" in column \(column + 1)")
                }
                continue
            }
            let location = table.location(row: row, column: idColumn)
            guard let id = ids.read(row: row, column: idColumn, log: &log) else { continue }
            if let first = rowLocations[id] {
                log.error(location, "the id `\(id)` appears twice in the first column (first at \(first))",
                          suggestion: "Give every id one row.")
                continue
            }
            rowIDs[row] = id
            rowOrder.append(id)
            rowLocations[id] = location
            if idLocations[id] == nil { idLocations[id] = location }
        }
        checkSquare(rowOrder: rowOrder, columnOrder: columnOrder, at: table.location(row: headerRow, column: nil), log: &log)

        var cells: [CrossImpactMatrix.Cell] = []
        var unscored: [CrossImpactMatrix.UnscoredCell] = []
        var diagonalCodes: (count: Int, first: SourceLocation?, text: String) = (0, nil, "")
        var diagonal = DiagonalMarks()
        for row in (headerRow + 1)..<table.rows.count {
            guard let from = rowIDs[row] else { continue }
            for column in table.rows[row].indices where column > idColumn {
                let text = Table.clean(table[row, column])
                if text.isEmpty { continue }
                var location = table.location(row: row, column: column)
                location.rowLabel = from
                guard let to = columnIDs[column] else {
                    if !Table.clean(table[headerRow, column]).isEmpty { continue }   // its header id was already reported
                    log.error(location, "a score in a column without an id in the header row", found: "\"\(text)\"")
                    continue
                }
                location.columnLabel = to
                let isCode = options.isUnscored(text) && [.text, .number].contains(table.kind(row: row, column: column))
                if from == to {
                    if !isCode, let mark = diagonalMark(text, kind: table.kind(row: row, column: column), scale: scale) {
                        diagonal.add(mark, at: location)
                        continue
                    }
                    if isCode {
                        if diagonalCodes.count == 0 { diagonalCodes = (0, location, text) }
                        diagonalCodes.count += 1
                        continue
                    }
                    let code = MatrixReadOptions.parseCode(text).flatMap { MatrixReadOptions.looksLikeCode($0, scale: scale) ? ScoreScale.format($0) : nil }
                    log.error(location, "a score on the diagonal: a node does not interact with itself", found: "\"\(text)\"",
                              suggestion: "Leave the diagonal blank." + (code.map {
                                  " If \($0) marks a link that exists but was not scored, `--unscored-code \($0)` (in a model file: `unscored: [\($0)]`) reads such cells as unscored links, and as blank on the diagonal."
                              } ?? ""))
                    continue
                }
                if isCode {
                    unscored.append(CrossImpactMatrix.UnscoredCell(from: from, to: to, location: location))
                    continue
                }
                guard let score = parseScore(text, kind: table.kind(row: row, column: column), scale: scale, at: location, log: &log) else { continue }
                cells.append(CrossImpactMatrix.Cell(from: from, to: to, score: score, location: location))
            }
        }
        if diagonalCodes.count > 0 {
            log.warning(diagonalCodes.first,
                        "the diagonal holds the unscored code \"\(diagonalCodes.text)\" in \(diagonalCodes.count) cell\(diagonalCodes.count == 1 ? "" : "s"): read as blank, since a node does not interact with itself",
                        suggestion: "Leave the diagonal blank.")
        }
        if let note = diagonal.note { log.append(contentsOf: [note]) }
        try log.throwIfErrors()
        return CrossImpactMatrix(expert: expert, ids: rowOrder, cells: cells, unscored: unscored, idLocations: idLocations,
                                 warnings: log.diagnostics + ids.warnings(at: table.location(row: headerRow, column: nil)))
    }

    /// Reports a header row and first column that do not hold the same ids.
    static func checkSquare(rowOrder: [String], columnOrder: [String], at location: SourceLocation, log: inout DiagnosticLog) {
        let rows = Set(rowOrder), columns = Set(columnOrder)
        let missingInHeader = rowOrder.filter { !columns.contains($0) }
        let missingInColumn = columnOrder.filter { !rows.contains($0) }
        guard !missingInHeader.isEmpty || !missingInColumn.isEmpty else { return }
        var parts: [String] = []
        if !missingInHeader.isEmpty { parts.append("in the first column but not in the header: \(missingInHeader.joined(separator: ", "))") }
        if !missingInColumn.isEmpty { parts.append("in the header but not in the first column: \(missingInColumn.joined(separator: ", "))") }
        log.error(location,
                  "the matrix is not square: the header row (\(columnOrder.count) ids) and the first column (\(rowOrder.count) ids) must hold the same ids (\(parts.joined(separator: "; ")))",
                  suggestion: "Give every id both a row and a column, in any order.")
    }
}
