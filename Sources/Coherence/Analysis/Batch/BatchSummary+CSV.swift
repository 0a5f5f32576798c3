/// A batch summary as one CSV table: one row per model.
extension BatchSummary {
    /// The header of the summary CSV.
    public static let csvHeader: [String] = [
        "input", "model", "status", "error", "notes",
        "goals", "targets", "objectives", "domains", "actions", "groups", "stakeholders",
        "contributions", "interactions", "group_effects", "experts", "budget",
        "influence_1", "influence_2", "influence_3", "strong_negative_links", "hidden_trade_offs",
        "direct_spillovers", "indirect_spillovers", "co_benefits", "trade_offs", "unmanaged_trade_offs",
        "lnob_groups_none", "lnob_groups_partial", "lnob_groups_full", "lnob_gaps",
    ] + Dimension.allCases.map { "count_share_\($0.rawValue)" } + Dimension.allCases.map { "budget_share_\($0.rawValue)" }
        + ["goals_covered", "targets_covered"]

    /// The row's cells, in the order of ``csvHeader``; figures of a failed model are empty.
    public var csvCells: [CSVDocument.Cell] {
        func int(_ value: Int?) -> CSVDocument.Cell { succeeded ? value.map { .number(Double($0)) } ?? .empty : .empty }
        func share(_ values: [Double], _ i: Int) -> CSVDocument.Cell { i < values.count ? .number(values[i]) : .empty }
        var cells: [CSVDocument.Cell] = [
            .text(input), model.map { .text($0) } ?? .empty, .text(succeeded ? "ok" : "error"),
            error.map { .text($0) } ?? .empty, notes.isEmpty ? .empty : .text(notes.joined(separator: "; ")),
        ]
        cells += [goals, targets, objectives, domains, actions, groups, stakeholders,
                  contributions, interactions, groupEffects, experts].map { int($0) }
        cells.append(succeeded ? .number(budget) : .empty)
        cells += (0..<3).map { $0 < topInfluence.count ? .text(topInfluence[$0]) : .empty }
        cells += [strongNegativeLinks, hiddenTradeOffs, directSpillovers, indirectSpillovers, coBenefits,
                  tradeOffs, unmanagedTradeOffs, lnobNone, lnobPartial, lnobFull, lnobGaps].map { int($0) }
        cells += Dimension.allCases.indices.map { share(countShareByDimension, $0) }
        cells += Dimension.allCases.indices.map { share(budgetShareByDimension, $0) }
        cells += [int(goalsCovered), int(targetsCovered)]
        return cells
    }

    /// The summary CSV of a batch: the header, then one row per model in the given order.
    ///
    /// - Parameters:
    ///   - rows: the summaries.
    ///   - dialect: the CSV dialect (Excel-NL writes decimal commas and semicolons).
    /// - Complexity: O(rows).
    public static func csv(_ rows: [BatchSummary], dialect: CSVDialect = .standard) -> String {
        var document = CSVDocument(dialect: dialect)
        document.append(csvHeader)
        for row in rows { document.append(row.csvCells) }
        return document.text
    }
}
