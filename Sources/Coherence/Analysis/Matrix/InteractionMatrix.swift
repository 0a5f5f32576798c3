/// The cross-impact matrix A of a network, ready for the interaction analyses.
///
/// Its nodes are the goals, targets and objectives that have at least one interaction edge (in or
/// out), in the network's index order; `a_ij` is the influence of node i on node j, the mean over
/// the experts who scored the cell. Blank (unscored) cells are absent; a cell scored 0
/// (*consistent*) is present with value 0, so it counts in counts and spreads but adds nothing to sums.
///
/// The matrix is stored twice in compressed sparse form — by row (CSR, columns ascending) and by
/// column (the transpose, rows ascending) — so that every analysis runs over flat arrays in time
/// linear in the number of scored cells. Each expert's own scores are kept beside it, for the
/// agreement summary and for resampling experts in the sensitivity analysis.
///
/// Negative scores are stored as they are; each analysis chooses its ``InteractionLayer``.
public struct InteractionMatrix: Sendable, Hashable {
    /// One expert's score for one cell, by matrix indices.
    public struct Judgement: Sendable, Hashable {
        /// The index of the expert in ``InteractionMatrix/experts``.
        public var expert: Int
        /// The row (influencing node).
        public var from: Int
        /// The column (influenced node).
        public var to: Int
        /// The score.
        public var score: Double
        /// The expert's confidence; `nil` when not given (analyses then assume medium).
        public var confidence: Confidence?

        /// Creates a judgement.
        public init(expert: Int, from: Int, to: Int, score: Double, confidence: Confidence? = nil) {
            self.expert = expert
            self.from = from
            self.to = to
            self.score = score
            self.confidence = confidence
        }
    }

    /// The node ids (`11.6`, `SDG7`, objective ids), one per row and column.
    public let ids: [String]
    /// The node labels in the model's language.
    public let labels: [String]
    /// The node kinds (goal, target or objective).
    public let kinds: [NodeKind]
    /// The scale the scores are on.
    public let scale: ScoreScale

    /// Row offsets: the scored cells of row i are entries `rowOffsets[i]..<rowOffsets[i+1]`.
    public let rowOffsets: [Int]
    /// The column of each entry, ascending within a row.
    public let columns: [Int]
    /// The score of each entry (the mean over the experts who scored the cell).
    public let values: [Double]
    /// The confidence of each entry: the lowest any expert gave, `nil` when none gave one.
    public let confidences: [Confidence?]

    /// Column offsets of the transpose: the scored cells of column j are `columnOffsets[j]..<columnOffsets[j+1]`.
    public let columnOffsets: [Int]
    /// The row of each transposed entry, ascending within a column.
    public let rowsByColumn: [Int]
    /// The entry (index into ``values``) of each transposed entry.
    public let entriesByColumn: [Int]

    /// The experts, sorted by name.
    public let experts: [String]
    /// Offsets of each expert's judgements: expert e's are `expertOffsets[e]..<expertOffsets[e+1]`.
    public let expertOffsets: [Int]
    /// The entry (index into ``values``) each judgement scores, ascending within an expert.
    public let judgementEntries: [Int]
    /// The score of each judgement.
    public let judgementScores: [Double]
    /// The confidence of each judgement.
    public let judgementConfidences: [Confidence?]

    /// For each node, its position when the nodes are sorted by id (numbers compared as numbers:
    /// `1.2` before `1.10`, `SDG2` before `SDG10`). Rankings break ties with it.
    public let idOrder: [Int]

    /// The number of nodes.
    public var count: Int { ids.count }
    /// The number of scored cells.
    public var entryCount: Int { values.count }
    /// The scale's magnitude s = max(|min|, |max|).
    public var magnitude: Double { scale.magnitude }

    /// The entries of row i.
    @inlinable public func row(_ i: Int) -> Range<Int> { rowOffsets[i]..<rowOffsets[i + 1] }
    /// The transposed entries of column j.
    @inlinable public func column(_ j: Int) -> Range<Int> { columnOffsets[j]..<columnOffsets[j + 1] }

    /// The score of cell (i, j), or `nil` when it is blank.
    ///
    /// - Complexity: O(log d) for d scored cells in row i.
    public func score(from i: Int, to j: Int) -> Double? {
        var low = rowOffsets[i], high = rowOffsets[i + 1]
        while low < high {
            let mid = (low + high) / 2
            if columns[mid] < j { low = mid + 1 } else { high = mid }
        }
        return low < rowOffsets[i + 1] && columns[low] == j ? values[low] : nil
    }

    /// The matrix as a dense row-major array of n·n values, with 0 for blank cells.
    ///
    /// - Parameter layer: the layer to take (default: the signed scores).
    /// - Complexity: O(n² + m).
    public func dense(_ layer: InteractionLayer = .signed) -> [Double] {
        var result = [Double](repeating: 0, count: count * count)
        for i in 0..<count {
            for e in row(i) { result[i * count + columns[e]] = layer.value(values[e]) }
        }
        return result
    }

    /// The index of the node with this id.
    ///
    /// - Complexity: O(n).
    public func index(of id: String) -> Int? { ids.firstIndex(of: id) }

    /// Assembles a matrix from validated parts (cells sorted by row then column, judgements by expert then entry).
    init(ids: [String], labels: [String], kinds: [NodeKind], scale: ScoreScale,
         cells: [(from: Int, to: Int, score: Double, confidence: Confidence?)],
         experts: [String], judgements: [(expert: Int, entry: Int, score: Double, confidence: Confidence?)]) {
        let n = ids.count
        self.ids = ids
        self.labels = labels
        self.kinds = kinds
        self.scale = scale
        var rowOffsets = [Int](repeating: 0, count: n + 1)
        var columnOffsets = [Int](repeating: 0, count: n + 1)
        for cell in cells {
            rowOffsets[cell.from + 1] += 1
            columnOffsets[cell.to + 1] += 1
        }
        for i in 0..<n {
            rowOffsets[i + 1] += rowOffsets[i]
            columnOffsets[i + 1] += columnOffsets[i]
        }
        self.rowOffsets = rowOffsets
        self.columns = cells.map(\.to)
        self.values = cells.map(\.score)
        self.confidences = cells.map(\.confidence)
        var cursor = columnOffsets
        var rowsByColumn = [Int](repeating: 0, count: cells.count)
        var entriesByColumn = [Int](repeating: 0, count: cells.count)
        for (entry, cell) in cells.enumerated() {
            rowsByColumn[cursor[cell.to]] = cell.from
            entriesByColumn[cursor[cell.to]] = entry
            cursor[cell.to] += 1
        }
        self.columnOffsets = columnOffsets
        self.rowsByColumn = rowsByColumn
        self.entriesByColumn = entriesByColumn
        self.experts = experts
        var expertOffsets = [Int](repeating: 0, count: experts.count + 1)
        for judgement in judgements { expertOffsets[judgement.expert + 1] += 1 }
        for e in 0..<experts.count { expertOffsets[e + 1] += expertOffsets[e] }
        self.expertOffsets = expertOffsets
        self.judgementEntries = judgements.map(\.entry)
        self.judgementScores = judgements.map(\.score)
        self.judgementConfidences = judgements.map(\.confidence)
        let sorted = (0..<n).sorted { IDOrder.precedes(ids[$0], ids[$1]) }
        var order = [Int](repeating: 0, count: n)
        for (position, node) in sorted.enumerated() { order[node] = position }
        self.idOrder = order
    }
}
