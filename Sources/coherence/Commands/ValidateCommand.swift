import ArgumentParser
import Coherence

/// `coherence validate`: checks a model (or matrices) and prints a short summary or every problem.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a model file or matrix files and list every problem in them.",
        discussion: """
            Prints a one-line summary when the input is valid. Otherwise lists every problem with its \
            file, line and column (or row and column) on standard error and exits with status 2. \
            Warnings — what the reading had to assume: a near miss of a name that made a second domain, \
            cells outside the table, 0 on a matrix's diagonal — are listed on standard error and counted \
            in the summary; with --strict they are errors (status 2).

            Example:
              coherence validate Models/example.yaml
              coherence validate --strict plan.xlsx eigenaarschap.csv
            """
    )

    @OptionGroup var input: ModelInput

    func run() throws {
        let network = try input.load(noteUnscored: false)
        let counts = network.nodeCounts
        let name = input.inputs.first ?? BundledExample.displayName
        var parts = ["\(counts[.domain] ?? 0) domains", "\(counts[.action] ?? 0) actions",
                     "\(network.edgeCounts[.contribution] ?? 0) contributions",
                     "\(network.edgeCounts[.interaction] ?? 0) scored interactions"]
        if network.experts.count > 1 { parts.append("\(network.experts.count) experts") }
        let unscored = network.unscoredLinks.count
        if unscored > 0 { parts.append("\(unscored) unscored link\(unscored == 1 ? "" : "s") (exist, not quantified)") }
        let warnings = network.warnings.count
        print("OK: \(name) (\(network.name)): " + parts.joined(separator: ", ")
              + (warnings > 0 ? "; \(warnings) warning\(warnings == 1 ? "" : "s")" : ""))
    }
}
