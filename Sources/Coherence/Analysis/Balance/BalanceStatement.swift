/// The plain statement of where a plan leans, in Dutch or English.
///
/// - Some class leans over: "Het plan legt het zwaartepunt bij milieudoelen; sociale en economische
///   doelen krijgen minder aandacht dan in de SDG's." (the second half names every comparable class
///   whose share is below its baseline share).
/// - None leans over, some lean under: "Economische doelen krijgen veel minder aandacht dan in de SDG's;
///   het plan legt meer nadruk op sociale doelen." (the second half names the classes above their baseline share).
/// - None leans: "Het plan volgt ongeveer de verdeling van de SDG's over …".
enum BalanceStatement {
    static func text(_ classes: [BalanceClass], lens: BalanceLensKind, measure: BalanceMeasure, language: Language) -> String {
        let comparable = classes.filter { $0.lean(measure) != .notComparable }
        let nl = language == .nl
        guard !comparable.isEmpty else {
            switch measure {
            case .budget:
                return nl ? "Het plan geeft geen budget aan acties met een positieve bijdrage: er valt geen verdeling te meten."
                    : "The plan gives no budget to actions with a positive contribution: there is no spread to measure."
            default:
                return nl ? "Het plan heeft geen positieve bijdragen aan SDG's: er valt geen verdeling te meten."
                    : "The plan has no positive contributions to the SDGs: there is no spread to measure."
            }
        }
        func phrases(_ items: [BalanceClass]) -> String {
            BalanceClassification.phrases(items.map(\.id), lens: lens, language)
        }
        let over = comparable.filter { $0.lean(measure) == .over }
        let under = comparable.filter { $0.lean(measure) == .under }
        // Every class phrase is a plural noun ("milieudoelen", "People goals"): the verb is always plural.
        if !over.isEmpty {
            let below = comparable.filter { $0.lean(measure) != .over && $0.share(measure) < ($0.baselineShare ?? 0) }
            let head = nl ? "Het plan legt het zwaartepunt bij \(phrases(over))" : "The plan puts its weight on \(phrases(over))"
            if below.isEmpty { return head + "." }
            return head + (nl ? "; \(phrases(below)) krijgen minder aandacht dan in de SDG's."
                              : "; \(phrases(below)) get less attention than in the SDGs.")
        }
        if !under.isEmpty {
            let above = comparable.filter { $0.share(measure) > ($0.baselineShare ?? 0) }
            let subject = LNOBExplanation.capitalised(phrases(under))
            let head = nl ? "\(subject) krijgen veel minder aandacht dan in de SDG's" : "\(subject) get much less attention than in the SDGs"
            if above.isEmpty { return head + "." }
            return head + (nl ? "; het plan legt meer nadruk op \(phrases(above))." : "; the plan puts more weight on \(phrases(above)).")
        }
        return nl ? "Het plan volgt ongeveer de verdeling van de SDG's over \(phrases(comparable))."
            : "The plan roughly follows the SDGs' own spread over \(phrases(comparable))."
    }
}
