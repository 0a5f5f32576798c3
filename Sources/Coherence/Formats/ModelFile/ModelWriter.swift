import Foundation

/// Writes a network back to a model file in YAML, so that reading it again gives an equal network.
///
/// Matrices named by the original file are written inline, as `interactions:` with their
/// `expert:`, and their unscored links as interactions with `unscored: true` instead of a score; goals, targets and the catalogue's default groups are not declared (the catalogue
/// holds them). Strings are always double-quoted and escaped, so no label can break the file.
public enum ModelWriter {
    /// The model as YAML text.
    ///
    /// - Complexity: O(n + m).
    public static func yaml(_ network: PolicyNetwork) -> String {
        var out = YAMLLines()
        out.line("# Written by coherence \(CoherenceVersion.current)")
        out.line("coherence: 1")
        out.line("name: \(quote(network.name))")
        out.line("language: \(network.language.rawValue)")
        if !network.scale.isDefault { writeScale(network.scale, into: &out) }
        let nodes = network.nodes

        let objectives = nodes.filter { $0.kind == .objective }
        if !objectives.isEmpty {
            out.line("objectives:")
            for o in objectives {
                out.line("  - id: \(quote(o.id))")
                out.line("    label: \(quote(o.label))")
                if let d = o.description { out.line("    description: \(quote(d))") }
            }
        }
        let domains = network.indices(of: .domain)
        if !domains.isEmpty {
            out.line("domains:")
            for d in domains {
                out.line("  - id: \(quote(nodes[d].id))")
                out.line("    label: \(quote(nodes[d].label))")
                if let desc = nodes[d].description { out.line("    description: \(quote(desc))") }
                let owns = network.edges(.ownership, from: d).map { quote(nodes[$0.to].id) }
                if !owns.isEmpty { out.line("    owns: [\(owns.joined(separator: ", "))]") }
            }
        }
        let groups = nodes.filter { $0.kind == .group && !$0.fromCatalogue }
        if !groups.isEmpty {
            out.line("groups:")
            for g in groups {
                out.line("  - id: \(quote(g.id))")
                out.line("    label: \(quote(g.label))")
                if let desc = g.description { out.line("    description: \(quote(desc))") }
                if !g.factors.isEmpty { out.line("    factors: [\(g.factors.map(\.rawValue).joined(separator: ", "))]") }
            }
        }
        let stakeholders = network.indices(of: .stakeholder)
        if !stakeholders.isEmpty {
            out.line("stakeholders:")
            for s in stakeholders {
                let node = nodes[s]
                out.line("  - id: \(quote(node.id))")
                out.line("    label: \(quote(node.label))")
                if let desc = node.description { out.line("    description: \(quote(desc))") }
                out.line("    kind: \((node.stakeholderKind ?? .other).rawValue)")
                let represents = network.edges(.representation, from: s).map { quote(nodes[$0.to].id) }
                if !represents.isEmpty { out.line("    represents: [\(represents.joined(separator: ", "))]") }
            }
        }
        let actions = network.indices(of: .action)
        if !actions.isEmpty {
            out.line("actions:")
            for a in actions { writeAction(a, in: network, into: &out) }
        }
        if !network.judgements.isEmpty || !network.unscoredLinks.isEmpty {
            out.line("interactions:")
            for j in network.judgements {
                var fields = ["from: \(quote(j.from))", "to: \(quote(j.to))", "score: \(ScoreScale.format(j.score))"]
                fields += annotationFields(j.annotation, defaultScope: .here)
                if j.expert != InteractionJudgement.inlineExpert { fields.append("expert: \(quote(j.expert))") }
                out.line("  - {\(fields.joined(separator: ", "))}")
            }
            for link in network.unscoredLinks {
                var fields = ["from: \(quote(link.from))", "to: \(quote(link.to))", "unscored: true"]
                fields += annotationFields(link.annotation, defaultScope: .here)
                if link.expert != InteractionJudgement.inlineExpert { fields.append("expert: \(quote(link.expert))") }
                out.line("  - {\(fields.joined(separator: ", "))}")
            }
        }
        return out.text
    }

