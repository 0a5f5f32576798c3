/// The sentences of a comparison, in Dutch and English: what changed in each result, the causes
/// ("omdat de actie ‘X’ nieuw is"), and the headline summary. Input changes are worded in
/// ``InputWording``.
enum ComparisonWording {
    static func text(_ make: (Localizer) -> String) -> LocalizedText { InputWording.text(make) }

    /// `, omdat A en B` / `, because A and B`, at most three causes named; empty without causes.
    static func because(_ causes: [ComparisonCause], _ l: Localizer) -> String {
        guard !causes.isEmpty else { return "" }
        return l.t(nl: ", omdat ", en: ", because ") + l.list(causes.map(\.text), limit: 3)
    }

    // MARK: Result changes

    static func management(_ m: Management?, _ l: Localizer) -> String {
        switch m {
        case .managed?: return l.t(nl: "beheerd", en: "managed")
        case .partly?: return l.t(nl: "deels beheerd", en: "partly managed")
        case .unmanaged?: return l.t(nl: "niet beheerd", en: "unmanaged")
        case nil: return ""
        }
    }

    static func spillover(_ c: SpilloverChange, labels: ComparisonLabels) -> LocalizedText {
        text { l in
            let tradeOff = c.effect == .tradeOff
            let noun = l.noun(tradeOff ? .tradeOff : .coBenefit, count: 1)
            let route = c.path.count > 2 ? l.t(nl: " via ", en: " via ") + c.path.dropFirst().dropLast().map { InputWording.short($0, labels) }.joined(separator: " → ") : ""
            let receivers = c.receivingDomains.isEmpty ? l.t(nl: " (van niemand)", en: " (nobody's)")
                : l.t(nl: " van ", en: " of ") + l.list(c.receivingDomains.map { labels.domain($0) })
            let subject = "\(l(labels.action(c.action))) (\(l(labels.domain(c.domain)))) → \(l(labels.phrase(c.target)))\(receivers)\(route)"
            let strengthB = c.strengthBefore.map { l.signed($0) } ?? "", strengthA = c.strengthAfter.map { l.signed($0) } ?? ""
            var sentence: String
            switch c.kind {
            case .new:
                sentence = (tradeOff ? l.t(nl: "Nieuwe trade-off: ", en: "New trade-off: ") : l.t(nl: "Nieuwe meekoppelkans: ", en: "New co-benefit: "))
                    + "\(subject) (\(strengthA)" + (tradeOff ? ", \(management(c.managementAfter, l)))" : ")")
            case .resolved:
                sentence = (tradeOff ? l.t(nl: "Opgeloste trade-off: ", en: "Resolved trade-off: ") : l.t(nl: "Verdwenen meekoppelkans: ", en: "Co-benefit gone: "))
                    + "\(subject) (was \(strengthB))"
            case .reversed:
                let was = l.noun(tradeOff ? .coBenefit : .tradeOff, count: 1)
                sentence = l.t(nl: "Omgekeerd, nu een \(noun): \(subject) (was een \(was) van \(strengthB), nu \(strengthA))",
                               en: "Reversed, now a \(noun): \(subject) (was a \(was) of \(strengthB), now \(strengthA))")
            case .stronger, .weaker:
                let adjective = c.kind == .stronger ? l.t(nl: "Sterkere", en: "Stronger") : l.t(nl: "Zwakkere", en: "Weaker")
                sentence = "\(adjective) \(noun): \(subject) (" + l.t(nl: "van \(strengthB) naar \(strengthA)", en: "from \(strengthB) to \(strengthA)") + ")"
            case .newlyManaged, .newlyPartlyManaged, .newlyUnmanaged:
                let strength = strengthB == strengthA ? strengthA : l.t(nl: "van \(strengthB) naar \(strengthA)", en: "from \(strengthB) to \(strengthA)")
                sentence = l.t(nl: "Trade-off nu \(management(c.managementAfter, l)): ", en: "Trade-off now \(management(c.managementAfter, l)): ")
                    + "\(subject) (\(strength); " + l.t(nl: "was \(management(c.managementBefore, l)))", en: "was \(management(c.managementBefore, l)))")
            }
            return sentence + because(c.causes, l) + "."
        }
    }

