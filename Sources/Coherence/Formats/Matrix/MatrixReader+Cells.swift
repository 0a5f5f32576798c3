import Foundation

extension MatrixReader {
    /// Dutch names of the scores of the default scale (Nilsson et al. 2016), accepted besides the
    /// English labels wherever those are (matrices, SDG tags, group scores), folded (``ScoreWords``).
    public static let dutchLabels: [String: Double] = [
        "ondeelbaar": 3, "onlosmakelijk": 3, "onlosmakelijk verbonden": 3,
        "versterkend": 2,
        "mogelijk makend": 1, "mogelijkmakend": 1, "faciliterend": 1,
        "consistent": 0, "neutraal": 0, "verenigbaar": 0,
        "beperkend": -1,
        "tegenwerkend": -2,
        "opheffend": -3, "onverenigbaar": -3,
    ]

    /// Reads the score in a cell: a number (`2`, `+2`, `−2`, `0,5`) or a label of the scale; reports
    /// anything else, or a value off the scale, at `location` (which names both ids).
    ///
    /// Negative scores are trade-offs and are returned as they are. On a scale with a step, a value
    /// within 1e-9 of a step (as a workbook may store `1.0000000000000002`) is snapped to it. An
    /// off-scale whole number that looks like a code for "not quantified" (`-100`, `999`) gets a
    /// suggestion naming `--unscored-code` (callers check the codes they were given first).
    ///
    /// - Returns: the score, or `nil` after reporting the problem.
    static func parseScore(_ text: String, kind: Table.CellKind, scale: ScoreScale, at location: SourceLocation,
                           log: inout DiagnosticLog) -> Double? {
        var range: String { scale.rangeDescription }
        var lowest: String { ScoreScale.format(scale.min, signed: true) }
        var highest: String { ScoreScale.format(scale.max, signed: true) }
        switch kind {
        case .date:
            log.error(location, "the cell holds a date, not a score on the scale \(range)",
                      suggestion: "Format the cell as a number or as text and type the score again.")
            return nil
        case .boolean, .error:
            log.error(location, "\"\(text)\" is not a score on the scale \(range)",
                      expected: "a number from \(lowest) to \(highest)", found: "\"\(text)\"")
            return nil
        case .text, .number:
            break
        }
        let normalised = normaliseSigns(text)
        guard let parsed = plainNumber(normalised) ?? scale.parse(normalised) ?? ScoreWords.value(normalised, scale: scale) else {
            log.error(location, "\"\(text)\" is not a score on the scale \(range)",
                      expected: "a number from \(lowest) to \(highest)\(ScoreWords.labelExample(for: text, scale: scale))", found: "\"\(text)\"",
                      suggestion: Suggestions.didYouMean(ScoreWords.closest(to: text, scale: scale)))
            return nil
        }
        guard scale.contains(parsed) else {
            let hint: String? = MatrixReadOptions.looksLikeCode(parsed, scale: scale)
                ? MatrixReadOptions.codeSuggestion(parsed)
                : (scale.step != nil && text.contains(",") && parsed != parsed.rounded())
                ? "This scale has whole numbers only; a decimal comma is read as a decimal point." : nil
            log.error(location, "\"\(text)\" is not a score on the scale \(range)",
                      expected: scale.step == 1 ? "a whole number from \(lowest) to \(highest)" : "a value from \(lowest) to \(highest)",
                      found: "\"\(text)\"", suggestion: hint)
            return nil
        }
        if let step = scale.step, step > 0 {
            return scale.min + ((parsed - scale.min) / step).rounded() * step
        }
        return parsed
    }

    /// A number written with ASCII digits, an optional sign and a decimal point (the common case,
    /// read without the general parser), or `nil`.
    static func plainNumber(_ text: String) -> Double? {
        guard !text.isEmpty, text.utf8.count <= 24,
              text.utf8.allSatisfy({ ($0 >= 48 && $0 <= 57) || $0 == 45 || $0 == 43 || $0 == 46 }),
              let value = Double(text), value.isFinite else { return nil }
        return value
    }

    /// Turns the dashes and pluses that word processors and spreadsheets substitute into ASCII `-` and `+`.
    static func normaliseSigns(_ text: String) -> String {
        guard let first = text.unicodeScalars.first else { return text }
        switch first {
        case "\u{2013}", "\u{2012}", "\u{FE63}", "\u{FF0D}", "\u{2010}", "\u{2011}":
            return "-" + String(text.unicodeScalars.dropFirst())
        case "\u{FF0B}":
            return "+" + String(text.unicodeScalars.dropFirst())
        default:
            return text
        }
    }
}

/// Reads the ids of a matrix: goals and targets through the catalogue, other text as custom
/// objectives; notices ids that a spreadsheet turned into numbers or dates.
struct IDReader {
    let table: Table
    let catalogue: SDGCatalogue
    /// Bare whole numbers read as objective ids (`11`), for one warning.
    private(set) var bareNumbers: [String] = []

    init(table: Table, catalogue: SDGCatalogue) {
        self.table = table
        self.catalogue = catalogue
    }

