import Foundation

/// Tells what a table read from a CSV or XLSX file is: a cross-impact matrix, a long table of
/// scores, an action plan or an ownership table — from its header alone.
public enum InputSniffer {
    /// What a table holds.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// A square cross-impact matrix (ids in the first row and column).
        case matrix
        /// A long table of scores: `expert, from, to, score`.
        case longMatrix
        /// An action plan: one row per action with a label or a domain and more plan columns.
        case actionPlan
        /// An ownership table: a domain column and goal or target columns, nothing else of a plan.
        case ownership
    }

    /// What a table holds, by its header.
    ///
    /// The rule, in order: a header naming `from`, `to` and `score` (English or Dutch) is a long
    /// matrix; a header of an action plan (two or more plan columns among the first ten rows, one of
    /// them the label, the domain or the SDG tags) is a plan, unless it names only a domain and
    /// goals or targets, which is an ownership table; anything else is a square matrix.
    ///
    /// - Complexity: O(cells of the first ten non-blank rows).
    public static func kind(of table: Table) -> Kind {
        if LongTableHeader(table) != nil { return .longMatrix }
        if let header = ActionPlanHeader(table) {
            let kinds = Set(header.columns.keys)
            if kinds.isSubset(of: [.domain, .sdg]), OwnershipHeader.find(in: table) != nil { return .ownership }
            return .actionPlan
        }
        if OwnershipHeader.find(in: table) != nil { return .ownership }
        return .matrix
    }

    /// What a CSV or XLSX file holds: for a workbook, the named sheet, else an action plan when any
    /// visible sheet is one, else its first visible sheet.
    ///
    /// - Throws: ``InputError`` when the file cannot be read.
    /// - Complexity: O(size of the file).
    public static func kind(data: Data, file: String, sheet: String? = nil) throws(InputError) -> Kind {
        try kind(of: ActionPlanReader.tables(data: data, file: file, sheet: sheet).plan)
    }
}

extension ActionPlanReader {
    /// Reads input files as an action plan when the first one is one; `nil` otherwise.
    ///
    /// For commands that take "a model, matrices or a plan": when the first file is an action plan
    /// (``InputSniffer/kind(data:file:sheet:)``), the other files are read as ownership tables
    /// when their header says so and as cross-impact matrices otherwise.
    ///
    /// - Parameters:
    ///   - paths: the files, as the user gave them.
    ///   - sheet: the plan's sheet in a workbook.
    ///   - matrixOptions: unscored codes for the matrices (none by default).
    /// - Returns: the network, or `nil` when the first file is not an action plan.
    /// - Throws: ``InputError`` with every problem of every file, when the first file is a plan.
    /// - Complexity: O(size of the files + (n + m) log(n + m)).
    public static func networkIfPlan(paths: [String], sheet: String? = nil,
                                     matrixOptions: MatrixReadOptions = .standard) throws(InputError) -> PolicyNetwork? {
        guard let first = paths.first else { return nil }
        let url = URL(fileURLWithPath: first)
        guard let data = try? InputText.readFile(url, displayName: first),
              let tables = try? ActionPlanReader.tables(data: data, file: first, sheet: sheet),
              InputSniffer.kind(of: tables.plan) == .actionPlan else { return nil }
        var ownership: (url: URL, table: Table)? = nil
        var matrices: [URL] = []
        var problems: [Diagnostic] = []
        for path in paths.dropFirst() {
            let other = URL(fileURLWithPath: path)
            do {
                let table = try ownershipTable(data: InputText.readFile(other, displayName: path), file: path)
                if InputSniffer.kind(of: table) == .ownership, ownership == nil { ownership = (other, table) } else { matrices.append(other) }
            } catch {
                problems.append(contentsOf: error.diagnostics)
            }
        }
        if !problems.isEmpty { throw InputError(problems) }
        return try read(url, tables: tables, displayName: first, ownership: ownership?.url, ownershipTable: ownership?.table,
                        matrices: matrices,
                        options: ActionPlanOptions(sheet: sheet), matrixOptions: matrixOptions)
    }
}
