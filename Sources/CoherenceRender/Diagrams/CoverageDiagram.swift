import Coherence

/// The coverage diagram: the 17 goals as tiles in their official colours, shaded by coverage, with a budget bar.
public enum CoverageDiagram {
    /// The width of a full budget bar, in points.
    public static let barWidth = 110
    /// The frame colour of a goal that is only contradicted: red.
    public static let contradictedColour: Colour = "#C62828"

    /// Draws the 17 goals in three rows (6, 6, 5), each a tile in the goal's official colour.
    ///
    /// The tint says how much of the goal the plan covers: the fuller the colour, the larger the
    /// share of its targets covered (a goal covered only by goal-level tags gets a light tint, one the
    /// plan does not address a very pale one). The bar under each tile is the budget split to the goal,
    /// relative to the goal with the most. Each tile also says it in words — "7/10 targets", "only
    /// at goal level", "not addressed", the budget, and how many targets are only contradicted — so
    /// the diagram reads in greyscale. A goal that is only contradicted gets a red frame.
    ///
    /// - Parameters:
    ///   - report: The coverage analysis (its language sets the diagram's language); all 17 goals are drawn.
    ///   - network: The plan (its name is the title).
    /// - Returns: A one-node diagram (an HTML-like table) for any layout engine, with legend and alt text.
    /// - Complexity: O(17).
    public static func make(_ report: CoverageReport, network: PolicyNetwork) -> Diagram {
        let nl = report.language == .nl
        let maxBudget = report.goals.map(\.budget).max() ?? 0
        let tiles = report.goals.map { tile($0, maxBudget: maxBudget, nl: nl) }
        var rows: [HTMLRow] = []
        var start = 0
        for size in [6, 6, 5] where start < tiles.count {
            rows.append(HTMLRow(Array(tiles[start..<min(start + size, tiles.count)])))
            start += size
        }
        let grid = HTMLTable(rows: rows, border: 0, cellBorder: 0, cellSpacing: 6, cellPadding: 0)
        var diagram = Diagram(
            name: "coverage",
            title: (nl ? "Dekking van de SDG's — " : "SDG coverage — ") + network.name,
            subtitle: nl ? "Kleur: aandeel gedekte targets · balk: budget" : "Colour: share of targets covered · bar: budget",
            nodes: [DiagramNode(id: "goals", label: .html(HTMLLabel(table: grid)), style: NodeStyle(shape: .plain))])
        let sample: Colour = "#FD9D24"
        let leader = report.goals.max { $0.budget < $1.budget }
        diagram.legend = Legend(
            title: nl ? "Legende" : "Legend",
            entries: [
                LegendEntry(.swatch(tint(sample, 1.0)), nl ? "alle targets gedekt" : "all targets covered"),
                LegendEntry(.swatch(tint(sample, 0.72)), nl ? "de helft van de targets gedekt" : "half of the targets covered"),
                LegendEntry(.swatch(tint(sample, 0.4)), nl ? "enkel op doelniveau gedekt (target niet gespecificeerd)" : "covered at goal level only (target unspecified)"),
                LegendEntry(.swatch(tint(sample, 0.12)), nl ? "niet aangepakt" : "not addressed"),
                LegendEntry(.line(colour: contradictedColour, style: .solid, width: 3), nl ? "rode rand: enkel tegengewerkt" : "red frame: only contradicted"),
            ],
            notes: [
                nl ? "Stalen in de kleur van SDG 11; elk doel in zijn eigen kleur." : "Samples in the colour of SDG 11; each goal in its own colour.",
                leader.map { g in
                    nl ? "Volle balk = \(euro(g.budget, nl: nl)) (SDG \(g.goal))." : "Full bar = \(euro(g.budget, nl: nl)) (SDG \(g.goal))."
                } ?? "",
            ].filter { !$0.isEmpty })
        diagram.altText = altText(report, nl: nl)
        return diagram
    }

    /// How full a goal's colour is: 0.12 not addressed or only contradicted, 0.4 at goal level only,
    /// 0.45 + 0.55 × (targets covered / targets) when targets are covered.
    static func intensity(_ g: GoalCoverage) -> Double {
        switch g.status {
        case .notAddressed, .onlyContradicted: return 0.12
        case .covered:
            if g.coveredAtGoalLevelOnly { return 0.4 }
            return 0.45 + 0.55 * Double(g.targetsCovered) / Double(max(1, g.targets.count))
        }
    }

    /// The colour mixed with white: fraction 1 is the colour itself, 0 is white.
    static func tint(_ colour: Colour, _ fraction: Double) -> Colour {
        func mix(_ channel: UInt8) -> UInt8 {
            UInt8((Double(channel) * fraction + 255 * (1 - fraction)).rounded())
        }
        return Colour(red: mix(colour.red), green: mix(colour.green), blue: mix(colour.blue))
    }

