/// The words of the comparison's diagram and report section, in Dutch and English, so that the
/// renderer and the report take them from the feature's own wording (``InputWording`` and
/// ``ComparisonWording`` hold the sentences).
public enum ComparisonVocabulary {
    /// The report section's heading.
    public static let sectionHeading = LocalizedText(nl: "Wat is er veranderd", en: "What changed")

    /// The report section's opening sentence.
    public static func sectionIntro(_ c: Comparison, whatIf: LocalizedText?) -> LocalizedText {
        InputWording.text { l in
            if let whatIf {
                return l.t(nl: "Wat als het plan anders was: \(l(whatIf)). Deze sectie zet het plan zoals het is naast die variant; de rest van het rapport gaat over de variant.",
                           en: "What if the plan were different: \(l(whatIf)). This section sets the plan as it is beside that variant; the rest of the report is about the variant.")
            }
            return l.t(nl: "Deze versie van het plan (\(c.after.name)) naast de vorige (\(c.before.name)): wat er in de invoer veranderde en wat dat veranderde aan de bevindingen. Bij elke wijziging staat, waar de invoer het zegt, waardoor ze komt.",
                       en: "This version of the plan (\(c.after.name)) beside the previous one (\(c.before.name)): what changed in the input and what that changed in the findings. Each change says, where the input tells, what caused it.")
        }
    }

    /// The key finding's headline: new and resolved trade-offs, since the previous version or in a what-if.
    public static func keyFindingHeadline(_ c: Comparison, whatIf: Bool = false) -> LocalizedText {
        let s = c.spillovers.counts
        return InputWording.text { l in
            if whatIf {
                return l.t(nl: "Wat als: \(l.integer(s.newTradeOffs)) nieuwe \(l.noun(.tradeOff, count: s.newTradeOffs)), \(l.integer(s.resolvedTradeOffs)) opgelost",
                           en: "What if: \(l.integer(s.newTradeOffs)) new \(l.noun(.tradeOff, count: s.newTradeOffs)), \(l.integer(s.resolvedTradeOffs)) resolved")
            }
            return l.t(nl: "Sinds de vorige versie: \(l.integer(s.newTradeOffs)) nieuwe \(l.noun(.tradeOff, count: s.newTradeOffs)), \(l.integer(s.resolvedTradeOffs)) opgelost",
                en: "Since the previous version: \(l.integer(s.newTradeOffs)) new \(l.noun(.tradeOff, count: s.newTradeOffs)), \(l.integer(s.resolvedTradeOffs)) resolved")
        }
    }

    /// The key finding's text: management changes, unmanaged trade-offs before and after, groups and gaps.
    public static func keyFindingText(_ c: Comparison) -> LocalizedText {
        let s = c.spillovers.counts
        let opened = c.lnob.gaps.filter { $0.change == .opened }.count, closed = c.lnob.gaps.count - opened
        let better = c.lnob.groups.filter(\.improved).count, worse = c.lnob.groups.count - better
        return InputWording.text { l in
            var text = c.spillovers.compared
                ? l.t(nl: "Onbeheerde trade-offs: \(l.integer(s.unmanagedPairsBefore)) → \(l.integer(s.unmanagedPairsAfter)); \(l.integer(s.newlyManaged)) nu beheerd, \(l.integer(s.newlyUnmanaged)) niet meer beheerd. ",
                      en: "Unmanaged trade-offs: \(l.integer(s.unmanagedPairsBefore)) → \(l.integer(s.unmanagedPairsAfter)); \(l.integer(s.newlyManaged)) now managed, \(l.integer(s.newlyUnmanaged)) no longer managed. ")
                : l(c.spillovers.notes.first ?? LocalizedText(verbatim: "")) + " "
            text += l.t(nl: "Groepen: \(l.integer(better)) beter bereikt, \(l.integer(worse)) minder goed; knelpunten: \(l.integer(opened)) nieuw, \(l.integer(closed)) opgelost.",
                        en: "Groups: \(l.integer(better)) better reached, \(l.integer(worse)) less well; gaps: \(l.integer(opened)) new, \(l.integer(closed)) closed.")
            return text
        }
    }

    /// The caption of the difference diagram.
    public static let diagramCaption = LocalizedText(
        nl: "Wat veranderde in de spillovers tussen beleidsdomeinen: nieuwe trade-offs vet in rood (gestreept), opgeloste vervaagd (gestippeld), nieuwe meekoppelkansen in groen, trade-offs die anders beheerd worden of sterker of zwakker werden in oranje.",
        en: "What changed in the spillovers between policy domains: new trade-offs bold in red (dashed), resolved ones faded (dotted), new co-benefits in green, trade-offs managed differently or grown stronger or weaker in orange.")

