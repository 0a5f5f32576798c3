import Foundation

/// Recognises text that a spreadsheet in a Dutch, Belgian or English locale made of a target
/// number: `1.3` typed into a date-happy cell comes back in a CSV export as `1-mrt`, `1-Mar` or `3/1`.
enum TextDate {
    /// Month abbreviations (Dutch and English) and their numbers.
    static let months: [String: Int] = [
        "jan": 1, "feb": 2, "mrt": 3, "maa": 3, "mar": 3, "apr": 4, "mei": 5, "may": 5, "jun": 6, "jul": 7,
        "aug": 8, "sep": 9, "okt": 10, "oct": 10, "nov": 11, "dec": 12,
    ]

    /// The day and month of text such as `1-mrt`, `1 maart`, `mrt-1`, `17-okt.` or `Mar 1`; `nil` when
    /// the text does not look like a day and a month name.
    ///
    /// - Complexity: O(length of the text).
    static func dayAndMonth(_ text: String) -> (day: Int, month: Int)? {
        // A month name has at least three ASCII letters; tags such as `11.6` have none.
        guard text.utf8.lazy.filter({ (65...90).contains($0) || (97...122).contains($0) }).count >= 3 else { return nil }
        let parts = text.lowercased().split(whereSeparator: { "-/ .".contains($0) }).map(String.init)
        guard parts.count == 2 else { return nil }
        func month(_ word: String) -> Int? {
            guard word.count >= 3, word.allSatisfy(\.isLetter) else { return nil }
            return months[String(word.prefix(3))]
        }
        if let day = Int(parts[0]), let m = month(parts[1]), (1...31).contains(day) { return (day, m) }
        if let m = month(parts[0]), let day = Int(parts[1]), (1...31).contains(day) { return (day, m) }
        return nil
    }

    /// The targets that a date could have been typed as (`1-mrt` → `1.3` or `3.1`), in the catalogue.
    static func targets(meantBy date: (day: Int, month: Int), in catalogue: SDGCatalogue) -> [String] {
        var ids: [String] = []
        for id in ["\(date.day).\(date.month)", "\(date.month).\(date.day)"] where catalogue.target(id) != nil && !ids.contains(id) {
            ids.append(id)
        }
        return ids
    }

    /// "`1.3` or `3.1`" for a message, or an empty string.
    static func perhaps(_ ids: [String]) -> String {
        ids.isEmpty ? "" : " (perhaps " + ids.map { "`\($0)`" }.joined(separator: " or ") + ")"
    }
}
