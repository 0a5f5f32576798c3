import Foundation

/// One SDG tag of an action as a plan owner wrote it: a goal or a target, with a score or without.
public struct SDGTag: Sendable, Hashable, Codable {
    /// The canonical id: `SDG11` for a goal, `11.6` for a target.
    public var id: String
    /// The score written with the tag; `nil` when none was (the tag then counts as +1, *enabling*,
    /// marked as assumed). Negative scores are trade-offs and are kept as written.
    public var score: Double?
    /// The tag as written in the cell.
    public var text: String

    /// Creates a tag.
    public init(id: String, score: Double?, text: String) {
        self.id = id
        self.score = score
        self.text = text
    }
}

extension ActionPlanReader {
    /// Reads the SDG tags of one cell, written the way plan owners write them.
    ///
    /// Goals: `SDG 11`, `SDG11`, `SDG-11`, `Goal 11`, `Doel 11` or a bare `11`. Targets: `11.6`,
    /// `1.a`, `SDG 11.6`, `Target 11.6`. A score may follow a tag: `11.6:+2`, `11.6 = 2`, `11.6 (+2)`,
    /// `11.6 (reinforcing)`, `11.6 versterkend`, `SDG 3: -1`; a name after a tag is skipped
    /// (`SDG 11 - Duurzame steden`). Tags are separated by `;`, `,`, `|` or line breaks, and also by
    /// `/`, `&`, ` en `, ` and ` and `+` where a tag follows them (`SDG 7 / SDG 11 en SDG 13`; the
    /// exact rule, which keeps `11.6:+2` and `SDG 7 +2` scores, is ``splitTyped(_:catalogue:)``); a
    /// comma between two digits is never a separator, and a tag such as `17,1` or `11,6:+2` — what
    /// Excel in a Dutch locale makes of `17.10` or `17.1` typed as a number — is refused rather than
    /// guessed. A word after `:` or `=` that is nearly a score label (`11.6:versterkent`) is refused
    /// with a did-you-mean in the label's language, not skipped as a name.
    ///
    /// - Parameters:
    ///   - text: the cell's text.
    ///   - file: the file's name in messages.
    ///   - scale: the scale scores are read on (numbers and labels; Dutch labels on the default scale).
    ///   - catalogue: resolves goal and target numbers.
    /// - Returns: the tags in the order written; a tag without a score has `score == nil`.
    /// - Throws: ``InputError`` with every tag of the cell that cannot be read.
    /// - Complexity: O(length of the text).
    public static func sdgTags(in text: String, file: String = "input", scale: ScoreScale = .nilsson,
                               catalogue: SDGCatalogue = .standard) throws(InputError) -> [SDGTag] {
        var log = DiagnosticLog()
        let tags = sdgTags(in: text, kind: .text, at: SourceLocation(file: file), scale: scale, catalogue: catalogue,
                           allowScores: true, log: &log)
        try log.throwIfErrors()
        return tags
    }

