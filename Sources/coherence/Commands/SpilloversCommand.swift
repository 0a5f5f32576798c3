import ArgumentParser
import Coherence

/// `coherence spillovers`: what one domain's actions do to the targets other domains own.
struct SpilloversCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "spillovers",
        abstract: "Find spillovers between policy domains: co-benefits and trade-offs, direct and along interactions, here, elsewhere and later.",
        discussion: """
            A spillover is an action's effect on a goal or target that its own domain does not own: directly \
            (the action's contribution) or along the interaction scores (action → target → target, strength \
            c·a/s per extra step, kept when |strength| ≥ the threshold, s/3 by default). The table lists \
            unmanaged trade-offs first, then other trade-offs, then co-benefits, strongest first, one line per \
            action and target; then a line per pair of domains, the targets nobody owns, goal-level tags that \
            cannot be assessed at target level, transversality and co-addressed targets. JSON and CSV give every \
            finding with its path and explanation (see the DocC article "Spillovers" for the JSON shape).

            Examples:
              coherence spillovers Models/example.yaml
              coherence spillovers Models/example.yaml --domain wonen --scope later
              coherence spillovers Models/example.yaml --max-length 3 --format json -o spillovers.json
            """
    )

    /// A scope as a command-line value.
    enum ScopeArgument: String, ExpressibleByArgument, CaseIterable {
        case here, elsewhere, later
        var scope: Scope { Scope(rawValue: rawValue)! }
    }

    /// A language as a command-line value.
    enum LanguageArgument: String, ExpressibleByArgument, CaseIterable {
        case nl, en
        var language: Language { Language(rawValue: rawValue)! }
    }

    @OptionGroup var input: ModelInput

    @Option(help: "Keep indirect spillovers with |strength| at least this (default: s/3, which is 1 on the −3…+3 scale).")
    var threshold: Double?

    @Option(name: .customLong("max-length"), help: "The most edges on a path, the action's contribution included: 1 = direct only.")
    var maxLength: Int = 2

    @Option(help: "Only spillovers that this domain (an id) causes or receives.")
    var domain: String?

    @Option(help: "Only spillovers with this scope: here, elsewhere or later (repeatable).")
    var scope: [ScopeArgument] = []

    @Option(name: .customLong("lang"), help: "Language of the explanations and the table: nl or en (default: the model's).")
    var language: LanguageArgument?

    @Option(name: .customLong("path-limit"), help: "Stop with an error after this many paths (default: 1000000; with --aggregates-only 100000000).")
    var pathLimit: Int?

    @Flag(help: "List every co-benefit in the table, not only the strongest 15.")
    var all = false

    @Flag(name: .customLong("aggregates-only"), help: "Only the totals, the domain matrix and the other summaries, without the findings (for very large plans).")
    var aggregatesOnly = false

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if maxLength < 1 { throw ValidationError("--max-length must be at least 1 (1 = direct spillovers only).") }
        if let threshold, !(threshold >= 0) { throw ValidationError("--threshold must be a number ≥ 0.") }
        if let pathLimit, pathLimit < 1 { throw ValidationError("--path-limit must be at least 1.") }
    }

    func run() throws {
        let network = try input.load()
        let options = SpilloverOptions(
            threshold: threshold, maxLength: maxLength, domain: domain,
            scopes: scope.isEmpty ? nil : Set(scope.map(\.scope)), language: language?.language,
            detail: aggregatesOnly ? .aggregateOnly : .full, pathLimit: pathLimit)
        let report: SpilloverReport
        do {
            report = try SpilloverAnalysis.run(network, options: options)
        } catch {
            switch error {
            case .pathLimitExceeded:
                CLI.printError("error: \(error.description)")
                throw ExitCode(1)
            case .invalidOption, .unknownDomain:
                throw ValidationError(error.description)
            }
        }
        switch output.format {
        case .json:
            let parameters = [
                "threshold": String(report.parameters.threshold), "max-length": String(maxLength),
                "domain": domain ?? "", "scope": scope.map(\.rawValue).joined(separator: ","),
                "lang": report.parameters.language.rawValue, "path-limit": String(options.pathLimit),
                "aggregates-only": String(aggregatesOnly),
            ]
            try CLI.emit(CLI.json(JSONEnvelope(provenance: input.provenance(parameters: parameters), result: report)),
                         to: output.output)
        case .csv:
            try CLI.emit(Rendering.csv(report, dialect: output.csvDialect), to: output.output)
        case .table:
            try CLI.emit(Rendering(report: report, showAllCoBenefits: all).text, to: output.output)
        }
    }
}
