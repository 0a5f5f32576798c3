extension Localizer {
    /// Items joined as a sentence does: `a`, `a en b`, `a, b en c` (`a, b and c` in English).
    /// - Parameter items: The items, in order.
    /// - Returns: The joined text; empty for no items.
    /// - Complexity: O(total length).
    public func list(_ items: [String]) -> String {
        let and = t(nl: " en ", en: " and ")
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + and + items[items.count - 1]
        }
    }

    /// At most `limit` items joined as a sentence, the rest counted:
    /// `a, b, c en 4 andere` / `a, b, c and 4 more`.
    ///
    /// Keeps a report's cards short: a card names at most three items and links to the rest.
    /// - Parameters:
    ///   - items: The items, most important first.
    ///   - limit: The most items to name (at least 1).
    /// - Returns: The joined text; empty for no items.
    public func list(_ items: [String], limit: Int) -> String {
        let shown = max(1, limit)
        guard items.count > shown else { return list(items) }
        let rest = items.count - shown
        let more = t(nl: "\(integer(rest)) andere", en: "\(integer(rest)) more")
        return list(Array(items.prefix(shown)) + [more])
    }

    /// A date as written in a sentence: `3 december 2026` / `3 December 2026`.
    /// - Parameters:
    ///   - year: The year.
    ///   - month: The month, 1–12.
    ///   - day: The day of the month.
    /// - Returns: The date as text (the month's number if it is out of range).
    public func date(year: Int, month: Int, day: Int) -> String {
        let nl = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                  "september", "oktober", "november", "december"]
        let en = ["January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December"]
        guard (1...12).contains(month) else { return "\(day)-\(month)-\(year)" }
        return "\(day) \((isDutch ? nl : en)[month - 1]) \(year)"
    }

    /// Text in quotation marks as the language writes them: “…” in both languages.
    /// - Parameter text: The text to quote (a label from the input).
    /// - Returns: The quoted text.
    public func quoted(_ text: String) -> String { "\u{201C}\(text)\u{201D}" }
}
