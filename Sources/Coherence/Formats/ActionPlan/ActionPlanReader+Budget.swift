import Foundation

extension ActionPlanReader {
    /// What a budget cell says.
    enum AmountReading: Sendable, Hashable {
        /// The cell is blank or says there is no amount (`-`, `n.v.t.`, `n/a`).
        case blank
        /// An amount in euro.
        case value(Double)
        /// Text that is not an amount, with why.
        case unreadable(String)
    }

    /// Reads an amount in euro as plan owners write it, in a Dutch or an English locale.
    ///
    /// The rule that tells a decimal mark from a thousands separator:
    /// 1. The currency (`€`, `EUR`, `euro`), spaces of every kind and apostrophes are dropped (`€ 1 200 000`
    ///    is 1200000); a trailing `,-` or `.-` (whole euros, `1.200,-`) is dropped.
    /// 2. When both `.` and `,` occur, the one that comes **last** is the decimal mark and the other
    ///    separates thousands: `1.200.000,50` and `1,200,000.50` are both 1200000.5.
    /// 3. When one of them occurs **more than once**, it separates thousands: `1.200.000` and
    ///    `1,200,000` are 1200000.
    /// 4. When one of them occurs **once**, followed by exactly three digits and after a whole part
    ///    other than `0`, it separates thousands (`1.200` and `25,000` are 1200 and 25000: budget
    ///    lines are not written to a tenth of a cent); otherwise it is the decimal mark (`1200,50`,
    ///    `0,125`, `7.5`).
    /// 5. Thousands groups must have three digits (`1.20.000` is refused, not guessed).
    ///
    /// - Parameter text: the cell's text.
    /// - Returns: the amount (negative amounts are returned as read; the network builder refuses
    ///   them), or `nil` for a blank cell or text that is not an amount.
    /// - Complexity: O(length of the text).
    public static func amount(_ text: String) -> Double? {
        if case .value(let value) = readAmount(text) { return value }
        return nil
    }

    /// Reads an amount, saying why text is not one (see ``amount(_:)`` for the rule).
    static func readAmount(_ text: String) -> AmountReading {
        if (1...15).contains(text.utf8.count), text.utf8.allSatisfy({ (48...57).contains($0) }), let value = Double(text) {
            return .value(value)   // plain digits, as most exports write amounts
        }
        var t = PlanText.fold(text)
        if ["", "-", "--", "n.v.t.", "nvt", "n.v.t", "n/a", "na", "nb", "n.b.", "geen", "none", "?"].contains(t) { return .blank }
        for currency in ["euro", "eur", "€"] { t = t.replacingOccurrences(of: currency, with: "") }
        t = String(t.unicodeScalars.filter { !$0.properties.isWhitespace && $0 != "'" && $0 != "’" }.map(Character.init))
        t = MatrixReader.normaliseSigns(t)
        var negative = false
        if t.hasPrefix("-") { negative = true; t.removeFirst() } else if t.hasPrefix("+") { t.removeFirst() }
        if t.hasSuffix(",-") || t.hasSuffix(".-") { t.removeLast(2) }
        guard !t.isEmpty else { return .unreadable("no digits") }
        guard t.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }), t.first!.isNumber else {
            return .unreadable("only digits, `.` and `,` may follow the currency")
        }
        let dots = t.filter { $0 == "." }.count, commas = t.filter { $0 == "," }.count
        var decimal: Character? = nil
        var thousands: Character? = nil
        if dots > 0 && commas > 0 {
            decimal = t.lastIndex(of: ".")! > t.lastIndex(of: ",")! ? "." : ","
            thousands = decimal == "." ? "," : "."
            if t.filter({ $0 == decimal! }).count > 1 { return .unreadable("`\(decimal!)` is the decimal mark here, yet it occurs twice") }
        } else if dots + commas > 1 {
            thousands = dots > 0 ? "." : ","
        } else if dots + commas == 1 {
            let mark: Character = dots == 1 ? "." : ","
            let parts = t.split(separator: mark, omittingEmptySubsequences: false)
            if parts[1].count == 3 && parts[0] != "0" && !parts[0].isEmpty { thousands = mark } else { decimal = mark }
        }
        var whole = t, fraction = ""
        if let decimal, let index = t.lastIndex(of: decimal) {
            whole = String(t[..<index])
            fraction = String(t[t.index(after: index)...])
            guard !fraction.isEmpty, fraction.allSatisfy(\.isNumber) else { return .unreadable("no digits after the decimal mark") }
        }
        if let thousands {
            let groups = whole.split(separator: thousands, omittingEmptySubsequences: false)
            guard let first = groups.first, (1...3).contains(first.count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else {
                return .unreadable("thousands separated by `\(thousands)` come in groups of three digits")
            }
            whole = groups.joined()
        }
        guard !whole.isEmpty, whole.allSatisfy(\.isNumber), let value = Double(whole + (fraction.isEmpty ? "" : "." + fraction)) else {
            return .unreadable("not a number")
        }
        return .value(negative ? -value : value)
    }
}
