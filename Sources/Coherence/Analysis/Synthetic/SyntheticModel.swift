/// A seeded generator of synthetic but plausible policy models, for benchmarks and scale tests.
///
/// The model has `targets` SDG targets (all 169 or a seeded choice of them) plus `objectives`
/// custom objectives (together the *elements*), `domains` policy domains that each own a share of
/// the elements, a cross-impact matrix over the elements scored by one expert, and `actions`
/// actions, each with exactly `contributionsPerAction` contributions to distinct elements and,
/// now and then, an effect on one of the first `groups` catalogue groups.
///
/// Every draw comes from ``SplitMix64`` with a numbered stream per part (element choice,
/// ownership, one stream per matrix row, one per action), so the model depends only on the
/// options: the same options give the same model on any machine, in any thread, and an action
/// can be generated on its own (``action(_:)``) — that is how the plan CSV of a million
/// contributions is streamed without holding the model in memory.
///
/// Scores are on the Nilsson scale (−3…+3): a non-zero magnitude 1…3, negative with probability
/// ``SyntheticModelOptions/negativeShare`` (negative scores are trade-offs, kept as drawn).
public struct SyntheticModel: Sendable, Hashable {
    /// The options the model was generated from.
    public let options: SyntheticModelOptions
    /// The element ids: the chosen targets in catalogue order, then the objectives (`OBJ1`, …).
    public let elements: [String]
    /// The owning domain (index into ``domainIDs``) of each element.
    public let owner: [Int]
    /// The element indices each domain owns, ascending.
    public let owned: [[Int]]
    /// The domain ids: `domain-01`, `domain-02`, … (zero-padded to the same width).
    public let domainIDs: [String]
    /// The group ids effects may land on: the first ``SyntheticModelOptions/groups`` catalogue groups.
    public let groupIDs: [String]

    /// One generated action.
    public struct Action: Sendable, Hashable {
        /// Its id: `A` and the 1-based number, zero-padded to the width of the action count.
        public var id: String
        /// Its label (`Action 12`).
        public var label: String
        /// Its domain (index into ``SyntheticModel/domainIDs``).
        public var domain: Int
        /// Its budget in euro: a multiple of 10 000 from 10 000 to 1 000 000.
        public var budget: Double
        /// Its contributions, in the order drawn.
        public var contributions: [Contribution]
        /// Its effect on a group, if any.
        public var groupEffect: GroupEffect?
    }

    /// A contribution of a generated action.
    public struct Contribution: Sendable, Hashable {
        /// The element (index into ``SyntheticModel/elements``).
        public var element: Int
        /// The score, a non-zero integer in −3…+3.
        public var score: Double
    }

    /// An effect of a generated action on a group.
    public struct GroupEffect: Sendable, Hashable {
        /// The group (index into ``SyntheticModel/groupIDs``).
        public var group: Int
        /// The score, a non-zero integer in −2…+2 (negative: a burden).
        public var score: Double
    }

    /// Stream numbers of the parts of the model (actions use `actionStream + index`).
    static let elementStream: UInt64 = 0, ownershipStream: UInt64 = 1, rowStream: UInt64 = 1_000,
                actionStream: UInt64 = 1 << 32