    /// "The full list is in …".
    public static func fullList(_ file: String) -> LocalizedText {
        LocalizedText(nl: "De volledige lijst van wijzigingen staat in \(file).", en: "The full list of changes is in \(file).")
    }

    /// The diagram's title.
    public static let diagramTitle = LocalizedText(nl: "Wat veranderde tussen de beleidsdomeinen", en: "What changed between policy domains")

    /// The diagram's subtitle: the two versions, or the plan and its what-if.
    public static func diagramSubtitle(_ c: Comparison, whatIf: LocalizedText? = nil) -> LocalizedText {
        if let whatIf { return LocalizedText(nl: "\(c.before.name): \(whatIf.nl)", en: "\(c.before.name): \(whatIf.en)") }
        return LocalizedText(nl: "van \(c.before.name) naar \(c.after.name)", en: "from \(c.before.name) to \(c.after.name)")
    }

    /// The legend's entries, in order: new trade-offs, resolved trade-offs, new co-benefits,
    /// co-benefits gone, changed trade-offs, new or removed domain.
    public static let legendNewTradeOffs = LocalizedText(nl: "nieuwe trade-offs", en: "new trade-offs")
    /// See ``legendNewTradeOffs``.
    public static let legendResolvedTradeOffs = LocalizedText(nl: "opgeloste trade-offs (vervaagd)", en: "resolved trade-offs (faded)")
    /// See ``legendNewTradeOffs``.
    public static let legendNewCoBenefits = LocalizedText(nl: "nieuwe meekoppelkansen", en: "new co-benefits")
    /// See ``legendNewTradeOffs``.
    public static let legendGoneCoBenefits = LocalizedText(nl: "verdwenen meekoppelkansen (vervaagd)", en: "co-benefits gone (faded)")
    /// See ``legendNewTradeOffs``.
    public static let legendChangedTradeOffs = LocalizedText(nl: "trade-offs anders beheerd, sterker of zwakker", en: "trade-offs managed differently, stronger or weaker")
    /// See ``legendNewTradeOffs``.
    public static let legendDomains = LocalizedText(nl: "beleidsdomein (stippellijn: bestaat niet meer; dikke rand: nieuw)",
                                                    en: "policy domain (dotted: no longer exists; thick outline: new)")
    /// The legend's notes.
    public static let legendNotes = [
        LocalizedText(nl: "Dikte: som van de sterktes van de gewijzigde bevindingen; elke bevinding telt, ook onrechtstreekse paden.",
                      en: "Width: summed strength of the findings that changed; every finding counts, indirect paths too."),
        LocalizedText(nl: "Label: aantal nieuwe (+) en opgeloste trade-offs, en hoe het beheer veranderde.",
                      en: "Label: number of new (+) and resolved trade-offs, and how their management changed."),
    ]
    /// The node for targets nobody owns.
    public static let nobody = LocalizedText(nl: "niemand\n(subdoelen zonder eigenaar)", en: "nobody\n(targets nobody owns)")
    /// "nobody" in a sentence.
    public static let nobodyShort = LocalizedText(nl: "niemand", en: "nobody")

    /// The label of a flow of new trade-offs: `+2 nieuw`.
    public static func newLabel(_ count: Int) -> LocalizedText {
        InputWording.text { l in l.t(nl: "+\(l.integer(count)) nieuw", en: "+\(l.integer(count)) new") }
    }

    /// The label of a flow of resolved trade-offs: `3 opgelost`.
    public static func resolvedLabel(_ count: Int) -> LocalizedText {
        InputWording.text { l in l.t(nl: "\(l.integer(count)) opgelost", en: "\(l.integer(count)) resolved") }
    }

    /// The label of a flow of changed trade-offs: `1 nu beheerd, 1 sterker`.
    public static func changedLabel(managed: Int, unmanaged: Int, other: Int) -> LocalizedText {
        InputWording.text { l in
            var parts: [String] = []
            if managed > 0 { parts.append(l.t(nl: "\(l.integer(managed)) nu (deels) beheerd", en: "\(l.integer(managed)) now (partly) managed")) }
            if unmanaged > 0 { parts.append(l.t(nl: "\(l.integer(unmanaged)) niet meer beheerd", en: "\(l.integer(unmanaged)) no longer managed")) }
            if other > 0 { parts.append(l.t(nl: "\(l.integer(other)) sterker, zwakker of omgekeerd", en: "\(l.integer(other)) stronger, weaker or reversed")) }
            return parts.joined(separator: "\n")
        }
    }