    static func status(_ status: LNOBStatus?, _ l: Localizer) -> String {
        switch status {
        case .none?: return l.t(nl: "geen", en: "none")
        case .partial?: return l.t(nl: "gedeeltelijk", en: "partial")
        case .full?: return l.t(nl: "volledig", en: "full")
        case nil: return l.t(nl: "niet in het plan", en: "not in the plan")
        }
    }

    static func group(_ c: GroupStatusChange, labels: ComparisonLabels) -> LocalizedText {
        text { l in
            let group = l(labels.groupName(c.group)).capitalizedFirst
            let helped = l.t(nl: "geholpen door \(l.count(c.benefitsAfter.count, .action))", en: "helped by \(l.count(c.benefitsAfter.count, .action))")
            return l.t(nl: "\(group): van ‘\(status(c.statusBefore, l))’ naar ‘\(status(c.statusAfter, l))’ (\(helped))",
                       en: "\(group): from ‘\(status(c.statusBefore, l))’ to ‘\(status(c.statusAfter, l))’ (\(helped))")
                + because(c.causes, l) + "."
        }
    }

    static func gap(_ c: GapChange, after: LNOBReport, labels: ComparisonLabels) -> LocalizedText {
        text { l in
            let opened = c.change == .opened
            let group = c.group.map { l(labels.groupName($0)) } ?? ""
            let target = c.target.map { l(labels.phrase($0)) } ?? ""
            let action = c.actions.first.map { l(labels.action($0)) } ?? ""
            let factor = c.factor.map { PlanWording.factor($0, l.language) } ?? ""
            var sentence: String
            switch (c.kind, opened) {
            case (.noBenefit, true): sentence = l.t(nl: "Nieuw knelpunt: geen enkele actie helpt nog \(group)", en: "New gap: no action helps \(group) any more")
            case (.noBenefit, false): sentence = l.t(nl: "Knelpunt opgelost: een actie helpt nu \(group)", en: "Gap closed: an action now helps \(group)")
            case (.burdensOutweighBenefits, true): sentence = l.t(nl: "Nieuw knelpunt: voor \(group) wegen de lasten nu zwaarder dan de voordelen", en: "New gap: for \(group) the burdens now outweigh the benefits")
            case (.burdensOutweighBenefits, false): sentence = l.t(nl: "Knelpunt opgelost: voor \(group) wegen de lasten niet meer zwaarder dan de voordelen", en: "Gap closed: for \(group) the burdens no longer outweigh the benefits")
            case (.unmitigatedSevereBurden, true): sentence = l.t(nl: "Nieuw knelpunt: \(action) legt een zware last op \(group) die niemand opvangt", en: "New gap: \(action) puts a severe burden on \(group) that nobody offsets")
            case (.unmitigatedSevereBurden, false): sentence = l.t(nl: "Knelpunt opgelost: de zware last van \(action) voor \(group) is weg of wordt opgevangen", en: "Gap closed: the severe burden of \(action) on \(group) is gone or offset")
            case (.burdenWithoutVoice, true): sentence = l.t(nl: "Nieuw knelpunt: \(group) dragen een last van \(action) zonder er een stem in te hebben", en: "New gap: \(group) bear a burden of \(action) without a voice in it")
            case (.burdenWithoutVoice, false): sentence = l.t(nl: "Knelpunt opgelost: \(group) hebben een stem in \(action) of dragen er geen last meer van", en: "Gap closed: \(group) have a voice in \(action) or no longer bear a burden of it")
            case (.lnobTargetNotAddressed, true): sentence = l.t(nl: "Nieuw knelpunt: LNOB-\(target) krijgt geen positieve bijdrage meer", en: "New gap: the LNOB \(target) gets no positive contribution any more")
            case (.lnobTargetNotAddressed, false): sentence = l.t(nl: "Knelpunt opgelost: LNOB-\(target) krijgt nu een positieve bijdrage", en: "Gap closed: the LNOB \(target) now gets a positive contribution")
            case (.lnobTargetHarmed, true): sentence = l.t(nl: "Nieuw knelpunt: LNOB-\(target) wordt nu tegengewerkt", en: "New gap: the LNOB \(target) is now set back")
            case (.lnobTargetHarmed, false): sentence = l.t(nl: "Knelpunt opgelost: LNOB-\(target) wordt niet meer tegengewerkt", en: "Gap closed: the LNOB \(target) is no longer set back")
            case (.factorNotAddressed, true): sentence = l.t(nl: "Nieuw knelpunt: geen actie helpt nog groepen die achterblijven door \(factor)", en: "New gap: no action helps groups left behind by \(factor) any more")
            case (.factorNotAddressed, false): sentence = l.t(nl: "Knelpunt opgelost: een actie helpt nu groepen die achterblijven door \(factor)", en: "Gap closed: an action now helps groups left behind by \(factor)")
            }
            return sentence + because(c.causes, l) + "."
        }
    }

