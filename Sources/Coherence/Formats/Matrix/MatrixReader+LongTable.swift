import Foundation

/// The columns of a long table (`expert, from, to, score, rationale`), found in its header row.
///
/// Header names are matched ignoring case, spaces, `_`, `-` and a trailing note in brackets
/// (`score (-3..+3)`), in English or Dutch.
struct LongTableHeader {
    /// The header row (zero-based).
    var row: Int
    var expert: Int?
    var from: Int
    var to: Int
    var score: Int
    var rationale: Int?
    var confidence: Int?
    var source: Int?

    /// The names accepted for each column.
    static let names: [String: [String]] = [
        "expert": ["expert", "deskundige", "expertnaam", "scorer", "respondent", "deelnemer", "participant"],
        "from": ["from", "van", "fromid", "vanid", "fromtarget", "vantarget"],
        "to": ["to", "naar", "toid", "naarid", "totarget", "naartarget"],
        "score": ["score", "waarde", "value", "interaction", "interactie", "scoring"],
        "rationale": ["rationale", "motivering", "toelichting", "reason", "reden", "explanation", "comment", "opmerking", "uitleg"],
        "confidence": ["confidence", "zekerheid", "betrouwbaarheid", "vertrouwen"],
        "source": ["source", "bron"],
    ]

    /// The header of a long table: the first of the first five non-blank rows that names `from`,
    /// `to` and `score`; `nil` when none does (then the table is a square matrix).
    init?(_ table: Table) {
        let candidates = table.rows.indices.lazy.filter { table.rows[$0].contains { !Table.clean($0).isEmpty } }.prefix(5)
        for row in candidates {
            if let header = Self(table, row: row) { self = header; return }
        }
        return nil
    }

    /// The header in a given row, when it names `from`, `to` and `score`.
    private init?(_ table: Table, row: Int) {
        var found: [String: Int] = [:]
        for (column, cell) in table.rows[row].enumerated() {
            let key = Self.normalise(cell)
            guard !key.isEmpty, let name = Self.names.first(where: { $0.value.contains(key) })?.key,
                  found[name] == nil else { continue }
            found[name] = column
        }
        guard let from = found["from"], let to = found["to"], let score = found["score"] else { return nil }
        self.row = row
        self.from = from
        self.to = to
        self.score = score
        expert = found["expert"]
        rationale = found["rationale"]
        confidence = found["confidence"]
        source = found["source"]
    }

    /// A header cell reduced for matching: lowercase, without a bracketed note, spaces, `_` and `-`.
    static func normalise(_ cell: String) -> String {
        var text = Table.clean(cell).lowercased()
        if let bracket = text.firstIndex(where: { $0 == "(" || $0 == "[" }) { text = String(text[..<bracket]) }
        return text.filter { !$0.isWhitespace && $0 != "_" && $0 != "-" && $0 != "." && $0 != ":" }
    }
}

extension MatrixReader {
    /// Confidence words in English and Dutch.
    static let confidenceWords: [String: Confidence] = [
        "low": .low, "l": .low, "laag": .low,
        "medium": .medium, "m": .medium, "middel": .medium, "gemiddeld": .medium, "matig": .medium,
        "high": .high, "h": .high, "hoog": .high,
    ]

