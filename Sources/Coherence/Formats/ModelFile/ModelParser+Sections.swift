import Foundation
import Yams

extension ModelParser {
    /// The keys a model file may have at the top level.
    static let topLevelKeys = ["coherence", "name", "description", "language", "scale", "objectives", "domains",
                               "groups", "stakeholders", "actions", "interactions", "matrices"]
    /// The format versions this reader understands.
    static let supportedVersions = ["1"]

    /// Reads the whole document.
    mutating func parse(root: Yams.Node) {
        guard let top = mapping(root, "the model file", allowed: Self.topLevelKeys) else { return }
        guard let versionNode = top["coherence"] else {
            log.error(at(root), "the file does not say which format version it uses",
                      expected: "`coherence: 1` at the top", suggestion: "Add the line `coherence: 1` at the top of the file.")
            return
        }
        let version = versionNode.scalarText ?? ""
        guard Self.supportedVersions.contains(version) else {
            log.error(at(versionNode), "format version `\(version)` is not known to this version of coherence",
                      expected: "`coherence: 1`", found: "`coherence: \(version)`",
                      suggestion: "Use `coherence: 1`, or a newer version of coherence if the file was written by one.")
            return
        }
        builder.name = text(top["name"], "the model's `name`", required: true, in: root) ?? ""
        if let language = choice(top["language"], "language", as: Language.self) { builder.language = language }
        if let scale = top["scale"] { parseScale(scale) }
        for item in top["objectives"].flatMap({ list($0, "`objectives`") }) ?? [] { parseObjective(item) }
        for item in top["domains"].flatMap({ list($0, "`domains`") }) ?? [] { parseDomain(item) }
        for item in top["groups"].flatMap({ list($0, "`groups`") }) ?? [] { parseGroup(item) }
        for item in top["stakeholders"].flatMap({ list($0, "`stakeholders`") }) ?? [] { parseStakeholder(item) }
        for item in top["actions"].flatMap({ list($0, "`actions`") }) ?? [] { parseAction(item) }
        for item in top["interactions"].flatMap({ list($0, "`interactions`") }) ?? [] { parseInteraction(item) }
        for item in top["matrices"].flatMap({ list($0, "`matrices`") }) ?? [] { parseMatrixReference(item) }
        if top["actions"] == nil && top["interactions"] == nil && top["matrices"] == nil {
            log.warning(at(root), "the model has no actions, interactions or matrices: there is nothing to analyse")
        }
    }

    mutating func parseScale(_ node: Yams.Node) {
        guard let fields = mapping(node, "`scale`", allowed: ["min", "max", "step", "labels"]) else { return }
        guard let min = number(fields["min"], "the scale's `min`"), let max = number(fields["max"], "the scale's `max`") else {
            log.error(at(node), "the scale needs `min` and `max`", expected: "for example {min: -1, max: 1}")
            return
        }
        guard min < max, min <= 0, max > 0 else {
            log.error(at(node), "the scale must run from a value ≤ 0 to a larger positive value",
                      found: "min \(ScoreScale.format(min)), max \(ScoreScale.format(max))")
            return
        }
        let step = number(fields["step"], "the scale's `step`")
        if let step, step <= 0 { log.error(at(fields["step"]!), "the scale's `step` must be positive") }
        var labels: [String: Double] = [:]
        if let labelNode = fields["labels"], let pairs = idMapping(labelNode, "the scale's `labels`") {
            for pair in pairs {
                if let value = number(pair.value, "the value of label `\(pair.key)`") { labels[pair.key] = value }
            }
        }
        if min == -3, max == 3, step == nil || step == 1, fields["labels"] == nil {
            builder.scale = .nilsson
        } else {
            builder.scale = ScoreScale(min: min, max: max, step: step, labels: labels)
        }
    }

    mutating func parseObjective(_ node: Yams.Node) {
        guard let f = mapping(node, "an objective", allowed: ["id", "label", "description"]),
              let id = text(f["id"], "the objective's `id`", required: true, in: node) else { return }
        builder.addObjective(id: id, label: text(f["label"], "label") ?? id, description: text(f["description"], "description"),
                             at: at(f["id"]!))
    }

    mutating func parseDomain(_ node: Yams.Node) {
        guard let f = mapping(node, "a domain", allowed: ["id", "label", "description", "owns"]),
              let id = text(f["id"], "the domain's `id`", required: true, in: node) else { return }
        builder.addDomain(id: id, label: text(f["label"], "label") ?? id, description: text(f["description"], "description"),
                          at: at(f["id"]!))
        for (owned, item) in texts(f["owns"], "`owns`") {
            builder.addOwnership(domain: id, of: owned, at: at(item))
        }
    }

