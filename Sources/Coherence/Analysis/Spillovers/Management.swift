/// Whether the domain that receives a trade-off does something about it (DESIGN.md §4.3).
public enum Management: String, Sendable, Hashable, Codable, CaseIterable {
    /// An action explicitly `mitigates` the trade-off, or the receiving domains' positive
    /// contributions to the target add up to at least the trade-off's |strength|.
    case managed
    /// The receiving domains contribute positively to the target, but less than |strength|.
    case partly
    /// The receiving domains do not contribute positively to the target, or nobody owns it.
    case unmanaged

    /// Classifies a trade-off.
    ///
    /// - Parameters:
    ///   - strength: the trade-off's strength (negative; its magnitude is what must be offset).
    ///   - support: the sum of the receiving domains' positive contributions to the target
    ///     (negative contributions of the receivers are not subtracted: they are not support).
    ///   - hasOwner: whether any domain owns the target.
    ///   - explicitlyMitigated: whether an action declares that it `mitigates` this trade-off.
    /// - Returns: the management status. Explicit mitigation wins; a target nobody owns is
    ///   otherwise unmanaged; support is compared with a relative tolerance of 1e-9.
    /// - Complexity: O(1).
    public static func classify(strength: Double, support: Double, hasOwner: Bool, explicitlyMitigated: Bool) -> Management {
        if explicitlyMitigated { return .managed }
        guard hasOwner, support > 0 else { return .unmanaged }
        return support + 1e-9 * max(1, abs(strength)) >= abs(strength) ? .managed : .partly
    }
}

/// What the management rule needs, precomputed once per network.
struct ManagementIndex: Sendable {
    /// Per node: the sum of positive contributions to it by actions of a domain that owns it.
    /// For a goal node, contributions to the goal or any of its targets count.
    let support: [Double]
    /// Per node: the actions behind ``support``, in index order (only nodes that have any).
    let supporters: [Int: [Int]]
    /// Explicit mitigations: key `action * n + subject` → mitigating actions, in index order.
    let mitigators: [Int: [Int]]
    /// The number of nodes (the key stride).
    let nodeCount: Int

    /// Builds the index.
    ///
    /// - Complexity: O(n + m) plus the owner lookups.
    init(network: PolicyNetwork, owners: OwnerTable) {
        let n = network.nodes.count
        var support = [Double](repeating: 0, count: n)
        var supporters: [Int: [Int]] = [:]
        var goalOfTarget = [Int](repeating: -1, count: n)
        for i in network.nodes.indices where network.nodes[i].kind == .target {
            if let number = network.goalNumber(of: i), let goal = network.index(of: "SDG\(number)") { goalOfTarget[i] = goal }
        }
        for action in network.indices(of: .action) {
            guard let domain = network.domainIndex(ofAction: action) else { continue }
            let ordinal = owners.ordinal[domain]
            for edge in network.effectiveContributions(of: action) {
                guard let score = edge.score, score > 0 else { continue }
                if owners.owns(ordinal, edge.to) {
                    support[edge.to] += score
                    supporters[edge.to, default: []].append(action)
                }
                let goal = goalOfTarget[edge.to]
                if goal >= 0, owners.owns(ordinal, goal) {
                    support[goal] += score
                    supporters[goal, default: []].append(action)
                }
            }
        }
        var mitigators: [Int: [Int]] = [:]
        for edge in network.edges(of: .mitigation) {
            guard let subject = edge.subject else { continue }
            mitigators[edge.to * n + subject, default: []].append(edge.from)
        }
        self.support = support
        self.supporters = supporters.mapValues { Array(Set($0)).sorted() }
        self.mitigators = mitigators.mapValues { $0.sorted() }
        self.nodeCount = n
    }

    /// The actions that explicitly mitigate `action`'s trade-off on `target`.
    func mitigators(of action: Int, on target: Int) -> [Int] { mitigators[action * nodeCount + target] ?? [] }

    /// Classifies a trade-off of `action` on `target`.
    func classify(action: Int, target: Int, strength: Double, hasOwner: Bool) -> Management {
        Management.classify(strength: strength, support: support[target], hasOwner: hasOwner,
                            explicitlyMitigated: mitigators[action * nodeCount + target] != nil)
    }
}
