import ArgumentParser
import Coherence

/// `coherence balance`: how the plan's effort spreads over the dimensions of sustainability.
struct BalanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "balance",
        abstract: "Balance: the plan's positive contributions over social, economic and environmental targets, the 5Ps and the wedding-cake layers, against the SDGs' own spread.",
        discussion: """
            Each positive contribution is counted three ways: once, with its score, and with its part of the \
            action's budget (split over the action's positive contributions in proportion to their scores). \
            The baseline is the catalogue's own number of targets per class (for the 5Ps: People 47, \
            Prosperity 45, Planet 46, Peace 12, Partnership 19 of 169). A class leans when its share is at \
            least 1.5× or at most 0.5× its baseline share (marked ▲ and ▼). Negative contributions are shown \
            beside, never subtracted. A goal-level tag counts by its goal's P (People social, Prosperity \
            economic, Planet environmental; Peace and Partnership apart).

            Examples:
              coherence balance Models/example.yaml
              coherence balance Models/example.yaml --lang en --format json
              coherence balance Models/example.yaml --format csv --csv-dialect excel-nl -o balans.csv
            """
    )

    @OptionGroup var input: ModelInput

    @Option(name: .customLong("lang"), help: "Language of the labels and statements: nl or en (default: the model's).")
    var language: LNOBCommand.LanguageArgument?

    @OptionGroup var output: OutputOptions

    func run() throws {
        let network = try input.load()
        let report = balanceAnalysis(in: network, options: BalanceOptions(language: language?.language))
        switch output.format {
        case .json:
            let provenance = input.provenance(parameters: ["lang": report.language.rawValue, "over": "1.5", "under": "0.5"])
            try CLI.emit(CLI.json(JSONEnvelope(provenance: provenance, result: report)), to: output.output)
        case .csv:
            var csv = CSVDocument(dialect: output.csvDialect)
            csv.append(["lens", "class", "label", "baseline_targets", "baseline_share", "count", "count_share", "count_lean",
                        "score", "score_share", "score_lean", "budget", "budget_share", "budget_lean",
                        "negative_count", "negative_score"])
            for lens in report.lenses {
                for c in lens.classes {
                    csv.append([.text(lens.kind.rawValue), .text(c.id), .text(c.label),
                                c.baselineTargets.map { .number(Double($0)) } ?? .empty,
                                c.baselineShare.map { .number($0) } ?? .empty,
                                .number(Double(c.count)), .number(c.countShare), .text(c.countLean.rawValue),
                                .number(c.score), .number(c.scoreShare), .text(c.scoreLean.rawValue),
                                .number(c.budget), .number(c.budgetShare), .text(c.budgetLean.rawValue),
                                .number(Double(c.negativeCount)), .number(c.negativeScore)])
                }
            }
            try CLI.emit(csv.text, to: output.output)
        case .table:
            try CLI.emit(text(network, report), to: output.output)
        }
    }

    func text(_ network: PolicyNetwork, _ report: BalanceReport) -> String {
        let nl = report.language == .nl
        let percent = { (share: Double) in LNOBTableText.percent(share, nl: nl) }
        let number = { (value: Double) in LNOBTableText.score(value, nl: nl).replacingOccurrences(of: "+", with: "") }
        func mark(_ lean: BalanceLean) -> String { lean == .over ? " ▲" : lean == .under ? " ▼" : "" }
        var text = (nl ? "Balans — " : "Balance — ") + "\(network.name)\n\n"
        text += nl
            ? "\(report.positiveCount) positieve bijdragen (samen \(number(report.positiveScore))), € \(ModelSummary.formatBudget(report.budget)) budget; \(report.negativeCount) negatieve bijdragen (samen \(number(report.negativeScore))), apart getoond.\n"
            : "\(report.positiveCount) positive contributions (\(number(report.positiveScore)) in total), € \(ModelSummary.formatBudget(report.budget)) budget; \(report.negativeCount) negative contributions (\(number(report.negativeScore)) in total), shown apart.\n"
        if report.budgetWithoutPositiveContribution > 0 {
            text += nl ? "Budget van acties zonder positieve bijdrage (niet verdeeld): € \(ModelSummary.formatBudget(report.budgetWithoutPositiveContribution)).\n"
                : "Budget of actions without a positive contribution (not split): € \(ModelSummary.formatBudget(report.budgetWithoutPositiveContribution)).\n"
        }
        if !report.actionsWithoutBudget.isEmpty {
            text += (nl ? "Acties zonder budget: " : "Actions without a budget: ") + report.actionsWithoutBudget.joined(separator: ", ") + "\n"
        }
        let titles: [BalanceLensKind: String] = nl
            ? [.dimension: "Dimensies", .fiveP: "De 5 P's", .weddingCake: "Lagen van de bruidstaart (wedding cake)"]
            : [.dimension: "Dimensions", .fiveP: "The 5Ps", .weddingCake: "Wedding-cake layers"]
        for lens in report.lenses {
            text += "\n\(titles[lens.kind]!)\n"
            var table = TextTable(nl ? ["klasse", "SDG's", "aantal", "aandeel", "som scores", "aandeel", "budget (€)", "aandeel", "negatief"]
                                     : ["class", "SDGs", "count", "share", "sum of scores", "share", "budget (€)", "share", "negative"],
                                  rightAligned: [1, 2, 3, 4, 5, 6, 7, 8])
            for c in lens.classes {
                table.append([c.label, c.baselineShare.map(percent) ?? "–", String(c.count), percent(c.countShare) + mark(c.countLean),
                              number(c.score), percent(c.scoreShare) + mark(c.scoreLean),
                              ModelSummary.formatBudget(c.budget), percent(c.budgetShare) + mark(c.budgetLean),
                              c.negativeCount == 0 ? "–" : "\(c.negativeCount) (\(LNOBTableText.score(c.negativeScore, nl: nl)))"])
            }
            text += table.text
            let measures: [(BalanceMeasure, String)] = nl
                ? [(.count, "naar aantal"), (.score, "naar scores"), (.budget, "naar budget")]
                : [(.count, "by number"), (.score, "by scores"), (.budget, "by budget")]
            for (measure, name) in measures { text += "  \(name): \(lens.statements.statement(measure))\n" }
        }
        text += nl ? "\n▲ minstens 1,5 × het aandeel in de SDG's, ▼ hoogstens 0,5 ×.\n"
                   : "\n▲ at least 1.5 × the share in the SDGs, ▼ at most 0.5 ×.\n"
        return text
    }
}