    static func lean(_ lean: BalanceLean, _ l: Localizer) -> String {
        switch lean {
        case .over: return l.t(nl: "oververtegenwoordigd", en: "over-represented")
        case .under: return l.t(nl: "ondervertegenwoordigd", en: "under-represented")
        case .inLine: return l.t(nl: "in lijn met de SDG's", en: "in line with the SDGs")
        case .notComparable: return l.t(nl: "niet te vergelijken", en: "not comparable")
        }
    }

    static func lensName(_ lens: BalanceLensKind, _ l: Localizer) -> String {
        switch lens {
        case .dimension: return l.t(nl: "dimensie", en: "dimension")
        case .fiveP: return "5P"
        case .weddingCake: return l.t(nl: "laag van de wedding cake", en: "wedding-cake layer")
        }
    }

    static func balance(_ c: BalanceChange, threshold: Double, labels: ComparisonLabels) -> LocalizedText {
        text { l in
            let name = BalanceClassification.label(c.classID, lens: c.lens, l.language)
            var parts: [String] = []
            let measures: [(Double, Double, LocalizedText)] = [
                (c.countShareBefore, c.countShareAfter, LocalizedText(nl: "van de bijdragen", en: "of the contributions")),
                (c.scoreShareBefore, c.scoreShareAfter, LocalizedText(nl: "van de som van de scores", en: "of the summed scores")),
                (c.budgetShareBefore, c.budgetShareAfter, LocalizedText(nl: "van het budget", en: "of the budget")),
            ]
            for (before, after, what) in measures where abs(after - before) >= threshold - 1e-12 {
                parts.append(l.t(nl: "van \(l.percent(before)) naar \(l.percent(after)) \(l(what))", en: "from \(l.percent(before)) to \(l.percent(after)) \(l(what))"))
            }
            if c.countLeanBefore != c.countLeanAfter {
                parts.append(l.t(nl: "naar aantal nu \(lean(c.countLeanAfter, l)) (was \(lean(c.countLeanBefore, l)))",
                                 en: "by number now \(lean(c.countLeanAfter, l)) (was \(lean(c.countLeanBefore, l)))"))
            }
            if c.budgetLeanBefore != c.budgetLeanAfter {
                parts.append(l.t(nl: "naar budget nu \(lean(c.budgetLeanAfter, l)) (was \(lean(c.budgetLeanBefore, l)))",
                                 en: "by budget now \(lean(c.budgetLeanAfter, l)) (was \(lean(c.budgetLeanBefore, l)))"))
            }
            let why = c.causes.isEmpty
                ? l.t(nl: " (een aandeel verschuift ook als andere klassen veranderen)", en: " (a share also moves when other classes change)")
                : because(c.causes, l)
            return l.t(nl: "Aandeel ‘\(name)’ (\(lensName(c.lens, l))): ", en: "Share ‘\(name)’ (\(lensName(c.lens, l))): ")
                + parts.joined(separator: "; ") + why + "."
        }
    }

    static func coverageStatus(_ status: CoverageStatus, _ l: Localizer) -> String {
        switch status {
        case .covered: return l.t(nl: "gedekt", en: "covered")
        case .onlyContradicted: return l.t(nl: "enkel tegengewerkt", en: "only contradicted")
        case .notAddressed: return l.t(nl: "niet aangepakt", en: "not addressed")
        }
    }

