import Foundation

/// The words of the spillover analysis, in Dutch or English: labels, numbers and the one-sentence
/// explanation of each finding.
public enum SpilloverText {
    /// The label of a goal, target or other node in a language: a goal's name, a target's short
    /// name from the catalogue, otherwise the node's own label.
    ///
    /// - Parameters:
    ///   - node: the node index.
    ///   - network: the network.
    ///   - language: the language.
    /// - Returns: the label.
    /// - Complexity: O(1).
    public static func label(of node: Int, in network: PolicyNetwork, language: Language) -> String {
        let n = network.nodes[node]
        switch n.kind {
        case .goal:
            guard let goal = SDGCatalogue.standard.goal(id: n.id) else { return n.label }
            return language == .nl ? goal.nameNL : goal.nameEN
        case .target:
            guard let target = SDGCatalogue.standard.target(n.id) else { return n.label }
            return language == .nl ? target.shortNameNL : target.shortNameEN
        default:
            return n.label
        }
    }

    /// A goal id written for readers: `SDG11` → `SDG 11`.
    public static func goalName(_ id: String) -> String {
        id.hasPrefix("SDG") ? "SDG " + id.dropFirst(3) : id
    }

    /// A strength rounded to two decimals, with a decimal comma in Dutch, `+` before positive
    /// values when `signed`, and the minus sign `−` before negative ones.
    ///
    /// - Parameters:
    ///   - value: the number.
    ///   - language: decides the decimal mark.
    ///   - signed: whether to write `+` before positive values.
    /// - Returns: for example `−0,67` (nl) or `+2` (en, signed).
    public static func number(_ value: Double, language: Language, signed: Bool = true) -> String {
        guard value.isFinite else { return String(value) }
        let hundredths = (abs(value) * 100).rounded()
        guard hundredths < 1e15 else { return ScoreScale.format(value, signed: signed) }
        let cents = Int(hundredths)
        var body = String(cents / 100)
        let fraction = cents % 100
        if fraction != 0 {
            body += language == .nl ? "," : "."
            body += fraction % 10 == 0 ? String(fraction / 10) : (fraction < 10 ? "0" : "") + String(fraction)
        }
        if cents == 0 { return body }
        if value < 0 { return "\u{2212}" + body }
        return (signed ? "+" : "") + body
    }

