import Foundation

extension PolicyNetworkBuilder {
    /// Validates every declaration and builds the network.
    ///
    /// Rejects duplicate ids, unknown goal and target numbers (with a did-you-mean), references to
    /// undeclared domains, groups, stakeholders, actions and objectives, scores off the scale,
    /// interactions of a node with itself, duplicate edges, and mitigations that do not name an
    /// action and a group or target. The catalogue's ten default groups count as declared.
    ///
    /// - Returns: the network, with interaction edges scored by the mean over experts.
    /// - Throws: ``InputError`` with every problem found, in input order.
    /// - Complexity: O((n + m) log(n + m)) for n nodes and m edges.
    public func build() throws(InputError) -> PolicyNetwork {
        try checkLimits()   // NetworkLimits.current: --max-nodes, --max-edges (Model/NetworkLimits.swift)
        var log = DiagnosticLog()
        log.append(contentsOf: extraDiagnostics)

        // 1. Declared nodes: ids unique over the model; catalogue groups may be redeclared once.
        var declared: [String: Declaration] = [:]
        var order: [String] = []
        for declaration in declarations {
            let id = declaration.id
            if id.allSatisfy(\.isWhitespace) {
                log.error(declaration.location, "a \(declaration.kind.rawValue) has an empty id", expected: "a non-empty id")
                continue
            }
            if let previous = declared[id] {
                let place = previous.location.map { " (first declared at \($0))" } ?? ""
                log.error(declaration.location, "duplicate id `\(id)`: already declared as a \(previous.kind.rawValue)\(place)",
                          suggestion: "Give each domain, action, group, stakeholder and objective its own id.")
                continue
            }
            if case .goal = catalogue.lookup(id) {
                log.error(declaration.location, "the id `\(id)` of a \(declaration.kind.rawValue) is an SDG goal id",
                          suggestion: "Choose an id that is not a goal or target number.")
                continue
            }
            if case .target = catalogue.lookup(id) {
                log.error(declaration.location, "the id `\(id)` of a \(declaration.kind.rawValue) is an SDG target number",
                          suggestion: "Choose an id that is not a goal or target number.")
                continue
            }
            declared[id] = declaration
            order.append(id)
        }
        // The kind of every declared id, for resolving references without copying declarations.
        let kindOf = declared.mapValues(\.kind)

        // 2. Resolve references to goals, targets and objectives; collect the SDG nodes used.
        var goalsUsed = Set<Int>()
        var targetsUsed = Set<String>()
        func resolveObjectiveLike(_ text: String, _ location: SourceLocation?, role: String) -> String? {
            switch catalogue.lookup(text) {
            case .goal(let goal):
                goalsUsed.insert(goal.number)
                return goal.id
            case .target(let target):
                targetsUsed.insert(target.id)
                return target.id
            case .unknownSDG(let normalised):
                log.error(location, "`\(text)` is not an SDG \(normalised.uppercased().hasPrefix("SDG") ? "goal" : "target")",
                          expected: "a goal SDG1…SDG17 or a target of the UN list (such as 11.6)",
                          found: "`\(text)`", suggestion: Suggestions.didYouMean(catalogue.suggestions(for: text)))
                return nil
            case .notAnSDGID:
                if let kind = kindOf[text], kind == .objective { return text }
                if let kind = kindOf[text] {
                    log.error(location, "\(role) `\(text)` is a \(kind.rawValue), not a goal, target or objective")
                    return nil
                }
                let objectives = declared.values.filter { $0.kind == .objective }.map(\.id)
                log.error(location, "unknown \(role) `\(text)`",
                          expected: "a goal (SDG11), a target (11.6) or an objective declared under `objectives:`",
                          found: "`\(text)`",
                          suggestion: Suggestions.didYouMean(Suggestions.closest(to: text, in: objectives))
                              ?? "Declare it under `objectives:` if it is a custom objective.")
                return nil
            }
        }
        func resolveDeclared(_ text: String, kind: NodeKind, _ location: SourceLocation?, role: String) -> String? {
            if let declaredKind = kindOf[text] {
                if declaredKind == kind { return text }
                log.error(location, "\(role) `\(text)` is a \(declaredKind.rawValue), not a \(kind.rawValue)")
                return nil
            }
            if kind == .group, catalogue.group(text) != nil { return text }
            var candidates = declared.values.filter { $0.kind == kind }.map(\.id)
            if kind == .group { candidates += catalogue.groups.map(\.id) }
            let section = kind == .group ? "groups" : kind == .stakeholder ? "stakeholders" : kind == .domain ? "domains" : "actions"
            log.error(location, "unknown \(role) `\(text)`: no \(kind.rawValue) has this id",
                      expected: "a \(kind.rawValue) declared under `\(section):`" + (kind == .group ? " or a catalogue group" : ""),
                      found: "`\(text)`",
                      suggestion: Suggestions.didYouMean(Suggestions.closest(to: text, in: candidates))
                          ?? "Declare it under `\(section):`.")
            return nil
        }

        for id in order {
            guard let declaration = declared[id], let action = declaration.action else { continue }
            if action.domain.isEmpty {
                log.error(declaration.location, "action `\(id)` has no domain", expected: "exactly one domain",
                          suggestion: "Add `domain:` with the id of a declared domain.")
            } else {
                _ = resolveDeclared(action.domain, kind: .domain, declaration.domainLocation ?? declaration.location, role: "domain")
            }
            if let budget = action.budget, !(budget >= 0 && budget.isFinite) {
                log.error(declaration.location, "action `\(id)` has a negative budget", expected: "an amount ≥ 0",
                          found: ScoreScale.format(budget))
            }
        }

        func checkScore(_ score: Double, _ location: SourceLocation?, what: String) -> Bool {
            guard scale.contains(score) else {
                let stepNote = scale.step.map { $0 == 1 ? " (whole numbers)" : " (steps of \(ScoreScale.format($0)))" } ?? ""
                log.error(location, "\(what) score \(ScoreScale.format(score, signed: true)) is not on the scale \(scale.rangeDescription)\(stepNote)",
                          expected: "a score from \(ScoreScale.format(scale.min, signed: true)) to \(ScoreScale.format(scale.max, signed: true))\(stepNote)",
                          found: ScoreScale.format(score, signed: true),
                          suggestion: what == "the contribution" && MatrixReadOptions.looksLikeCode(score, scale: scale)
                              ? "If \(ScoreScale.format(score)) means \"contributes, not quantified\", write the tag without a score (such as `11.6`: +1, marked assumed), or read the plan with `--unscored-code \(ScoreScale.format(score))`."
                              : nil)
                return false
            }
            return true
        }

        // 3. Edges between resolved ids.
        struct ResolvedEdge { var kind: EdgeKind; var from: String; var to: String; var subject: String?; var score: Double?; var annotation: EdgeAnnotation; var location: SourceLocation? }
        struct EdgeKey: Hashable { var kind: EdgeKind; var from: String; var to: String; var subject: String? }
        var resolved: [ResolvedEdge] = []
        var seen: [EdgeKey: Int] = [:]   // → the index of the first such edge in `resolved`
        seen.reserveCapacity(references.count)
        resolved.reserveCapacity(references.count)
        for reference in references {
            var from: String?, to: String?, subject: String?
            var ok = true
            switch reference.kind {
            case .ownership:
                from = resolveDeclared(reference.from, kind: .domain, reference.location, role: "domain")
                to = resolveObjectiveLike(reference.to, reference.location, role: "owned goal, target or objective")
            case .contribution:
                from = resolveDeclared(reference.from, kind: .action, reference.location, role: "action")
                to = resolveObjectiveLike(reference.to, reference.location, role: "target")
                ok = checkScore(reference.score ?? 0, reference.location, what: "the contribution")
            case .groupEffect:
                from = resolveDeclared(reference.from, kind: .action, reference.location, role: "action")
                to = resolveDeclared(reference.to, kind: .group, reference.location, role: "group")
                ok = checkScore(reference.score ?? 0, reference.location, what: "the effect on a group")
            case .involvement:
                from = resolveDeclared(reference.from, kind: .action, reference.location, role: "action")
                to = resolveDeclared(reference.to, kind: .stakeholder, reference.location, role: "stakeholder")
            case .representation:
                from = resolveDeclared(reference.from, kind: .stakeholder, reference.location, role: "stakeholder")
                to = resolveDeclared(reference.to, kind: .group, reference.location, role: "represented group")
            case .mitigation:
                from = resolveDeclared(reference.from, kind: .action, reference.location, role: "mitigating action")
                to = resolveDeclared(reference.to, kind: .action, reference.location, role: "mitigated action")
                if let text = reference.subject {
                    if declared[text]?.kind == .group || (declared[text] == nil && catalogue.group(text) != nil) {
                        subject = text
                    } else {
                        subject = resolveObjectiveLike(text, reference.location, role: "mitigated target")
                    }
                }
                if from != nil, from == to {
                    log.error(reference.location, "action `\(reference.from)` cannot mitigate itself")
                    ok = false
                }
            case .interaction:
                continue
            }
            guard ok, let from, let to, reference.kind != .mitigation || subject != nil else { continue }
            let key = EdgeKey(kind: reference.kind, from: from, to: to, subject: subject)
            if let first = seen[key] {
                let place = resolved[first].location.map { " (first at \($0))" } ?? ""
                log.error(reference.location, "duplicate \(reference.kind.rawValue) from `\(from)` to `\(to)`\(place)",
                          suggestion: "Give each pair once.")
                continue
            }
            seen[key] = resolved.count
            resolved.append(ResolvedEdge(kind: reference.kind, from: from, to: to, subject: subject,
                                         score: reference.score, annotation: reference.annotation, location: reference.location))
        }

        // 4. Judgements: resolve, check, then aggregate per cell (mean over the experts who scored it).
        var judgements: [InteractionJudgement] = []
        struct JudgedCell: Hashable { var expert: String; var from: String; var to: String }
        var judged: [JudgedCell: SourceLocation?] = [:]
        judged.reserveCapacity(judgementInputs.count)
        judgements.reserveCapacity(judgementInputs.count)
        for (judgement, location) in judgementInputs {
            let from = resolveObjectiveLike(judgement.from, location, role: "interaction source")
            let to = resolveObjectiveLike(judgement.to, location, role: "interaction target")
            guard let from, let to else { continue }
            if from == to {
                log.error(location, "an interaction of `\(from)` with itself",
                          expected: "two different goals, targets or objectives",
                          suggestion: "Leave the diagonal of a matrix blank.")
                continue
            }
            guard checkScore(judgement.score, location, what: "the interaction") else { continue }
            let key = JudgedCell(expert: judgement.expert, from: from, to: to)
            if let first = judged[key] {
                let place = first.map { " (first at \($0))" } ?? ""
                log.error(location, "expert `\(judgement.expert)` scored the interaction \(from) → \(to) twice\(place)")
                continue
            }
            judged[key] = location
            judgements.append(InteractionJudgement(expert: judgement.expert, from: from, to: to,
                                                   score: judgement.score, annotation: judgement.annotation))
        }

        // Warnings: mitigations of burdens that do not exist.
        try log.throwIfErrors()
        for edge in resolved where edge.kind == .mitigation {
            guard let subject = edge.subject else { continue }
            let burdens = resolved.contains {
                ($0.kind == .groupEffect || $0.kind == .contribution) && $0.from == edge.to && $0.to == subject && ($0.score ?? 0) < 0
            }
            if !burdens {
                log.warning(edge.location, "`\(edge.from)` mitigates a burden of `\(edge.to)` on `\(subject)`, but `\(edge.to)` has no negative effect on `\(subject)`")
            }
        }

        // 5. Nodes in a stable order: goals, targets, objectives, domains, actions, groups, stakeholders.
        var nodes: [Node] = []
        for goal in catalogue.goals where goalsUsed.contains(goal.number) {
            nodes.append(Node(id: goal.id, kind: .goal, label: language == .nl ? goal.nameNL : goal.nameEN, fromCatalogue: true))
        }
        for target in catalogue.targets where targetsUsed.contains(target.id) {
            nodes.append(Node(id: target.id, kind: .target, label: language == .nl ? target.shortNameNL : target.shortNameEN,
                              fromCatalogue: true))
        }
        for kind in [NodeKind.objective, .domain, .action] {
            for id in order {
                guard let d = declared[id], d.kind == kind else { continue }
                let a = d.action
                nodes.append(Node(id: id, kind: kind, label: d.label, description: d.description, domain: a?.domain,
                                  budget: a?.budget, plan: a?.plan ?? [], defaultScope: a?.scope))
            }
        }
        for group in catalogue.groups where declared[group.id] == nil {
            nodes.append(Node(id: group.id, kind: .group, label: language == .nl ? group.labelNL : group.labelEN,
                              factors: group.factors, fromCatalogue: true))
        }
        for id in order {
            guard let d = declared[id], d.kind == .group else { continue }
            let factors = d.factors.isEmpty ? (catalogue.group(id)?.factors ?? []) : d.factors
            nodes.append(Node(id: id, kind: .group, label: d.label, description: d.description, factors: factors))
        }
        for id in order {
            guard let d = declared[id], d.kind == .stakeholder else { continue }
            nodes.append(Node(id: id, kind: .stakeholder, label: d.label, description: d.description,
                              stakeholderKind: d.stakeholderKind ?? .other))
        }
        var index: [String: Int] = [:]
        for (i, node) in nodes.enumerated() { index[node.id] = i }

        var edges: [Edge] = resolved.map {
            Edge(kind: $0.kind, from: index[$0.from]!, to: index[$0.to]!, score: $0.score,
                 subject: $0.subject.map { index[$0]! }, annotation: $0.annotation)
        }
        edges.append(contentsOf: Self.aggregate(judgements, index: index))
        judgements.sort { ($0.expert, index[$0.from]!, index[$0.to]!) < ($1.expert, index[$1.from]!, index[$1.to]!) }
        var network = PolicyNetwork(name: name, language: language, scale: scale, nodes: nodes, edges: edges, judgements: judgements)
        network.warnings = log.diagnostics.filter { $0.severity == .warning }
        return network
    }