    static func coverage(_ c: CoverageChange, labels: ComparisonLabels) -> LocalizedText {
        text { l in
            let goal = SDGCatalogue.standard.goal(c.goal).map { "\(SpilloverText.goalName(c.id)) (\(l.isDutch ? $0.nameNL : $0.nameEN))" } ?? c.id
            var parts: [String] = []
            if c.statusBefore != c.statusAfter {
                parts.append(l.t(nl: "van ‘\(coverageStatus(c.statusBefore, l))’ naar ‘\(coverageStatus(c.statusAfter, l))’",
                                 en: "from ‘\(coverageStatus(c.statusBefore, l))’ to ‘\(coverageStatus(c.statusAfter, l))’"))
            }
            if c.targetsCoveredBefore != c.targetsCoveredAfter {
                parts.append(l.t(nl: "\(l.integer(c.targetsCoveredAfter)) \(l.noun(.target, count: c.targetsCoveredAfter)) gedekt (was \(l.integer(c.targetsCoveredBefore)))",
                                 en: "\(l.integer(c.targetsCoveredAfter)) \(l.noun(.target, count: c.targetsCoveredAfter)) covered (was \(l.integer(c.targetsCoveredBefore)))"))
            }
            if !c.newlyCovered.isEmpty { parts.append(l.t(nl: "nu gedekt: ", en: "now covered: ") + l.list(c.newlyCovered, limit: 4)) }
            if !c.noLongerCovered.isEmpty { parts.append(l.t(nl: "niet meer gedekt: ", en: "no longer covered: ") + l.list(c.noLongerCovered, limit: 4)) }
            if c.onlyContradictedBefore != c.onlyContradictedAfter {
                parts.append(l.t(nl: "\(l.integer(c.onlyContradictedAfter)) enkel tegengewerkt (was \(l.integer(c.onlyContradictedBefore)))",
                                 en: "\(l.integer(c.onlyContradictedAfter)) only contradicted (was \(l.integer(c.onlyContradictedBefore)))"))
            }
            if abs(c.budgetAfter - c.budgetBefore) >= 0.5 {
                parts.append(l.t(nl: "budget van \(l.euro(c.budgetBefore, style: .compact)) naar \(l.euro(c.budgetAfter, style: .compact))",
                                 en: "budget from \(l.euro(c.budgetBefore, style: .compact)) to \(l.euro(c.budgetAfter, style: .compact))"))
            }
            return "\(goal): " + parts.joined(separator: "; ") + because(c.causes, l) + "."
        }
    }

    /// Without any cell of its own changed, a node moves because others did.
    static func elsewhere(_ l: Localizer) -> String {
        l.t(nl: " (door wijzigingen elders in de matrix)", en: " (through changes elsewhere in the matrix)")
    }

    static func rank(_ c: RankChange, labels: ComparisonLabels) -> LocalizedText {
        text { l in
            let node = l(labels.phrase(c.id)).capitalizedFirst
            var sentence: String
            switch (c.rankBefore, c.rankAfter) {
            case (nil, let a?): sentence = l.t(nl: "\(node) komt nieuw in de rangschikking op plaats \(a)", en: "\(node) enters the ranking at place \(a)")
            case (let b?, nil): sentence = l.t(nl: "\(node) valt uit de rangschikking (was \(b))", en: "\(node) leaves the ranking (was \(b))")
            case (let b?, let a?):
                sentence = (a < b ? l.t(nl: "\(node) stijgt", en: "\(node) rises") : l.t(nl: "\(node) daalt", en: "\(node) falls"))
                    + l.t(nl: " van plaats \(b) naar \(a) in invloed (totaal \(l.number(c.totalBefore ?? 0)) → \(l.number(c.totalAfter ?? 0)))",
                          en: " from place \(b) to \(a) in influence (total \(l.number(c.totalBefore ?? 0)) → \(l.number(c.totalAfter ?? 0)))")
            default: sentence = node
            }
            return sentence + (c.causes.isEmpty ? elsewhere(l) : because(c.causes, l)) + "."
        }
    }

    static func quadrant(_ q: MICMACQuadrant?, _ l: Localizer) -> String {
        switch q {
        case .driver?: return l.t(nl: "drijver", en: "driver")
        case .relay?: return l.t(nl: "schakel", en: "relay")
        case .dependent?: return l.t(nl: "afhankelijk", en: "dependent")
        case .autonomous?: return l.t(nl: "autonoom", en: "autonomous")
        case nil: return l.t(nl: "niet in de matrix", en: "not in the matrix")
        }
    }

