import ArgumentParser
import Coherence

/// The model-size limits a command builds networks under: `--max-nodes` and `--max-edges`.
struct LimitOptions: ParsableArguments {
    @Option(name: .customLong("max-nodes"),
            help: "The most declared nodes (objectives, domains, actions, groups, stakeholders) a model may have (default: 2000000).")
    var maxNodes: Int = NetworkLimits.defaultMaxNodes

    @Option(name: .customLong("max-edges"),
            help: "The most links (ownerships, contributions, effects, interaction scores of every expert, unscored links) a model may have (default: 20000000).")
    var maxEdges: Int = NetworkLimits.defaultMaxEdges

    func validate() throws {
        if maxNodes < 1 { throw ValidationError("--max-nodes must be at least 1, not \(maxNodes).") }
        if maxEdges < 1 { throw ValidationError("--max-edges must be at least 1, not \(maxEdges).") }
    }

    /// The limits as the library takes them.
    var limits: NetworkLimits { NetworkLimits(maxNodes: maxNodes, maxEdges: maxEdges) }

    /// Runs `body` with these limits as ``NetworkLimits/current``, so every network it builds is checked against them.
    func apply<T>(_ body: () throws -> T) rethrows -> T {
        try NetworkLimits.$current.withValue(limits, operation: body)
    }
}

/// The codes that mean "a link exists but was not quantified" in matrix cells: `--unscored-code` (repeatable).
struct UnscoredCodeOptions: ParsableArguments {
    @Option(name: .customLong("unscored-code"), parsing: .unconditionalSingleValue,
            help: ArgumentHelp("A number that means \"a link exists but was not quantified\" in matrix cells, such as -100 (repeatable). Such cells become unscored links, left out of every sum; without this option they are refused.",
                               valueName: "code"))
    var codes: [String] = []

    func validate() throws {
        for text in codes where MatrixReadOptions.parseCode(text) == nil {
            throw ValidationError("--unscored-code must be a number outside the scale, such as -100, not \"\(text)\".")
        }
    }

    /// The options for the matrix reader.
    var matrixOptions: MatrixReadOptions {
        MatrixReadOptions(unscoredCodes: codes.compactMap(MatrixReadOptions.parseCode))
    }

    /// Refuses codes that lie on `scale` (a usage error: the scale is known before any file is read).
    func check(scale: ScoreScale) throws {
        let problems = matrixOptions.problems(scale: scale)
        if let first = problems.first {
            var text = first.message
            if let expected = first.expected { text += " (expected \(expected))" }
            text += "."
            if let suggestion = first.suggestion { text += " " + suggestion }
            throw ValidationError(text)
        }
    }
}

/// `--strict`: warnings about the input are errors (exit status 2), for every command that reads input.
struct StrictOption: ParsableArguments {
    @Flag(name: .customLong("strict"),
          help: "Treat warnings about the input (near-misses of names, cells outside the table, a 0 diagonal, …) as errors: list them and exit with status 2.")
    var isOn = false
}