    /// Prepares the model: chooses the targets and assigns each element an owning domain.
    ///
    /// - Parameter options: the size and densities; see ``SyntheticModelOptions/validate()``.
    /// - Throws: ``InputError`` when an option is out of range.
    /// - Complexity: O(targets + objectives + domains).
    public init(options: SyntheticModelOptions) throws(InputError) {
        try options.validate()
        self.options = options
        let catalogue = SDGCatalogue.standard
        var indices = Array(catalogue.targets.indices)
        if options.targets < indices.count {
            var rng = SplitMix64(seed: options.seed, stream: Self.elementStream)
            rng.shuffle(&indices)
            indices = Array(indices.prefix(options.targets)).sorted()
        }
        elements = indices.map { catalogue.targets[$0].id } + (0..<options.objectives).map { "OBJ\($0 + 1)" }
        let width = String(options.domains).count
        domainIDs = (1...options.domains).map { "domain-" + Self.padded($0, width: width) }
        // Ownership: a seeded permutation of the elements dealt round-robin over the domains, so
        // every domain owns ⌊n/D⌋ or ⌈n/D⌉ elements.
        var order = Array(elements.indices)
        var rng = SplitMix64(seed: options.seed, stream: Self.ownershipStream)
        rng.shuffle(&order)
        var owner = [Int](repeating: 0, count: elements.count)
        var owned = [[Int]](repeating: [], count: options.domains)
        for (position, element) in order.enumerated() {
            owner[element] = position % options.domains
            owned[position % options.domains].append(element)
        }
        self.owner = owner
        self.owned = owned.map { $0.sorted() }
        groupIDs = Array(catalogue.groups.prefix(options.groups).map(\.id))
    }

    /// The number of contributions the model has: actions × contributions per action.
    public var contributionCount: Int { options.actions * options.contributionsPerAction }

    /// The domain label of a domain index (`Domain 03`); the plan CSV names domains by it, and
    /// the slug of the label is the domain's id.
    public func domainLabel(_ domain: Int) -> String {
        "Domain " + Self.padded(domain + 1, width: String(options.domains).count)
    }

    /// The scores of one matrix row: for each other element, scored with probability
    /// ``SyntheticModelOptions/interactionDensity``.
    ///
    /// - Parameter row: the element index of the row.
    /// - Returns: `(column, score)` pairs in column order; scores are non-zero integers in −3…+3.
    /// - Complexity: O(elements).
    public func interactions(row: Int) -> [(column: Int, score: Double)] {
        var rng = SplitMix64(seed: options.seed, stream: Self.rowStream + UInt64(row))
        var result: [(column: Int, score: Double)] = []
        for column in elements.indices where column != row {
            if rng.unitDouble() < options.interactionDensity {
                result.append((column, drawScore(&rng, maximum: 3)))
            }
        }
        return result
    }

    /// Generates one action on its own.
    ///
    /// Half of the contributions (on average) land on elements its own domain owns, the others
    /// anywhere, so that spillovers between domains are common but not universal.
    ///
    /// - Parameter index: the action's 0-based index, below ``SyntheticModelOptions/actions``.
    /// - Complexity: O(contributionsPerAction²) (distinct elements are drawn by rejection).
    public func action(_ index: Int) -> Action {
        var rng = SplitMix64(seed: options.seed, stream: Self.actionStream + UInt64(index))
        let domain = rng.uniform(below: options.domains)
        let budget = Double(1 + rng.uniform(below: 100)) * 10_000
        let count = min(options.contributionsPerAction, elements.count)
        var chosen: [Contribution] = []
        chosen.reserveCapacity(count)
        let own = owned[domain]
        while chosen.count < count {
            let element = (!own.isEmpty && rng.unitDouble() < options.ownDomainShare)
                ? own[rng.uniform(below: own.count)] : rng.uniform(below: elements.count)
            if chosen.contains(where: { $0.element == element }) { continue }
            chosen.append(Contribution(element: element, score: drawScore(&rng, maximum: 3)))
        }
        var effect: GroupEffect? = nil
        if !groupIDs.isEmpty, rng.unitDouble() < options.groupEffectRate {
            effect = GroupEffect(group: rng.uniform(below: groupIDs.count), score: drawScore(&rng, maximum: 2))
        }
        let width = String(options.actions).count
        return Action(id: "A" + Self.padded(index + 1, width: width), label: "Action \(index + 1)",
                      domain: domain, budget: budget, contributions: chosen, groupEffect: effect)
    }

    /// A non-zero integer score of magnitude 1…`maximum`, negative with probability `negativeShare`.
    func drawScore(_ rng: inout SplitMix64, maximum: Int) -> Double {
        let magnitude = Double(1 + rng.uniform(below: maximum))
        return rng.unitDouble() < options.negativeShare ? -magnitude : magnitude
    }

    static func padded(_ value: Int, width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
