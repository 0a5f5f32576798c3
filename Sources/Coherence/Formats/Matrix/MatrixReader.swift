import Foundation

/// Reads cross-impact matrices as researchers and officials export them from spreadsheets.
///
/// The first row and the first column hold node ids (the top-left cell may hold anything, such as
/// `From\to`); cell (i, j) holds the influence of row i on column j as a number or a label of the
/// scale; a blank cell is *not scored* and `0` is scored as *consistent*. Ids may be target
/// numbers, goal ids or custom objectives. The header and the first column must hold the same ids
/// (the order may differ). Every bad cell is reported with its row, column and both ids.
public enum MatrixReader {
    /// Reads a matrix file (CSV or XLSX, by extension) from disk.
    ///
    /// - Parameters:
    ///   - url: the file.
    ///   - displayName: the name used in messages (defaults to the path as given).
    ///   - scale: the scale every score must be on.
    ///   - expert: the expert's name (defaults to the file name without extension).
    ///   - sheet: for XLSX, the sheet to read (defaults to the first).
    /// - Throws: ``InputError`` with every problem in the file.
    public static func read(contentsOf url: URL, displayName: String? = nil, scale: ScoreScale = .nilsson,
                            expert: String? = nil, sheet: String? = nil,
                            catalogue: SDGCatalogue = .standard) throws(InputError) -> CrossImpactMatrix {
        let name = displayName ?? url.path
        let data = try InputText.readFile(url, displayName: name)
        return try read(data: data, file: name, scale: scale,
                        expert: expert ?? url.deletingPathExtension().lastPathComponent, sheet: sheet, catalogue: catalogue)
    }

