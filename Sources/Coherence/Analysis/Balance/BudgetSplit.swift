/// Each action's budget split over its positive contributions in proportion to their scores.
///
/// An action with budget B and positive contributions c₁ … cₖ (after a goal tag is dropped for a goal
/// whose targets the action also tags) gives B·cᵢ/Σc to the i-th. The parts of all actions add up
/// to the budget of the actions that have a budget and at least one positive contribution.
/// Negative and zero contributions get no budget.
public struct BudgetSplit: Sendable, Hashable {
    /// One part: the share of an action's budget that goes to one goal, target or objective.
    public struct Part: Sendable, Hashable {
        /// The action's node index.
        public let action: Int
        /// The goal, target or objective's node index.
        public let node: Int
        /// The contribution's score (> 0).
        public let score: Double
        /// The amount in euro (0 when the action has no budget).
        public let amount: Double
    }

    /// Every positive contribution with its part of the budget, by action then node.
    public let parts: [Part]
    /// The sum of all parts: the budget of the actions with a budget and a positive contribution.
    public let allocated: Double
    /// The budget of actions without any positive contribution (not split).
    public let unallocated: Double
    /// Actions with positive contributions but no budget (their parts are 0).
    public let actionsWithoutBudget: [Int]

    /// Splits the budgets of a network's actions.
    ///
    /// - Parameter network: The plan.
    /// - Complexity: O(a + c) for a actions and c contributions.
    public init(_ network: PolicyNetwork) {
        var parts: [Part] = []
        var allocated = 0.0
        var unallocated = 0.0
        var withoutBudget: [Int] = []
        for action in network.indices(of: .action) {
            let positive = network.effectiveContributions(of: action).filter { ($0.score ?? 0) > 0 }
            let budget = network.nodes[action].budget
            guard !positive.isEmpty else {
                unallocated += budget ?? 0
                continue
            }
            if budget == nil { withoutBudget.append(action) }
            let sum = positive.reduce(0) { $0 + ($1.score ?? 0) }
            for edge in positive {
                let score = edge.score ?? 0
                parts.append(Part(action: action, node: edge.to, score: score, amount: (budget ?? 0) * score / sum))
            }
            allocated += budget ?? 0
        }
        self.parts = parts
        self.allocated = allocated
        self.unallocated = unallocated
        self.actionsWithoutBudget = withoutBudget
    }
}