    static func tile(_ g: GoalCoverage, maxBudget: Double, nl: Bool) -> HTMLCell {
        let base = Colour(hex: g.colour) ?? "#9E9E9E"
        let fill = tint(base, intensity(g))
        let ink = ColourContrast.textColour(on: fill)
        func text(_ string: String, size: FontSize = 10, bold: Bool = false) -> HTMLText {
            .font(colour: ink, size: size, [bold ? .bold(string) : .text(string)])
        }
        // One row per line of the name, so that every line is left-aligned.
        let nameRows = LNOBDiagrams.wrap(g.name, width: 20).split(separator: "\n").map { line in
            HTMLRow([HTMLCell(.text([text(String(line), size: 9)]), alignment: .left)])
        }
        let coverage: String
        switch (g.status, g.coveredAtGoalLevelOnly) {
        case (.notAddressed, _): coverage = nl ? "niet aangepakt" : "not addressed"
        case (_, true): coverage = nl ? "enkel op doelniveau" : "goal level only"
        default: coverage = "\(g.targetsCovered)/\(g.targets.count) targets"
        }
        var rows = [
            HTMLRow([HTMLCell(.text([text("SDG \(g.goal)", size: 14, bold: true)]), alignment: .left)]),
        ] + nameRows + [
            HTMLRow([HTMLCell(.text([text(coverage, bold: true)]), alignment: .left)]),
        ]
        if g.targetsOnlyContradicted > 0 {
            let n = g.targetsOnlyContradicted
            rows.append(HTMLRow([HTMLCell(.text([text(nl ? "\(n) enkel tegengewerkt" : "\(n) only contradicted")]), alignment: .left)]))
        }
        rows.append(HTMLRow([HTMLCell(.text([text(g.budget > 0 ? euro(g.budget, nl: nl) : (nl ? "geen budget" : "no budget"))]),
                                      alignment: .left)]))
        rows.append(HTMLRow([HTMLCell(.table(bar(g.budget, maxBudget: maxBudget, ink: ink)), alignment: .left)]))
        let inner = HTMLTable(rows: rows, border: 0, cellBorder: 0, cellSpacing: 0, cellPadding: 1)
        let contradicted = g.status == .onlyContradicted
        return HTMLCell(.table(inner), background: fill, borderColour: contradicted ? contradictedColour : nil,
                        border: contradicted ? 3 : 0)
    }

    /// The budget bar: a dark cell of width ∝ budget, padded to ``barWidth``.
    static func bar(_ budget: Double, maxBudget: Double, ink: Colour) -> HTMLTable {
        let width = maxBudget > 0 && budget > 0 ? max(2, Int((Double(barWidth) * budget / maxBudget).rounded())) : 0
        var cells: [HTMLCell] = []
        if width > 0 { cells.append(HTMLCell(.empty, background: ink, fixedSize: (width, 7))) }
        if width < barWidth { cells.append(HTMLCell(.empty, fixedSize: (barWidth - width, 7))) }
        return HTMLTable(rows: [HTMLRow(cells)], border: 0, cellBorder: 0, cellSpacing: 0, cellPadding: 0)
    }

    /// An amount in euro, short: `€ 3,2 mln` / `€ 3.2 M`, `€ 45.000` / `€ 45,000`.
    static func euro(_ amount: Double, nl: Bool) -> String {
        if amount >= 1_000_000 {
            let text = ScoreScale.format((amount / 100_000).rounded() / 10)
            return nl ? "€ \(text.replacingOccurrences(of: ".", with: ",")) mln" : "€ \(text) M"
        }
        var digits = String(Int(amount.rounded()))
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(digits, at: 0)
        return "€ " + groups.joined(separator: nl ? "." : ",")
    }

    static func altText(_ report: CoverageReport, nl: Bool) -> String {
        let missing = report.goals.filter { $0.status == .notAddressed }.map { "SDG \($0.goal)" }
        let goalLevel = report.goals.filter(\.coveredAtGoalLevelOnly).map { "SDG \($0.goal)" }
        let top = report.goals.filter { $0.budget > 0 }.sorted { ($0.budget, $1.goal) > ($1.budget, $0.goal) }.prefix(3)
            .map { "SDG \($0.goal) (\(euro($0.budget, nl: nl)))" }
        func list(_ items: [String]) -> String { items.isEmpty ? (nl ? "geen" : "none") : items.joined(separator: ", ") }
        if nl {
            return "Dekking van de 17 SDG's: \(report.goalsCovered) doelen en \(report.targetsCovered) van 169 targets gedekt. Enkel op doelniveau: \(list(goalLevel)). Niet aangepakt: \(list(missing)). Meeste budget: \(list(top))."
        }
        return "Coverage of the 17 SDGs: \(report.goalsCovered) goals and \(report.targetsCovered) of 169 targets covered. Goal level only: \(list(goalLevel)). Not addressed: \(list(missing)). Most budget: \(list(top))."
    }
}