    mutating func parseGroup(_ node: Yams.Node) {
        guard let f = mapping(node, "a group", allowed: ["id", "label", "description", "factors"]),
              let id = text(f["id"], "the group's `id`", required: true, in: node) else { return }
        var factors: [UNDPFactor] = []
        for (_, item) in texts(f["factors"], "`factors`") {
            if let factor = choice(item, "UNDP factor", as: UNDPFactor.self) { factors.append(factor) }
        }
        builder.addGroup(id: id, label: text(f["label"], "label") ?? id, factors: factors,
                         description: text(f["description"], "description"), at: at(f["id"]!))
    }

    mutating func parseStakeholder(_ node: Yams.Node) {
        guard let f = mapping(node, "a stakeholder", allowed: ["id", "label", "description", "kind", "represents"]),
              let id = text(f["id"], "the stakeholder's `id`", required: true, in: node) else { return }
        builder.addStakeholder(id: id, label: text(f["label"], "label") ?? id,
                               kind: choice(f["kind"], "stakeholder kind", as: StakeholderKind.self) ?? .other,
                               description: text(f["description"], "description"), at: at(f["id"]!))
        for (group, item) in texts(f["represents"], "`represents`") {
            builder.addRepresentation(stakeholder: id, group: group, at: at(item))
        }
    }

    mutating func parseAction(_ node: Yams.Node) {
        guard let f = mapping(node, "an action", allowed: ["id", "label", "description", "domain", "budget", "plan", "scope",
                                                           "targets", "groups", "stakeholders", "mitigates"]),
              let id = text(f["id"], "the action's `id`", required: true, in: node) else { return }
        let location = at(f["id"]!)
        let label = text(f["label"], "the action's `label`", required: true, in: node) ?? id
        var domain = ""
        if let domainNode = f["domain"] {
            if case .sequence(let items) = domainNode {
                log.error(at(domainNode), "action `\(id)` has \(items.count) domains; an action belongs to exactly one domain",
                          expected: "one domain id", found: "a list of \(items.count)",
                          suggestion: "Keep the domain that carries the action; other domains can own the targets it touches.")
                domain = items.first?.scalarText ?? ""
            } else {
                domain = text(domainNode, "the action's `domain`") ?? ""
            }
        }
        let scope = choice(f["scope"], "scope", as: Scope.self)
        var plan: [String] = []
        if let planNode = f["plan"] { plan = texts(planNode, "`plan`").map(\.0) }
        let budget = number(f["budget"], "the action's `budget`")
        builder.addAction(ActionDeclaration(id: id, label: label, domain: domain, budget: budget,
                                            plan: plan, scope: scope, description: text(f["description"], "description")),
                          at: location, domainAt: f["domain"].map { at($0) })
        if let targets = f["targets"] {
            if case .sequence = targets {
                for (tag, item) in texts(targets, "`targets`") {
                    builder.addContribution(action: id, to: tag, score: 1,
                                            annotation: EdgeAnnotation(scope: scope ?? .here, assumed: true), at: at(item))
                }
            } else if let pairs = idMapping(targets, "the action's `targets`") {
                for pair in pairs {
                    guard let (value, annotation) = score(pair.value, "the contribution of `\(id)` to `\(pair.key)`",
                                                          defaultScope: scope ?? .here) else { continue }
                    builder.addContribution(action: id, to: pair.key, score: value, annotation: annotation, at: at(pair.value))
                }
            }
        }
        if let groups = f["groups"], let pairs = idMapping(groups, "the action's `groups`") {
            for pair in pairs {
                guard let (value, annotation) = score(pair.value, "the effect of `\(id)` on `\(pair.key)`",
                                                      defaultScope: scope ?? .here) else { continue }
                builder.addGroupEffect(action: id, group: pair.key, score: value, annotation: annotation, at: at(pair.value))
            }
        }
        for (stakeholder, item) in texts(f["stakeholders"], "`stakeholders`") {
            builder.addInvolvement(action: id, stakeholder: stakeholder, at: at(item))
        }
        for item in f["mitigates"].flatMap({ list($0, "`mitigates`") }) ?? [] {
            guard let m = mapping(item, "a mitigation", allowed: ["action", "group", "target"]) else { continue }
            guard let burdening = text(m["action"], "the mitigated `action`", required: true, in: item) else { continue }
            let group = text(m["group"], "the mitigated `group`")
            let target = text(m["target"], "the mitigated `target`")
            guard (group == nil) != (target == nil) else {
                log.error(at(item), "a mitigation names the burden it offsets: a `group` or a `target`, not both and not neither",
                          expected: "{action: lez, group: low-income} or {action: lez, target: \"8.3\"}")
                continue
            }
            builder.addMitigation(by: id, of: burdening, on: group ?? target!, at: at(item))
        }
    }

