/// The order in which ids are listed and ties are broken: runs of digits compare as numbers, so
/// `1.2` comes before `1.10` and `SDG2` before `SDG10`; other characters compare by Unicode scalar.
enum IDOrder {
    /// Whether `a` comes before `b`.
    ///
    /// - Complexity: O(length of the ids).
    static func precedes(_ a: String, _ b: String) -> Bool {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        var i = 0, j = 0
        while i < x.count, j < y.count {
            let dx = isDigit(x[i]), dy = isDigit(y[j])
            if dx && dy {
                var ei = i, ej = j
                while ei < x.count, isDigit(x[ei]) { ei += 1 }
                while ej < y.count, isDigit(y[ej]) { ej += 1 }
                var si = i, sj = j
                while si < ei - 1, x[si] == "0" { si += 1 }
                while sj < ej - 1, y[sj] == "0" { sj += 1 }
                if ei - si != ej - sj { return ei - si < ej - sj }
                for (p, q) in zip(x[si..<ei], y[sj..<ej]) where p != q { return p.value < q.value }
                i = ei
                j = ej
            } else {
                if x[i] != y[j] { return x[i].value < y[j].value }
                i += 1
                j += 1
            }
        }
        if x.count - i != y.count - j { return x.count - i < y.count - j }
        return a < b
    }

    private static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }
}
