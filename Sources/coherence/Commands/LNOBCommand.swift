import ArgumentParser
import Coherence

/// `coherence lnob`: which groups the plan forgets or burdens, and why.
struct LNOBCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lnob",
        abstract: "Leave No One Behind: which groups the plan forgets or burdens, and why; LNOB-relevant targets; participation.",
        discussion: """
            Every group is checked: the ten catalogue groups and the model's own. Per group the actions that \
            benefit and burden it and a status: none (no action benefits it), partial (one action only, or a \
            burden no action explicitly mitigates), full (two or more actions and every burden mitigated). Gaps: \
            no benefit, burdens outweighing benefits, an unmitigated burden of −2s/3 or worse, a burden without \
            a voice (no representative of the group involved), LNOB-relevant targets not addressed in goals the \
            plan works on or set back (directly or along the interaction scores), and UNDP factors no action \
            addresses. Goal-level tags give notes ("cannot assess at target level"), not gaps. The table ends \
            with participation: actions with stakeholders outside the administration, burdens with a voice.
            JSON: .result.lnob.gaps[] has kind, group or target (or factor), actions, targets, groups, score and \
            explanation (see the DocC article "LNOB and balance").

            Examples:
              coherence lnob Models/example.yaml
              coherence lnob Models/example.yaml --lang en
              coherence lnob Models/example.yaml --format csv --csv-dialect excel-nl -o lnob.csv
              coherence lnob Models/example.yaml --format csv --rows groups
            """
    )

    /// A language as a command-line value.
    enum LanguageArgument: String, ExpressibleByArgument, CaseIterable {
        case nl, en
        var language: Language { Language(rawValue: rawValue)! }
    }

    /// What the CSV rows are.
    enum Rows: String, ExpressibleByArgument, CaseIterable {
        case gaps, groups
    }

    /// The JSON result.
    struct Output: Encodable {
        let lnob: LNOBReport
        let participation: ParticipationReport
    }

    @OptionGroup var input: ModelInput

    @Option(name: .customLong("lang"), help: "Language of the explanations and the table: nl or en (default: the model's).")
    var language: LanguageArgument?

    @Option(help: "CSV only: one row per gap (gaps) or per group (groups).")
    var rows: Rows = .gaps

    @OptionGroup var output: OutputOptions

    func run() throws {
        let network = try input.load()
        let report = lnobAnalysis(in: network, options: LNOBOptions(language: language?.language))
        let participation = participationAnalysis(in: network)
        switch output.format {
        case .json:
            let provenance = input.provenance(parameters: ["lang": report.language.rawValue])
            try CLI.emit(CLI.json(JSONEnvelope(provenance: provenance, result: Output(lnob: report, participation: participation))),
                         to: output.output)
        case .csv:
            try CLI.emit(rows == .gaps ? gapsCSV(report) : groupsCSV(report), to: output.output)
        case .table:
            try CLI.emit(LNOBTableText(network: network, report: report, participation: participation).text, to: output.output)
        }
    }

    func gapsCSV(_ report: LNOBReport) -> String {
        var csv = CSVDocument(dialect: output.csvDialect)
        csv.append(["kind", "group", "target", "factor", "actions", "targets", "groups", "score", "explanation"])
        for gap in report.gaps {
            csv.append([.text(gap.kind.rawValue), .text(gap.group ?? ""), .text(gap.target ?? ""),
                        .text(gap.factor?.rawValue ?? ""), .text(gap.actions.joined(separator: " ")),
                        .text(gap.targets.joined(separator: " ")), .text(gap.groups.joined(separator: " ")),
                        gap.score.map { .number($0) } ?? .empty, .text(gap.explanation)])
        }
        return csv.text
    }

    func groupsCSV(_ report: LNOBReport) -> String {
        var csv = CSVDocument(dialect: output.csvDialect)
        csv.append(["group", "label", "status", "benefiting_actions", "benefit_total", "burdening_actions", "burden_total",
                    "unmitigated_burdens", "representatives", "gaps", "status_explanation"])
        for group in report.groups {
            csv.append([.text(group.group), .text(group.label), .text(group.status.rawValue),
                        .text(group.benefits.map(\.action).joined(separator: " ")), .number(group.benefitTotal),
                        .text(group.burdens.map(\.action).joined(separator: " ")), .number(group.burdenTotal),
                        .number(Double(group.unmitigatedBurdens.count)), .text(group.representatives.joined(separator: " ")),
                        .number(Double(report.gaps(forGroup: group.group).count)), .text(group.statusExplanation)])
        }
        return csv.text
    }
}