    /// A list joined the way people write it: `A, B en C` / `A, B and C`.
    public static func list(_ items: [String], language: Language) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + (language == .nl ? " en " : " and ") + items.last!
    }

    /// How a goal, target or objective is named in a sentence: `subdoel 8.9 (Duurzaam toerisme)`,
    /// `SDG 11 (Duurzame steden en gemeenschappen)`, `doelstelling ‘Levendige kernen’`.
    static func phrase(kind: NodeKind, id: String, label: String, language: Language) -> String {
        switch (kind, language) {
        case (.goal, _): return "\(goalName(id)) (\(label))"
        case (.target, .nl): return "subdoel \(id) (\(label))"
        case (.target, .en): return "target \(id) (\(label))"
        case (_, .nl): return "doelstelling ‘\(label)’"
        case (_, .en): return "objective ‘\(label)’"
        }
    }

    /// One sentence about a finding: who does what to whose target, how, where, and whether
    /// anyone manages it.
    ///
    /// - Parameters:
    ///   - finding: the finding, with every field but the explanation filled in.
    ///   - mitigatorLabels: the labels of the actions that explicitly mitigate it.
    ///   - language: the language of the sentence.
    /// - Returns: the sentence.
    public static func explanation(of finding: Spillover, mitigatorLabels: [String], language: Language) -> String {
        let nl = language == .nl
        let tradeOff = finding.effect == .tradeOff
        let target = phrase(kind: finding.targetKind, id: finding.target, label: finding.targetLabel, language: language)
        let receivers = list(finding.receivingDomainLabels, language: language)
        let strength = number(finding.strength, language: language)
        let route = finding.path.dropFirst().joined(separator: " → ")
        var sentence: String
        if nl {
            let verb = tradeOff ? "verzwakt" : "versterkt"
            let scope = finding.scope == .elsewhere ? " elders" : finding.scope == .later ? " voor toekomstige generaties" : ""
            let how = finding.kind == .direct ? " rechtstreeks" : " via \(route)"
            let whose = receivers.isEmpty ? ", waarvoor geen enkel domein verantwoordelijk is" : " van \(receivers)"
            sentence = "De actie ‘\(finding.actionLabel)’ (\(finding.domainLabel)) \(verb)\(scope)\(how) \(target)\(whose) (sterkte \(strength))"
        } else {
            let verb = tradeOff ? "weakens" : "strengthens"
            let scope = finding.scope == .elsewhere ? " elsewhere" : finding.scope == .later ? " for future generations" : ""
            let how = finding.kind == .direct ? "directly " : ""
            let via = finding.kind == .direct ? "" : " via \(route)"
            let owner = receivers.isEmpty ? "" : " of \(receivers)"
            let nobody = receivers.isEmpty ? ", which no domain is responsible for" : ""
            sentence = "The action ‘\(finding.actionLabel)’ (\(finding.domainLabel)) \(how)\(verb) \(target)\(owner)\(via)\(scope)\(nobody) (strength \(strength))"
        }
        if tradeOff { sentence += managementClause(finding, mitigatorLabels: mitigatorLabels, receivers: receivers, language: language) }
        return sentence + "."
    }

    /// The clause that says whether a trade-off is managed, starting with `; `.
    static func managementClause(_ finding: Spillover, mitigatorLabels: [String], receivers: String, language: Language) -> String {
        let nl = language == .nl
        let support = number(finding.receiverSupport ?? 0, language: language)
        switch finding.management {
        case .managed? where !mitigatorLabels.isEmpty:
            let names = list(mitigatorLabels.map { "‘\($0)’" }, language: language)
            if nl { return "; \(names) \(mitigatorLabels.count == 1 ? "vangt" : "vangen") dit uitdrukkelijk op" }
            return "; \(names) explicitly \(mitigatorLabels.count == 1 ? "offsets" : "offset") it"
        case .managed?:
            return nl ? "; eigen acties van \(receivers) (samen \(support)) wegen daartegen op"
                : "; actions of \(receivers) (together \(support)) make up for it"
        case .partly?:
            return nl ? "; eigen acties van \(receivers) (samen \(support)) vangen dit maar deels op"
                : "; actions of \(receivers) (together \(support)) only partly make up for it"
        case .unmanaged?, nil:
            return nl ? "; niemand beheert dit" : "; nobody manages it"
        }
    }

    /// The note for a goal-level tag whose indirect effects cannot be traced at target level.
    ///
    /// - Returns: one sentence in the language.
    static func cannotAssess(action: String, domain: String, goal: String, goalLabel: String, language: Language) -> String {
        switch language {
        case .nl:
            return "De actie ‘\(action)’ (\(domain)) is alleen per doel getagd (\(goal), \(goalLabel)): onrechtstreekse "
                + "effecten zijn niet te beoordelen op het niveau van de subdoelen, want de interacties zijn per subdoel "
                + "gescoord; tag de actie met subdoelen om ze te vinden."
        case .en:
            return "The action ‘\(action)’ (\(domain)) is tagged only per goal (\(goal), \(goalLabel)): its indirect "
                + "effects cannot be assessed at target level, because the interactions are scored per target; tag the "
                + "action with targets to trace them."
        }
    }

    /// The note for a model without interaction scores.
    static func noInteractions(language: Language) -> String {
        language == .nl
            ? "Het model bevat geen interactiescores tussen subdoelen, dus alleen rechtstreekse spillovers zijn gezocht."
            : "The model has no interaction scores between targets, so only direct spillovers were looked for."
    }
}
