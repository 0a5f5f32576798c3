import ArgumentParser
import Coherence

/// `coherence info`: what a model holds.
struct InfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Show what is in a model: counts per kind, goals and targets touched, domains with their actions.",
        discussion: """
            Example:
              coherence info Models/example.yaml
              coherence info Models/example.yaml --format json
            """
    )

    @OptionGroup var input: ModelInput

    @Option(name: .shortAndLong, help: "Output format: table or json.")
    var format: OutputFormat = .table

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func run() throws {
        if format == .csv { throw ValidationError("info has no CSV form; use --format table or json.") }
        let network = try input.load(noteUnscored: false)
        let summary = ModelSummary(network)
        switch format {
        case .json:
            try CLI.emit(CLI.json(JSONEnvelope(provenance: input.provenance(), result: summary)), to: output)
        default:
            try CLI.emit(render(summary), to: output)
        }
    }

    func render(_ s: ModelSummary) -> String {
        var text = "\(s.name)\n"
        text += "language \(s.language.rawValue), scale \(s.scale)\n\n"
        var counts = TextTable(["kind", "count"], rightAligned: [1])
        for (kind, count) in s.nodeCounts { counts.append([kind, String(count)]) }
        text += counts.text + "\n"
        var edges = TextTable(["edge kind", "count"], rightAligned: [1])
        for (kind, count) in s.edgeCounts { edges.append([kind, String(count)]) }
        text += edges.text + "\n"
        text += "Goals touched (\(s.goalsTouched.count)): \(s.goalsTouched.joined(separator: ", "))\n"
        text += "Targets touched (\(s.targetsTouched.count)): \(s.targetsTouched.joined(separator: ", "))\n"
        if !s.experts.isEmpty { text += "Experts (\(s.experts.count)): \(s.experts.joined(separator: ", "))\n" }
        if s.unscoredLinks > 0 {
            text += "Unscored links (exist, not quantified; in no count or sum above): \(s.unscoredLinks)\n"
        }
        text += "\n"
        for domain in s.domains {
            text += "\(domain.label) [\(domain.id)] — owns \(domain.owns.isEmpty ? "nothing" : domain.owns.joined(separator: ", "))\n"
            for action in domain.actions {
                let budget = action.budget.map { " — € " + ModelSummary.formatBudget($0) } ?? ""
                text += "  - \(action.label) [\(action.id)]\(budget)\n"
            }
        }
        return text
    }
}
