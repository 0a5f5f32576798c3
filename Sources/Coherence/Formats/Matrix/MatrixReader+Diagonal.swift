extension MatrixReader {
    /// The marks that say "no interaction" where a node meets itself, compared in lower case:
    /// dashes, crosses and "not applicable" in English and Dutch.
    static let diagonalWords: Set<String> = [
        "-", "x", "\u{2014}", "\u{2013}", "\u{2212}", "n/a", "na", "nvt", "n.v.t.", "n.v.t", "/",
    ]

    /// How a cell on the diagonal (a node with itself) says "no interaction", or `nil` when it holds
    /// a score that is not 0 (an error: a node does not interact with itself).
    ///
    /// `0` in any spelling (`0`, `0.0`, `0,0`, `+0`, `−0`, a workbook's number 0, or the label of 0
    /// such as `consistent`) and the marks of ``diagonalWords`` are read as blank: published
    /// cross-impact matrices, and every matrix written by numpy, pandas or R, hold `0` there.
    ///
    /// - Returns: the text as it will be quoted in the note (`0` for every spelling of zero).
    static func diagonalMark(_ text: String, kind: Table.CellKind, scale: ScoreScale) -> String? {
        guard kind == .text || kind == .number else { return nil }
        if diagonalWords.contains(text.lowercased()) { return text }
        let signs = normaliseSigns(text)
        let value = plainNumber(signs) ?? scale.parse(signs) ?? ScoreWords.value(signs, scale: scale)
        return value == 0 ? "0" : nil
    }

    /// The "no interaction" marks found on a matrix's diagonal, for one note per matrix.
    struct DiagonalMarks {
        /// Each mark as quoted, with the number of cells holding it, in the order first met.
        private(set) var counts: [(mark: String, cells: Int)] = []
        /// The first cell with a mark.
        private(set) var first: SourceLocation?

        /// Records a mark at a cell.
        mutating func add(_ mark: String, at location: SourceLocation) {
            if first == nil { first = location }
            if let i = counts.firstIndex(where: { $0.mark == mark }) { counts[i].cells += 1 } else { counts.append((mark, 1)) }
        }

        /// One warning for the whole matrix, at its first mark, or `nil` when the diagonal is blank.
        var note: Diagnostic? {
            guard let first else { return nil }
            let parts = counts.map { "`\($0.mark)` in \($0.cells) cell\($0.cells == 1 ? "" : "s")" }
            let listed = parts.count == 1 ? parts[0] : parts.dropLast().joined(separator: ", ") + " and " + parts.last!
            return Diagnostic(.warning, at: first,
                              "the diagonal holds \(listed): read as no interaction, since a node does not interact with itself",
                              suggestion: "This is how published and generated matrices are written; nothing to change. A blank diagonal gives the same figures.")
        }
    }
}
