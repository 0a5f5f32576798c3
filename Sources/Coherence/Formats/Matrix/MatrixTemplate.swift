import Foundation

/// A blank cross-impact matrix for a workshop, with its companion legend.
///
/// The matrix has the ids in the first row and the first column, `From\to` (`Van\naar`) in the
/// top-left cell and every cell blank — the diagonal stays blank. The legend lists every id with
/// its short name in the chosen language and its official text, and the scale: each score with its
/// label (the word the matrix accepts), its Dutch name and its meaning, negative scores (trade-offs)
/// included. Both are CSV with a UTF-8 byte-order mark, so Excel opens them with accents intact, and
/// the matrix reads back with ``MatrixReader``.
public struct MatrixTemplate: Sendable {
    /// The ids of the rows and columns, canonical (`1.3`, `SDG7`, objective ids), in the order given.
    public let ids: [String]
    /// The language of the top-left cell and the legend.
    public let language: Language
    /// The CSV separator.
    public let separator: CSVSeparator
    private let catalogue: SDGCatalogue

    /// Creates a template from targets, goals and custom objectives.
    ///
    /// - Parameters:
    ///   - targets: target ids (`1.3`, `7.2`); goal ids are accepted too.
    ///   - goals: goals as numbers or ids (`7`, `SDG13`), for goal-level rows and columns.
    ///   - objectives: custom objective ids, which are not SDG ids.
    ///   - language: Dutch or English.
    ///   - separator: `;` (what Excel expects in a Dutch or Belgian locale) or `,`.
    ///   - catalogue: resolves the ids.
    /// - Throws: ``InputError`` listing every unknown id with a did-you-mean, or when no id is given.
    /// - Complexity: O(ids).
    public init(targets: [String], goals: [String] = [], objectives: [String] = [], language: Language = .en,
                separator: CSVSeparator = .comma, catalogue: SDGCatalogue = .standard) throws(InputError) {
        var log = DiagnosticLog()
        var ids: [String] = []
        func add(_ id: String) { if !ids.contains(id) { ids.append(id) } }
        for raw in targets.map(Table.clean) where !raw.isEmpty {
            switch catalogue.lookup(raw) {
            case .target(let target): add(target.id)
            case .goal(let goal): add(goal.id)
            case .unknownSDG:
                log.error(nil, "`\(raw)` is not an SDG target", suggestion: Suggestions.didYouMean(catalogue.suggestions(for: raw)))
            case .notAnSDGID:
                log.error(nil, "`\(raw)` is not an SDG target", expected: "a target number such as `11.6`",
                          suggestion: Suggestions.didYouMean(catalogue.suggestions(for: raw)) ?? "Give custom objectives with --objectives.")
            }
        }
        for raw in goals.map(Table.clean) where !raw.isEmpty {
            let text = raw.allSatisfy(\.isNumber) ? "SDG" + raw : raw
            if let goal = catalogue.goal(id: text) {
                add(goal.id)
            } else {
                log.error(nil, "`\(raw)` is not an SDG goal", expected: "a goal number from 1 to 17",
                          suggestion: Suggestions.didYouMean(catalogue.suggestions(for: text)))
            }
        }
        for raw in objectives.map(Table.clean) where !raw.isEmpty {
            if case .notAnSDGID = catalogue.lookup(raw) {
                if let first = raw.unicodeScalars.first, ["=", "+", "-", "@"].contains(first) {
                    log.error(nil, "the objective id `\(raw)` starts with `\(first)`, which a spreadsheet reads as a formula",
                              suggestion: "Start the id with a letter or a digit.")
                } else {
                    add(raw)
                }
            } else {
                log.error(nil, "`\(raw)` is an SDG id, not a custom objective", suggestion: "Give it with --targets or --goals.")
            }
        }
        if ids.isEmpty && !log.hasErrors {
            log.error(nil, "no ids for the matrix", expected: "targets (--targets 1.3,7.2), goals (--goals 7,13) or objectives")
        }
        try log.throwIfErrors()
        self.ids = ids
        self.language = language
        self.separator = separator
        self.catalogue = catalogue
    }

    /// The top-left cell: `From\to` or `Van\naar`.
    public var corner: String { language == .nl ? "Van\\naar" : "From\\to" }

