extension ActionPlanReader {
    /// Splits one item of a tag list further where people join tags with words and signs rather
    /// than `;` or `,`: `SDG 7 / SDG 11 en SDG 13`, `11.6 and 3.9`, `SDG 7 & 13`, `SDG 7 + SDG 13`.
    ///
    /// The rule, outside brackets:
    /// - `/`, `&`, and the words ` en ` and ` and ` (any case, with white space on both sides)
    ///   separate two tags when what follows them starts with a tag (a goal or target form, such as
    ///   `SDG 11`, `13` or `3.9`, that no letter or digit continues); otherwise they belong to the
    ///   text (`SDG 11 - Steden en gemeenschappen` stays one tag with its name). A `/` after a bare
    ///   whole number and before a digit (`7/13`, `1/3/2026`) is never a separator: it may be a date
    ///   (``readTag(_:at:scale:catalogue:allowScores:log:)`` refuses it); `SDG 7/13` and `11.6/3.9` are two tags.
    /// - `+` also signs a score (`11.6:+2`, `SDG 7 +2`), so it separates only when a prefixed goal
    ///   or target follows it (`+ SDG 13`, `+Goal 4`, `+ doel 5`), or when it stands between spaces
    ///   and a target of the catalogue follows it (`11.6 + 3.9`); never after `:`, `=` or `(`, and
    ///   never before a bare number (`SDG 7 +2` is SDG 7 scored +2).
    ///
    /// - Parameters:
    ///   - item: one item of ``splitList(_:)``.
    ///   - catalogue: tells targets from other numbers after a `+`.
    /// - Returns: the tags, trimmed, in order (the item itself when nothing separates it).
    /// - Complexity: O(length of the item).
    static func splitTyped(_ item: String, catalogue: SDGCatalogue) -> [String] {
        // Most items hold none of the separators: leave them as they are.
        guard item.utf8.contains(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "+") || $0 == 32 }) else {
            return [item]
        }
        let chars = Array(item)
        var parts: [String] = []
        var start = 0, depth = 0, i = 0
        /// Whether a tag form starts at `k` (after blanks): `(prefixed, isTarget, known target)`.
        func tag(at k: Int) -> (prefixed: Bool, target: Bool, known: Bool)? {
            var j = k
            while j < chars.count, chars[j].isWhitespace { j += 1 }
            guard j < chars.count else { return nil }
            let rest = String(chars[j..<min(chars.count, j + 40)])   // a tag form is short: never copy the whole rest
            guard let form = TagIDForm(rest), rest[form.end...].first.map({ !$0.isLetter && !$0.isNumber }) ?? true else { return nil }
            let prefixed = !(rest.first?.isNumber ?? false)
            let known = form.suffix.map { catalogue.target("\(form.number).\($0.lowercased())") != nil } ?? false
            return (prefixed, form.suffix != nil, known)
        }
        /// The last character of the current part that is not white space (`nil` while it is blank).
        var previous: Character? = nil
        while i < chars.count {
            let c = chars[i]
            var resume: Int? = nil   // where the next part starts, when a separator ends this one at `i`
            if c == "(" || c == "[" {
                depth += 1
            } else if c == ")" || c == "]" {
                depth = max(0, depth - 1)
            } else if depth == 0, let before = previous {
                switch c {
                case "/", "&":
                    // `7/13`, `1/3/2026`: a whole number before and a digit after may be a date.
                    let dateLike = c == "/" && i + 1 < chars.count && chars[i + 1].isNumber
                        && chars[start..<i].allSatisfy { $0.isWhitespace || ($0.isASCII && $0.isNumber) }
                    if !dateLike, tag(at: i + 1) != nil { resume = i + 1 }
                case "+":
                    let spaced = chars[i - 1].isWhitespace && i + 1 < chars.count && chars[i + 1].isWhitespace
                    if !":=(".contains(before), let found = tag(at: i + 1), found.prefixed || (spaced && found.known) { resume = i + 1 }
                default:
                    if c.isWhitespace, let length = joiningWord(at: i + 1, in: chars), i + 1 + length < chars.count,
                       chars[i + 1 + length].isWhitespace, tag(at: i + 1 + length) != nil {
                        resume = i + 1 + length
                    }
                }
            }
            if let resume {
                parts.append(String(chars[start..<i]))
                start = resume
                i = resume
                previous = nil
                continue
            }
            if !c.isWhitespace { previous = c }
            i += 1
        }
        parts.append(String(chars[start...]))
        return parts.map(Table.clean).filter { !$0.isEmpty }
    }

    /// The length of `en` or `and` (any case) at `k`, or `nil`.
    private static func joiningWord(at k: Int, in chars: [Character]) -> Int? {
        for word in ["and", "en"] {
            let end = k + word.count
            guard end <= chars.count else { continue }
            if String(chars[k..<end]).lowercased() == word { return word.count }
        }
        return nil
    }
}