    static func writeScale(_ scale: ScoreScale, into out: inout YAMLLines) {
        out.line("scale:")
        out.line("  min: \(ScoreScale.format(scale.min))")
        out.line("  max: \(ScoreScale.format(scale.max))")
        if let step = scale.step { out.line("  step: \(ScoreScale.format(step))") }
        if !scale.labels.isEmpty {
            let labels = scale.labels.sorted { ($0.value, $0.key) < ($1.value, $1.key) }
                .map { "\(quote($0.key)): \(ScoreScale.format($0.value))" }
            out.line("  labels: {\(labels.joined(separator: ", "))}")
        }
    }

    static func writeAction(_ a: Int, in network: PolicyNetwork, into out: inout YAMLLines) {
        let node = network.nodes[a]
        let nodes = network.nodes
        out.line("  - id: \(quote(node.id))")
        out.line("    label: \(quote(node.label))")
        if let desc = node.description { out.line("    description: \(quote(desc))") }
        out.line("    domain: \(quote(node.domain ?? ""))")
        if let budget = node.budget { out.line("    budget: \(ScoreScale.format(budget))") }
        if !node.plan.isEmpty { out.line("    plan: [\(node.plan.map(quote).joined(separator: ", "))]") }
        if let scope = node.defaultScope { out.line("    scope: \(scope.rawValue)") }
        let defaultScope = node.defaultScope ?? .here
        let contributions = network.edges(.contribution, from: a)
        if !contributions.isEmpty {
            out.line("    targets:")
            for edge in contributions { out.line("      \(quote(nodes[edge.to].id)): \(scored(edge, defaultScope: defaultScope))") }
        }
        let effects = network.edges(.groupEffect, from: a)
        if !effects.isEmpty {
            out.line("    groups:")
            for edge in effects { out.line("      \(quote(nodes[edge.to].id)): \(scored(edge, defaultScope: defaultScope))") }
        }
        let involved = network.edges(.involvement, from: a).map { quote(nodes[$0.to].id) }
        if !involved.isEmpty { out.line("    stakeholders: [\(involved.joined(separator: ", "))]") }
        let mitigations = network.edges(.mitigation, from: a)
        if !mitigations.isEmpty {
            out.line("    mitigates:")
            for edge in mitigations {
                guard let subject = edge.subject else { continue }
                let key = nodes[subject].kind == .group ? "group" : "target"
                out.line("      - {action: \(quote(nodes[edge.to].id)), \(key): \(quote(nodes[subject].id))}")
            }
        }
    }

    /// A score, plain when it carries nothing else, else the mapping form.
    static func scored(_ edge: Edge, defaultScope: Scope) -> String {
        let score = ScoreScale.format(edge.score ?? 0)
        let extra = annotationFields(edge.annotation, defaultScope: defaultScope)
        return extra.isEmpty ? score : "{score: \(score), \(extra.joined(separator: ", "))}"
    }

    static func annotationFields(_ a: EdgeAnnotation, defaultScope: Scope) -> [String] {
        var fields: [String] = []
        if let c = a.confidence { fields.append("confidence: \(c.rawValue)") }
        if let r = a.rationale { fields.append("rationale: \(quote(r))") }
        if let s = a.source { fields.append("source: \(quote(s))") }
        if a.scope != defaultScope { fields.append("scope: \(a.scope.rawValue)") }
        if a.assumed { fields.append("assumed: true") }
        return fields
    }

    /// A YAML double-quoted string with every special character escaped.
    static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                    || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0xFEFF {
                    out += String(format: "\\u%04X", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

/// Lines of YAML being written.
struct YAMLLines {
    private(set) var lines: [String] = []
    mutating func line(_ text: String) { lines.append(text) }
    var text: String { lines.joined(separator: "\n") + "\n" }
}