    /// One interaction edge per scored cell, with the mean over the experts who scored it.
    ///
    /// The edge's confidence is the lowest confidence any expert gave (none when none gave one);
    /// rationales and sources are joined; the scope is the first non-default scope.
    static func aggregate(_ judgements: [InteractionJudgement], index: [String: Int]) -> [Edge] {
        struct Cell: Hashable { var from: String; var to: String }
        var cells: [Cell: [InteractionJudgement]] = [:]
        var keys: [Cell] = []
        for judgement in judgements {
            let key = Cell(from: judgement.from, to: judgement.to)
            if cells[key] == nil { keys.append(key) }
            cells[key, default: []].append(judgement)
        }
        return keys.map { key in
            let scored = cells[key]!
            let cell = scored.count == 1 ? scored : scored.sorted { $0.expert < $1.expert }
            let mean = cell.map(\.score).reduce(0, +) / Double(cell.count)
            let confidences = cell.compactMap(\.annotation.confidence)
            let rationales = cell.compactMap(\.annotation.rationale)
            let sources = Array(Set(cell.compactMap(\.annotation.source))).sorted()
            let annotation = EdgeAnnotation(
                confidence: confidences.min(),
                rationale: rationales.isEmpty ? nil : rationales.joined(separator: " | "),
                source: sources.isEmpty ? nil : sources.joined(separator: "; "),
                scope: cell.first { $0.annotation.scope != .here }?.annotation.scope ?? .here)
            return Edge(kind: .interaction, from: index[cell[0].from]!, to: index[cell[0].to]!, score: mean, annotation: annotation)
        }
    }
}