    static func quadrant(_ m: QuadrantMove, labels: ComparisonLabels) -> LocalizedText {
        text { l in
            l.t(nl: "\(l(labels.phrase(m.id)).capitalizedFirst) in MICMAC: van ‘\(quadrant(m.quadrantBefore, l))’ naar ‘\(quadrant(m.quadrantAfter, l))’",
                en: "\(l(labels.phrase(m.id)).capitalizedFirst) in MICMAC: from ‘\(quadrant(m.quadrantBefore, l))’ to ‘\(quadrant(m.quadrantAfter, l))’")
                + (m.causes.isEmpty ? elsewhere(l) : because(m.causes, l)) + "."
        }
    }

    static func cluster(_ m: ClusterMatch, labels: ComparisonLabels) -> LocalizedText {
        text { l in
            let ids = { (list: [String]) in l.list(list.map { InputWording.short($0, labels) }, limit: 5) }
            var sentence: String
            switch (m.before, m.after) {
            case (nil, let a?): sentence = l.t(nl: "Nieuwe cluster \(a): ", en: "New cluster \(a): ") + ids(m.joined)
            case (let b?, nil): sentence = l.t(nl: "Cluster \(b) valt uiteen: ", en: "Cluster \(b) dissolves: ") + ids(m.left)
            case (let b?, let a?):
                var parts: [String] = []
                if !m.joined.isEmpty { parts.append(l.t(nl: "erbij: ", en: "joined: ") + ids(m.joined)) }
                if !m.left.isEmpty { parts.append(l.t(nl: "eruit: ", en: "left: ") + ids(m.left)) }
                sentence = l.t(nl: "Cluster \(b) (nu \(a)): ", en: "Cluster \(b) (now \(a)): ") + parts.joined(separator: "; ")
            default: sentence = ""
            }
            return sentence + (m.causes.isEmpty ? elsewhere(l) : because(m.causes, l)) + "."
        }
    }

    // MARK: Titles

    static func whatIf(removed: [String], added: [String]) -> LocalizedText {
        text { l in
            var parts: [String] = []
            if !removed.isEmpty { parts.append(l.t(nl: "zonder ", en: "without ") + l.list(removed.map { "‘\($0)’" }, limit: 3)) }
            if !added.isEmpty { parts.append(l.t(nl: "met ", en: "with ") + l.list(added.map { "‘\($0)’" }, limit: 3)) }
            return parts.joined(separator: ", ")
        }
    }

    // MARK: Parts

    static func heading(_ part: ComparisonPart) -> LocalizedText {
        switch part {
        case .summary: return LocalizedText(nl: "Samenvatting", en: "Summary")
        case .inputs: return LocalizedText(nl: "Wat er in de invoer veranderde", en: "What changed in the input")
        case .spillovers: return LocalizedText(nl: "Spillovers tussen beleidsdomeinen", en: "Spillovers between policy domains")
        case .groups: return LocalizedText(nl: "Groepen (niemand achterlaten)", en: "Groups (leave no one behind)")
        case .gaps: return LocalizedText(nl: "Knelpunten (niemand achterlaten)", en: "Gaps (leave no one behind)")
        case .balance: return LocalizedText(nl: "Evenwicht", en: "Balance")
        case .coverage: return LocalizedText(nl: "Dekking van de SDG's", en: "Coverage of the SDGs")
        case .ranking: return LocalizedText(nl: "Rangschikking op invloed", en: "Influence ranking")
        case .micmac: return LocalizedText(nl: "MICMAC-kwadranten", en: "MICMAC quadrants")
        case .clusters: return LocalizedText(nl: "Clusters van subdoelen die elkaar versterken", en: "Clusters of mutually reinforcing targets")
        }
    }

