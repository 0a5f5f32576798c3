extension SDGCatalogue {
    /// The goal with the given number.
    /// - Parameter number: 1–17.
    /// - Returns: The goal, or `nil` when there is no such goal.
    /// - Complexity: O(1).
    public func goal(_ number: Int) -> Goal? {
        goals.indices.contains(number - 1) ? goals[number - 1] : nil
    }

    /// The goal named by a goal id: `"SDG11"`, `"sdg 11"`, `"SDG 11"`, `"Goal 11"`, `"goal11"` (case-insensitive).
    ///
    /// Also accepts `-`/`_` between prefix and number and the Dutch prefix `doel` (see ``lookup(_:)``).
    /// - Parameter id: The goal id text.
    /// - Returns: The goal, or `nil` when the text is not a goal form or names no goal.
    /// - Complexity: O(length of `id`).
    public func goal(id: String) -> Goal? {
        if case .goal(let number, _) = SDGIdentifier.parse(id) { return goal(number) }
        return nil
    }

    /// The target with the given id: `"11.6"`, `" 11.6 "`, `"1.A"` (→ 1.a), `"SDG 11.6"`.
    /// - Parameter id: The target id text.
    /// - Returns: The target, or `nil` when the text is not a target form or names no target.
    /// - Complexity: O(1) dictionary lookup after O(length of `id`) normalisation.
    public func target(_ id: String) -> Target? {
        if let index = targetIndex[id] { return targets[index] }
        guard case .target(_, _, let normalised) = SDGIdentifier.parse(id),
              let index = targetIndex[normalised] else { return nil }
        return targets[index]
    }

    /// Classifies any id text as a goal, a target, an SDG-looking id that names nothing, or not an SDG id.
    ///
    /// Goal forms are `SDG11`, `sdg 11`, `SDG 11`, `Goal 11`, `goal11`, `SDG-11`, `doel 11`; target forms are
    /// `N.N` and `N.x` (`11.6`, `1.a`, `1.A`), optionally prefixed by `SDG` or `target`. Case and surrounding
    /// white space are ignored. A goal or target form whose number is not in the catalogue (`SDG19`, `11.8`,
    /// `18.1`) is ``SDGLookup/unknownSDG(_:)`` with the normalised text; anything else (including a bare
    /// number such as `11` and an indicator number such as `11.6.1`) is ``SDGLookup/notAnSDGID``.
    /// - Parameter text: Any id text, e.g. from a model file.
    /// - Returns: What the text means.
    /// - Complexity: O(1) dictionary lookup after O(length of `text`) normalisation.
    public func lookup(_ text: String) -> SDGLookup {
        if let index = targetIndex[text], targets[index].id == text { return .target(targets[index]) }   // already canonical, as most are
        // An id that starts with an ASCII letter other than those of `SDG`, `Goal`, `Doel` and `Target` (`A0001`, `lez`) is none.
        if let first = text.utf8.first, (65...90).contains(first) || (97...122).contains(first),
           !"sgdtSGDT".utf8.contains(first) { return .notAnSDGID }
        switch SDGIdentifier.parse(text) {
        case .goal(let number, let normalised):
            return goal(number).map(SDGLookup.goal) ?? .unknownSDG(normalised)
        case .target(_, _, let normalised):
            return targetIndex[normalised].map { .target(targets[$0]) } ?? .unknownSDG(normalised)
        case .none:
            return .notAnSDGID
        }
    }

    /// The targets of a goal, in official order.
    /// - Parameter number: The goal number.
    /// - Returns: The goal's targets; empty when there is no such goal.
    /// - Complexity: O(k) for k targets.
    public func targets(ofGoal number: Int) -> [Target] {
        guard let range = goalRanges[number] else { return [] }
        return Array(targets[range])
    }

    /// The default LNOB group with the given id, e.g. `"low-income"`.
    /// - Parameter id: The group id (exact).
    /// - Returns: The group, or `nil`.
    /// - Complexity: O(1).
    public func group(_ id: String) -> CatalogueGroup? {
        groupIndex[id].map { groups[$0] }
    }

    /// The goal a target belongs to.
    /// - Parameter target: A target of this catalogue.
    /// - Returns: Its goal.
    /// - Complexity: O(1).
    public func goal(of target: Target) -> Goal {
        goals[target.goal - 1]
    }

    /// The targets that are relevant to Leave No One Behind, in official order.
    /// - Complexity: O(n) over the targets.
    public var lnobRelevantTargets: [Target] {
        targets.filter(\.lnobRelevant)
    }
}
