/// The sentences that say what changed in the input of a comparison (actions, ownership,
/// interaction cells, nodes), and the same changes as causes of a result change (clauses after
/// "omdat" / "because"), in Dutch and English. Result changes are worded in ``ComparisonWording``.
enum InputWording {
    /// A text written once per language by the same code.
    static func text(_ make: (Localizer) -> String) -> LocalizedText {
        LocalizedText(nl: make(Localizer(.nl)), en: make(Localizer(.en)))
    }

    /// A goal, target or objective as a short id in a list: `11.6`, `SDG 11`, `‘Levendige kernen’`.
    static func short(_ id: String, _ labels: ComparisonLabels) -> String {
        switch labels.node(id)?.kind {
        case .goal?: return SpilloverText.goalName(id)
        case .target?, nil: return id
        default: return "‘\(labels.node(id)?.label ?? id)’"
        }
    }

    /// `hier en nu`, `elders`, `later`.
    static func scope(_ scope: Scope, _ l: Localizer) -> String {
        switch scope {
        case .here: return l.t(nl: "hier en nu", en: "here and now")
        case .elsewhere: return l.t(nl: "elders", en: "elsewhere")
        case .later: return l.t(nl: "later", en: "later")
        }
    }

    /// An action's budget, or "niet ingevuld".
    static func budget(_ value: Double?, _ l: Localizer) -> String {
        value.map { l.euro($0, style: .compact) } ?? l.t(nl: "niet ingevuld", en: "not filled in")
    }

    /// A mitigation `action>subject` in words: `de last van ‘LEZ’ voor mensen in armoede`.
    static func mitigation(_ pair: String, _ labels: ComparisonLabels, _ l: Localizer) -> String {
        let parts = pair.split(separator: ">", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return pair }
        let subject = labels.node(parts[1]).map { $0.kind == .group ? l(labels.groupName(parts[1])) : short(parts[1], labels) } ?? parts[1]
        return l.t(nl: "de last van \(l(labels.action(parts[0]))) voor \(subject)",
                   en: "the burden of \(l(labels.action(parts[0]))) on \(subject)")
    }

    /// The sentence of an action added, removed or changed.
    static func action(_ change: ActionChange, labels: ComparisonLabels) -> LocalizedText {
        text { l in
            let name = l(labels.action(change.action))
            let domain = l(labels.domain(change.domainAfter ?? change.domainBefore))
            switch change.change {
            case .added:
                let tags = change.contributions.compactMap { c in c.after.map { "\(short(c.id, labels)) (\(l.signed($0)))" } }
                let budget = change.budgetAfter.map { ", " + l.euro($0, style: .compact) } ?? ""
                let contributes = tags.isEmpty ? l.t(nl: "zonder bijdrage aan een doel", en: "with no contribution to a goal")
                    : l.t(nl: "draagt bij aan ", en: "contributes to ") + l.list(tags, limit: 4)
                return l.t(nl: "De actie \(name) (\(domain)\(budget)) is nieuw: ", en: "The action \(name) (\(domain)\(budget)) is new: ")
                    + contributes + "."
            case .removed:
                let budget = change.budgetBefore.map { l.t(nl: " (had \(l.euro($0, style: .compact)))", en: " (it had \(l.euro($0, style: .compact)))") } ?? ""
                return l.t(nl: "De actie \(name) (\(domain)) is geschrapt\(budget).", en: "The action \(name) (\(domain)) was dropped\(budget).")
            case .changed:
                return l.t(nl: "De actie \(name) (\(domain)): ", en: "The action \(name) (\(domain)): ")
                    + parts(of: change, labels: labels, l).joined(separator: "; ") + "."
            }
        }
    }