    static func note(_ part: ComparisonPart, _ c: Comparison) -> LocalizedText? {
        let nothing = LocalizedText(nl: "Niets veranderd.", en: "Nothing changed.")
        func tau(_ value: Double?, common: Int) -> LocalizedText {
            text { l in
                let tau = value.map { l.number($0, decimals: 2) } ?? l.t(nl: "niet te bepalen", en: "undefined")
                return l.t(nl: "Kendall τ_b tussen beide volgordes: \(tau) (1 = dezelfde volgorde), over de \(l.integer(common)) doelen en subdoelen in beide versies.",
                           en: "Kendall τ_b between the two orders: \(tau) (1 = the same order), over the \(l.integer(common)) goals and targets in both versions.")
            }
        }
        switch part {
        case .summary: return nil
        case .ranking:
            guard let r = c.influence else { return LocalizedText(nl: "Geen van beide versies heeft een interactiematrix.", en: "Neither version has an interaction matrix.") }
            return tau(r.kendallTau, common: r.commonNodes)
        case .micmac:
            guard let m = c.micmac else { return nil }
            return tau(m.kendallTau, common: m.commonNodes)
        case .clusters:
            guard let k = c.clusters else { return nil }
            return text { l in
                l.t(nl: "Clusters van minstens twee: \(l.integer(k.clustersBefore)) → \(l.integer(k.clustersAfter)); \(l.integer(k.unchanged)) ongewijzigd (Louvain, seed \(k.seed); gekoppeld op de grootste Jaccard-overlap).",
                    en: "Clusters of two or more: \(l.integer(k.clustersBefore)) → \(l.integer(k.clustersAfter)); \(l.integer(k.unchanged)) unchanged (Louvain, seed \(k.seed); matched by largest Jaccard overlap).")
            }
        case .spillovers where !c.spillovers.compared:
            return c.spillovers.notes.first
        case .groups, .gaps, .balance, .coverage where c.before.actions == 0 && c.after.actions == 0:
            return nil   // matrices only: there is no plan to check
        default:
            return c.sentences(part).isEmpty ? nothing : nil
        }
    }

    // MARK: Notes and summary

    static func noOwnership(before: Bool, after: Bool) -> LocalizedText {
        text { l in
            let which = !before && !after ? l.t(nl: "geen van beide versies legt", en: "neither version declares")
                : !before ? l.t(nl: "de eerste versie legt niet", en: "the earlier version does not declare")
                : l.t(nl: "de latere versie legt niet", en: "the later version does not declare")
            return l.t(nl: "Spillovers zijn niet vergeleken: \(which) vast welk beleidsdomein voor welke doelen verantwoordelijk is.",
                       en: "Spillovers were not compared: \(which) which policy domain is responsible for which goals.")
        }
    }

    static func spilloversFailed(_ reason: String) -> LocalizedText {
        text { l in l.t(nl: "Spillovers zijn niet vergeleken: \(reason).", en: "Spillovers were not compared: \(reason).") }
    }

