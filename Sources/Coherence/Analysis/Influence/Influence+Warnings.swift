/// Every direct link at or below −2s/3 (−2 on the default scale), most negative first, ties by ids.
///
/// A score within 1e-9·s of the threshold counts as on it (means over experts are not exact).
///
/// - Complexity: O(m + k log k) for k such links.
func strongNegativeLinks(in matrix: InteractionMatrix) -> [StrongNegativeLink] {
    let s = matrix.magnitude
    let threshold = -2 * s / 3 + 1e-9 * s
    var found: [(from: Int, to: Int, score: Double)] = []
    for i in 0..<matrix.count {
        for e in matrix.row(i) where matrix.values[e] <= threshold {
            found.append((i, matrix.columns[e], matrix.values[e]))
        }
    }
    found.sort {
        if $0.score != $1.score { return $0.score < $1.score }
        if $0.from != $1.from { return matrix.idOrder[$0.from] < matrix.idOrder[$1.from] }
        return matrix.idOrder[$0.to] < matrix.idOrder[$1.to]
    }
    return found.map {
        StrongNegativeLink(from: matrix.ids[$0.from], fromLabel: matrix.labels[$0.from],
                           to: matrix.ids[$0.to], toLabel: matrix.labels[$0.to], score: $0.score)
    }
}

/// Hidden trade-offs: two-step paths i → k → j with j ≠ i and a_ik · a_kj / s ≤ −s/3 while the
/// direct a_ij is ≥ 0 or blank; the strongest `limit` of them (most negative first, ties by the
/// path's ids) and the total count.
///
/// Row i is scattered into a dense scratch row once, so the direct cell is found in O(1).
/// A strength within 1e-9·s of the threshold counts as on it.
///
/// - Complexity: O(n + P log L) time and O(n + L) memory for P two-step paths and limit L.
func hiddenTradeOffs(in matrix: InteractionMatrix, limit: Int) -> (listed: [HiddenTradeOff], count: Int) {
    let n = matrix.count
    let s = matrix.magnitude
    guard n > 0, s > 0 else { return ([], 0) }
    let threshold = -s / 3 + 1e-9 * s
    let keep = max(0, limit)
    var stamp = [Int](repeating: -1, count: n)
    var direct = [Double](repeating: 0, count: n)
    typealias Found = (strength: Double, i: Int, k: Int, j: Int)
    var found: [Found] = []
    var count = 0
    func precedes(_ a: Found, _ b: Found) -> Bool {
        if a.strength != b.strength { return a.strength < b.strength }
        let o = matrix.idOrder
        if a.i != b.i { return o[a.i] < o[b.i] }
        if a.k != b.k { return o[a.k] < o[b.k] }
        return o[a.j] < o[b.j]
    }
    for i in 0..<n {
        for e in matrix.row(i) {
            stamp[matrix.columns[e]] = i
            direct[matrix.columns[e]] = matrix.values[e]
        }
        for e1 in matrix.row(i) {
            let aik = matrix.values[e1]
            if aik == 0 { continue }
            let k = matrix.columns[e1]
            for e2 in matrix.row(k) {
                let j = matrix.columns[e2]
                if j == i { continue }
                let strength = aik * matrix.values[e2] / s
                guard strength <= threshold else { continue }
                if stamp[j] == i, direct[j] < 0 { continue }
                count += 1
                guard keep > 0 else { continue }
                found.append((strength, i, k, j))
                if found.count >= 4 * keep + 64 {
                    found.sort(by: precedes)
                    found.removeLast(found.count - keep)
                }
            }
        }
    }
    found.sort(by: precedes)
    if found.count > keep { found.removeLast(found.count - keep) }
    let listed = found.map { f -> HiddenTradeOff in
        let ab = matrix.score(from: f.i, to: f.j)
        return HiddenTradeOff(
            path: [matrix.ids[f.i], matrix.ids[f.k], matrix.ids[f.j]],
            labels: [matrix.labels[f.i], matrix.labels[f.k], matrix.labels[f.j]],
            first: matrix.score(from: f.i, to: f.k) ?? 0, second: matrix.score(from: f.k, to: f.j) ?? 0,
            strength: f.strength, direct: ab)
    }
    return (listed, count)
}