    /// The clauses of a changed action, one per thing that changed.
    static func parts(of change: ActionChange, labels: ComparisonLabels, _ l: Localizer) -> [String] {
        var parts: [String] = []
        if let old = change.labelBefore { parts.append(l.t(nl: "nieuwe naam (was ‘\(old)’)", en: "renamed (was ‘\(old)’)")) }
        if change.domainChanged {
            parts.append(l.t(nl: "naar beleidsdomein \(l(labels.domain(change.domainAfter))) (was \(l(labels.domain(change.domainBefore))))",
                             en: "moved to policy domain \(l(labels.domain(change.domainAfter))) (was \(l(labels.domain(change.domainBefore))))"))
        }
        if change.budgetChanged {
            parts.append(l.t(nl: "budget van \(budget(change.budgetBefore, l)) naar \(budget(change.budgetAfter, l))",
                             en: "budget from \(budget(change.budgetBefore, l)) to \(budget(change.budgetAfter, l))"))
        }
        if let old = change.scopeBefore, let new = change.scopeAfter {
            parts.append(l.t(nl: "effecten landen \(scope(new, l)) (was \(scope(old, l)))", en: "effects land \(scope(new, l)) (was \(scope(old, l)))"))
        }
        for c in change.contributions {
            let id = short(c.id, labels)
            switch (c.before, c.after) {
            case (nil, let a?): parts.append(l.t(nl: "nieuwe bijdrage aan \(id) (\(l.signed(a)))", en: "new contribution to \(id) (\(l.signed(a)))"))
            case (let b?, nil): parts.append(l.t(nl: "geen bijdrage meer aan \(id) (was \(l.signed(b)))", en: "no longer contributes to \(id) (was \(l.signed(b)))"))
            case (let b?, let a?) where b != a:
                parts.append(l.t(nl: "score op \(id) van \(l.signed(b)) naar \(l.signed(a))", en: "score on \(id) from \(l.signed(b)) to \(l.signed(a))"))
            default:
                if let old = c.scopeBefore, let new = c.scopeAfter {
                    parts.append(l.t(nl: "bijdrage aan \(id) landt \(scope(new, l)) (was \(scope(old, l)))",
                                     en: "contribution to \(id) lands \(scope(new, l)) (was \(scope(old, l)))"))
                }
            }
        }
        for e in change.groupEffects {
            let group = l(labels.groupName(e.id))
            switch (e.before, e.after) {
            case (nil, let a?): parts.append(l.t(nl: "nieuw effect op \(group) (\(l.signed(a)))", en: "new effect on \(group) (\(l.signed(a)))"))
            case (let b?, nil): parts.append(l.t(nl: "geen effect meer op \(group) (was \(l.signed(b)))", en: "no longer affects \(group) (was \(l.signed(b)))"))
            case (let b?, let a?):
                parts.append(l.t(nl: "effect op \(group) van \(l.signed(b)) naar \(l.signed(a))", en: "effect on \(group) from \(l.signed(b)) to \(l.signed(a))"))
            default: break
            }
        }
        let stakeholder = { (id: String) in labels.node(id)?.label ?? id }
        if !change.stakeholdersAdded.isEmpty {
            parts.append(l.t(nl: "betrekt nu ", en: "now involves ") + l.list(change.stakeholdersAdded.map(stakeholder)))
        }
        if !change.stakeholdersRemoved.isEmpty {
            parts.append(l.t(nl: "betrekt niet meer ", en: "no longer involves ") + l.list(change.stakeholdersRemoved.map(stakeholder)))
        }
        for m in change.mitigationsAdded {
            parts.append(l.t(nl: "vangt nu \(mitigation(m, labels, l)) op", en: "now offsets \(mitigation(m, labels, l))"))
        }
        for m in change.mitigationsRemoved {
            parts.append(l.t(nl: "vangt \(mitigation(m, labels, l)) niet meer op", en: "no longer offsets \(mitigation(m, labels, l))"))
        }
        if parts.isEmpty { parts.append(l.t(nl: "andere plaats in de boom van het plan", en: "moved in the plan's tree")) }
        return parts
    }

    /// The sentence of ownership declared or withdrawn.
    static func ownership(_ change: OwnershipChange, labels: ComparisonLabels) -> LocalizedText {
        text { l in
            let domain = l(labels.domain(change.domain)), target = l(labels.phrase(change.target))
            return change.change == .removed
                ? l.t(nl: "Beleidsdomein \(domain) is niet meer verantwoordelijk voor \(target).",
                      en: "Policy domain \(domain) is no longer responsible for \(target).")
                : l.t(nl: "Beleidsdomein \(domain) is nu verantwoordelijk voor \(target).",
                      en: "Policy domain \(domain) is now responsible for \(target).")
        }
    }

    /// The sentence of an interaction cell scored anew.
    static func interaction(_ change: InteractionChange, labels: ComparisonLabels) -> LocalizedText {
        text { l in
            let cell = "\(short(change.from, labels)) → \(short(change.to, labels))"
            let experts = { (scores: [ExpertScore]) -> String in
                l.t(nl: "gemiddelde van \(l.count(scores.count, .expert))", en: "mean of \(l.count(scores.count, .expert))")
                    + ": " + scores.map { l.signed($0.score) }.joined(separator: ", ")
            }
            switch (change.before, change.after) {
            case (nil, let a?):
                return l.t(nl: "De wisselwerking \(cell) is nieuw gescoord: \(l.signed(a)) (\(experts(change.expertsAfter))).",
                           en: "The interaction \(cell) is newly scored: \(l.signed(a)) (\(experts(change.expertsAfter))).")
            case (let b?, nil):
                return l.t(nl: "De wisselwerking \(cell) is niet meer gescoord (was \(l.signed(b))).",
                           en: "The interaction \(cell) is no longer scored (was \(l.signed(b))).")
            case (let b?, let a?):
                return l.t(nl: "De wisselwerking \(cell) is opnieuw gescoord: van \(l.signed(b)) naar \(l.signed(a)) (\(experts(change.expertsAfter))).",
                           en: "The interaction \(cell) was rescored: from \(l.signed(b)) to \(l.signed(a)) (\(experts(change.expertsAfter))).")
            default:
                return cell
            }
        }
    }

