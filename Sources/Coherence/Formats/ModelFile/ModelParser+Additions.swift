import Yams

extension ModelParser {
    /// The keys a file of actions to add may have at the top level: a model file's, without its
    /// scale, interactions and matrices (those belong to the model the actions are added to).
    static let additionKeys = ["coherence", "name", "description", "language", "objectives", "domains",
                               "groups", "stakeholders", "actions"]

    /// Reads a file of actions to add to a model (`--with FILE` in model form).
    ///
    /// The file is a model file in all but its requirements: `coherence: 1` and `name` may be left
    /// out, and the model's name, language and scale are the ones of the model the actions are
    /// added to. Besides `actions:` it may declare new domains, groups, stakeholders and objectives
    /// for them. `scale`, `interactions` and `matrices` are refused: what-if changes the plan, not
    /// the workshop's scores.
    mutating func parseAdditions(root: Yams.Node) {
        let refused = ["scale", "interactions", "matrices"]
        guard let top = mapping(root, "the file of actions to add", allowed: Self.additionKeys + refused) else { return }
        for name in refused {
            guard let value = top[name] else { continue }
            log.error(at(value), "a file of actions to add cannot hold `\(name)`",
                      expected: "one of " + Self.additionKeys.map { "`\($0)`" }.joined(separator: ", "),
                      suggestion: "Scores between targets belong in the model itself; compare two models to see what a rescored matrix changes.")
        }
        if let versionNode = top["coherence"], !Self.supportedVersions.contains(versionNode.scalarText ?? "") {
            log.error(at(versionNode), "format version `\(versionNode.scalarText ?? "")` is not known to this version of coherence",
                      expected: "`coherence: 1`", found: "`coherence: \(versionNode.scalarText ?? "")`")
            return
        }
        for item in top["objectives"].flatMap({ list($0, "`objectives`") }) ?? [] { parseObjective(item) }
        for item in top["domains"].flatMap({ list($0, "`domains`") }) ?? [] { parseDomain(item) }
        for item in top["groups"].flatMap({ list($0, "`groups`") }) ?? [] { parseGroup(item) }
        for item in top["stakeholders"].flatMap({ list($0, "`stakeholders`") }) ?? [] { parseStakeholder(item) }
        let actions = top["actions"].flatMap { list($0, "`actions`") } ?? []
        for item in actions { parseAction(item) }
        if actions.isEmpty {
            log.error(at(root), "the file adds no actions", expected: "`actions:` with at least one action, as in a model file",
                      suggestion: "Write the actions to add under `actions:`, each with `id`, `label`, `domain` and `targets`.")
        }
    }
}
