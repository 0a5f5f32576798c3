import Foundation

/// How a number is written: for people to read, or for a program (a spreadsheet) to read back.
public enum NumberStyle: Sendable, Hashable {
    /// For people: digits grouped by thousands (`1.250.000` in Dutch, `1,250,000` in English) and
    /// the minus sign U+2212 (`−2,5`).
    case prose
    /// For spreadsheets: no grouping and the ASCII hyphen-minus (`-2,5` in Dutch, `-2.5` in
    /// English), so that Dutch-locale Excel reads the value as a number.
    case data
}

/// How an amount of euro is written.
public enum EuroStyle: Sendable, Hashable {
    /// Whole euros, grouped: `€ 1.250.000` / `€1,250,000`.
    case full
    /// Millions and billions shortened: `€ 1,25 mln`, `€ 2,4 mld` / `€1.25M`, `€2.4bn`; amounts
    /// under a million as ``full``.
    case compact
}

extension Localizer {
    /// The decimal separator: a comma in Dutch, a point in English.
    public var decimalSeparator: String { isDutch ? "," : "." }

    /// The separator of groups of thousands in ``NumberStyle/prose``: a point in Dutch, a comma in English.
    public var groupingSeparator: String { isDutch ? "." : "," }

    /// A number rounded to at most `decimals` places, trailing zeros dropped.
    ///
    /// `number(-2.5)` is `−2,5` in Dutch and `−2.5` in English; `number(1_250_000)` is `1.250.000`
    /// and `1,250,000`; `number(2.0)` is `2`; a value that rounds to zero is `0`, never `−0`.
    /// Non-finite values (which no accepted input produces) are written `∞`, `−∞` and `NaN`.
    /// - Parameters:
    ///   - value: The number.
    ///   - decimals: The most decimal places to show (default 2).
    ///   - minimumDecimals: The fewest decimal places to show (default 0): `number(2, minimumDecimals: 1)` is `2,0`.
    ///   - style: For people (default) or for spreadsheets.
    /// - Returns: The number as text.
    /// - Complexity: O(number of digits).
    public func number(_ value: Double, decimals: Int = 2, minimumDecimals: Int = 0, style: NumberStyle = .prose) -> String {
        let minus = style == .prose ? "\u{2212}" : "-"
        guard value.isFinite else {
            if value.isNaN { return "NaN" }
            return value < 0 ? minus + "∞" : "∞"
        }
        let places = max(0, min(decimals, 15))
        let digits = String(format: "%.\(places)f", abs(value))
        var integerPart = Substring(digits)
        var fraction = Substring("")
        if let point = digits.firstIndex(of: ".") {
            integerPart = digits[..<point]
            fraction = digits[digits.index(after: point)...]
        }
        var kept = Array(fraction)
        while kept.count > max(0, minimumDecimals), kept.last == "0" { kept.removeLast() }
        let isZero = integerPart.allSatisfy { $0 == "0" } && kept.allSatisfy { $0 == "0" }
        var text = style == .prose ? grouped(integerPart) : String(integerPart)
        if !kept.isEmpty { text += decimalSeparator + String(kept) }
        return (value < 0 && !isZero ? minus : "") + text
    }

    /// A whole number with its thousands grouped (`1.250` / `1,250`) in ``NumberStyle/prose``.
    /// - Parameters:
    ///   - value: The number.
    ///   - style: For people (default) or for spreadsheets.
    /// - Returns: The number as text.
    /// - Complexity: O(number of digits).
    public func integer(_ value: Int, style: NumberStyle = .prose) -> String {
        let minus = style == .prose ? "\u{2212}" : "-"
        let digits = String(value.magnitude)
        let body = style == .prose ? grouped(Substring(digits)) : digits
        return (value < 0 ? minus : "") + body
    }

    /// A number with its sign: `+2`, `−1,5`, and `0` for zero.
    /// - Parameters:
    ///   - value: The number.
    ///   - decimals: The most decimal places to show (default 2).
    /// - Returns: The number with `+` or `−` in front (none for a value that rounds to zero).
    /// - Complexity: O(number of digits).
    public func signed(_ value: Double, decimals: Int = 2) -> String {
        let text = number(value, decimals: decimals)
        if value > 0, text != "0" { return "+" + text }
        return text
    }

    /// A share as a percentage: `45 %` in Dutch (with a no-break space), `45%` in English.
    /// - Parameters:
    ///   - share: The share, 0.45 for 45 %.
    ///   - decimals: The most decimal places to show (default 0).
    /// - Returns: The percentage as text.
    public func percent(_ share: Double, decimals: Int = 0) -> String {
        let text = number(share * 100, decimals: decimals)
        return isDutch ? text + "\u{00A0}%" : text + "%"
    }

    /// An amount of euro: `€ 1.250.000` or `€ 1,25 mln` in Dutch; `€1,250,000` or `€1.25M` in English.
    /// - Parameters:
    ///   - amount: The amount in euro.
    ///   - style: Whole euros (default) or millions and billions shortened.
    /// - Returns: The amount as text, with a no-break space after `€` in Dutch.
    public func euro(_ amount: Double, style: EuroStyle = .full) -> String {
        let sign = isDutch ? "€\u{00A0}" : "€"
        if style == .compact, abs(amount) >= 1_000_000 {
            if abs(amount) >= 1_000_000_000 {
                return sign + number(amount / 1_000_000_000, decimals: 1) + (isDutch ? "\u{00A0}mld" : "bn")
            }
            return sign + number(amount / 1_000_000, decimals: 2) + (isDutch ? "\u{00A0}mln" : "M")
        }
        return sign + number(amount, decimals: 0)
    }

    /// Groups the digits of a whole number by thousands with ``groupingSeparator``.
    private func grouped(_ digits: Substring) -> String {
        guard digits.count > 3 else { return String(digits) }
        var result = ""
        result.reserveCapacity(digits.count + digits.count / 3)
        let firstGroup = digits.count % 3 == 0 ? 3 : digits.count % 3
        var index = digits.startIndex
        var taken = 0
        while index < digits.endIndex {
            if taken == firstGroup || (taken > firstGroup && (taken - firstGroup) % 3 == 0) {
                result += groupingSeparator
            }
            result.append(digits[index])
            index = digits.index(after: index)
            taken += 1
        }
        return result
    }
}
