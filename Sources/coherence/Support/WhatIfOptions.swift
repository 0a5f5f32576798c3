import ArgumentParser
import Coherence
import Foundation

/// `--without ACTION[,ACTION…]` and `--with FILE`: a variant of a model without editing files.
struct WhatIfOptions: ParsableArguments {
    @Option(name: .customLong("without"),
            help: ArgumentHelp("What if: leave out these actions (ids, comma-separated; repeatable). Their contributions, group effects and mitigations go with them.",
                               valueName: "action[,action…]"))
    var without: [String] = []

    @Option(name: .customLong("with"),
            help: ArgumentHelp("What if: add the actions of this file — a model file's `actions:` (.yaml, .json; new domains, groups and stakeholders may be declared beside them) or an action plan (.csv, .xlsx).",
                               valueName: "file"))
    var withFile: String?

    /// The action ids to leave out.
    var removed: [String] {
        without.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Whether neither option was given.
    var isEmpty: Bool { removed.isEmpty && withFile == nil }

    func validate() throws {
        if !without.isEmpty && removed.isEmpty { throw ValidationError("--without needs the id of at least one action.") }
    }

    /// The variant of a network: built and validated anew by the library; bad input exits with status 2.
    ///
    /// - Parameters:
    ///   - network: The model.
    ///   - input: The input options (sheet, size and model limits).
    /// - Returns: The variant (the network itself when no option was given).
    func apply(to network: PolicyNetwork, input: ModelInput) throws -> PolicyNetwork {
        guard !isEmpty else { return network }
        return try CLI.guarding {
            try input.limits.apply {
                let additions = try withFile.map { path in
                    try ActionAdditions.read(contentsOf: URL(fileURLWithPath: path), displayName: path, for: network,
                                             sheet: input.sheet, byteLimit: max(1, input.maxInputMB) * 1_048_576)
                }
                return try network.variant(without: removed, adding: additions)
            }
        }
    }

    /// The parameters for provenance.
    var parameters: [String: String] {
        var result: [String: String] = [:]
        if !removed.isEmpty { result["without"] = removed.joined(separator: ",") }
        if let withFile { result["with"] = withFile }
        return result
    }
}
