extension PlanImporter {
    /// Words that, alone in a groups cell, say "no group": read like a blank cell.
    static let noGroupWords: Set<String> = ["-", "\u{2013}", "\u{2014}", "/", "geen", "none", "nvt", "n.v.t.", "n.v.t", "n/a", "nihil", "nee", "no"]

    /// The id of the group a cell names: a catalogue group by id, English or Dutch label or synonym;
    /// else a group the plan named before; else a new group of the plan's own.
    ///
    /// A plan may name its own groups, as a model may declare them (`alleenstaande ouders`,
    /// `mantelzorgers`): such a group is declared with the name as its label and an id made from it
    /// (its slug, `alleenstaande-ouders`, made unique against every other id of the plan and the
    /// catalogue's group ids), and found again by any spelling that folds to the same name. A name
    /// that is a near miss of a catalogue group or of another own group gets a warning
    /// (``reportNearMisses()``). `-`, `geen`, `n.v.t.` and the like name no group; text without a
    /// letter is refused.
    ///
    /// - Parameters:
    ///   - name: the group's name, without its score.
    ///   - item: the entry as written (name and score), for messages.
    ///   - location: the cell.
    /// - Returns: the group's id, or `nil` when the text names no group (after reporting text that cannot be one).
    /// - Complexity: O(length of the name), amortised.
    mutating func group(named name: String, item: String, at location: SourceLocation) -> String? {
        if let id = groups.id(for: name) { return id }
        if let entry = ownGroups.find(name) { return entry.id }
        if Self.noGroupWords.contains(PlanText.fold(name)) { return nil }
        guard name.contains(where: \.isLetter) else {
            log.error(location, "`\(item)` is not a group",
                      expected: "a group by its name: one of the catalogue (such as `ouderen` or `low-income`) or the plan's own (such as `alleenstaande ouders`)",
                      found: "`\(item)`", suggestion: "Write the group's name, optionally with a score (`ouderen:+1`).")
            return nil
        }
        let id = ids.unique(PlanText.slug(name), prefix: isDutch ? "groep" : "group", fallback: isDutch ? "groep" : "group",
                            catalogue: catalogue)
        ownGroups.add(id: id, label: name)
        builder.addGroup(id: id, label: name, at: location)
        return id
    }
}
