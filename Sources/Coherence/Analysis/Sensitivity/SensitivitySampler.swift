/// Draws perturbed matrices and ranks them; one sampler per worker thread, reused for every sample
/// it draws (no allocation per sample beyond the sort).
struct SensitivitySampler {
    let matrix: InteractionMatrix
    let weight: Double
    let step: Double
    /// Move probability per entry (single expert) and per judgement (several experts).
    let entryProbability: [Double]
    let judgementProbability: [Double]
    var values: [Double]
    var sum: [Double]
    var count: [Int]
    var drawn: [Int]
    var vectors: InfluenceVectors
    var order: [Int]
    var keys: [Int64]

    /// The chance a score moves: 0.5 for low confidence, 0.25 for medium or none, 0.1 for high.
    static func probability(_ confidence: Confidence?) -> Double {
        switch confidence {
        case .low: return 0.5
        case .high: return 0.1
        case .medium, nil: return 0.25
        }
    }

    /// Whether samples resample the experts (only when there are several).
    let resamplesExperts: Bool

    init(matrix: InteractionMatrix, weight: Double, resampleExperts: Bool = true) {
        self.matrix = matrix
        self.resamplesExperts = resampleExperts && matrix.experts.count >= 2
        self.weight = weight
        self.step = matrix.magnitude / 3
        self.entryProbability = matrix.confidences.map(Self.probability)
        self.judgementProbability = matrix.judgementConfidences.map(Self.probability)
        values = [Double](repeating: 0, count: matrix.entryCount)
        sum = values
        count = [Int](repeating: 0, count: matrix.entryCount)
        drawn = [Int](repeating: 0, count: matrix.experts.count)
        vectors = InfluenceVectors(count: matrix.count)
        order = Array(0..<matrix.count)
        keys = [Int64](repeating: 0, count: matrix.count)
    }

    /// One score after its random step: with probability p it moves by s/3, down when the draw u is
    /// below p/2 and up when it is in [p/2, p); it is held at the scale's ends. One draw per score.
    @inline(__always)
    static func perturb(_ score: Double, probability p: Double, step: Double, low: Double, high: Double,
                        generator: inout SplitMix64) -> Double {
        let u = generator.unitDouble()
        guard u < p else { return score }
        let moved = u < p / 2 ? score - step : score + step
        return min(high, max(low, moved))
    }

    /// Sample i: fills ``values`` (NaN for a cell that is blank in this sample), the totals, and the
    /// ranking (``order``, ties by id) and the tie-aware ``keys`` of the totals.
    ///
    /// One expert (or resampling turned off): every scored cell takes one step draw, in entry order (row by
    /// row, columns ascending). Several experts (E of them): first E draws pick experts with
    /// replacement (uniformly, in draw order); then, for each drawn expert in draw order, each of
    /// that expert's scores takes one step draw (entries ascending); a cell's value is the mean of
    /// the stepped scores of the drawn experts who scored it (an expert drawn twice counts twice);
    /// a cell none of them scored is blank in this sample.
    mutating func sample(_ i: Int, seed: UInt64) {
        var generator = SplitMix64(seed: seed, stream: UInt64(i))
        let low = matrix.scale.min, high = matrix.scale.max
        let m = matrix.entryCount
        if resamplesExperts {
            let e = matrix.experts.count
            for d in 0..<e { drawn[d] = generator.uniform(below: e) }
            for k in 0..<m {
                sum[k] = 0
                count[k] = 0
            }
            for d in 0..<e {
                let expert = drawn[d]
                for j in matrix.expertOffsets[expert]..<matrix.expertOffsets[expert + 1] {
                    let entry = matrix.judgementEntries[j]
                    sum[entry] += Self.perturb(matrix.judgementScores[j], probability: judgementProbability[j],
                                               step: step, low: low, high: high, generator: &generator)
                    count[entry] += 1
                }
            }
            for k in 0..<m { values[k] = count[k] > 0 ? sum[k] / Double(count[k]) : .nan }
        } else {
            for k in 0..<m {
                values[k] = Self.perturb(matrix.values[k], probability: entryProbability[k], step: step,
                                         low: low, high: high, generator: &generator)
            }
        }
        rank(values)
    }

    /// Computes totals for these entry values and ranks them.
    mutating func rank(_ entryValues: [Double]) {
        vectors.computeTotals(matrix, values: entryValues, weight: weight)
        Ranking.fillKeys(vectors.total, into: &keys)
        for k in order.indices { order[k] = k }
        let keys = self.keys, idOrder = matrix.idOrder
        order.sort { keys[$0] != keys[$1] ? keys[$0] > keys[$1] : idOrder[$0] < idOrder[$1] }
    }
}
