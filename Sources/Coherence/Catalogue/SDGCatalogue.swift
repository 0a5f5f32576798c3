import Foundation

/// The SDG catalogue: 17 goals, 169 targets with their indicators and curation, and the default LNOB groups.
///
/// The standard catalogue is generated from the UN list of goals, targets and indicators (2023 refinement)
/// by `Scripts/catalogue/generate_catalogue.py` and embedded in the binary as Swift source, so it needs no
/// resource files. All lookups by id are O(1): the dictionaries are built once, when the catalogue is made.
public struct SDGCatalogue: Sendable {
    /// The embedded catalogue.
    public static let standard = SDGCatalogue(
        goals: CatalogueData.goals, targets: CatalogueData.targets, groups: CatalogueGroup.defaults)

    /// The version of the embedded catalogue's source list, e.g. `"UNSD-2023"`.
    public static let version: String = CatalogueData.version

    /// The 17 goals, in order (`goals[n - 1]` is goal n).
    public let goals: [Goal]
    /// The 169 targets, in official order (1.1 … 1.5, 1.a, 1.b, 2.1 …).
    public let targets: [Target]
    /// The ten default LNOB groups, in their documented order.
    public let groups: [CatalogueGroup]

    /// Index of each target in ``targets`` by id.
    let targetIndex: [String: Int]
    /// The range of ``targets`` that belongs to each goal, by goal number.
    let goalRanges: [Int: Range<Int>]
    /// Index of each group in ``groups`` by id.
    let groupIndex: [String: Int]
    /// Per target (same order as ``targets``), the sorted, folded words it can be found by; built
    /// on the first search, since most runs never search and folding every text costs start-up time.
    var searchWords: [[String]] { searchIndex.words }
    private let searchIndex: SearchIndex

    /// Creates a catalogue and builds its indexes.
    /// - Parameters:
    ///   - goals: The goals, numbered 1…n in order.
    ///   - targets: The targets, grouped by goal in goal order, with unique ids.
    ///   - groups: The LNOB groups, with unique ids.
    /// - Complexity: O(total text length) to build the search index.
    init(goals: [Goal], targets: [Target], groups: [CatalogueGroup]) {
        precondition(goals.enumerated().allSatisfy { $0.element.number == $0.offset + 1 },
                     "goals must be numbered 1…n in order")
        self.goals = goals
        self.targets = targets
        self.groups = groups

        var targetIndex: [String: Int] = [:]
        var goalRanges: [Int: Range<Int>] = [:]
        for (offset, target) in targets.enumerated() {
            precondition(targetIndex.updateValue(offset, forKey: target.id) == nil, "duplicate target \(target.id)")
            precondition((1...goals.count).contains(target.goal), "target \(target.id) has no goal")
            if let range = goalRanges[target.goal] {
                precondition(range.upperBound == offset, "targets of goal \(target.goal) are not contiguous")
                goalRanges[target.goal] = range.lowerBound..<(offset + 1)
            } else {
                goalRanges[target.goal] = offset..<(offset + 1)
            }
        }
        self.targetIndex = targetIndex
        self.goalRanges = goalRanges
        self.groupIndex = Dictionary(groups.enumerated().map { ($0.element.id, $0.offset) },
                                     uniquingKeysWith: { first, _ in first })
        self.searchIndex = SearchIndex {
            targets.map { target in
                let goal = goals[target.goal - 1]
                let texts = [target.text, target.shortNameEN, target.shortNameNL, goal.nameEN, goal.nameNL]
                return Array(Set(texts.flatMap(SDGCatalogue.searchTokens))).sorted()
            }
        }
    }
}

/// The search words of a catalogue, computed once on first use (thread-safe).
final class SearchIndex: @unchecked Sendable {
    private let lock = NSLock()
    private var cached: [[String]]?
    private let make: @Sendable () -> [[String]]

    init(_ make: @escaping @Sendable () -> [[String]]) { self.make = make }

    var words: [[String]] {
        lock.lock()
        defer { lock.unlock() }
        if let cached { return cached }
        let built = make()
        cached = built
        return built
    }
}