    /// The sentence of a node in one version only.
    static func node(_ change: NodeChange, labels: ComparisonLabels) -> LocalizedText {
        text { l in
            let added = change.change == .added
            switch change.kind {
            case .domain:
                return added ? l.t(nl: "Nieuw beleidsdomein ‘\(change.label)’.", en: "New policy domain ‘\(change.label)’.")
                    : l.t(nl: "Beleidsdomein ‘\(change.label)’ bestaat niet meer.", en: "Policy domain ‘\(change.label)’ no longer exists.")
            case .group:
                return added ? l.t(nl: "Nieuwe eigen groep ‘\(change.label)’.", en: "New group of the model's own: ‘\(change.label)’.")
                    : l.t(nl: "De eigen groep ‘\(change.label)’ is weg.", en: "The model's own group ‘\(change.label)’ is gone.")
            case .stakeholder:
                return added ? l.t(nl: "Nieuwe partner ‘\(change.label)’.", en: "New stakeholder ‘\(change.label)’.")
                    : l.t(nl: "Partner ‘\(change.label)’ is weg.", en: "Stakeholder ‘\(change.label)’ is gone.")
            default:
                let what = l(labels.phrase(change.id)).capitalizedFirst
                return added ? l.t(nl: "\(what) komt nu in het plan of de matrix voor.", en: "\(what) now appears in the plan or the matrix.")
                    : l.t(nl: "\(what) komt niet meer in het plan of de matrix voor.", en: "\(what) no longer appears in the plan or the matrix.")
            }
        }
    }

    // MARK: Causes (clauses after "omdat" / "because")

    static func causeActionAdded(_ change: ActionChange, _ labels: ComparisonLabels) -> LocalizedText {
        text { l in l.t(nl: "de actie \(l(labels.action(change.action))) nieuw is", en: "the action \(l(labels.action(change.action))) is new") }
    }

    static func causeActionRemoved(_ change: ActionChange, _ labels: ComparisonLabels) -> LocalizedText {
        text { l in l.t(nl: "de actie \(l(labels.action(change.action))) geschrapt is", en: "the action \(l(labels.action(change.action))) was dropped") }
    }

    static func causeContribution(_ change: ActionChange, _ c: ScoreChange, _ labels: ComparisonLabels) -> LocalizedText {
        text { l in
            let action = l(labels.action(change.action)), id = InputWording.short(c.id, labels)
            switch (c.before, c.after) {
            case (nil, let a?): return l.t(nl: "\(action) nu bijdraagt aan \(id) (\(l.signed(a)))", en: "\(action) now contributes to \(id) (\(l.signed(a)))")
            case (let b?, nil): return l.t(nl: "\(action) niet meer bijdraagt aan \(id) (was \(l.signed(b)))", en: "\(action) no longer contributes to \(id) (was \(l.signed(b)))")
            case (let b?, let a?) where a != b:
                return l.t(nl: "de score van \(action) op \(id) van \(l.signed(b)) naar \(l.signed(a)) ging",
                           en: "the score of \(action) on \(id) went from \(l.signed(b)) to \(l.signed(a))")
            default:
                return l.t(nl: "de bijdrage van \(action) aan \(id) nu \(InputWording.scope(c.scopeAfter ?? .here, l)) landt",
                           en: "the contribution of \(action) to \(id) now lands \(InputWording.scope(c.scopeAfter ?? .here, l))")
            }
        }
    }

