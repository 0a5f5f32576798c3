import Coherence

/// The key findings at the top of a report: what a working group should discuss first.
struct KeyFindings {
    let network: PolicyNetwork
    let analyses: ReportAnalyses
    let wording: ReportWording

    var all: [KeyFinding] {
        var findings: [KeyFinding] = []
        let w = wording
        if let report = analyses.spillovers {
            if !report.ownershipDeclared {
                findings.append(KeyFinding(.notice, headline: w.t("Eigenaarschap ontbreekt", "Ownership is missing"),
                                           text: report.message ?? "", sectionID: "spillovers"))
            } else {
                let unmanaged = report.unmanagedTradeOffs
                // Counts are of (action, target) pairs, as in the spillover aggregates; examples are findings.
                let unmanagedPairs = report.totals.total.unmanagedTradeOffs
                if unmanaged.isEmpty {
                    findings.append(KeyFinding(.info, headline: w.t("Geen onbeheerde trade-offs", "No unmanaged trade-offs"),
                                               text: w.t("Elke trade-off tussen domeinen wordt door het ontvangende domein opgevangen.",
                                                         "Every trade-off between domains is managed by the receiving domain."),
                                               sectionID: "spillovers"))
                } else {
                    let examples = unmanaged.prefix(3).map { "\($0.actionLabel) → \($0.target) \($0.targetLabel)" }
                    findings.append(KeyFinding(.alert,
                        headline: w.t("\(unmanagedPairs) onbeheerde trade-off\(unmanagedPairs == 1 ? "" : "s")",
                                      "\(unmanagedPairs) unmanaged trade-off\(unmanagedPairs == 1 ? "" : "s")"),
                        text: w.t("Acties van één domein schaden doelen van een ander domein zonder dat iemand dat opvangt, bijvoorbeeld: ",
                                  "Actions of one domain harm targets of another domain and nobody manages it, for example: ")
                            + examples.joined(separator: "; ") + ".",
                        sectionID: "spillovers"))
                }
                let coBenefits = report.totals.total.coBenefits
                if coBenefits > 0 {
                    findings.append(KeyFinding(.info, headline: w.t("\(coBenefits) co-benefits tussen domeinen", "\(coBenefits) co-benefits across domains"),
                                               text: w.t("Acties dragen ook bij aan doelen van andere domeinen: kansen om samen te werken.",
                                                         "Actions also help targets of other domains: chances to work together."),
                                               sectionID: "spillovers"))
                }
                if !report.unownedTargets.isEmpty {
                    let ids = report.unownedTargets.map(\.target).joined(separator: ", ")
                    findings.append(KeyFinding(.notice,
                        headline: w.t("\(report.unownedTargets.count) doelen zonder eigenaar", "\(report.unownedTargets.count) targets nobody owns"),
                        text: w.t("Acties raken doelen waarvoor geen domein verantwoordelijk is: \(ids).",
                                  "Actions touch targets no domain is responsible for: \(ids)."),
                        sectionID: "spillovers"))
                }
            }
        }
        let lnob = analyses.lnob
        let forgotten = lnob.groups.filter { $0.status == .none }
        if !forgotten.isEmpty {
            findings.append(KeyFinding(.alert,
                headline: w.t("\(forgotten.count) groep\(forgotten.count == 1 ? "" : "en") vergeten", "\(forgotten.count) group\(forgotten.count == 1 ? "" : "s") forgotten"),
                text: w.t("Geen enkele actie komt ten goede aan: ", "No action benefits: ") + forgotten.map(\.label).joined(separator: ", ") + ".",
                sectionID: "lnob"))
        }
        let burdened = lnob.gaps.filter { $0.kind == .unmitigatedSevereBurden }
        if !burdened.isEmpty {
            findings.append(KeyFinding(.alert,
                headline: w.t("\(burdened.count) zware last\(burdened.count == 1 ? "" : "en") zonder compensatie", "\(burdened.count) severe burden\(burdened.count == 1 ? "" : "s") not mitigated"),
                text: burdened.prefix(2).map(\.explanation).joined(separator: " "), sectionID: "lnob"))
        }
        let voiceless = lnob.gaps.filter { $0.kind == .burdenWithoutVoice }
        if !voiceless.isEmpty {
            findings.append(KeyFinding(.notice,
                headline: w.t("Lasten zonder inspraak", "Burdens without a voice"),
                text: w.t("\(voiceless.count) keer draagt een groep een last van een actie waarbij niemand die haar vertegenwoordigt betrokken is.",
                          "\(voiceless.count) times a group bears a burden of an action that involves nobody who speaks for it."),
                sectionID: "lnob"))
        }
        findings.append(KeyFinding(.notice, headline: w.t("Evenwicht", "Balance"), text: analyses.balance.statement, sectionID: "balance"))
        let coverage = analyses.coverage
        findings.append(KeyFinding(.info,
            headline: w.t("\(coverage.goalsCovered) van de 17 SDG's", "\(coverage.goalsCovered) of the 17 SDGs"),
            text: w.t("Het plan draagt positief bij aan \(coverage.goalsCovered) doelen en \(coverage.targetsCovered) van de 169 subdoelen; \(coverage.targetsOnlyContradicted) subdoelen worden enkel tegengewerkt.",
                      "The plan contributes positively to \(coverage.goalsCovered) goals and \(coverage.targetsCovered) of the 169 targets; \(coverage.targetsOnlyContradicted) targets are only contradicted."),
            sectionID: "coverage"))
        return findings
    }
}