    /// Reads a matrix from the bytes of a CSV or XLSX file (XLSX is recognised by its ZIP signature).
    public static func read(data: Data, file: String, scale: ScoreScale = .nilsson, expert: String,
                            sheet: String? = nil, catalogue: SDGCatalogue = .standard) throws(InputError) -> CrossImpactMatrix {
        let table: Table
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            table = try WorkbookReader.table(data: data, file: file, sheet: sheet)
        } else {
            table = try Table.csv(InputText.decode(data, file: file), file: file)
        }
        return try read(table, scale: scale, expert: expert, catalogue: catalogue)
    }

    /// Reads a matrix from a table.
    ///
    /// - Complexity: O(r · c) for r rows and c columns.
    public static func read(_ table: Table, scale: ScoreScale = .nilsson, expert: String,
                            catalogue: SDGCatalogue = .standard) throws(InputError) -> CrossImpactMatrix {
        var log = DiagnosticLog()
        guard table.rows.count >= 2, (table.rows.first?.count ?? 0) >= 2 else {
            throw InputError(at: table.location(row: 0, column: nil), "the matrix is empty",
                             expected: "a header row of ids, and one row per id starting with its id")
        }
        var columnIDs: [Int: String] = [:]
        var columnOrder: [String] = []
        var idLocations: [String: SourceLocation] = [:]
        let width = table.rows.map(\.count).max() ?? 0
        for column in 1..<width {
            let raw = Table.clean(table[0, column])
            if raw.isEmpty { continue }
            guard let id = canonicalID(raw, at: table.location(row: 0, column: column), catalogue: catalogue, log: &log) else { continue }
            if columnOrder.contains(id) {
                log.error(table.location(row: 0, column: column), "the id `\(id)` appears twice in the header row")
                continue
            }
            columnIDs[column] = id
            columnOrder.append(id)
            idLocations[id] = table.location(row: 0, column: column)
        }
        var rowIDs: [Int: String] = [:]
        var rowOrder: [String] = []
        for row in 1..<table.rows.count {
            let raw = Table.clean(table[row, 0])
            if raw.isEmpty {
                if table.rows[row].dropFirst().contains(where: { !Table.clean($0).isEmpty }) {
                    log.error(table.location(row: row, column: 0), "a row with scores but no id in the first column")
                }
                continue
            }
            guard let id = canonicalID(raw, at: table.location(row: row, column: 0), catalogue: catalogue, log: &log) else { continue }
            if rowOrder.contains(id) {
                log.error(table.location(row: row, column: 0), "the id `\(id)` appears twice in the first column")
                continue
            }
            rowIDs[row] = id
            rowOrder.append(id)
        }
        let missingInHeader = rowOrder.filter { !columnOrder.contains($0) }
        let missingInColumn = columnOrder.filter { !rowOrder.contains($0) }
        if !missingInHeader.isEmpty || !missingInColumn.isEmpty {
            var parts: [String] = []
            if !missingInHeader.isEmpty { parts.append("in the first column but not in the header: \(missingInHeader.joined(separator: ", "))") }
            if !missingInColumn.isEmpty { parts.append("in the header but not in the first column: \(missingInColumn.joined(separator: ", "))") }
            log.error(table.location(row: 0, column: nil),
                      "the matrix is not square: the header row and the first column must hold the same ids (\(parts.joined(separator: "; ")))",
                      suggestion: "Give every id both a row and a column, in any order.")
        }
        var cells: [CrossImpactMatrix.Cell] = []
        for row in 1..<table.rows.count {
            guard let from = rowIDs[row] else { continue }
            for column in 1..<max(table.rows[row].count, 1) {
                let text = Table.clean(table[row, column])
                if text.isEmpty { continue }
                var location = table.location(row: row, column: column)
                location.rowLabel = from
                guard let to = columnIDs[column] else {
                    log.error(location, "a score in a column without an id in the header row", found: "\"\(text)\"")
                    continue
                }
                location.columnLabel = to
                if from == to {
                    if ["-", "x", "\u{2014}", "\u{2013}", "n/a", "na"].contains(text.lowercased()) { continue }
                    log.error(location, "a score on the diagonal: a node does not interact with itself", found: "\"\(text)\"",
                              suggestion: "Leave the diagonal blank.")
                    continue
                }
                guard let score = scale.parse(text) else {
                    log.error(location, "\"\(text)\" is not a score on the scale \(scale.rangeDescription)",
                              expected: "a number from \(ScoreScale.format(scale.min, signed: true)) to \(ScoreScale.format(scale.max, signed: true)) or a label such as `reinforcing`",
                              found: "\"\(text)\"")
                    continue
                }
                guard scale.contains(score) else {
                    log.error(location, "\"\(text)\" is not a score on the scale \(scale.rangeDescription)",
                              expected: scale.step == 1 ? "a whole number from \(ScoreScale.format(scale.min, signed: true)) to \(ScoreScale.format(scale.max, signed: true))" : "a value in range",
                              found: "\"\(text)\"")
                    continue
                }
                cells.append(CrossImpactMatrix.Cell(from: from, to: to, score: score, location: location))
            }
        }
        try log.throwIfErrors()
        return CrossImpactMatrix(expert: expert, ids: rowOrder, cells: cells, idLocations: idLocations)
    }

    /// The canonical id of a header cell: goals and targets through the catalogue; other text as an objective id.
    static func canonicalID(_ raw: String, at location: SourceLocation, catalogue: SDGCatalogue,
                            log: inout DiagnosticLog) -> String? {
        switch catalogue.lookup(raw) {
        case .goal(let goal): return goal.id
        case .target(let target): return target.id
        case .unknownSDG:
            log.error(location, "`\(raw)` is not an SDG target or goal", found: "`\(raw)`",
                      suggestion: Suggestions.didYouMean(catalogue.suggestions(for: raw)))
            return nil
        case .notAnSDGID:
            if raw.range(of: #"^\d+,\d+$"#, options: .regularExpression) != nil {
                log.error(location, "`\(raw)` looks like a target number that a spreadsheet turned into a decimal number",
                          found: "`\(raw)`",
                          suggestion: "Format the id cells as text so that `1.3` and `17.10` stay as they are.")
                return nil
            }
            return raw
        }
    }
}