    /// Reads the SDG tags of a cell, reporting every tag that cannot be read at `location`.
    static func sdgTags(in text: String, kind: Table.CellKind, at location: SourceLocation, scale: ScoreScale,
                        catalogue: SDGCatalogue, allowScores: Bool, log: inout DiagnosticLog) -> [SDGTag] {
        let cell = Table.clean(text)
        guard !cell.isEmpty else { return [] }
        switch kind {
        case .date:
            var candidates: [String] = []
            if let date = WorkbookReader.date(fromSerial: cell) {
                for id in ["\(date.day).\(date.month)", "\(date.month).\(date.day)"] where catalogue.target(id) != nil && !candidates.contains(id) {
                    candidates.append(id)
                }
            }
            let meant = candidates.isEmpty ? "" : " (perhaps \(candidates.map { "`\($0)`" }.joined(separator: " or ")))"
            log.error(location, "the cell holds a date: the spreadsheet turned a target number\(meant) into a date",
                      expected: "SDG tags such as `11.6` or `SDG 11`",
                      suggestion: "Format the column as text, then type the targets again.")
            return []
        case .boolean, .error:
            log.error(location, "`\(cell)` is not an SDG tag", expected: "SDG tags such as `11.6` or `SDG 11`")
            return []
        case .number:
            return numberTag(cell, at: location, catalogue: catalogue, log: &log).map { [$0] } ?? []
        case .text:
            break
        }
        var tags: [SDGTag] = []
        let plainScale = scale.labels.isEmpty || scale.isDefault
        for item in splitList(cell).flatMap({ splitTyped($0, catalogue: catalogue) }) {
            if plainScale, let tag = plainTargetTag(item, catalogue: catalogue, allowScores: allowScores) {
                tags.append(tag)
                continue
            }
            let head = Table.clean(String(item.split(separator: ":", maxSplits: 1).first ?? ""))
            if let date = TextDate.dayAndMonth(head) {   // `1-mrt:+1`: a spreadsheet made a date of `1.3`
                log.error(location, "`\(head)` looks like a date that a spreadsheet made of a target number\(TextDate.perhaps(TextDate.targets(meantBy: date, in: catalogue)))",
                          expected: "SDG tags such as `11.6` or `SDG 11`",
                          suggestion: "Format the column as text, then type the targets again.")
                continue
            }
            if let tag = readTag(item, at: location, scale: scale, catalogue: catalogue, allowScores: allowScores, log: &log) {
                tags.append(tag)
            }
        }
        return tags
    }

