/// Names of the nodes of two versions of a plan, in Dutch and English at once, for the sentences
/// of a comparison.
///
/// Goals, targets and the catalogue's groups have a name in both languages in the catalogue;
/// everything else (actions, domains, the model's own groups, objectives) has the one label its
/// model gives it. A node is looked up in the later version first, then in the earlier one.
struct ComparisonLabels: Sendable {
    let before: PolicyNetwork
    let after: PolicyNetwork

    /// The node with this id in either version (the later one first).
    func node(_ id: String) -> Node? { after.node(id) ?? before.node(id) }

    /// A node's name: the catalogue's Dutch and English names, else its label.
    func name(_ id: String) -> LocalizedText {
        let catalogue = SDGCatalogue.standard
        guard let node = node(id) else { return LocalizedText(verbatim: id) }
        switch node.kind {
        case .goal:
            if let goal = catalogue.goal(id: id) { return LocalizedText(nl: goal.nameNL, en: goal.nameEN) }
        case .target:
            if let target = catalogue.target(id) { return LocalizedText(nl: target.shortNameNL, en: target.shortNameEN) }
        case .group where node.fromCatalogue:
            if let group = catalogue.group(id) { return LocalizedText(nl: group.labelNL, en: group.labelEN) }
        default:
            break
        }
        return LocalizedText(verbatim: node.label)
    }

    /// A name for a group that may be a catalogue group neither version holds as a node.
    func groupName(_ id: String) -> LocalizedText {
        if node(id) == nil, let group = SDGCatalogue.standard.group(id) { return LocalizedText(nl: group.labelNL, en: group.labelEN) }
        return name(id)
    }

    /// How a goal, target or objective is named in a sentence: `subdoel 11.6 (Lucht en afval)`,
    /// `SDG 11 (Duurzame steden en gemeenschappen)`, `doelstelling ‘Levendige kernen’`.
    func phrase(_ id: String) -> LocalizedText {
        let name = name(id)
        switch node(id)?.kind {
        case .goal?:
            let number = SpilloverText.goalName(id)
            return LocalizedText(nl: "\(number) (\(name.nl))", en: "\(number) (\(name.en))")
        case .target?:
            return LocalizedText(nl: "subdoel \(id) (\(name.nl))", en: "target \(id) (\(name.en))")
        default:
            return LocalizedText(nl: "doelstelling ‘\(name.nl)’", en: "objective ‘\(name.en)’")
        }
    }

    /// An action as named in a sentence: `‘Lage-emissiezone in het centrum’`.
    func action(_ id: String) -> LocalizedText { LocalizedText(verbatim: "‘\(node(id)?.label ?? id)’") }

    /// A domain's label.
    func domain(_ id: String?) -> LocalizedText {
        guard let id else { return LocalizedText(nl: "niemand", en: "nobody") }
        return LocalizedText(verbatim: node(id)?.label ?? id)
    }
}

extension Localizer {
    /// A list of texts given in both languages, joined in this localiser's language.
    func list(_ items: [LocalizedText], limit: Int? = nil) -> String {
        let texts = items.map { self($0) }
        if let limit { return list(texts, limit: limit) }
        return list(texts)
    }
}
