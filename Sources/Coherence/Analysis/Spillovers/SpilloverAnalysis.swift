/// Finds the spillovers of a plan: what one domain's actions do to the targets other domains own.
///
/// - Parameters:
///   - network: the plan.
///   - options: threshold, path length, filters, detail and limits.
/// - Returns: the findings with their paths, the aggregates and the related views.
/// - Throws: ``SpilloverError`` when an option is out of range, the domain filter names no
///   domain, or more than ``SpilloverOptions/pathLimit`` paths are found.
/// - Complexity: O(P · d̄) for P kept paths and interaction out-degree d̄ (branches are cut as
///   soon as their strength falls below the threshold, which is exact because no factor |a|/s
///   exceeds 1), plus O(n + m) for the aggregates.
///
/// Negative scores multiply: a (−)(−) path is a co-benefit. See ``SpilloverAnalysis``.
public func spillovers(in network: PolicyNetwork, options: SpilloverOptions = .init()) throws(SpilloverError) -> SpilloverReport {
    try SpilloverAnalysis.run(network, options: options)
}

/// The spillover analysis of DESIGN.md §4.3.
///
/// - A **direct** spillover is a contribution c ≠ 0 of an action of domain D to a goal, target
///   or objective that D does not own (a goal-level tag lands on the goal, which D owns when it
///   owns the goal or any of its targets).
/// - An **indirect** spillover is a simple path action → t₁ → … → tₖ through interaction scores,
///   with strength c · a₁ · … · aₖ₋₁ / s^(k−1), kept when |strength| ≥ the threshold and D does not
///   own tₖ. Its id is the path joined by `>`; its scope is the scope of the contribution.
/// - Aggregates count each (action, target) pair once: by its direct contribution when there is
///   one, else by its strongest path (ties: fewer edges, then the first found in node order).
public enum SpilloverAnalysis {
    /// Runs the analysis (see ``spillovers(in:options:)``).
    ///
    /// - Parameters:
    ///   - network: the plan.
    ///   - options: the parameters.
    /// - Returns: the report.
    /// - Throws: ``SpilloverError``.
    /// - Complexity: see ``spillovers(in:options:)``.
    public static func run(_ network: PolicyNetwork, options: SpilloverOptions = .init()) throws(SpilloverError) -> SpilloverReport {
        let threshold = options.threshold(on: network.scale)
        guard threshold.isFinite, threshold >= 0 else {
            throw .invalidOption(name: "threshold", message: "must be a number ≥ 0, not \(threshold)")
        }
        guard options.maxLength >= 1 else {
            throw .invalidOption(name: "maxLength", message: "must be at least 1 (direct spillovers only), not \(options.maxLength)")
        }
        guard options.pathLimit >= 1 else {
            throw .invalidOption(name: "pathLimit", message: "must be at least 1, not \(options.pathLimit)")
        }
        let language = options.language ?? network.language
        let domainIDs = network.nodes(of: .domain).map(\.id)
        var domainFilter: Int?
        if let id = options.domain {
            guard let node = network.index(of: id), network.nodes[node].kind == .domain else {
                throw .unknownDomain(id, known: domainIDs)
            }
            domainFilter = node
        }
        let parameters = SpilloverReport.Parameters(
            threshold: threshold, maxLength: options.maxLength, scaleMagnitude: network.scale.magnitude,
            domain: options.domain, scopes: options.scopes.map { set in Scope.allCases.filter(set.contains) },
            language: language, detail: options.detail, pathLimit: options.pathLimit)
        let coAddressed = CoAddressedTargets.find(in: network, minimum: options.coAddressedMinimum,
                                                  listActions: options.detail == .full, language: language)
        guard network.hasOwnership else {
            return SpilloverReport(
                model: network.name, parameters: parameters, ownershipDeclared: false,
                message: SpilloverReport.noOwnershipMessage(language: language), notes: [], counts: .init(),
                findings: [], pairs: [], totals: .init(), flows: [], domains: [], unownedTargets: [], cannotAssess: [],
                transversality: Transversality(actions: [], domains: [], contributions: 0, crossingContributions: 0,
                                               contributionsToUnowned: 0),
                coAddressed: coAddressed)
        }
        var engine = SpilloverEngine(network: network, options: options, threshold: threshold, language: language,
                                     domainFilter: domainFilter)
        try engine.run()
        return engine.report(parameters: parameters, coAddressed: coAddressed)
    }
}

/// The enumeration state of one analysis: flat arrays reused from action to action.
struct SpilloverEngine {
    /// A finding before its strings are built: its path lives in the flat buffers.
    struct RawFinding {
        var action: Int
        var target: Int
        var start: Int
        var length: Int
        var strength: Double
        var scope: Scope
        var confidence: Int
        var counted = false
    }

    /// What one action does to one target, over all its findings.
    struct PairState {
        var target: Int
        var hasDirect = false
        var directStrength = 0.0
        var directScope = Scope.here
        var directFinding = -1
        var bestStrength = 0.0
        var bestLength = Int.max
        var bestScope = Scope.here
        var bestFinding = -1
        var count = 0
        var positive = false
        var negative = false
    }

    let network: PolicyNetwork
    let options: SpilloverOptions
    let language: Language
    let owners: OwnerTable
    let management: ManagementIndex
    let s: Double
    let threshold: Double
    let full: Bool
    let filterOrdinal: Int
    let scopeAllowed: [Bool]
    let interactionOffsets: [Int]
    let interactionNeighbours: [Int]
    let interactionScores: [Double]
    let interactionConfidence: [Int]
    let hasInteractions: Bool