    /// The canonical id in a cell, or `nil` after reporting why it cannot be one.
    mutating func read(row: Int, column: Int, log: inout DiagnosticLog) -> String? {
        let raw = Table.clean(table[row, column])
        let location = table.location(row: row, column: column)
        switch table.kind(row: row, column: column) {
        case .date:
            let candidates = dateCandidates(raw)
            log.error(location, "the id cell holds a date\(WorkbookReader.date(fromSerial: raw).map { " (\(Self.describe($0)))" } ?? ""): the spreadsheet turned an id into a date",
                      suggestion: (candidates.isEmpty ? "" : "Was it \(candidates.map { "`\($0)`" }.joined(separator: " or "))? ")
                          + "Format the id cells as text and type the ids again.")
            return nil
        case .boolean, .error:
            log.error(location, "\"\(raw)\" is not an id", expected: "a target (`11.6`), a goal (`SDG11`) or an objective id")
            return nil
        case .number:
            if case .target(let target) = catalogue.lookup(raw), let longer = catalogue.target(target.id + "0") {
                log.error(location, "the id cell holds the number \(raw), which may have been `\(longer.id)` before the spreadsheet dropped its trailing zero",
                          suggestion: "Format the id cells as text and type `\(longer.id)` or `\(target.id)` again.")
                return nil
            }
        case .text:
            break
        }
        return canonical(raw, at: location, log: &log)
    }

    /// The canonical id of id text.
    mutating func canonical(_ raw: String, at location: SourceLocation, log: inout DiagnosticLog) -> String? {
        switch catalogue.lookup(raw) {
        case .goal(let goal): return goal.id
        case .target(let target): return target.id
        case .unknownSDG:
            log.error(location, "`\(raw)` is not an SDG target or goal", found: "`\(raw)`",
                      suggestion: Suggestions.didYouMean(catalogue.suggestions(for: raw)))
            return nil
        case .notAnSDGID:
            if let (head, _) = Self.splitLabel(raw) {
                switch catalogue.lookup(head) {
                case .goal(let goal): return goal.id
                case .target(let target): return target.id
                case .unknownSDG:
                    log.error(location, "`\(head)` (in \"\(raw)\") is not an SDG target or goal", found: "`\(head)`",
                              suggestion: Suggestions.didYouMean(catalogue.suggestions(for: head)))
                    return nil
                case .notAnSDGID: break
                }
            }
            if let date = TextDate.dayAndMonth(raw) {   // `1-mrt`: a spreadsheet made a date of `1.3`
                log.error(location, "`\(raw)` looks like a date that a spreadsheet made of a target number\(TextDate.perhaps(TextDate.targets(meantBy: date, in: catalogue)))",
                          found: "`\(raw)`", suggestion: "Format the id cells as text and type the ids again.")
                return nil
            }
            if raw.range(of: #"^\d+,\d+$"#, options: .regularExpression) != nil {
                log.error(location, "`\(raw)` looks like a target number that a spreadsheet turned into a decimal number",
                          found: "`\(raw)`",
                          suggestion: "Format the id cells as text so that `1.3` and `17.10` stay as they are.")
                return nil
            }
            if raw.allSatisfy({ $0.isASCII && $0.isNumber }), !bareNumbers.contains(raw) { bareNumbers.append(raw) }
            return raw
        }
    }

    /// A warning for bare whole-number ids, which are read as custom objectives and not as goals.
    func warnings(at location: SourceLocation) -> [Diagnostic] {
        guard !bareNumbers.isEmpty else { return [] }
        let shown = bareNumbers.prefix(5).map { "`\($0)`" }.joined(separator: ", ") + (bareNumbers.count > 5 ? ", …" : "")
        return [Diagnostic(.warning, at: location,
                           "the ids \(shown) are whole numbers, read as custom objectives, not as goals",
                           suggestion: "Write goals as `SDG\(bareNumbers[0])` (or `Goal \(bareNumbers[0])`) if they are meant.")]
    }

    /// Splits header text such as `7.2 Renewable energy`, `SDG 11: Sustainable cities` or
    /// `11.6 – Air quality` into the id form and the name after it, when the text starts with one.
    static func splitLabel(_ text: String) -> (id: String, label: String)? {
        let separators = CharacterSet(charactersIn: " \t:\u{2013}\u{2014}\u{00A0}")
        var words = text.components(separatedBy: separators).filter { !$0.isEmpty }
        guard words.count >= 2 else { return nil }
        var head = words.removeFirst()
        if ["sdg", "goal", "doel", "target"].contains(head.lowercased()) {
            head += " " + words.removeFirst()
        }
        while let last = head.last, [".", ")", "-", ","].contains(last) { head.removeLast() }
        guard !words.isEmpty, head.contains(where: \.isNumber) else { return nil }
        // A bare number (`11 Cities`) is not an id form: it needs a prefix or a target's dot.
        guard head.contains(".") || head.lowercased().first.map({ !$0.isNumber }) == true else { return nil }
        return (head, words.joined(separator: " "))
    }

    /// Targets that a date may have been typed as: day.month (a Dutch or Belgian locale) and month.day.
    func dateCandidates(_ serial: String) -> [String] {
        guard let date = WorkbookReader.date(fromSerial: serial) else { return [] }
        var result: [String] = []
        for id in ["\(date.day).\(date.month)", "\(date.month).\(date.day)"] where catalogue.target(id) != nil && !result.contains(id) {
            result.append(id)
        }
        return result
    }

    /// A date as users read it: `1 March 2026`.
    static func describe(_ date: (year: Int, month: Int, day: Int)) -> String {
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                      "October", "November", "December"]
        return "\(date.day) \(months[date.month - 1]) \(date.year)"
    }
}
