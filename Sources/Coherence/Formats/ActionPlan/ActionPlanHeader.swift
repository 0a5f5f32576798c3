/// The header row of an action plan: which column of the sheet holds what.
///
/// The header is the first row, among the first ten that hold anything, that names at least two
/// different action-plan columns, one of them the label, the domain or the SDG tags; rows above it
/// (a title, a date) are skipped.
struct ActionPlanHeader: Sendable {
    /// The header row (zero-based).
    var row: Int
    /// The sheet columns of each action-plan column, in sheet order (several only for ``ActionPlanColumn/mayRepeat``).
    var columns: [ActionPlanColumn: [Int]]
    /// The header text of every non-blank header cell, by sheet column.
    var titles: [Int: String]
    /// The language most recognised headers are written in (`nil` when none says).
    var language: Language?
    /// Header cells that name no action-plan column (sheet column, text).
    var unknown: [(column: Int, text: String)]
    /// Header cells that name a column already found, which is read instead (sheet column, column, first sheet column).
    var repeated: [(column: Int, kind: ActionPlanColumn, first: Int)]
    /// SDG columns whose header is itself a goal or target (`SDG 11`, `11.6 Luchtkwaliteit`): their
    /// cells hold a mark (`x`) or a score for that goal or target. By sheet column, the canonical id.
    var marks: [Int: String]

    /// The first sheet column of a kind.
    subscript(_ kind: ActionPlanColumn) -> Int? { columns[kind]?.first }

    /// Finds the header of an action plan, or `nil` when no row looks like one.
    init?(_ table: Table) {
        var candidates = 0
        for (r, cells) in table.rows.enumerated() {
            guard cells.contains(where: { !Table.clean($0).isEmpty }) else { continue }
            candidates += 1
            if candidates > 10 { return nil }
            if let header = Self.read(table, row: r) {
                self = header
                return
            }
        }
        return nil
    }

    private init(row: Int) {
        self.row = row
        columns = [:]
        titles = [:]
        language = nil
        unknown = []
        repeated = []
        marks = [:]
    }

    /// Reads one row as a header, if it is one.
    private static func read(_ table: Table, row r: Int) -> ActionPlanHeader? {
        var header = ActionPlanHeader(row: r)
        var found: [(column: Int, kind: ActionPlanColumn, language: Language?, name: String)] = []
        for (c, cell) in table.rows[r].enumerated() {
            let text = Table.clean(cell)
            guard !text.isEmpty else { continue }
            header.titles[c] = text
            if let id = Self.sdgID(of: text) {
                found.append((c, .sdg, nil, id))
                header.marks[c] = id
            } else if let hit = ActionPlanColumn.recognise(text) {
                found.append((c, hit.column, hit.language, ActionPlanColumn.normalise(text)))
            } else {
                header.unknown.append((c, text))
            }
        }
        let kinds = Set(found.map(\.kind))
        guard kinds.count >= 2, !kinds.isDisjoint(with: [.label, .domain, .sdg]) else { return nil }

        // `Actie` / `Action` is the action's text in many plans: read it as the label when no other
        // column is the label and either another column is the id or its cells read like titles.
        if let ambiguous = found.firstIndex(where: { $0.kind == .id && ["actie", "action"].contains($0.name) }) {
            let otherID = found.contains { $0.kind == .id && $0.column != found[ambiguous].column }
            if otherID || looksLikeTitles(table, column: found[ambiguous].column, below: r) {
                keepTitle(of: ambiguous, in: &found)
            }
        }
        var nl = 0, en = 0
        for entry in found {
            if let first = header.columns[entry.kind]?.first, !entry.kind.mayRepeat {
                header.repeated.append((entry.column, entry.kind, first))
                continue
            }
            header.columns[entry.kind, default: []].append(entry.column)
            if entry.language == .nl { nl += 1 } else if entry.language == .en { en += 1 }
        }
        header.language = nl > en ? .nl : en > nl ? .en : nil
        return header
    }

    /// The goal or target a header names by itself (`SDG 11`, `11`, `11.6 Luchtkwaliteit`), if any.
    static func sdgID(of header: String) -> String? {
        guard TagIDForm(Table.clean(header)) != nil else { return nil }   // not a tag at all: skip the reader and its suggestions
        var log = DiagnosticLog()
        let location = SourceLocation(file: "")
        let tags = ActionPlanReader.sdgTags(in: header, kind: .text, at: location, scale: .nilsson, catalogue: .standard,
                                            allowScores: false, log: &log)
        guard !log.hasErrors, tags.count == 1 else { return nil }
        return tags[0].id
    }

    /// Reads the `Actie` / `Action` column at `index` as the action's title, so that no column is
    /// dropped: with no other label column it is the label; next to a description-like label
    /// (`Omschrijving`, `Beschrijving`, `Description`) it is the label and that column the
    /// description; next to a title-like label (`Titel`, `Naam`) it is the description. When both a
    /// label and a description column are there already, it stays an id column (and is reported as
    /// a repeated one).
    private static func keepTitle(of index: Int, in found: inout [(column: Int, kind: ActionPlanColumn, language: Language?, name: String)]) {
        guard let label = found.firstIndex(where: { $0.kind == .label }) else {
            found[index].kind = .label
            return
        }
        guard !found.contains(where: { $0.kind == .description }) else { return }
        if descriptionLike.contains(where: { found[label].name.hasPrefix($0) }) {
            found[label].kind = .description
            found[index].kind = .label
        } else {
            found[index].kind = .description
        }
    }

    /// Label headers (normalised) that describe an action at length rather than name it.
    static let descriptionLike = ["omschrijving", "beschrijving", "actieomschrijving", "uitgebreideomschrijving", "description"]

    /// Whether most filled cells of a column below the header read like titles (several words).
    private static func looksLikeTitles(_ table: Table, column: Int, below row: Int) -> Bool {
        var titles = 0, filled = 0
        for r in (row + 1)..<table.rows.count {
            let text = Table.clean(table[r, column])
            guard !text.isEmpty else { continue }
            filled += 1
            if text.split(separator: " ").count >= 3 { titles += 1 }
        }
        return filled > 0 && titles * 2 > filled
    }
}
