/// The one-sentence explanations of LNOB statuses, gaps and notes, in Dutch or English.
///
/// Actions are named by their label in quotation marks, groups by label, targets by number and
/// short name; scores carry their sign.
enum LNOBExplanation {
    /// At most this many actions are named in one sentence; the rest are counted.
    static let namedActions = 4

    /// A group label for the middle of a sentence (a declared `Nachtwerkers` becomes `nachtwerkers`).
    static func groupName(_ network: PolicyNetwork, _ group: Int, _ language: Language) -> String {
        let label = PlanWording.label(network, group, language)
        let characters = Array(label)
        guard characters.count > 1, characters[0].isUppercase, characters[1].isLowercase else { return label }
        return characters[0].lowercased() + String(characters.dropFirst())
    }

    /// The first letter in upper case.
    static func capitalised(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// Quoted action labels, each with its score when given, joined as a list; extra actions counted.
    static func actionList(_ network: PolicyNetwork, _ actions: [Int], scores: [Double]? = nil, _ language: Language) -> String {
        var items: [String] = []
        for (offset, action) in actions.prefix(namedActions).enumerated() {
            let score = scores.map { " (\(PlanWording.score($0[offset], language)))" } ?? ""
            items.append(PlanWording.quoted(network, action) + score)
        }
        if actions.count > namedActions {
            let more = actions.count - namedActions
            items.append(language == .nl ? "\(more) andere" : "\(more) other\(more == 1 ? "" : "s")")
        }
        return PlanWording.list(items, language)
    }

    static func scores(_ network: PolicyNetwork, _ actions: [Int], group: Int) -> [Double] {
        actions.map { action in network.edges(.groupEffect, from: action).first { $0.to == group }?.score ?? 0 }
    }

    static func status(_ status: LNOBStatus, benefits: Int, burdens: Int, unmitigated: Int, language: Language) -> String {
        switch (status, language) {
        case (.none, .nl): return "Geen enkele actie helpt deze groep."
        case (.none, .en): return "No action benefits this group."
        case (.full, .nl):
            return burdens == 0 ? "\(benefits) acties helpen deze groep en geen enkele legt haar een last op."
                : "\(benefits) acties helpen deze groep en elke last is uitdrukkelijk opgevangen."
        case (.full, .en):
            return burdens == 0 ? "\(benefits) actions benefit this group and none burdens it."
                : "\(benefits) actions benefit this group and every burden is explicitly mitigated."
        case (.partial, .nl):
            let open = unmitigated == 1 ? "1 last is niet opgevangen" : "\(unmitigated) lasten zijn niet opgevangen"
            if benefits == 1 { return unmitigated == 0 ? "Slechts één actie helpt deze groep." : "Slechts één actie helpt deze groep, en \(open)." }
            return "\(benefits) acties helpen deze groep, maar \(open)."
        case (.partial, .en):
            let open = unmitigated == 1 ? "1 burden is not mitigated" : "\(unmitigated) burdens are not mitigated"
            if benefits == 1 { return unmitigated == 0 ? "Only one action benefits this group." : "Only one action benefits this group, and \(open)." }
            return "\(benefits) actions benefit this group, but \(open)."
        }
    }

    static func noBenefit(_ network: PolicyNetwork, group: Int, burdens: [Int], _ language: Language) -> String {
        let name = groupName(network, group, language)
        let list = actionList(network, burdens, scores: scores(network, burdens, group: group), language)
        switch language {
        case .nl:
            let base = "Geen enkele actie van het plan komt ten goede aan \(name)"
            if burdens.isEmpty { return base + "." }
            return base + ", terwijl \(list) hen wel een last " + (burdens.count == 1 ? "oplegt." : "opleggen.")
        case .en:
            let base = "No action of the plan benefits \(name)"
            if burdens.isEmpty { return base + "." }
            return base + ", while \(list) " + (burdens.count == 1 ? "burdens them." : "burden them.")
        }
    }

    static func burdensOutweigh(_ network: PolicyNetwork, group: Int, burdens: [Int], burdenTotal: Double,
                                benefits: [Int], benefitTotal: Double, _ language: Language) -> String {
        let name = groupName(network, group, language)
        let burdenList = actionList(network, burdens, language)
        let benefitList = actionList(network, benefits, language)
        let minus = PlanWording.score(-burdenTotal, language)
        let plus = PlanWording.score(benefitTotal, language)
        switch language {
        case .nl:
            let head = "De lasten voor \(name) (samen \(minus), door \(burdenList)) wegen zwaarder dan de voordelen"
            return benefits.isEmpty ? head + ", want geen enkele actie helpt hen." : head + " (samen \(plus), door \(benefitList))."
        case .en:
            let head = "The burdens on \(name) (\(minus) in total, from \(burdenList)) outweigh the benefits"
            return benefits.isEmpty ? head + ", as no action benefits them." : head + " (\(plus) in total, from \(benefitList))."
        }
    }

    static func severeBurden(_ network: PolicyNetwork, group: Int, action: Int, score: Double, otherBenefits: Bool,
                             _ language: Language) -> String {
        let name = groupName(network, group, language)
        let actionName = PlanWording.quoted(network, action)
        let value = PlanWording.score(score, language)
        switch language {
        case .nl:
            return "\(actionName) legt \(name) een zware last op (\(value)) die geen enkele actie uitdrukkelijk opvangt"
                + (otherBenefits ? "; de voordelen van andere acties heffen die last niet op." : ".")
        case .en:
            return "\(actionName) places a heavy burden (\(value)) on \(name) that no action explicitly mitigates"
                + (otherBenefits ? "; benefits from other actions do not offset it." : ".")
        }
    }

    static func withoutVoice(_ network: PolicyNetwork, group: Int, action: Int, score: Double, representatives: [Int],
                             _ language: Language) -> String {
        let name = groupName(network, group, language)
        let actionName = PlanWording.quoted(network, action)
        let value = PlanWording.score(score, language)
        let reps = PlanWording.list(representatives.map { network.nodes[$0].label }, language)
        switch language {
        case .nl:
            let head = "\(actionName) legt \(name) een last op (\(value))"
            if representatives.isEmpty { return head + ", en geen enkele partner in het model spreekt voor hen." }
            return head + (representatives.count == 1
                ? ", maar hun vertegenwoordiger \(reps) is niet bij de actie betrokken."
                : ", maar hun vertegenwoordigers \(reps) zijn niet bij de actie betrokken.")
        case .en:
            let head = "\(actionName) burdens \(name) (\(value))"
            if representatives.isEmpty { return head + ", and no stakeholder in the model speaks for them." }
            return head + (representatives.count == 1
                ? ", but their representative \(reps) is not involved in the action."
                : ", but their representatives \(reps) are not involved in the action.")
        }
    }

    static func factorNotAddressed(_ network: PolicyNetwork, _ finding: LNOBFactorFinding, _ language: Language) -> String {
        let factor = PlanWording.factor(finding.factor, language)
        let names = finding.groups.compactMap { network.index(of: $0) }.map { groupName(network, $0, language) }
        let list = PlanWording.list(names, language)
        switch language {
        case .nl:
            let head = "Geen enkele actie helpt een groep die achterblijft door \(factor)"
            if names.isEmpty { return head + "; geen enkele groep van het model draagt die factor." }
            return head + ": \(list) " + (names.count == 1 ? "krijgt" : "krijgen") + " geen enkel voordeel."
        case .en:
            let head = "No action benefits a group left behind through \(factor)"
            if names.isEmpty { return head + "; no group of the model carries this factor." }
            return head + ": \(list) " + (names.count == 1 ? "gets" : "get") + " no benefit."
        }
    }

    static func words(_ target: Target) -> String {
        target.lnobWords.map { "\u{201C}\($0)\u{201D}" }.joined(separator: ", ")
    }

    static func targetNotAddressed(_ target: Target, _ language: Language) -> String {
        let name = PlanWording.target(target.id, language)
        let goal = PlanWording.goal(target.goal)
        let words = target.lnobWords.isEmpty ? "" : " (\(Self.words(target)))"
        switch language {
        case .nl:
            return "Het plan werkt aan \(goal), maar geen enkele actie draagt positief bij aan target \(name), een target over wie dreigt achter te blijven\(words)."
        case .en:
            return "The plan works on \(goal), but no action contributes positively to target \(name), a target about people at risk of being left behind\(words)."
        }
    }

    static func targetHarmed(_ network: PolicyNetwork, _ target: Target,
                             harms: [(action: Int, via: Int?, strength: Double)], _ language: Language) -> String {
        let name = PlanWording.target(target.id, language)
        let direct = harms.filter { $0.via == nil }
        let indirect = harms.filter { $0.via != nil }
        let directList = actionList(network, direct.map(\.action), scores: direct.map(\.strength), language)
        var indirectItems = indirect.prefix(namedActions).map { harm -> String in
            let via = harm.via.map { v in
                network.nodes[v].kind == .target ? PlanWording.target(network.nodes[v].id, language)
                    : network.nodes[v].kind == .goal ? network.nodes[v].id : network.nodes[v].label
            } ?? ""
            let word = language == .nl ? "via" : "through"
            return "\(PlanWording.quoted(network, harm.action)) \(word) \(via) (\(PlanWording.score(harm.strength, language)))"
        }
        if indirect.count > namedActions {
            let more = indirect.count - namedActions
            indirectItems.append(language == .nl ? "\(more) andere" : "\(more) other\(more == 1 ? "" : "s")")
        }
        let indirectList = PlanWording.list(indirectItems, language)
        switch language {
        case .nl:
            var text = "Target \(name), een target over wie dreigt achter te blijven, wordt "
            if !direct.isEmpty { text += "tegengewerkt door \(directList)" }
            if !indirect.isEmpty { text += (direct.isEmpty ? "" : ", en ") + "onrechtstreeks tegengewerkt door \(indirectList)" }
            return text + "."
        case .en:
            var text = "Target \(name), a target about people at risk of being left behind, is "
            if !direct.isEmpty { text += "set back by \(directList)" }
            if !indirect.isEmpty { text += (direct.isEmpty ? "" : ", and ") + "set back indirectly by \(indirectList)" }
            return text + "."
        }
    }

    static func goalLevel(_ network: PolicyNetwork, goal: Int, actions: [Int], targets: [String], positive: Bool,
                          _ language: Language) -> String {
        let list = actionList(network, actions, language)
        let goalName = PlanWording.goal(goal)
        let targetList = PlanWording.list(targets, language)
        let plural = actions.count > 1
        let nlTargets = targets.count == 1 ? "het LNOB-target \(targetList)" : "de LNOB-targets \(targetList)"
        let enTargets = targets.count == 1 ? "its LNOB-relevant target \(targetList)" : "its LNOB-relevant targets \(targetList)"
        switch (language, positive) {
        case (.nl, true):
            return "\(list) " + (plural ? "dragen" : "draagt") + " bij aan \(goalName) als geheel, zonder een target te noemen: of "
                + (plural ? "ze" : "die actie") + " \(nlTargets) " + (plural ? "bereiken" : "bereikt")
                + ", valt niet op targetniveau te beoordelen."
        case (.nl, false):
            return "\(list) " + (plural ? "werken" : "werkt") + " \(goalName) als geheel tegen, zonder een target te noemen: of dat \(nlTargets) schaadt, valt niet op targetniveau te beoordelen."
        case (.en, true):
            return "\(list) " + (plural ? "contribute" : "contributes") + " to \(goalName) as a whole, without naming a target: whether "
                + (plural ? "they reach" : "it reaches") + " \(enTargets) cannot be assessed at target level."
        case (.en, false):
            return "\(list) " + (plural ? "counteract" : "counteracts") + " \(goalName) as a whole, without naming a target: whether this harms \(enTargets) cannot be assessed at target level."
        }
    }
}