    mutating func parseInteraction(_ node: Yams.Node) {
        guard let f = mapping(node, "an interaction", allowed: ["from", "to", "score", "unscored", "confidence", "rationale", "source", "scope", "expert"]),
              let from = text(f["from"], "the interaction's `from`", required: true, in: node),
              let to = text(f["to"], "the interaction's `to`", required: true, in: node) else { return }
        if let flag = f["unscored"] {
            switch flag.scalarText?.lowercased() {
            case "true", "yes":
                if let scoreNode = f["score"] {
                    log.error(at(scoreNode), "the interaction \(from) → \(to) has both `score:` and `unscored: true`",
                              suggestion: "Keep `score:` when the link was scored, or `unscored: true` when it exists without a score.")
                    return
                }
                var annotation = EdgeAnnotation()
                annotation.confidence = choice(f["confidence"], "confidence", as: Confidence.self)
                annotation.rationale = text(f["rationale"], "rationale")
                annotation.source = text(f["source"], "source")
                if let scope = choice(f["scope"], "scope", as: Scope.self) { annotation.scope = scope }
                let expert = text(f["expert"], "the interaction's `expert`") ?? InteractionJudgement.inlineExpert
                unscored.append((UnscoredLink(expert: expert, from: from, to: to, annotation: annotation), at(flag)))
                return
            case "false", "no":
                break
            default:
                log.error(at(flag), "`unscored` must be true or false", found: flag.kindDescription)
                return
            }
        }
        var scoreFields: [(Yams.Node, Yams.Node)] = []
        for key in ["score", "confidence", "rationale", "source", "scope"] {
            if let value = f[key] { scoreFields.append((.scalar(.init(key)), value)) }
        }
        guard f["score"] != nil else {
            log.error(at(node), "the interaction \(from) → \(to) has no `score:`", expected: "a number or a label")
            return
        }
        let scoreNode: Yams.Node = .mapping(.init(scoreFields, .implicit, .any, f["score"]!.mark))
        guard let (value, annotation) = score(scoreNode, "the interaction \(from) → \(to)", defaultScope: .here) else { return }
        let scale = builder.scale
        if MatrixReadOptions.looksLikeCode(value, scale: scale) {
            // A code such as -100 for "a link exists, not quantified": refuse it as a score, and say how to write it.
            let code = ScoreScale.format(value)
            log.error(at(f["score"]!), "the interaction score \(ScoreScale.format(value, signed: true)) is not on the scale \(scale.rangeDescription)",
                      expected: "a score from \(ScoreScale.format(scale.min, signed: true)) to \(ScoreScale.format(scale.max, signed: true))",
                      found: ScoreScale.format(value, signed: true),
                      suggestion: "If \(code) marks a link that exists but was not scored, write `unscored: true` instead of `score: \(code)`; "
                          + "in a matrix file, read such cells with `unscored: [\(code)]` in its `matrices:` entry or `--unscored-code \(code)`.")
            return
        }
        let expert = text(f["expert"], "the interaction's `expert`") ?? InteractionJudgement.inlineExpert
        builder.addJudgement(InteractionJudgement(expert: expert, from: from, to: to, score: value, annotation: annotation),
                             at: at(f["score"]!))
    }

    mutating func parseMatrixReference(_ node: Yams.Node) {
        if let path = node.scalarText, !node.isNull {
            matrices.append(MatrixReference(path: path, expert: nil, sheet: nil, location: at(node)))
            return
        }
        guard let f = mapping(node, "a matrix reference", allowed: ["file", "expert", "sheet", "unscored"]),
              let path = text(f["file"], "the matrix's `file`", required: true, in: node) else { return }
        var codes: [Double] = []
        if let codeNode = f["unscored"] {
            let items: [Yams.Node]
            if case .sequence = codeNode { items = list(codeNode, "`unscored`") ?? [] } else { items = [codeNode] }
            for item in items {
                guard let code = number(item, "an unscored code") else { continue }
                let problems = MatrixReadOptions(unscoredCodes: [code]).problems(scale: builder.scale, source: "unscored:", at: at(item))
                if problems.isEmpty { codes.append(code) } else { log.append(contentsOf: problems) }
            }
        }
        matrices.append(MatrixReference(path: path, expert: text(f["expert"], "expert"), sheet: text(f["sheet"], "sheet"),
                                        location: at(node), unscored: codes))
    }
}