    /// One line of the alt text: what changed from one domain to another.
    public static func altLine(from: String, to: String, newTrade: Int, resolvedTrade: Int, newCo: Int, goneCo: Int, changed: Int) -> LocalizedText {
        InputWording.text { l in
            var parts: [String] = []
            if newTrade > 0 { parts.append(l.t(nl: "\(l.count(newTrade, .tradeOff)) nieuw", en: "\(l.count(newTrade, .tradeOff)) new")) }
            if resolvedTrade > 0 { parts.append(l.t(nl: "\(l.count(resolvedTrade, .tradeOff)) opgelost", en: "\(l.count(resolvedTrade, .tradeOff)) resolved")) }
            if newCo > 0 { parts.append(l.t(nl: "\(l.count(newCo, .coBenefit)) nieuw", en: "\(l.count(newCo, .coBenefit)) new")) }
            if goneCo > 0 { parts.append(l.t(nl: "\(l.count(goneCo, .coBenefit)) verdwenen", en: "\(l.count(goneCo, .coBenefit)) gone")) }
            if changed > 0 { parts.append(l.t(nl: "\(l.count(changed, .tradeOff)) gewijzigd", en: "\(l.count(changed, .tradeOff)) changed")) }
            return "\(from) → \(to): " + l.list(parts) + "."
        }
    }

    /// The alt text's opening sentence.
    public static func altSummary(_ c: Comparison, domains: Int) -> LocalizedText {
        let s = c.spillovers.counts
        return InputWording.text { l in
            l.t(nl: "Wijzigingen in de spillovers tussen \(l.count(domains, .domain)): \(l.integer(s.newTradeOffs)) nieuwe \(l.noun(.tradeOff, count: s.newTradeOffs)), \(l.integer(s.resolvedTradeOffs)) opgelost, \(l.integer(s.newCoBenefits)) nieuwe \(l.noun(.coBenefit, count: s.newCoBenefits)), \(l.integer(s.resolvedCoBenefits)) verdwenen.",
                en: "Changes in the spillovers between \(l.count(domains, .domain)): \(l.integer(s.newTradeOffs)) new \(l.noun(.tradeOff, count: s.newTradeOffs)), \(l.integer(s.resolvedTradeOffs)) resolved, \(l.integer(s.newCoBenefits)) new \(l.noun(.coBenefit, count: s.newCoBenefits)), \(l.integer(s.resolvedCoBenefits)) gone.")
        }
    }

    /// The heading of the table of changed spillover findings.
    public static let tableCaption = LocalizedText(nl: "Gewijzigde spillovers", en: "Spillovers that changed")
    /// The table's column headings: change, finding, before, after.
    public static let tableHeader = [LocalizedText(nl: "wijziging", en: "change"), LocalizedText(nl: "bevinding", en: "finding"),
                                     LocalizedText(nl: "vorige versie", en: "previous version"), LocalizedText(nl: "deze versie", en: "this version")]

    /// A change of a spillover in a word or two: `nieuwe trade-off`, `opgelost`, `nu beheerd`.
    public static func kind(_ kind: SpilloverChangeKind, effect: SpilloverEffect) -> LocalizedText {
        let tradeOff = effect == .tradeOff
        switch kind {
        case .new: return tradeOff ? LocalizedText(nl: "nieuwe trade-off", en: "new trade-off") : LocalizedText(nl: "nieuwe meekoppelkans", en: "new co-benefit")
        case .resolved: return tradeOff ? LocalizedText(nl: "opgeloste trade-off", en: "resolved trade-off") : LocalizedText(nl: "verdwenen meekoppelkans", en: "co-benefit gone")
        case .reversed: return LocalizedText(nl: "omgekeerd", en: "reversed")
        case .stronger: return LocalizedText(nl: "sterker", en: "stronger")
        case .weaker: return LocalizedText(nl: "zwakker", en: "weaker")
        case .newlyManaged: return LocalizedText(nl: "nu beheerd", en: "now managed")
        case .newlyPartlyManaged: return LocalizedText(nl: "nu deels beheerd", en: "now partly managed")
        case .newlyUnmanaged: return LocalizedText(nl: "niet meer beheerd", en: "no longer managed")
        }
    }

    /// A finding's state in a table cell: `trade-off −2, niet beheerd`, `meekoppelkans +1`, or `—`.
    public static func state(effect: SpilloverEffect?, strength: Double?, management: Management?) -> LocalizedText {
        guard let effect, let strength else { return LocalizedText(verbatim: "—") }
        return InputWording.text { l in
            let noun = l.noun(effect == .tradeOff ? .tradeOff : .coBenefit, count: 1)
            let managed = effect == .tradeOff ? ", " + ComparisonWording.management(management, l) : ""
            return "\(noun) \(l.signed(strength))\(managed)"
        }
    }

    /// "… en n andere wijzigingen" under a shortened list.
    public static func more(_ count: Int) -> LocalizedText {
        InputWording.text { l in l.t(nl: "… en \(l.integer(count)) andere wijzigingen.", en: "… and \(l.integer(count)) more changes.") }
    }
}
