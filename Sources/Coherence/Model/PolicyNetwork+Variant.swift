extension PolicyNetwork {
    /// A variant of the plan for a what-if comparison: without some actions, with others added,
    /// built and validated anew.
    ///
    /// The variant is what an edited copy of the model file would give: removed actions go with
    /// their contributions, group effects and involvements, their mitigations of other actions'
    /// burdens, and other actions' mitigations of *their* burdens (there is nothing left to offset);
    /// added actions come after the model's own, in file order, with any new domain, group,
    /// stakeholder or objective after the model's ones. Goals and targets only the removed actions
    /// touched leave the network; interaction scores and ownership stay as they are. An action both
    /// removed and added is replaced (a re-budgeted or retagged version of it).
    ///
    /// - Parameters:
    ///   - removed: Ids of actions to leave out.
    ///   - additions: Actions to add (read with ``ActionAdditions/read(contentsOf:displayName:for:sheet:byteLimit:)``).
    /// - Returns: The variant; its ``warnings`` say which domains, groups, stakeholders or
    ///   objectives the additions brought in as new.
    /// - Throws: ``InputError`` when an id to remove is not an action of the model (with a
    ///   did-you-mean), or with every problem of the additions (an unknown domain or target, a
    ///   duplicate action id, a score off the scale), placed in their file.
    /// - Complexity: O((n + m) log(n + m)) for n nodes and m edges, as building.
    public func variant(without removed: [String] = [], adding additions: ActionAdditions? = nil) throws(InputError) -> PolicyNetwork {
        var log = DiagnosticLog()
        let actionIDs = nodes(of: .action).map(\.id)
        for id in removed where node(id)?.kind != .action {
            let kind = node(id).map { " (it is a \($0.kind.rawValue))" } ?? ""
            log.error(nil, "cannot leave out `\(id)`: no action of the model has this id\(kind)",
                      expected: "the id of an action of the model",
                      found: "`\(id)`",
                      suggestion: Suggestions.didYouMean(Suggestions.closest(to: id, in: actionIDs)))
        }
        try log.throwIfErrors()
        var builder = PolicyNetworkBuilder(replaying: self, skipping: Set(removed))
        if let additions { builder.merge(additions.builder) }
        return try builder.build(unscored: builder.replayedUnscoredLinks.map { ($0, nil) })
    }
}

extension PolicyNetworkBuilder {
    /// Adds another builder's declarations to this one: its actions always, its domains, groups,
    /// stakeholders and objectives only when this builder has none by that id or label (matched
    /// with case, accents and spacing ignored), with every reference renamed to the match. A
    /// domain, group, stakeholder or objective the other builder names without declaring it is
    /// looked up the same way (`domain: Mobiliteit` is the model's `mobiliteit`).
    ///
    /// A declaration that is new is added with a warning, so a misspelt domain in a what-if file
    /// does not pass unnoticed. Duplicate action ids are left to ``build()`` to report, at their
    /// place in the other builder's file.
    ///
    /// - Parameter other: The builder to merge in (from ``ActionAdditions``).
    /// - Complexity: O(d + r) for d declarations and r references of both builders.
    mutating func merge(_ other: PolicyNetworkBuilder) {
        struct Key: Hashable { var kind: NodeKind; var text: String }
        var known: [Key: String] = [:]
        for declaration in declarations where declaration.kind != .action {
            known[Key(kind: declaration.kind, text: declaration.id)] = declaration.id
            known[Key(kind: declaration.kind, text: PlanText.fold(declaration.id))] = known[Key(kind: declaration.kind, text: PlanText.fold(declaration.id))] ?? declaration.id
            known[Key(kind: declaration.kind, text: PlanText.fold(declaration.label))] = known[Key(kind: declaration.kind, text: PlanText.fold(declaration.label))] ?? declaration.id
        }
        var renamed: [String: String] = [:]
        for declaration in other.declarations where declaration.kind != .action {
            if let match = known[Key(kind: declaration.kind, text: declaration.id)]
                ?? known[Key(kind: declaration.kind, text: PlanText.fold(declaration.id))]
                ?? known[Key(kind: declaration.kind, text: PlanText.fold(declaration.label))] {
                renamed[declaration.id] = match
                continue
            }
            declarations.append(declaration)
            known[Key(kind: declaration.kind, text: declaration.id)] = declaration.id
            report(Diagnostic(.warning, at: declaration.location,
                              "the actions to add bring a new \(declaration.kind.rawValue) `\(declaration.id)` (\(declaration.label)) that the model does not have",
                              suggestion: "Use the id or the label of one of the model's own if that is what was meant."))
        }
        // A name the other builder uses without declaring it: the model's own by id, else by label.
        let ownIDs = Set(declarations.map(\.id))
        func resolve(_ text: String, _ kind: NodeKind) -> String {
            if let match = renamed[text] { return match }
            if ownIDs.contains(text) { return text }
            return known[Key(kind: kind, text: PlanText.fold(text))] ?? text
        }
        for var declaration in other.declarations where declaration.kind == .action {
            if var action = declaration.action {
                action.domain = resolve(action.domain, .domain)
                declaration.action = action
            }
            declarations.append(declaration)
        }
        for var reference in other.references {
            switch reference.kind {
            case .ownership:
                reference.from = resolve(reference.from, .domain)
                reference.to = resolve(reference.to, .objective)
            case .contribution:
                reference.to = resolve(reference.to, .objective)
            case .groupEffect:
                reference.to = resolve(reference.to, .group)
            case .involvement:
                reference.to = resolve(reference.to, .stakeholder)
            case .representation:
                reference.from = resolve(reference.from, .stakeholder)
                reference.to = resolve(reference.to, .group)
            case .mitigation:
                reference.subject = reference.subject.map { resolve(resolve($0, .group), .objective) }
            case .interaction:
                break
            }
            references.append(reference)
        }
        judgementInputs.append(contentsOf: other.judgementInputs)
        extraDiagnostics.append(contentsOf: other.extraDiagnostics)
    }
}
