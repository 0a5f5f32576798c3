/// Kendall's rank correlation τ_b, which accounts for ties (Knight's O(n log n) algorithm, the
/// one SciPy's `kendalltau` uses).
///
/// τ_b = (C − D) / √((n₀ − n₁)(n₀ − n₂)), with C and D the concordant and discordant pairs,
/// n₀ = n(n − 1)/2, n₁ and n₂ the pairs tied in x and in y.
public enum KendallTau {
    /// τ_b of two paired lists of values; equal values are ties.
    ///
    /// - Returns: τ_b in [−1, 1], or `nil` when it is undefined (fewer than two pairs, or one list all ties).
    /// - Complexity: O(n log n).
    public static func tauB(_ x: [Double], _ y: [Double]) -> Double? {
        precondition(x.count == y.count, "tauB needs paired lists")
        return tauB(x.count, less: { (a: Int, b: Int, first: Bool) in first ? x[a] < x[b] : y[a] < y[b] },
                    equal: { (a: Int, b: Int, first: Bool) in first ? x[a] == x[b] : y[a] == y[b] })
    }

    /// τ_b of two paired lists of integer keys.
    static func tauB(keys x: [Int64], _ y: [Int64]) -> Double? {
        tauB(x.count, less: { (a: Int, b: Int, first: Bool) in first ? x[a] < x[b] : y[a] < y[b] },
             equal: { (a: Int, b: Int, first: Bool) in first ? x[a] == x[b] : y[a] == y[b] })
    }

    private static func tauB(_ n: Int, less: (Int, Int, Bool) -> Bool, equal: (Int, Int, Bool) -> Bool) -> Double? {
        guard n >= 2 else { return nil }
        // Sort by (x, y).
        var order = (0..<n).sorted { less($0, $1, true) || (equal($0, $1, true) && less($0, $1, false)) }
        let n0 = Double(n) * Double(n - 1) / 2
        var n1 = 0.0, n3 = 0.0
        var runX = 1, runXY = 1
        for k in 1..<n {
            if equal(order[k], order[k - 1], true) {
                runX += 1
                if equal(order[k], order[k - 1], false) { runXY += 1 } else {
                    n3 += Double(runXY) * Double(runXY - 1) / 2
                    runXY = 1
                }
            } else {
                n1 += Double(runX) * Double(runX - 1) / 2
                n3 += Double(runXY) * Double(runXY - 1) / 2
                runX = 1
                runXY = 1
            }
        }
        n1 += Double(runX) * Double(runX - 1) / 2
        n3 += Double(runXY) * Double(runXY - 1) / 2
        // Merge sort by y, counting the swaps (discordant pairs).
        var buffer = order
        var swaps = 0.0
        var width = 1
        while width < n {
            var start = 0
            while start < n {
                let middle = min(start + width, n), end = min(start + 2 * width, n)
                var i = start, j = middle, k = start
                while i < middle, j < end {
                    if less(order[j], order[i], false) {
                        buffer[k] = order[j]
                        swaps += Double(middle - i)
                        j += 1
                    } else {
                        buffer[k] = order[i]
                        i += 1
                    }
                    k += 1
                }
                while i < middle { buffer[k] = order[i]; i += 1; k += 1 }
                while j < end { buffer[k] = order[j]; j += 1; k += 1 }
                start += 2 * width
            }
            swap(&order, &buffer)
            width *= 2
        }
        var n2 = 0.0
        var runY = 1
        for k in 1..<n {
            if equal(order[k], order[k - 1], false) { runY += 1 } else {
                n2 += Double(runY) * Double(runY - 1) / 2
                runY = 1
            }
        }
        n2 += Double(runY) * Double(runY - 1) / 2
        let denominator = ((n0 - n1) * (n0 - n2)).squareRoot()
        guard denominator > 0 else { return nil }
        return (n0 - n1 - n2 + n3 - 2 * swaps) / denominator
    }
}