    /// Reads a long table (one row per scored cell) into one matrix per expert.
    ///
    /// A blank score is *not scored* and the row is skipped; a negative score is a trade-off and is
    /// kept as it is; a score holding an unscored code of `options` (such as `-100`) is an unscored
    /// link, with the row's rationale and source. Without an expert column, every row belongs to
    /// `defaultExpert`.
    ///
    /// A row of a node with itself scored `0` (or marked `-`, `x`, `n.v.t.`) is read as no interaction,
    /// with one warning per table. Cells in columns the header does not name are reported as warnings
    /// (``reportExtraColumns(_:header:log:)``).
    ///
    /// - Throws: ``InputError`` with every bad row: an unknown id, a score off the scale, a node
    ///   scored (other than 0) or marked unscored on itself, the same cell given twice by one expert, a missing expert.
    /// - Complexity: O(rows).
    static func readLong(_ table: Table, header: LongTableHeader, scale: ScoreScale, defaultExpert: String,
                         catalogue: SDGCatalogue, options: MatrixReadOptions = .standard) throws(InputError) -> [CrossImpactMatrix] {
        var log = DiagnosticLog()
        var ids = IDReader(table: table, catalogue: catalogue)
        var order: [String] = []
        var matrices: [String: CrossImpactMatrix] = [:]
        var seen: [String: SourceLocation] = [:]
        var diagonal = DiagonalMarks()
        reportExtraColumns(table, header: header, log: &log)
        for row in (header.row + 1)..<table.rows.count {
            let cells = table.rows[row]
            if cells.allSatisfy({ Table.clean($0).isEmpty }) { continue }
            var expert = defaultExpert
            if let column = header.expert {
                expert = Table.clean(table[row, column])
                if expert.isEmpty {
                    log.error(table.location(row: row, column: column), "a row without an expert",
                              suggestion: "Name the expert on every row (the column `expert` is there).")
                    continue
                }
            }
            let fromText = Table.clean(table[row, header.from]), toText = Table.clean(table[row, header.to])
            if fromText.isEmpty || toText.isEmpty {
                log.error(table.location(row: row, column: fromText.isEmpty ? header.from : header.to),
                          "a row without a `\(fromText.isEmpty ? "from" : "to")` id",
                          expected: "the id of a target, goal or objective")
                continue
            }
            guard let from = ids.read(row: row, column: header.from, log: &log),
                  let to = ids.read(row: row, column: header.to, log: &log) else { continue }
            var location = table.location(row: row, column: header.score)
            location.rowLabel = "\(from) → \(to)"
            let scoreText = Table.clean(table[row, header.score])
            if scoreText.isEmpty { continue }
            let scoreKind = table.kind(row: row, column: header.score)
            if from == to {
                if !options.isUnscored(scoreText), let mark = diagonalMark(scoreText, kind: scoreKind, scale: scale) {
                    diagonal.add(mark, at: location)
                    continue
                }
                log.error(location, "a node scored on itself: a node does not interact with itself", found: "\"\(scoreText)\"",
                          suggestion: "Leave out the row, or score it 0.")
                continue
            }
            let isCode = options.isUnscored(scoreText) && (scoreKind == .text || scoreKind == .number)
            var score = 0.0
            if !isCode {
                guard let parsed = parseScore(scoreText, kind: scoreKind, scale: scale, at: location, log: &log) else { continue }
                score = parsed
            }
            let key = "\(expert)\u{1F}\(from)\u{1F}\(to)"
            if let first = seen[key] {
                log.error(location, "`\(expert)` scored \(from) → \(to) twice (first at \(first))",
                          suggestion: "Keep one row per expert and cell.")
                continue
            }
            seen[key] = location
            var annotation = EdgeAnnotation()
            if let column = header.rationale {
                let text = Table.clean(table[row, column])
                if !text.isEmpty { annotation.rationale = text }
            }
            if let column = header.source {
                let text = Table.clean(table[row, column])
                if !text.isEmpty { annotation.source = text }
            }
            if let column = header.confidence {
                let text = Table.clean(table[row, column])
                if !text.isEmpty {
                    guard let confidence = confidenceWords[text.lowercased()] else {
                        log.error(table.location(row: row, column: column), "\"\(text)\" is not a confidence",
                                  expected: "low, medium or high (laag, gemiddeld, hoog)", found: "\"\(text)\"")
                        continue
                    }
                    annotation.confidence = confidence
                }
            }
            if matrices[expert] == nil {
                order.append(expert)
                matrices[expert] = CrossImpactMatrix(expert: expert, ids: [], cells: [])
            }
            for id in [from, to] where matrices[expert]!.idLocations[id] == nil {
                matrices[expert]!.ids.append(id)
                matrices[expert]!.idLocations[id] = table.location(row: row, column: id == from ? header.from : header.to)
            }
            if isCode {
                matrices[expert]!.unscored.append(CrossImpactMatrix.UnscoredCell(from: from, to: to, location: location, annotation: annotation))
            } else {
                matrices[expert]!.cells.append(CrossImpactMatrix.Cell(from: from, to: to, score: score, location: location, annotation: annotation))
            }
        }
        if let note = diagonal.note { log.append(contentsOf: [note]) }
        try log.throwIfErrors()
        if order.isEmpty {
            throw InputError(at: table.location(row: header.row, column: nil), "the long table has no scores",
                             expected: "one row per scored cell below the header: expert, from, to, score")
        }
        let warnings = log.diagnostics + ids.warnings(at: table.location(row: header.row, column: nil))
        return order.map { expert in
            var matrix = matrices[expert]!
            if expert == order[0] { matrix.warnings = warnings }
            return matrix
        }
    }
}

extension MatrixReader {
    /// Warns about what a long table holds outside its columns: a header that names no column of a
    /// long table (its cells are not read), and filled cells under no header at all.
    static func reportExtraColumns(_ table: Table, header: LongTableHeader, log: inout DiagnosticLog) {
        let read = Set([header.expert, header.from, header.to, header.score, header.rationale, header.confidence, header.source].compactMap { $0 })
        for (column, cell) in table.rows[header.row].enumerated() where !read.contains(column) {
            let text = Table.clean(cell)
            guard !text.isEmpty else { continue }
            let names = LongTableHeader.names.values.flatMap { $0 }
            let repeats = names.contains(LongTableHeader.normalise(text))
            log.warning(table.location(row: header.row, column: column),
                        repeats ? "the column `\(text)` repeats a column before it and is not read"
                            : "the column `\(text)` is not a column of a long table and is not read",
                        suggestion: repeats ? "Keep one column of each kind." : Suggestions.didYouMean(Suggestions.closest(to: LongTableHeader.normalise(text), in: names))
                            ?? "The columns are expert, from, to, score, rationale, confidence and source (deskundige, van, naar, score, motivering, zekerheid, bron).")
        }
        log.append(contentsOf: table.outsideHeaderWarnings(below: header.row, table: "the long table"))
    }
}
