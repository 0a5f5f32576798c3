import Foundation

/// What a model holds: counts per kind, the goals and targets it touches, its domains and their actions.
///
/// This is what `coherence info` prints.
public struct ModelSummary: Sendable, Codable, Hashable {
    /// A domain with what it owns and its actions.
    public struct DomainEntry: Sendable, Codable, Hashable {
        /// The domain's id.
        public var id: String
        /// Its label.
        public var label: String
        /// The goals, targets and objectives it owns, as declared.
        public var owns: [String]
        /// Its actions.
        public var actions: [ActionEntry]
        /// The sum of its actions' budgets.
        public var budget: Double
    }

    /// An action in a summary.
    public struct ActionEntry: Sendable, Codable, Hashable {
        /// The action's id.
        public var id: String
        /// Its label.
        public var label: String
        /// Its budget, when given.
        public var budget: Double?
        /// Its place in the plan's tree.
        public var plan: [String]
    }

    /// The model's name.
    public var name: String
    /// Its language.
    public var language: Language
    /// The scale, e.g. `−3…+3`.
    public var scale: String
    /// Nodes per kind, in kind order (as pairs, to keep the order in JSON).
    public var nodeCounts: [(String, Int)] { NodeKind.allCases.map { ($0.rawValue, nodeCountByKind[$0.rawValue] ?? 0) } }
    /// Edges per kind, in kind order.
    public var edgeCounts: [(String, Int)] { EdgeKind.allCases.map { ($0.rawValue, edgeCountByKind[$0.rawValue] ?? 0) } }
    /// Nodes per kind.
    public var nodeCountByKind: [String: Int]
    /// Edges per kind.
    public var edgeCountByKind: [String: Int]
    /// Goals that actions contribute to directly or through their targets, or that interactions name.
    public var goalsTouched: [String]
    /// Targets that actions contribute to or interactions name.
    public var targetsTouched: [String]
    /// The experts whose interaction scores the model holds.
    public var experts: [String]
    /// Links that exist but are not quantified (``PolicyNetwork/unscoredLinks``); they are in no edge count.
    public var unscoredLinks: Int
    /// The domains, in declaration order.
    public var domains: [DomainEntry]
    /// The total budget of all actions.
    public var totalBudget: Double

    /// Summarises a network.
    ///
    /// - Complexity: O(n + m).
    public init(_ network: PolicyNetwork) {
        name = network.name
        language = network.language
        scale = network.scale.rangeDescription
        var nodes: [String: Int] = [:]
        for (kind, count) in network.nodeCounts { nodes[kind.rawValue] = count }
        nodeCountByKind = nodes
        var edges: [String: Int] = [:]
        for (kind, count) in network.edgeCounts { edges[kind.rawValue] = count }
        edgeCountByKind = edges
        var goals = Set<Int>()
        var targets: [String] = []
        for node in network.nodes where node.kind == .target || node.kind == .goal {
            if node.kind == .target {
                targets.append(node.id)
                if let target = SDGCatalogue.standard.target(node.id) { goals.insert(target.goal) }
            } else if let goal = SDGCatalogue.standard.goal(id: node.id) {
                goals.insert(goal.number)
            }
        }
        goalsTouched = goals.sorted().map { "SDG\($0)" }
        targetsTouched = targets
        experts = network.experts
        unscoredLinks = network.unscoredLinks.count
        domains = network.indices(of: .domain).map { d in
            let actions = network.actions(inDomain: d).map { a in
                ActionEntry(id: network.nodes[a].id, label: network.nodes[a].label, budget: network.nodes[a].budget,
                            plan: network.nodes[a].plan)
            }
            return DomainEntry(id: network.nodes[d].id, label: network.nodes[d].label,
                               owns: network.edges(.ownership, from: d).map { network.nodes[$0.to].id },
                               actions: actions, budget: actions.compactMap(\.budget).reduce(0, +))
        }
        totalBudget = network.nodes.compactMap(\.budget).reduce(0, +)
    }

    enum CodingKeys: String, CodingKey {
        case name, language, scale, nodeCountByKind = "nodeCounts", edgeCountByKind = "edgeCounts", goalsTouched, targetsTouched,
             experts, unscoredLinks, domains, totalBudget
    }

    /// 1 200 000 written with thin spaces between thousands.
    public static func formatBudget(_ value: Double) -> String {
        let whole = Int(value.rounded())
        var digits = String(abs(whole))
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(digits, at: 0)
        return (whole < 0 ? "-" : "") + groups.joined(separator: "\u{202F}")
    }
}