    /// The blank matrix as CSV text.
    ///
    /// - Complexity: O(n²) for n ids.
    public var matrixCSV: String {
        var lines = [row([corner] + ids)]
        for id in ids { lines.append(row([id] + Array(repeating: "", count: ids.count))) }
        return document(lines)
    }

    /// The legend as CSV text: the ids with short names and official texts, the scale, and how to score.
    public var legendCSV: String {
        let nl = language == .nl
        var lines = [row(nl ? ["id", "korte naam", "officiële tekst (Engels)"] : ["id", "short name", "official text"])]
        for id in ids {
            switch catalogue.lookup(id) {
            case .target(let target):
                lines.append(row([id, nl ? target.shortNameNL : target.shortNameEN, target.text]))
            case .goal(let goal):
                lines.append(row([id, nl ? goal.nameNL : goal.nameEN, goal.nameEN]))
            case .unknownSDG, .notAnSDGID:
                lines.append(row([id, id, nl ? "eigen doelstelling" : "custom objective"]))
            }
        }
        lines.append("")
        lines.append(row(nl ? ["score", "label (mag in de matrix)", "Nederlandse naam", "betekenis"] : ["score", "label", "meaning"]))
        for entry in Self.nilssonScale {
            let score = ScoreScale.format(entry.score, signed: true).replacingOccurrences(of: "\u{2212}", with: "-")
            lines.append(row(nl ? [score, entry.label, entry.dutch, entry.meaningNL] : [score, entry.label, entry.meaningEN]))
        }
        lines.append("")
        lines.append(row([nl ? "zo vult u de matrix in" : "how to score"]))
        lines.append(row([nl
            ? "Cel (rij, kolom): hoe beïnvloedt vooruitgang op de rij de vooruitgang op de kolom? Vul een score of een label in. Laat een cel leeg als er geen wisselwerking is om te scoren (0 betekent: gescoord als consistent). Laat de diagonaal leeg."
            : "Cell (row, column): how does progress on the row influence progress on the column? Enter a score or a label. Leave a cell blank when there is no interaction to score (0 means scored as consistent). Leave the diagonal blank."]))
        return document(lines)
    }

    /// The path of the legend beside a matrix path: `workshop.csv` → `workshop-legend.csv`.
    public static func legendPath(for path: String) -> String {
        let ns = path as NSString
        let ext = ns.pathExtension
        let stem = ext.isEmpty ? path : ns.deletingPathExtension
        return stem + "-legend." + (ext.isEmpty ? "csv" : ext)
    }

    /// The 7-point scale of Nilsson, Griggs & Visbeck (2016), with Dutch names and meanings.
    public static let nilssonScale: [(score: Double, label: String, dutch: String, meaningEN: String, meaningNL: String)] = [
        (3, "indivisible", "ondeelbaar", "Inextricably linked to the achievement of another goal.",
         "Onlosmakelijk verbonden met het bereiken van het andere doel."),
        (2, "reinforcing", "versterkend", "Aids the achievement of another goal.", "Helpt het andere doel rechtstreeks bereiken."),
        (1, "enabling", "mogelijk makend", "Creates conditions that further another goal.",
         "Schept voorwaarden die het andere doel vooruithelpen."),
        (0, "consistent", "neutraal", "No significant positive or negative interactions.",
         "Geen noemenswaardige positieve of negatieve wisselwerking."),
        (-1, "constraining", "beperkend", "Limits options on another goal.", "Beperkt de mogelijkheden voor het andere doel."),
        (-2, "counteracting", "tegenwerkend", "Clashes with another goal.", "Botst met het andere doel."),
        (-3, "cancelling", "opheffend", "Makes it impossible to reach another goal.", "Maakt het onmogelijk het andere doel te bereiken."),
    ]

    /// One CSV line, cells quoted when they hold the separator, a quote or a line break.
    private func row(_ cells: [String]) -> String {
        let sep = separator.rawValue
        return cells.map { cell in
            guard cell.contains(sep) || cell.contains("\"") || cell.contains("\n") || cell.contains("\r") else { return cell }
            return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }.joined(separator: sep)
    }

    /// Lines joined with CRLF after a byte-order mark.
    private func document(_ lines: [String]) -> String {
        "\u{FEFF}" + lines.map { $0 + "\r\n" }.joined()
    }
}
