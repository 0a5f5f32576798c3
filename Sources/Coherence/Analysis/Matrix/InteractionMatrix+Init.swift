extension InteractionMatrix {
    /// The interaction matrix of a network: the goals, targets and objectives with at least one
    /// interaction edge, in index order, scored by the mean over experts; each expert's own scores
    /// come along from ``PolicyNetwork/judgements``.
    ///
    /// - Parameter network: the network.
    /// - Complexity: O(n + m log m) for n nodes and m interaction judgements.
    public init(_ network: PolicyNetwork) {
        let edges = network.edges(of: .interaction)
        var used = [Bool](repeating: false, count: network.nodes.count)
        for edge in edges {
            used[edge.from] = true
            used[edge.to] = true
        }
        var position = [Int](repeating: -1, count: network.nodes.count)
        var nodes: [Int] = []
        for i in network.nodes.indices where used[i] && network.nodes[i].kind.isObjectiveLike {
            position[i] = nodes.count
            nodes.append(i)
        }
        // Edges are sorted by (from, to) in network indices and the map is monotone: cells come out row by row.
        let cells = edges.compactMap { edge -> (from: Int, to: Int, score: Double, confidence: Confidence?)? in
            guard position[edge.from] >= 0, position[edge.to] >= 0, let score = edge.score else { return nil }
            return (position[edge.from], position[edge.to], score, edge.annotation.confidence)
        }
        var entryOf: [Int: Int] = [:]
        for (entry, cell) in cells.enumerated() { entryOf[cell.from * nodes.count + cell.to] = entry }
        let experts = network.experts
        var expertIndex: [String: Int] = [:]
        for (e, name) in experts.enumerated() { expertIndex[name] = e }
        var judgements: [(expert: Int, entry: Int, score: Double, confidence: Confidence?)] = []
        for judgement in network.judgements {
            guard let from = network.index(of: judgement.from), let to = network.index(of: judgement.to),
                  position[from] >= 0, position[to] >= 0,
                  let entry = entryOf[position[from] * nodes.count + position[to]],
                  let expert = expertIndex[judgement.expert]
            else { continue }
            judgements.append((expert, entry, judgement.score, judgement.annotation.confidence))
        }
        judgements.sort { ($0.expert, $0.entry) < ($1.expert, $1.entry) }
        self.init(ids: nodes.map { network.nodes[$0].id }, labels: nodes.map { network.nodes[$0].label },
                  kinds: nodes.map { network.nodes[$0].kind }, scale: network.scale,
                  cells: cells, experts: experts, judgements: judgements)
    }

    /// A matrix from one expert's judgements, or several experts' (cells take the mean over the
    /// experts who scored them, and the lowest confidence given).
    ///
    /// - Parameters:
    ///   - ids: the node ids, unique.
    ///   - labels: the labels (default: the ids).
    ///   - kinds: the node kinds (default: objective for every node).
    ///   - scale: the scale every score must be on.
    ///   - experts: the experts' names (default: one expert, `matrix`).
    ///   - judgements: the scores, by matrix and expert indices.
    /// - Throws: ``InputError`` listing every id, index, diagonal cell, duplicate or score off the scale that is wrong.
    /// - Complexity: O(n log n + m log m).
    public init(ids: [String], labels: [String]? = nil, kinds: [NodeKind]? = nil, scale: ScoreScale = .nilsson,
                experts: [String] = ["matrix"], judgements: [Judgement]) throws(InputError) {
        var log = DiagnosticLog()
        let n = ids.count
        if Set(ids).count != n { log.error(nil, "the matrix ids are not unique") }
        if let labels, labels.count != n { log.error(nil, "\(labels.count) labels for \(n) ids") }
        if let kinds, kinds.count != n { log.error(nil, "\(kinds.count) kinds for \(n) ids") }
        if Set(experts).count != experts.count { log.error(nil, "the expert names are not unique") }
        var seen = Set<[Int]>()
        for j in judgements {
            let place = "judgement (expert \(j.expert), \(j.from) → \(j.to))"
            guard (0..<experts.count).contains(j.expert), (0..<n).contains(j.from), (0..<n).contains(j.to) else {
                log.error(nil, "\(place) refers to an index out of range")
                continue
            }
            if j.from == j.to { log.error(nil, "\(place) is on the diagonal: a node does not interact with itself") }
            if !scale.contains(j.score) {
                log.error(nil, "\(place) score \(ScoreScale.format(j.score, signed: true)) is not on the scale \(scale.rangeDescription)")
            }
            if !seen.insert([j.expert, j.from, j.to]).inserted { log.error(nil, "\(place) is given twice") }
        }
        try log.throwIfErrors()
        let sorted = judgements.sorted { ($0.from, $0.to, $0.expert) < ($1.from, $1.to, $1.expert) }
        var cells: [(from: Int, to: Int, score: Double, confidence: Confidence?)] = []
        var entryOfJudgement: [Int] = []
        var start = 0
        while start < sorted.count {
            var end = start
            var sum = 0.0
            var confidence: Confidence?
            var anyConfidence = false
            while end < sorted.count, sorted[end].from == sorted[start].from, sorted[end].to == sorted[start].to {
                sum += sorted[end].score
                if let c = sorted[end].confidence {
                    confidence = anyConfidence ? min(confidence!, c) : c
                    anyConfidence = true
                }
                entryOfJudgement.append(cells.count)
                end += 1
            }
            cells.append((sorted[start].from, sorted[start].to, sum / Double(end - start), confidence))
            start = end
        }
        let order = experts.indices.sorted { experts[$0] < experts[$1] }
        var rename = [Int](repeating: 0, count: experts.count)
        for (new, old) in order.enumerated() { rename[old] = new }
        let flat = sorted.indices
            .map { (expert: rename[sorted[$0].expert], entry: entryOfJudgement[$0], score: sorted[$0].score,
                    confidence: sorted[$0].confidence) }
            .sorted { ($0.expert, $0.entry) < ($1.expert, $1.entry) }
        self.init(ids: ids, labels: labels ?? ids, kinds: kinds ?? Array(repeating: .objective, count: n), scale: scale,
                  cells: cells, experts: order.map { experts[$0] }, judgements: flat)
    }

    /// A one-expert matrix from rows of optional scores (`nil` = blank), for examples and tests.
    ///
    /// - Parameters:
    ///   - ids: the node ids.
    ///   - rows: n rows of n cells; `rows[i][j]` is the influence of i on j; the diagonal must be blank.
    ///   - confidences: optionally, one confidence per cell.
    ///   - scale: the scale.
    /// - Throws: ``InputError`` when the shape is wrong or a score is off the scale.
    public init(ids: [String], labels: [String]? = nil, rows: [[Double?]], confidences: [[Confidence?]]? = nil,
                scale: ScoreScale = .nilsson) throws(InputError) {
        guard rows.count == ids.count, rows.allSatisfy({ $0.count == ids.count }) else {
            throw InputError(at: nil, "a matrix of \(ids.count) ids needs \(ids.count) rows of \(ids.count) cells")
        }
        var judgements: [Judgement] = []
        for (i, row) in rows.enumerated() {
            for (j, cell) in row.enumerated() {
                guard let cell else { continue }
                judgements.append(Judgement(expert: 0, from: i, to: j, score: cell, confidence: confidences?[i][j]))
            }
        }
        try self.init(ids: ids, labels: labels, scale: scale, judgements: judgements)
    }
}