    /// Splits a list on `;`, `|`, line breaks and commas, except commas inside brackets and commas
    /// between two digits (a decimal comma, or a number Excel wrote — refused later).
    static func splitList(_ text: String) -> [String] {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return splitASCIIList(text) }
        var items: [String] = []
        var current = ""
        var depth = 0
        let chars = Array(text)
        for (i, c) in chars.enumerated() {
            switch c {
            case "(", "[": depth += 1; current.append(c)
            case ")", "]": depth = max(0, depth - 1); current.append(c)
            case ";", "|", "\n", "\r":
                items.append(current); current = ""; depth = 0
            case ",":
                let between = i > 0 && i + 1 < chars.count && chars[i - 1].isNumber && chars[i + 1].isNumber
                if depth > 0 || between { current.append(c) } else { items.append(current); current = "" }
            default:
                current.append(c)
            }
        }
        items.append(current)
        return items.map(Table.clean).filter { !$0.isEmpty }
    }

    /// The tag of the plainest, most common form — `11.6`, `1.a`, `11.6:+2`, `11.6:-1` — read on
    /// bytes; `nil` for any other form (and for unknown targets), which ``readTag(_:at:scale:catalogue:allowScores:log:)``
    /// then reads (and reports). The result is the one `readTag` gives for these forms.
    ///
    /// - Complexity: O(length of the tag).
    static func plainTargetTag(_ item: String, catalogue: SDGCatalogue, allowScores: Bool) -> SDGTag? {
        var bytes = item.utf8[...]
        func isDigit(_ b: UInt8) -> Bool { (48...57).contains(b) }
        /// A run of one to `max` digits without a leading zero, as a number.
        func number(max: Int) -> Int? {
            let run = bytes.prefix(while: isDigit)
            guard (1...max).contains(run.count), run.first != 48 || run.count == 1 else { return nil }
            bytes = bytes.dropFirst(run.count)
            return run.reduce(0) { $0 * 10 + Int($1 - 48) }
        }
        guard let goal = number(max: 2), bytes.first == UInt8(ascii: ".") else { return nil }
        bytes = bytes.dropFirst()
        let suffix: String
        if let sub = number(max: 2) {
            suffix = String(sub)
        } else if let letter = bytes.first, (97...122).contains(letter | 0x20) {
            suffix = String(Unicode.Scalar(letter | 0x20))
            bytes = bytes.dropFirst()
        } else {
            return nil
        }
        guard let target = catalogue.target("\(goal).\(suffix)") else { return nil }
        if bytes.isEmpty { return SDGTag(id: target.id, score: nil, text: item) }
        guard allowScores, bytes.first == UInt8(ascii: ":") else { return nil }
        bytes = bytes.dropFirst()
        var sign = 1.0
        if bytes.first == UInt8(ascii: "+") { bytes = bytes.dropFirst() } else if bytes.first == UInt8(ascii: "-") { sign = -1; bytes = bytes.dropFirst() }
        guard (1...6).contains(bytes.count), bytes.allSatisfy(isDigit) else { return nil }
        return SDGTag(id: target.id, score: sign * Double(bytes.reduce(0) { $0 * 10 + Int($1 - 48) }), text: item)
    }

    /// ``splitList(_:)`` for ASCII text (as most cells are), on bytes rather than characters.
    private static func splitASCIIList(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        var items: [String] = []
        var start = 0, depth = 0
        func isDigit(_ b: UInt8) -> Bool { (48...57).contains(b) }
        func cut(_ end: Int) {
            // Trim ASCII blanks (Table.clean's set, restricted to ASCII) around the item.
            var lo = start, hi = end
            while lo < hi, [9, 10, 11, 12, 13, 32].contains(bytes[lo]) { lo += 1 }
            while hi > lo, [9, 10, 11, 12, 13, 32].contains(bytes[hi - 1]) { hi -= 1 }
            if lo < hi { items.append(String(decoding: bytes[lo..<hi], as: UTF8.self)) }
        }
        for (i, b) in bytes.enumerated() {
            switch b {
            case UInt8(ascii: "("), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: ")"), UInt8(ascii: "]"): depth = max(0, depth - 1)
            case UInt8(ascii: ";"), UInt8(ascii: "|"), 10, 13:
                cut(i); start = i + 1; depth = 0
            case UInt8(ascii: ","):
                let between = i > 0 && i + 1 < bytes.count && isDigit(bytes[i - 1]) && isDigit(bytes[i + 1])
                if depth == 0 && !between { cut(i); start = i + 1 }
            default:
                break
            }
        }
        cut(bytes.count)
        return items
    }

    /// Reads one tag: an id form, then optionally a score or a name.
    static func readTag(_ item: String, at location: SourceLocation, scale: ScoreScale, catalogue: SDGCatalogue,
                        allowScores: Bool, log: inout DiagnosticLog) -> SDGTag? {
        let forms = "a goal (`SDG 11`, `11`) or a target (`11.6`), optionally scored (`11.6:+2`, `11.6 (reinforcing)`)"
        if let written = decimalCommaHead(item) {
            let parts = written.split(separator: ",")
            var targets = ["`\(parts[0]).\(parts[1])`"]
            if parts[1].count == 1, catalogue.target("\(parts[0]).\(parts[1])0") != nil { targets.append("`\(parts[0]).\(parts[1])0`") }
            let readings = targets.map { "target \($0)" } + ["goals \(parts[0]) and \(parts[1])"]
            log.error(location, "`\(written)` looks like a number that a spreadsheet wrote with a decimal comma: it could be \(readings.joined(separator: ", ")), so it is not read",
                      expected: "a target with a dot (`17.10`) or goals separated by `;`",
                      suggestion: "Format the column as text and type the target with a dot (\(targets.joined(separator: " or "))), or write `\(parts[0]); \(parts[1])` for goals.")
            return nil
        }
        if looksLikeNumericDate(item) {
            let parts = item.split(separator: "/")
            log.error(location, "`\(item)` could be a date or the goals \(parts.joined(separator: " and ")), so it is not read",
                      expected: forms, suggestion: "Write goals with their prefix (`SDG \(parts[0]) / SDG \(parts[1])`) or separate them with `;`.")
            return nil
        }
        guard let match = TagIDForm(item),
              item[match.end...].first.map({ !$0.isLetter && !$0.isNumber }) ?? true else {
            log.error(location, "`\(item)` is not an SDG tag", expected: forms,
                      suggestion: Suggestions.didYouMean(catalogue.suggestions(for: item)) ?? "Separate tags with `;` or `,`.")
            return nil
        }
        let number = match.number
        let rest = Table.clean(String(item[match.end...]))
        let id: String
        if let suffix = match.suffix {
            let written = "\(number).\(suffix.lowercased())"
            guard let target = catalogue.target(written) else {
                log.error(location, "`\(written)` is not an SDG target", expected: "a target of the UN list (such as 11.6)",
                          found: "`\(item)`", suggestion: Suggestions.didYouMean(catalogue.suggestions(for: written)))
                return nil
            }
            id = target.id
        } else {
            guard let goal = catalogue.goal(number) else {
                log.error(location, "`\(item)` is not an SDG: there are 17 goals", expected: "a goal from 1 to 17",
                          suggestion: Suggestions.didYouMean(catalogue.suggestions(for: "SDG\(number)")))
                return nil
            }
            id = goal.id
        }
        guard !rest.isEmpty else { return SDGTag(id: id, score: nil, text: item) }
        if rest.first == "." && rest.dropFirst().first?.isNumber == true {
            log.error(location, "`\(item)` is an indicator number, not a target", expected: "a target (such as `\(id)`)",
                      suggestion: "Tag the target `\(id)`.")
            return nil
        }
        // What follows the id: a score (after `:`, `=`, in brackets, or plain) or a name to skip.
        var body = rest
        var bracketed = false
        if body.first == "(" || body.first == "[", body.last == ")" || body.last == "]" {
            body = String(body.dropFirst().dropLast())
            bracketed = true
        } else if body.first == ":" || body.first == "=" {
            body = String(body.dropFirst())
        }
        body = Table.clean(body)
        if let score = parseScore(body, scale: scale) {
            guard allowScores else {
                log.error(location, "`\(item)` has a score, but ownership takes none", expected: "a goal or target without a score")
                return nil
            }
            return SDGTag(id: id, score: score, text: item)
        }
        let name = body.drop(while: { "-–—".contains($0) || $0.isWhitespace })
        let misspelledLabel = ScoreWords.nearMiss(body, scale: scale) != nil
        if !misspelledLabel, !name.isEmpty, !name.contains(where: \.isNumber),
           name.split(separator: " ").count >= 2 || !bracketed && rest.first.map({ "-–—:".contains($0) }) == true {
            return SDGTag(id: id, score: nil, text: item)   // a name after the tag, such as `SDG 11 - Duurzame steden`
        }
        log.error(location, "`\(body)` after `\(id)` is not a score on the scale \(scale.rangeDescription)",
                  expected: "a number from \(ScoreScale.format(scale.min, signed: true)) to \(ScoreScale.format(scale.max, signed: true))\(ScoreWords.labelExample(for: body, scale: scale))",
                  found: "`\(item)`", suggestion: labelSuggestion(for: body, scale: scale))
        return nil
    }

    /// Words and signs that tick a column headed by a goal or target (`x`, `✓`, `ja`, `yes`, `TRUE`).
    static let marks: Set<String> = ["x", "✓", "✔", "☑", "v", "ja", "j", "yes", "y", "•", "*", "true", "waar", "+"]

    /// The cell of a column headed by a goal or target: a mark (`x`) tags it (+1, assumed), a score
    /// scores it, and blank, `nee`, `no` or `-` leave it untagged.
    static func markTag(_ text: String, kind: Table.CellKind, id: String, at location: SourceLocation, scale: ScoreScale,
                        log: inout DiagnosticLog) -> SDGTag? {
        let cell = Table.clean(text)
        let key = PlanText.fold(cell)
        if key.isEmpty || ["nee", "no", "n", "-", "false", "onwaar"].contains(key) { return nil }
        if kind == .date || kind == .error {
            log.error(location, "`\(cell)` is not a mark or a score for \(id)", expected: "`x` to tag \(id), or a score such as `+2`")
            return nil
        }
        if marks.contains(key) { return SDGTag(id: id, score: nil, text: cell) }
        if let score = parseScore(cell, scale: scale) { return SDGTag(id: id, score: score, text: cell) }
        log.error(location, "`\(cell)` under the column of \(id) is neither a mark nor a score",
                  expected: "`x` to tag \(id), a score such as `+2` or `-1`, or a blank cell")
        return nil
    }

    /// The start of a tag that is two groups of digits joined by a comma, when a score or a name may
    /// follow it (`11,6:+2`, `11,6 (versterkend)`, `17,1`): what a spreadsheet in a Dutch or Belgian
    /// locale makes of a target typed as a number; `nil` for any other tag.
    static func decimalCommaHead(_ item: String) -> String? {
        let head = item.prefix { $0.isASCII && ($0.isNumber || $0 == ",") }
        let after = item[head.endIndex...].first
        guard after.map({ !$0.isLetter && $0 != "." }) ?? true, looksLikeDecimalComma(String(head)) else { return nil }
        return String(head)
    }

    /// Whether a tag is two or three groups of digits joined by `/` (`7/13`, `1/3/2026`): a date, or goals.
    static func looksLikeNumericDate(_ item: String) -> Bool {
        let parts = item.split(separator: "/", omittingEmptySubsequences: false)
        return (2...3).contains(parts.count) && parts.allSatisfy { (1...4).contains($0.count) && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }

    /// A did-you-mean for text that should have been a score: the labels nearest to it, in the
    /// language it is written in (``ScoreWords``), or `nil`.
    static func labelSuggestion(for text: String, scale: ScoreScale) -> String? {
        Suggestions.didYouMean(ScoreWords.closest(to: text, scale: scale))
    }

    /// Whether a tag is two groups of digits joined by a comma (`17,1`, `1,3`): what a spreadsheet in
    /// a Dutch or Belgian locale makes of a target typed as a number.
    static func looksLikeDecimalComma(_ item: String) -> Bool {
        let parts = item.split(separator: ",", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 2 else { return false }
        func digits(_ part: Substring, max: Int) -> Bool {
            (1...max).contains(part.count) && part.allSatisfy { $0.asciiValue.map { (48...57).contains($0) } ?? false }
        }
        return digits(parts[0], max: 2) && digits(parts[1], max: 3)
    }

    /// A score written as a number (`+2`, `−1`, `1,5`) or a label in English or (on the default scale) Dutch.
    static func parseScore(_ text: String, scale: ScoreScale) -> Double? {
        var t = MatrixReader.normaliseSigns(Table.clean(text))
        guard !t.isEmpty else { return nil }
        if let sign = t.first, sign == "+" || sign == "-" || sign == "\u{2212}", t.dropFirst().first?.isWhitespace == true {
            t = String(sign) + Table.clean(String(t.dropFirst()))   // `+ 2`, as typed after a tag (`SDG 7 + 2`)
        }
        if let value = scale.parse(t) { return value }
        return ScoreWords.value(t, scale: scale)
    }

    /// A tag that a workbook stored as a number: `11` is goal 11, `11.6` target 11.6; a number that
    /// could be two targets (17.1 and 17.10 are the same number) is refused.
    static func numberTag(_ text: String, at location: SourceLocation, catalogue: SDGCatalogue,
                          log: inout DiagnosticLog) -> SDGTag? {
        guard let value = Double(text), value.isFinite, value > 0 else {
            log.error(location, "`\(text)` is not an SDG tag", expected: "SDG tags such as `11.6` or `SDG 11`")
            return nil
        }
        if value == value.rounded(), let goal = catalogue.goal(Int(value)) {
            return SDGTag(id: goal.id, score: nil, text: text)
        }
        var candidates: [String] = []
        for digits in [1, 2] {
            let written = String(format: "%.\(digits)f", value)
            if abs((Double(written) ?? .nan) - value) < 1e-9, let target = catalogue.target(written), !candidates.contains(target.id) {
                candidates.append(target.id)
            }
        }
        if candidates.count == 1 { return SDGTag(id: candidates[0], score: nil, text: text) }
        if candidates.count > 1 {
            log.error(location, "the cell holds the number \(text), which the spreadsheet may have made of \(candidates.map { "`\($0)`" }.joined(separator: " or ")), so it is not read",
                      expected: "a target typed as text",
                      suggestion: "Format the column as text and type the target again (`\(candidates.last!)` keeps its zero only as text).")
            return nil
        }
        log.error(location, "the number \(text) is not an SDG goal or target", expected: "a goal from 1 to 17 or a target such as `11.6`",
                  suggestion: Suggestions.didYouMean(catalogue.suggestions(for: text)))
        return nil
    }
}

/// The id form at the start of a tag: an optional prefix (`SDG`, `Goal`, `Doel`, `Target`,
/// `Subdoel`, any case) with optional spaces, `-` or `_` after it, a goal number of one to three
/// digits, and optionally a dot and a target number (one to three digits) or letter that no ASCII
/// letter or digit follows.
///
/// A hand-written scanner rather than a `Regex`: a plan of a million tags reads each once, and
/// building a regular expression per tag cost more than the rest of the reading.
struct TagIDForm {
    /// The goal number as written.
    var number: Int
    /// The target part after the dot (`6`, `a`), when there is one.
    var suffix: Substring?
    /// Where the id form ends in the tag.
    var end: String.Index

    /// The prefixes a goal or target number may carry, lower case.
    private static let prefixes = ["subdoel", "target", "goal", "doel", "sdg"]

    /// Scans the id form at the start of `text`; `nil` when the text does not start with one.
    ///
    /// - Complexity: O(length of the id form).
    init?(_ text: String) {
        var start = text.startIndex
        if let prefix = Self.prefixes.first(where: { Self.hasPrefix(text, $0) }) {
            var i = text.index(start, offsetBy: prefix.count)
            while i < text.endIndex, text[i].isWhitespace || text[i] == "-" || text[i] == "_" { i = text.index(after: i) }
            if i < text.endIndex, Self.isDigit(text[i]) { start = i }
        }
        var i = start
        var number = 0
        while i < text.endIndex, text.distance(from: start, to: i) < 3, let d = Self.digit(text[i]) {
            number = number * 10 + d
            i = text.index(after: i)
        }
        guard i > start else { return nil }
        self.number = number
        self.suffix = nil
        self.end = i
        guard i < text.endIndex, text[i] == "." else { return }
        let first = text.index(after: i)
        var j = first
        while j < text.endIndex, text.distance(from: first, to: j) < 3, Self.isDigit(text[j]) { j = text.index(after: j) }
        if j == first, j < text.endIndex, Self.isLetter(text[j]) { j = text.index(after: j) }
        guard j > first else { return }
        if j < text.endIndex, Self.isDigit(text[j]) || Self.isLetter(text[j]) { return }
        self.suffix = text[first..<j]
        self.end = j
    }

    private static func digit(_ c: Character) -> Int? {
        guard let a = c.asciiValue, (48...57).contains(a) else { return nil }
        return Int(a - 48)
    }
    private static func isDigit(_ c: Character) -> Bool { digit(c) != nil }
    private static func isLetter(_ c: Character) -> Bool {
        guard let a = c.asciiValue else { return false }
        return (65...90).contains(a) || (97...122).contains(a)
    }
    private static func hasPrefix(_ text: String, _ prefix: String) -> Bool {
        var i = text.startIndex
        for p in prefix {
            guard i < text.endIndex, let a = text[i].asciiValue, Character(UnicodeScalar(a | 0x20)) == p else { return false }
            i = text.index(after: i)
        }
        return true
    }
}
