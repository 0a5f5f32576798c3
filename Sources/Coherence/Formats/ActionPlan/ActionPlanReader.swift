import Foundation

/// Reads an action plan kept in a spreadsheet — one row per action — into a model.
///
/// Columns are found by their headers, in English or Dutch and in any order (see
/// ``ActionPlanColumn``): id, label, domain, budget, SDG tags, groups, stakeholders, scope, and the
/// plan's tree (policy objective, action plan). Label and domain are required; unknown columns are
/// ignored with a warning.
///
/// - Ids: a row without one gets the slug of its label (`Lage-emissiezone in het centrum` →
///   `lage-emissiezone-in-het-centrum`, then `-2`, `-3` for a repeated label), so re-importing
///   an edited sheet keeps the ids of the rows whose label did not change.
/// - SDG tags per goal or per target, with or without a score (``sdgTags(in:file:scale:catalogue:)``):
///   a tag without a score counts as +1 (*enabling*) and is marked as assumed
///   (``EdgeAnnotation/assumed``); negative scores are trade-offs and are kept as written.
/// - Groups by catalogue id, English or Dutch label (`ouderen`, `people in poverty`) or a common
///   synonym (`senioren`), with an optional score (`ouderen:+1; mensen in armoede:-2`); a plain
///   group is a benefit of +1, marked as assumed. Negative scores are burdens.
/// - Budgets with a decimal comma or point and thousands separators (``amount(_:)``).
/// - Domains and stakeholders not declared are created from the sheet (id: the slug of the name;
///   label: the name; a stakeholder's kind may follow in brackets: `Seniorenraad (burgers)`).
/// - The plan's tree: a blank policy-objective or action-plan cell repeats the row above, and a
///   row that only names them is a heading; each action keeps `plan: [policy objective, action plan]`.
/// - Ownership comes from a separate table (``OwnershipHeader``): without one the model has none,
///   and a warning says how to give it.
///
/// Every problem is reported at once with its sheet and cell (or row and column), what was
/// expected and a suggestion.
public enum ActionPlanReader {
    /// Reads an action plan (and ownership tables) into a builder, ready to build or to extend.
    ///
    /// Problems in cells are handed to the builder, so ``PolicyNetworkBuilder/build()`` reports them
    /// together with its own (unknown targets, scores off the scale, duplicate ids).
    ///
    /// - Parameters:
    ///   - table: the plan, one row per action below a header row.
    ///   - ownership: tables of which domain owns which goals and targets.
    ///   - matrices: cross-impact matrices, one per expert (their non-SDG ids become objectives).
    ///   - options: name, language, scale and catalogue.
    /// - Returns: a builder holding the plan.
    /// - Throws: ``InputError`` when the table has no action-plan header or lacks the label or the
    ///   domain column (naming the headers it accepts).
    /// - Complexity: O(cells of the tables).
    public static func builder(from table: Table, ownership: [Table] = [], matrices: [CrossImpactMatrix] = [],
                               options: ActionPlanOptions = .init()) throws(InputError) -> PolicyNetworkBuilder {
        let header = try header(of: table)
        let name = options.name ?? MatrixReader.defaultExpert(for: table.file)
        var importer = PlanImporter(name: name, language: options.language ?? header.language ?? .en, options: options)
        importer.readPlan(table, header: header)
        for sheet in ownership { importer.readOwnership(sheet) }
        importer.add(matrices)
        return importer.finish()
    }

    /// Reads an action plan (and ownership tables and matrices) into a network.
    ///
    /// - Parameters: as ``builder(from:ownership:matrices:options:)``.
    /// - Returns: the network; its warnings include unknown columns and, without ownership, how to give it.
    /// - Throws: ``InputError`` with every problem of the plan, the ownership tables and the matrices.
    /// - Complexity: O(cells of the tables + (n + m) log(n + m)) for n nodes and m edges.
    public static func network(from table: Table, ownership: [Table] = [], matrices: [CrossImpactMatrix] = [],
                               options: ActionPlanOptions = .init()) throws(InputError) -> PolicyNetwork {
        try builder(from: table, ownership: ownership, matrices: matrices, options: options).build()
    }

    /// The header of an action plan, or an error that says what was expected.
    static func header(of table: Table) throws(InputError) -> ActionPlanHeader {
        let headerLocation = SourceLocation(file: table.file, sheet: table.sheet, cell: nil)
        let top = table.sheet == nil ? SourceLocation(file: table.file, row: 1, column: nil) : headerLocation
        guard table.rows.contains(where: { $0.contains { !Table.clean($0).isEmpty } }) else {
            throw InputError(at: top, "the action plan is empty", expected: "a header row, then one row per action")
        }
        guard let header = ActionPlanHeader(table) else {
            let first = (table.rows.first(where: { $0.contains { !Table.clean($0).isEmpty } }) ?? []).map(Table.clean).filter { !$0.isEmpty }
            let names = ActionPlanColumn.spellings.flatMap(\.names)
            let near = first.compactMap { text -> String? in
                guard ActionPlanColumn.recognise(text) == nil,
                      let close = Suggestions.closest(to: ActionPlanColumn.normalise(text), in: names, limit: 1).first else { return nil }
                return "`\(text)` → `\(close)`"
            }
            throw InputError(at: top, "no header row of an action plan was found in the first ten rows",
                             expected: "headers such as `omschrijving; beleidsdomein; sdg` or `label, domain, sdg`",
                             found: first.prefix(8).map { "`\($0)`" }.joined(separator: ", "),
                             suggestion: near.isEmpty
                                ? "Name the columns in the first row; see the accepted headers in the documentation (ActionPlans)."
                                : "Did you mean: \(near.joined(separator: ", "))?")
        }
        var log = DiagnosticLog()
        let found = header.titles.sorted { $0.key < $1.key }.map { "`\($0.value)`" }.joined(separator: ", ")
        for required in [ActionPlanColumn.label, .domain] where header[required] == nil {
            let spellings = ActionPlanColumn.spellings.filter { $0.column == required }.flatMap(\.names).prefix(8)
            let near = header.unknown.compactMap { entry -> String? in
                let close = Suggestions.closest(to: ActionPlanColumn.normalise(entry.text), in: Array(spellings), limit: 1)
                return close.isEmpty ? nil : "`\(entry.text)` (\(Table.cellReference(row: header.row, column: entry.column)))"
            }
            log.error(table.location(row: header.row, column: nil),
                      "the action plan has no column for the action's \(required == .label ? "label" : "policy domain")",
                      expected: "a column headed \(spellings.map { "`\($0)`" }.joined(separator: ", "))",
                      found: "the headers \(found)",
                      suggestion: near.isEmpty ? "Add the column \(required.displayName)." : "Did you mean the column \(near.joined(separator: " or "))?")
        }
        try log.throwIfErrors()
        guard table.rows.dropFirst(header.row + 1).contains(where: { $0.contains { !Table.clean($0).isEmpty } }) else {
            throw InputError(at: table.location(row: header.row, column: nil), "the action plan has a header row but no actions below it",
                             expected: "one row per action below the header row")
        }
        return header
    }
}