    static func causeGroupEffect(_ change: ActionChange, _ e: ScoreChange, _ labels: ComparisonLabels) -> LocalizedText {
        text { l in
            let action = l(labels.action(change.action)), group = l(labels.groupName(e.id))
            switch (e.before, e.after) {
            case (nil, let a?): return l.t(nl: "\(action) nu een effect heeft op \(group) (\(l.signed(a)))", en: "\(action) now affects \(group) (\(l.signed(a)))")
            case (let b?, nil): return l.t(nl: "\(action) geen effect meer heeft op \(group) (was \(l.signed(b)))", en: "\(action) no longer affects \(group) (was \(l.signed(b)))")
            default:
                return l.t(nl: "het effect van \(action) op \(group) van \(l.signed(e.before ?? 0)) naar \(l.signed(e.after ?? 0)) ging",
                           en: "the effect of \(action) on \(group) went from \(l.signed(e.before ?? 0)) to \(l.signed(e.after ?? 0))")
            }
        }
    }

    static func causeDomain(_ change: ActionChange, _ labels: ComparisonLabels) -> LocalizedText {
        text { l in
            l.t(nl: "\(l(labels.action(change.action))) nu bij \(l(labels.domain(change.domainAfter))) hoort (was \(l(labels.domain(change.domainBefore))))",
                en: "\(l(labels.action(change.action))) now belongs to \(l(labels.domain(change.domainAfter))) (was \(l(labels.domain(change.domainBefore))))")
        }
    }

    static func causeBudget(_ change: ActionChange, _ labels: ComparisonLabels) -> LocalizedText {
        text { l in
            l.t(nl: "het budget van \(l(labels.action(change.action))) van \(InputWording.budget(change.budgetBefore, l)) naar \(InputWording.budget(change.budgetAfter, l)) ging",
                en: "the budget of \(l(labels.action(change.action))) went from \(InputWording.budget(change.budgetBefore, l)) to \(InputWording.budget(change.budgetAfter, l))")
        }
    }

    static func causeStakeholders(_ change: ActionChange, _ labels: ComparisonLabels) -> LocalizedText {
        text { l in
            let name = { (id: String) in labels.node(id)?.label ?? id }
            var parts: [String] = []
            if !change.stakeholdersAdded.isEmpty {
                parts.append(l.t(nl: "\(l(labels.action(change.action))) nu \(l.list(change.stakeholdersAdded.map(name))) betrekt",
                                 en: "\(l(labels.action(change.action))) now involves \(l.list(change.stakeholdersAdded.map(name)))"))
            }
            if !change.stakeholdersRemoved.isEmpty {
                parts.append(l.t(nl: "\(l(labels.action(change.action))) \(l.list(change.stakeholdersRemoved.map(name))) niet meer betrekt",
                                 en: "\(l(labels.action(change.action))) no longer involves \(l.list(change.stakeholdersRemoved.map(name)))"))
            }
            return l.list(parts)
        }
    }

    static func causeMitigation(_ mitigator: String, _ key: String, added: Bool, _ labels: ComparisonLabels) -> LocalizedText {
        text { l in
            let what = InputWording.mitigation(key, labels, l)
            return added ? l.t(nl: "\(l(labels.action(mitigator))) nu \(what) opvangt", en: "\(l(labels.action(mitigator))) now offsets \(what)")
                : l.t(nl: "\(l(labels.action(mitigator))) \(what) niet meer opvangt", en: "\(l(labels.action(mitigator))) no longer offsets \(what)")
        }
    }

    static func causeOwnership(_ change: OwnershipChange, _ labels: ComparisonLabels) -> LocalizedText {
        text { l in
            let domain = l(labels.domain(change.domain)), target = InputWording.short(change.target, labels)
            return change.change == .removed
                ? l.t(nl: "\(domain) niet meer verantwoordelijk is voor \(target)", en: "\(domain) is no longer responsible for \(target)")
                : l.t(nl: "\(domain) nu verantwoordelijk is voor \(target)", en: "\(domain) is now responsible for \(target)")
        }
    }

    static func causeInteraction(_ change: InteractionChange, _ labels: ComparisonLabels) -> LocalizedText {
        text { l in
            let cell = "\(InputWording.short(change.from, labels)) → \(InputWording.short(change.to, labels))"
            switch (change.before, change.after) {
            case (nil, let a?): return l.t(nl: "de wisselwerking \(cell) nu gescoord is (\(l.signed(a)))", en: "the interaction \(cell) is now scored (\(l.signed(a)))")
            case (let b?, nil): return l.t(nl: "de wisselwerking \(cell) niet meer gescoord is (was \(l.signed(b)))", en: "the interaction \(cell) is no longer scored (was \(l.signed(b)))")
            default:
                return l.t(nl: "de wisselwerking \(cell) opnieuw gescoord is (van \(l.signed(change.before ?? 0)) naar \(l.signed(change.after ?? 0)))",
                           en: "the interaction \(cell) was rescored (from \(l.signed(change.before ?? 0)) to \(l.signed(change.after ?? 0)))")
            }
        }
    }

}