    var onPath: [Bool]
    var slot: [Int]
    var pairStates: [PairState] = []
    var pathStack: [Int] = []
    var scoreStack: [Double] = []
    var confidenceStack: [Int] = []
    var pathsFound = 0
    var directCount = 0
    var indirectCount = 0

    var raw: [RawFinding] = []
    var pathNodes: [Int] = []
    var pathScores: [Double] = []
    var pairs: [(action: Int, state: PairState, management: Management?)] = []
    var accumulator: SpilloverAccumulator
    var disagreeing = 0
    var pairCount = 0
    var unowned: [Int: [SpilloverReport.UnownedTarget.Touch]] = [:]
    var goalNotes: [SpilloverReport.GoalLevelNote] = []

    init(network: PolicyNetwork, options: SpilloverOptions, threshold: Double, language: Language, domainFilter: Int?) {
        self.network = network
        self.options = options
        self.language = language
        let owners = OwnerTable(network: network)
        self.owners = owners
        self.management = ManagementIndex(network: network, owners: owners)
        self.s = network.scale.magnitude
        self.threshold = threshold
        self.full = options.detail == .full
        self.filterOrdinal = domainFilter.map { owners.ordinal[$0] } ?? -1
        self.scopeAllowed = Scope.allCases.map { options.scopes?.contains($0) ?? true }
        let adjacency = network.outgoing(.interaction)
        self.interactionOffsets = adjacency.offsets
        self.interactionNeighbours = adjacency.neighbours
        self.interactionScores = adjacency.edgeIndices.map { network.edges[$0].score ?? 0 }
        self.interactionConfidence = adjacency.edgeIndices.map { Self.rank(network.edges[$0].annotation.confidence) }
        self.hasInteractions = !adjacency.neighbours.isEmpty
        self.onPath = Array(repeating: false, count: network.nodes.count)
        self.slot = Array(repeating: -1, count: network.nodes.count)
        self.accumulator = SpilloverAccumulator(domainCount: owners.domains.count)
    }

    /// Confidence as a number for taking minima: −1 not given, 0 low, 1 medium, 2 high.
    static func rank(_ confidence: Confidence?) -> Int {
        switch confidence {
        case nil: return -1
        case .low: return 0
        case .medium: return 1
        case .high: return 2
        }
    }

    /// The lower of two confidence ranks, ignoring "not given".
    @inline(__always) static func lower(_ a: Int, _ b: Int) -> Int { a < 0 ? b : (b < 0 ? a : min(a, b)) }

    /// Enumerates every action's direct and indirect findings and counts its pairs.
    mutating func run() throws(SpilloverError) {
        for action in network.indices(of: .action) {
            let actor = owners.actionDomain[action]
            guard actor >= 0 else { continue }
            for edge in network.effectiveContributions(of: action) {
                guard let c = edge.score, c != 0, scopeAllowed[Self.scopeIndex(edge.annotation.scope)] else { continue }
                let scope = edge.annotation.scope
                let first = edge.to
                let confidence = Self.rank(edge.annotation.confidence)
                pathStack = [first]
                scoreStack = [c]
                confidenceStack = [confidence]
                if !owners.owns(actor, first) {
                    try record(action: action, actor: actor, strength: c, scope: scope, direct: true)
                }
                guard options.maxLength >= 2 else { continue }
                if network.nodes[first].kind == .goal, hasInteractions,
                   interactionOffsets[first + 1] == interactionOffsets[first],
                   filterOrdinal < 0 || filterOrdinal == actor {
                    goalNotes.append(goalNote(action: action, goal: first, score: c))
                }
                guard abs(c) >= threshold * (1 - 1e-9) else { continue }
                onPath[first] = true
                try extend(action: action, actor: actor, strength: c, scope: scope)
                onPath[first] = false
            }
            finishAction(action, actor: actor)
        }
    }

    /// The position of a scope in `Scope.allCases`.
    @inline(__always) static func scopeIndex(_ scope: Scope) -> Int {
        switch scope {
        case .here: return 0
        case .elsewhere: return 1
        case .later: return 2
        }
    }

    /// Counts every pair of the action that just finished, then clears the per-action state.
    mutating func finishAction(_ action: Int, actor: Int) {
        for state in pairStates {
            let target = state.target
            slot[target] = -1
            let strength = state.hasDirect ? state.directStrength : state.bestStrength
            let scope = state.hasDirect ? state.directScope : state.bestScope
            let receivers = owners.owners(of: target)
            let status: Management? = strength < 0
                ? management.classify(action: action, target: target, strength: strength, hasOwner: !receivers.isEmpty)
                : nil
            accumulator.add(actor: actor, receivers: receivers, scope: scope, strength: strength, management: status)
            pairCount += 1
            if state.positive && state.negative { disagreeing += 1 }
            if receivers.isEmpty {
                let node = network.nodes[action]
                unowned[target, default: []].append(.init(
                    action: node.id, actionLabel: node.label, domain: node.domain ?? "",
                    kind: state.hasDirect ? .direct : .indirect, strength: strength, scope: scope))
            }
            if full {
                let counted = state.hasDirect ? state.directFinding : state.bestFinding
                if counted >= 0 { raw[counted].counted = true }
                pairs.append((action, state, status))
            }
        }
        pairStates.removeAll(keepingCapacity: true)
    }
}
