/// MICMAC (Godet's *Matrice d'Impacts Croisés Multiplication Appliquée à un Classement*) on a
/// network's interaction matrix (DESIGN §4.2).
///
/// M is a non-negative layer of A: |A| by default, or its positive or negative part. Direct
/// influence and dependence are the row and column sums of M; indirect ones the row and column
/// sums of M^k divided by the largest entry of M^k. k is given, or raised from 2 until the rankings
/// of influence and of dependence (ties broken by id) are the same at k − 1 and k (so the first
/// possible stop is k = 3), at most ``MICMACOptions/maxPower``. An acyclic M (M^k = 0) stops at its
/// last non-zero power; rankings that keep changing stop at the maximum; the report says which.
/// Quadrants split at the means (above the mean is high).
///
/// Negative scores: the absolute layer counts a trade-off as strongly as a synergy (one "driver"
/// figure mixing both, which is why reports show the positive layer beside it); the positive layer
/// leaves trade-offs out; the negative layer keeps only trade-offs, by magnitude.
///
/// - Parameters:
///   - network: the network.
///   - options: layer and power.
/// - Returns: the report.
/// - Complexity: O(k · n · m) time and O(n²) memory for n nodes, m scored cells and power k (≤ 10 by default).
public func micmac(in network: PolicyNetwork, options: MICMACOptions = .init()) -> MICMACReport {
    micmac(of: InteractionMatrix(network), options: options)
}

/// MICMAC on an interaction matrix; see ``micmac(in:options:)``.
public func micmac(of matrix: InteractionMatrix, options: MICMACOptions = .init()) -> MICMACReport {
    let n = matrix.count
    let layer = options.layer.layer
    let weights = matrix.values.map { layer.value($0) }
    var directInfluence = [Double](repeating: 0, count: n)
    var directDependence = [Double](repeating: 0, count: n)
    for i in 0..<n {
        for e in matrix.row(i) {
            directInfluence[i] += weights[e]
            directDependence[matrix.columns[e]] += weights[e]
        }
    }
    let largest = weights.max() ?? 0
    var power = 1
    var stop: MICMACStop
    var current = [Double](repeating: 0, count: n * n)
    for i in 0..<n where largest > 0 {
        for e in matrix.row(i) { current[i * n + matrix.columns[e]] = weights[e] / largest }
    }
    var sums = MatrixSums(current, n: n)
    if largest == 0 {
        stop = .emptyLayer
    } else {
        let target = options.power.map { max(1, $0) }
        let ceiling = target ?? max(2, options.maxPower)
        var previous: (influence: [Int], dependence: [Int])?
        stop = target == nil ? .maximum : .given
        var next = [Double](repeating: 0, count: n * n)
        while power < ceiling {
            MatrixPower.multiply(current, by: matrix, weights: weights, into: &next)
            guard MatrixPower.normalise(&next) else {
                stop = .acyclic
                break
            }
            swap(&current, &next)
            power += 1
            sums = MatrixSums(current, n: n)
            if target == nil {
                let ranking = (Ranking.order(sums.rows, idOrder: matrix.idOrder),
                               Ranking.order(sums.columns, idOrder: matrix.idOrder))
                if let previous, previous.influence == ranking.0, previous.dependence == ranking.1 {
                    stop = .stable
                    break
                }
                previous = ranking
            }
        }
    }
    return MICMACAssembly.report(
        matrix: matrix, options: options, power: power, stop: stop,
        direct: (directInfluence, directDependence), indirect: (sums.rows, sums.columns))
}

/// Row and column sums of a dense n×n matrix.
struct MatrixSums {
    var rows: [Double]
    var columns: [Double]

    init(_ matrix: [Double], n: Int) {
        rows = [Double](repeating: 0, count: n)
        columns = [Double](repeating: 0, count: n)
        for i in 0..<n {
            var r = 0.0
            for j in 0..<n {
                let v = matrix[i * n + j]
                r += v
                columns[j] += v
            }
            rows[i] = r
        }
    }
}

/// Dense-times-sparse products for matrix powers.
enum MatrixPower {
    /// `result = dense · M`, M given by the matrix's CSR structure and one weight per entry.
    ///
    /// - Complexity: O(n · m).
    static func multiply(_ dense: [Double], by matrix: InteractionMatrix, weights: [Double], into result: inout [Double]) {
        let n = matrix.count
        for k in result.indices { result[k] = 0 }
        dense.withUnsafeBufferPointer { p in
            result.withUnsafeMutableBufferPointer { r in
                for i in 0..<n {
                    let base = i * n
                    for l in 0..<n {
                        let a = p[base + l]
                        if a == 0 { continue }
                        for e in matrix.rowOffsets[l]..<matrix.rowOffsets[l + 1] {
                            r[base + matrix.columns[e]] += a * weights[e]
                        }
                    }
                }
            }
        }
    }

    /// Divides a matrix by its largest entry; returns false (and leaves it) when every entry is 0.
    ///
    /// - Complexity: O(n²).
    static func normalise(_ matrix: inout [Double]) -> Bool {
        let largest = matrix.max() ?? 0
        guard largest > 0 else { return false }
        for k in matrix.indices { matrix[k] /= largest }
        return true
    }
}
