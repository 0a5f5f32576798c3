import ArgumentParser
import Coherence
import Foundation

/// `coherence generate`: a seeded synthetic model, for benchmarks and scale tests.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Generate a synthetic model (seeded): as model YAML, or as an action-plan CSV with its ownership table and matrix.",
        discussion: """
            The same options and seed always give the same bytes. The output's extension chooses the form: \
            .yaml/.yml writes a model file (matrix, ownership, actions, group effects in one file); .csv writes \
            an action plan (id, label, domain, budget, sdg, groups), streamed, so plans of a million \
            contributions fit in little memory — give --ownership-output and --matrix-output to write the \
            ownership table and the cross-impact matrix beside it. Scores are on the −3…+3 scale; negative \
            scores (trade-offs, burdens) are drawn with probability --negative-share.

            Examples:
              coherence generate --targets 169 --actions 200 --domains 10 --seed 1 -o model.yaml
              coherence generate --targets 169 --actions 5000 --domains 20 --interaction-density 0.3 \\
                  --contributions-per-action 4 --seed 1 -o plan.csv \\
                  --ownership-output ownership.csv --matrix-output matrix.csv
              coherence spillovers plan.csv ownership.csv matrix.csv
            """
    )

    @Option(help: "SDG targets, 1–169 (fewer than 169: a seeded choice).") var targets = 169
    @Option(help: "Custom objectives added to the targets (model YAML only).") var objectives = 0
    @Option(help: "Actions.") var actions = 200
    @Option(help: "Policy domains; each owns a share of the targets.") var domains = 10
    @Option(help: "Share of ordered target pairs the matrix scores, 0–1.") var interactionDensity = 0.3
    @Option(help: "Contributions of every action to distinct targets.") var contributionsPerAction = 4
    @Option(help: "Catalogue groups that actions may affect, 0–10.") var groups = 10
    @Option(help: "Probability that an action affects a group, 0–1.") var groupEffectRate = 0.3
    @Option(help: "Probability that a score is negative, 0–1.") var negativeShare = 0.15
    @Option(help: "Probability that a contribution lands on a target the action's own domain owns, 0–1.") var ownDomainShare = 0.5
    @Option(help: "The seed of every random draw.") var seed: UInt64 = 1
    @Option(help: "The model's name (default: its size and seed).") var name: String?

    @Option(name: .shortAndLong, help: "The file to write: .yaml/.yml (model) or .csv (action plan).")
    var output: String

    @Option(help: "With a .csv plan: also write the ownership table here.") var ownershipOutput: String?
    @Option(help: "Also write the cross-impact matrix as a square CSV here.") var matrixOutput: String?

    @OptionGroup var limits: LimitOptions

    /// The largest model written as YAML (the whole network is built in memory).
    static let yamlLimit = 200_000

    var isPlan: Bool { output.lowercased().hasSuffix(".csv") }

    func validate() throws {
        let lower = output.lowercased()
        guard isPlan || lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") else {
            throw ValidationError("-o must end in .yaml, .yml (a model) or .csv (an action plan), not \(output).")
        }
        if isPlan, objectives > 0 {
            throw ValidationError("An action plan can tag SDG targets only: drop --objectives, or write a .yaml model.")
        }
        if !isPlan, actions * contributionsPerAction > Self.yamlLimit {
            throw ValidationError("\(actions * contributionsPerAction) contributions is too many for a YAML model (at most \(Self.yamlLimit)): write a .csv action plan instead.")
        }
        if !isPlan, ownershipOutput != nil {
            throw ValidationError("--ownership-output goes with a .csv plan; a YAML model holds its ownership.")
        }
        try checkSize()
    }

    /// Refuses a model larger than `--max-nodes` and `--max-edges` (what `coherence` would refuse to
    /// load), before anything is drawn. Nodes: objectives, domains and actions; links: every
    /// ordered pair of elements the matrix draws from (the generator visits each), the ownerships,
    /// the contributions and at most one group effect per action.
    func checkSize() throws {
        func add(_ values: Int...) -> Int {
            values.reduce(0) { sum, value in
                let (result, overflow) = sum.addingReportingOverflow(max(0, value))
                return overflow ? Int.max : result
            }
        }
        func times(_ a: Int, _ b: Int) -> Int {
            let (result, overflow) = max(0, a).multipliedReportingOverflow(by: max(0, b))
            return overflow ? Int.max : result
        }
        let elements = add(targets, objectives)
        let cells = interactionDensity > 0 ? times(elements, elements - 1) : 0
        let nodes = add(objectives, domains, actions)
        let links = add(cells, elements, times(actions, min(contributionsPerAction, elements)), groups > 0 ? actions : 0)
        let problems = limits.limits.diagnostics(nodes: nodes, edges: links, what: "the generated model")
        if let first = problems.first {
            throw ValidationError(first.message + (first.suggestion.map { ". " + $0 } ?? "."))
        }
    }

    func run() throws {
        let options = SyntheticModelOptions(
            targets: targets, objectives: objectives, actions: actions, domains: domains,
            interactionDensity: interactionDensity, contributionsPerAction: contributionsPerAction, groups: groups,
            groupEffectRate: groupEffectRate, negativeShare: negativeShare, ownDomainShare: ownDomainShare, seed: seed)
        let model = try CLI.guarding { try SyntheticModel(options: options) }
        if isPlan {
            do {
                try model.writePlanCSV(to: URL(fileURLWithPath: output))
            } catch {
                CLI.printError("error: cannot write \(output): \(error.localizedDescription)")
                throw ExitCode(1)
            }
            if let ownershipOutput { try CLI.emit(model.ownershipCSV(), to: ownershipOutput) }
        } else {
            let yaml = try CLI.guarding { try model.yaml(name: name) }
            try CLI.emit(yaml, to: output)
        }
        if let matrixOutput { try CLI.emit(model.matrixCSV(), to: matrixOutput) }
    }
}