    /// The headline sentences of a comparison.
    static func summary(_ c: Comparison) -> [LocalizedText] {
        var result: [LocalizedText] = []
        let inputs = c.inputs
        let added = inputs.actions.filter { $0.change == .added }.count, removed = inputs.actions.filter { $0.change == .removed }.count
        let changed = inputs.actions.filter { $0.change == .changed }.count
        let hasActions = c.before.actions > 0 || c.after.actions > 0
        result.append(text { l in
            var parts: [String] = []
            if hasActions {
                parts.append(l.noun(.action).capitalizedFirst + ": " + l.list([
                    l.t(nl: "\(l.integer(added)) nieuw", en: "\(l.integer(added)) added"),
                    l.t(nl: "\(l.integer(removed)) geschrapt", en: "\(l.integer(removed)) dropped"),
                    l.t(nl: "\(l.integer(changed)) gewijzigd", en: "\(l.integer(changed)) changed")]))
            }
            if !inputs.interactions.isEmpty {
                parts.append(l.t(nl: "\(l.count(inputs.interactions.count, .interaction)) opnieuw gescoord",
                                 en: "\(l.count(inputs.interactions.count, .interaction)) rescored"))
            }
            if !inputs.ownership.isEmpty {
                parts.append(l.t(nl: "eigenaarschap \(l.integer(inputs.ownership.count)) keer gewijzigd",
                                 en: "ownership changed \(l.integer(inputs.ownership.count)) \(l.noun(.time, count: inputs.ownership.count))"))
            }
            if parts.isEmpty { return l.t(nl: "Niets veranderd in de invoer.", en: "Nothing changed in the input.") }
            return (parts.joined(separator: "; ") + ".").capitalizedFirst
        })
        let s = c.spillovers
        if s.compared {
            result.append(text { l in
                l.t(nl: "\(l.integer(s.counts.newTradeOffs)) nieuwe \(l.noun(.tradeOff, count: s.counts.newTradeOffs)), \(l.integer(s.counts.resolvedTradeOffs)) opgelost; onbeheerde trade-offs: \(l.integer(s.counts.unmanagedPairsBefore)) → \(l.integer(s.counts.unmanagedPairsAfter)); \(l.integer(s.counts.newCoBenefits)) nieuwe \(l.noun(.coBenefit, count: s.counts.newCoBenefits)), \(l.integer(s.counts.resolvedCoBenefits)) verdwenen.",
                    en: "\(l.integer(s.counts.newTradeOffs)) new \(l.noun(.tradeOff, count: s.counts.newTradeOffs)), \(l.integer(s.counts.resolvedTradeOffs)) resolved; unmanaged trade-offs: \(l.integer(s.counts.unmanagedPairsBefore)) → \(l.integer(s.counts.unmanagedPairsAfter)); \(l.integer(s.counts.newCoBenefits)) new \(l.noun(.coBenefit, count: s.counts.newCoBenefits)), \(l.integer(s.counts.resolvedCoBenefits)) gone.")
            })
        } else {
            result += s.notes
        }
        let better = c.lnob.groups.filter(\.improved).count, worse = c.lnob.groups.count - better
        let opened = c.lnob.gaps.filter { $0.change == .opened }.count, closed = c.lnob.gaps.count - opened
        if hasActions { result.append(text { l in
            l.t(nl: "Groepen: \(l.integer(better)) beter bereikt, \(l.integer(worse)) minder goed; knelpunten: \(l.integer(opened)) nieuw, \(l.integer(closed)) opgelost.",
                en: "Groups: \(l.integer(better)) better reached, \(l.integer(worse)) less well; gaps: \(l.integer(opened)) new, \(l.integer(closed)) closed.")
        }) }
        let leans = c.balance.changes.filter(\.leanChanged).count
        if hasActions { result.append(text { l in
            l.t(nl: "Evenwicht: \(l.integer(c.balance.changes.count)) klassen verschoven (minstens \(l.percent(c.balance.shareThreshold)) of een andere scheefheid), \(l.integer(leans)) met een andere scheefheid; SDG's gedekt: \(l.integer(c.coverage.goalsCoveredBefore)) → \(l.integer(c.coverage.goalsCoveredAfter)), subdoelen: \(l.integer(c.coverage.targetsCoveredBefore)) → \(l.integer(c.coverage.targetsCoveredAfter)).",
                en: "Balance: \(l.integer(c.balance.changes.count)) classes moved (by at least \(l.percent(c.balance.shareThreshold)) or in lean), \(l.integer(leans)) with another lean; SDGs covered: \(l.integer(c.coverage.goalsCoveredBefore)) → \(l.integer(c.coverage.goalsCoveredAfter)), targets: \(l.integer(c.coverage.targetsCoveredBefore)) → \(l.integer(c.coverage.targetsCoveredAfter)).")
        }) }
        if let r = c.influence {
            result.append(text { l in
                let tau = r.kendallTau.map { l.number($0, decimals: 2) } ?? l.t(nl: "niet te bepalen", en: "undefined")
                let moved = r.changes.filter { $0.shift != nil }.count
                let quadrants = c.micmac?.moves.count ?? 0
                return l.t(nl: "Invloedsrangschikking: Kendall τ_b = \(tau) over de \(l.integer(r.commonNodes)) doelen en subdoelen in beide versies, \(l.integer(moved)) van plaats veranderd; \(l.integer(quadrants)) naar een ander MICMAC-kwadrant.",
                           en: "Influence ranking: Kendall τ_b = \(tau) over the \(l.integer(r.commonNodes)) goals and targets in both versions, \(l.integer(moved)) changed place; \(l.integer(quadrants)) moved to another MICMAC quadrant.")
            })
        }
        return result
    }
}

extension String {
    /// The string with its first letter upper-cased.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
