import ArgumentParser
import Coherence

/// `coherence coverage`: which SDGs and targets the plan covers, contradicts or leaves alone.
struct CoverageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: "Coverage: per goal and target, covered, only contradicted or not addressed; owned or not; budget per goal; actions that touch no target.",
        discussion: """
            A target is covered when an action contributes positively to it, only contradicted when every \
            contribution is negative. A contribution to a goal as a whole covers the goal "at goal level, \
            target unspecified", never a target. The budget of an action is split over its positive \
            contributions in proportion to their scores. Without --goal: one summary line per goal; with \
            --goal: that goal's targets one by one.

            Examples:
              coherence coverage Models/example.yaml
              coherence coverage Models/example.yaml --goal 11
              coherence coverage Models/example.yaml --format csv -o coverage.csv
            """
    )

    @OptionGroup var input: ModelInput

    @Option(help: "Only this goal (1–17), target by target.")
    var goal: Int?

    @Option(name: .customLong("lang"), help: "Language of the names and summaries: nl or en (default: the model's).")
    var language: LNOBCommand.LanguageArgument?

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let goal, !(1...17).contains(goal) {
            throw ValidationError("--goal must be a number from 1 to 17, not \(goal).")
        }
    }

    func run() throws {
        let network = try input.load()
        let full = coverageAnalysis(in: network, language: language?.language)
        let report = goal.map { full.restricted(toGoal: $0) } ?? full
        switch output.format {
        case .json:
            let provenance = input.provenance(parameters: ["goal": goal.map(String.init) ?? "", "lang": report.language.rawValue])
            try CLI.emit(CLI.json(JSONEnvelope(provenance: provenance, result: report)), to: output.output)
        case .csv:
            try CLI.emit(csv(report), to: output.output)
        case .table:
            try CLI.emit(goal == nil ? overview(network, report) : detail(network, report), to: output.output)
        }
    }

    func csv(_ report: CoverageReport) -> String {
        var csv = CSVDocument(dialect: output.csvDialect)
        csv.append(["level", "goal", "target", "label", "status", "lnob_relevant", "positive_actions", "negative_actions",
                    "owners", "budget", "summary"])
        for g in report.goals {
            csv.append([.text("goal"), .number(Double(g.goal)), .empty, .text(g.name), .text(g.status.rawValue), .empty,
                        .text(g.goalLevelPositiveActions.joined(separator: " ")), .text(g.goalLevelNegativeActions.joined(separator: " ")),
                        .text(g.owners.joined(separator: " ")), .number(g.budget), .text(g.summary)])
            for t in g.targets {
                csv.append([.text("target"), .number(Double(t.goal)), .text(t.target), .text(t.label), .text(t.status.rawValue),
                            .text(t.lnobRelevant ? "yes" : "no"), .text(t.positiveActions.joined(separator: " ")),
                            .text(t.negativeActions.joined(separator: " ")), .text(t.owners.joined(separator: " ")),
                            .number(t.budget), .empty])
            }
        }
        return csv.text
    }

    func overview(_ network: PolicyNetwork, _ report: CoverageReport) -> String {
        let nl = report.language == .nl
        var text = (nl ? "Dekking — " : "Coverage — ") + "\(network.name)\n\n"
        for g in report.goals { text += g.summary + "\n" }
        text += nl
            ? "\n\(report.goalsCovered) van 17 doelen en \(report.targetsCovered) van 169 targets gedekt; \(report.targetsOnlyContradicted) targets enkel tegengewerkt.\n"
            : "\n\(report.goalsCovered) of 17 goals and \(report.targetsCovered) of 169 targets covered; \(report.targetsOnlyContradicted) targets only contradicted.\n"
        text += untargeted(report, nl: nl)
        if !report.unownedTargets.isEmpty {
            text += (nl ? "Targets die het plan raakt maar die geen domein bezit: " : "Targets the plan touches that no domain owns: ")
                + report.unownedTargets.joined(separator: ", ") + "\n"
        }
        return text
    }

    func untargeted(_ report: CoverageReport, nl: Bool) -> String {
        guard !report.actionsTouchingNoTarget.isEmpty else { return "" }
        var text = nl ? "\nActies die geen enkel target raken:\n" : "\nActions that touch no target:\n"
        for a in report.actionsTouchingNoTarget {
            var where_: [String] = []
            if !a.goals.isEmpty { where_.append((nl ? "enkel op doelniveau: " : "goal level only: ") + a.goals.joined(separator: ", ")) }
            if !a.objectives.isEmpty { where_.append((nl ? "eigen doelstellingen: " : "own objectives: ") + a.objectives.joined(separator: ", ")) }
            if where_.isEmpty { where_.append(nl ? "geen enkele bijdrage" : "no contribution at all") }
            text += "  - \(a.label) [\(a.action)] — \(where_.joined(separator: "; "))\n"
        }
        return text
    }

    func detail(_ network: PolicyNetwork, _ report: CoverageReport) -> String {
        let nl = report.language == .nl
        guard let g = report.goals.first else { return "" }
        var text = "\(g.id) \(g.name)\n\(g.summary)\n\n"
        let statusName: [CoverageStatus: String] = nl
            ? [.covered: "gedekt", .onlyContradicted: "enkel tegengewerkt", .notAddressed: "niet aangepakt"]
            : [.covered: "covered", .onlyContradicted: "only contradicted", .notAddressed: "not addressed"]
        var table = TextTable(nl ? ["target", "naam", "LNOB", "status", "acties +", "acties −", "eigenaar", "budget (€)"]
                                 : ["target", "name", "LNOB", "status", "actions +", "actions −", "owner", "budget (€)"],
                              rightAligned: [7])
        for t in g.targets {
            table.append([t.target, t.label, t.lnobRelevant ? "●" : "", statusName[t.status]!,
                          t.positiveActions.joined(separator: " "), t.negativeActions.joined(separator: " "),
                          t.owners.isEmpty ? "–" : t.owners.joined(separator: " "),
                          t.budget > 0 ? ModelSummary.formatBudget(t.budget) : ""])
        }
        text += table.text
        if !g.goalLevelPositiveActions.isEmpty {
            text += (nl ? "\nGedekt op doelniveau, target niet gespecificeerd: " : "\nCovered at goal level, target unspecified: ")
                + g.goalLevelPositiveActions.joined(separator: ", ") + "\n"
        }
        if !g.goalLevelNegativeActions.isEmpty {
            text += (nl ? "Tegengewerkt op doelniveau: " : "Contradicted at goal level: ") + g.goalLevelNegativeActions.joined(separator: ", ") + "\n"
        }
        return text
    }
}
