import Coherence
import Foundation

extension SpilloversCommand {
    /// The table and CSV forms of a spillover report.
    struct Rendering {
        let report: SpilloverReport
        let showAllCoBenefits: Bool
        /// How many co-benefits the table shows without `--all`.
        static let coBenefitRows = 15

        var language: Language { report.parameters.language }
        var nl: Bool { language == .nl }

        /// Picks the Dutch or English wording.
        func t(_ dutch: String, _ english: String) -> String { nl ? dutch : english }

        func number(_ value: Double, signed: Bool = true) -> String {
            SpilloverText.number(value, language: language, signed: signed)
        }

        func percent(_ share: Double) -> String { "\(Int((share * 100).rounded())) %" }

        func shorten(_ text: String, _ limit: Int) -> String {
            text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
        }

        func scopeWord(_ scope: Scope) -> String {
            switch scope {
            case .here: return t("hier", "here")
            case .elsewhere: return t("elders", "elsewhere")
            case .later: return t("later", "later")
            }
        }

        var domainLabels: [String: String] {
            Dictionary(uniqueKeysWithValues: report.domains.map { ($0.domain, $0.label) })
        }

        /// The whole table text.
        var text: String {
            var out = "Spillovers — \(report.model)\n"
            if let message = report.message {
                return out + "\n" + message + "\n"
            }
            let p = report.parameters
            var line = [t("drempel", "threshold") + " " + number(p.threshold, signed: false),
                        p.maxLength == 1 ? t("alleen rechtstreeks", "direct only")
                            : t("paden tot \(p.maxLength) stappen", "paths up to \(p.maxLength) steps")]
            line.append(p.scopes.map { $0.map(scopeWord).joined(separator: ", ") } ?? t("hier, elders en later", "here, elsewhere and later"))
            if let domain = p.domain { line.append(t("domein", "domain") + " " + (domainLabels[domain] ?? domain)) }
            out += line.joined(separator: " · ") + "\n\n"
            for note in report.notes { out += note + "\n\n" }
            out += summary + "\n"
            if p.detail == .aggregateOnly { return out + domainPairs + unowned + goalLevel + transversality + coAddressed }
            let byID = Dictionary(uniqueKeysWithValues: report.findings.map { ($0.id, $0) })
            let rows = report.pairs.compactMap { pair in byID[pair.spillover].map { (pair, $0) } }
            let unmanaged = rows.filter { $0.0.management == .unmanaged }
            let otherTradeOffs = rows.filter { $0.0.effect == .tradeOff && $0.0.management != .unmanaged }
            let coBenefits = rows.filter { $0.0.effect == .coBenefit }
            out += section(t("Onbeheerde afwegingen (trade-offs)", "Unmanaged trade-offs"), unmanaged, management: false)
            if !unmanaged.isEmpty {
                for (k, row) in unmanaged.enumerated() { out += "  \(k + 1). \(row.1.explanation)\n" }
                out += "\n"
            }
            out += section(t("Andere afwegingen (beheerd of deels beheerd)", "Other trade-offs (managed or partly managed)"),
                           otherTradeOffs, management: true)
            let shown = showAllCoBenefits ? coBenefits : Array(coBenefits.prefix(Self.coBenefitRows))
            out += section("Co-benefits", shown, management: false, total: coBenefits.count)
            if shown.count < coBenefits.count {
                out += t("… en nog \(coBenefits.count - shown.count) (toon ze allemaal met --all)\n\n",
                         "… and \(coBenefits.count - shown.count) more (show them all with --all)\n\n")
            }
            out += domainPairs + unowned + goalLevel + transversality + coAddressed
            return out
        }

        var summary: String {
            let total = report.totals.total
            let c = report.counts
            return t("\(c.pairs) \(c.pairs == 1 ? "combinatie" : "combinaties") van actie en subdoel met een spillover (\(c.direct) rechtstreeks, \(c.indirect) paden via interacties): "
                     + "\(total.tradeOffs) \(total.tradeOffs == 1 ? "afweging" : "afwegingen") (\(total.unmanagedTradeOffs) onbeheerd, \(total.partlyManagedTradeOffs) deels beheerd) "
                     + "en \(total.coBenefits) co-benefit\(total.coBenefits == 1 ? "" : "s").\n",
                     "\(c.pairs) action–target pairs with a spillover (\(c.direct) direct, \(c.indirect) paths along interactions): "
                     + "\(total.tradeOffs) trade-off\(total.tradeOffs == 1 ? "" : "s") (\(total.unmanagedTradeOffs) unmanaged, \(total.partlyManagedTradeOffs) partly managed) "
                     + "and \(total.coBenefits) co-benefit\(total.coBenefits == 1 ? "" : "s").\n")
        }

        func section(_ title: String, _ rows: [(SpilloverPair, Spillover)], management: Bool, total: Int? = nil) -> String {
            let out = "\(title): \(total ?? rows.count)\n"
            guard !rows.isEmpty else { return out + t("  geen\n\n", "  none\n\n") }
            var header = [t("sterkte", "strength"), t("actie", "action"), t("domein", "domain"), t("landt op", "lands on"),
                          t("bij", "owned by"), t("pad", "path"), t("waar", "where")]
            if management { header.append(t("beheer", "management")) }
            var table = TextTable(header, rightAligned: [0])
            for (pair, finding) in rows {
                var path = finding.path.joined(separator: " → ")
                if pair.pathCount > 1 {
                    path += t(" (\(pair.pathCount) paden", " (\(pair.pathCount) paths")
                        + (pair.signsDisagree ? t(", tegengesteld)", ", opposite signs)") : ")")
                }
                let receivers = finding.receivingDomainLabels.isEmpty ? t("niemand", "nobody")
                    : finding.receivingDomainLabels.joined(separator: ", ")
                var row = [number(finding.strength), shorten(finding.actionLabel, 42), finding.domainLabel,
                           shorten("\(finding.target) \(finding.targetLabel)", 34), receivers, path, scopeWord(finding.scope)]
                if management { row.append(managementText(finding)) }
                table.append(row)
            }
            return out + table.text + "\n"
        }

        func managementText(_ finding: Spillover) -> String {
            if let mitigators = finding.mitigatedBy, !mitigators.isEmpty {
                return t("opgevangen door ", "offset by ") + mitigators.joined(separator: ", ")
            }
            let support = number(finding.receiverSupport ?? 0)
            switch finding.management {
            case .managed?: return t("beheerd (\(support))", "managed (\(support))")
            case .partly?: return t("deels (\(support))", "partly (\(support))")
            default: return t("onbeheerd", "unmanaged")
            }
        }

        var domainPairs: String {
            guard !report.flows.isEmpty else { return "" }
            let labels = domainLabels
            var out = t("Per domeinpaar (elke actie–subdoelcombinatie één keer)\n", "Per pair of domains (each action–target pair once)\n")
            for flow in report.flows {
                let to = flow.to.map { labels[$0] ?? $0 } ?? t("(niemand)", "(nobody)")
                let totals = flow.totals.total
                var parts: [String] = []
                if totals.tradeOffs > 0 {
                    parts.append(t("\(totals.tradeOffs) \(totals.tradeOffs == 1 ? "afweging" : "afwegingen")",
                                   "\(totals.tradeOffs) trade-off\(totals.tradeOffs == 1 ? "" : "s")")
                        + " (\(number(totals.tradeOffStrength))"
                        + (totals.unmanagedTradeOffs > 0 ? t("; \(totals.unmanagedTradeOffs) onbeheerd", "; \(totals.unmanagedTradeOffs) unmanaged") : "")
                        + ")")
                }
                if totals.coBenefits > 0 {
                    parts.append("\(totals.coBenefits) co-benefit\(totals.coBenefits == 1 ? "" : "s") (\(number(totals.coBenefitStrength)))")
                }
                out += "  \(labels[flow.from] ?? flow.from) → \(to): \(parts.joined(separator: " · "))\n"
            }
            return out + "\n"
        }

        var unowned: String {
            guard !report.unownedTargets.isEmpty else { return "" }
            var out = t("Doelen en subdoelen zonder eigenaar die acties raken\n", "Goals and targets nobody owns that actions reach\n")
            for target in report.unownedTargets {
                let touches = target.touchedBy.map { touch in
                    "\(touch.action) \(number(touch.strength))" + (touch.kind == .indirect ? t(" (onrechtstreeks)", " (indirect)") : "")
                }
                out += "  \(target.kind == .goal ? SpilloverText.goalName(target.target) : target.target) \(target.label): \(touches.joined(separator: ", "))\n"
            }
            return out + "\n"
        }

        var goalLevel: String {
            guard !report.cannotAssess.isEmpty else { return "" }
            let items = report.cannotAssess.map { "\($0.action) (\(SpilloverText.goalName($0.goal)))" }
            return t("Alleen per doel getagd — onrechtstreekse effecten niet te beoordelen op subdoelniveau:\n",
                     "Tagged per goal only — indirect effects cannot be assessed at target level:\n")
                + "  " + items.joined(separator: ", ") + "\n\n"
        }

        var transversality: String {
            let tr = report.transversality
            guard let share = tr.share else { return "" }
            var out = t("Transversaliteit: \(percent(share)) van de \(tr.contributions) bijdragen raakt een doel van een ander domein",
                        "Transversality: \(percent(share)) of the \(tr.contributions) contributions reach another domain's target")
            if tr.contributionsToUnowned > 0 {
                out += t(" (\(tr.contributionsToUnowned) raken een doel zonder eigenaar)", " (\(tr.contributionsToUnowned) reach a target nobody owns)")
            }
            out += ".\n  " + t("Acties die andere domeinen raken: ", "Actions reaching other domains: ")
            out += tr.domains.filter { $0.actions > 0 }.map { "\($0.label) \($0.actionsReachingOtherDomains)/\($0.actions)" }
                .joined(separator: ", ") + "\n\n"
            return out
        }

        var coAddressed: String {
            let pairs = report.coAddressed.filter { $0.actions >= 2 && $0.crossesDomains }.prefix(8)
            guard !pairs.isEmpty else { return "" }
            var out = t("Samen aangepakt over domeingrenzen (door dezelfde acties; niet causaal)\n",
                        "Addressed together across domains (by the same actions; not causal)\n")
            for pair in pairs {
                out += "  \(pair.first) \(pair.firstLabel) & \(pair.second) \(pair.secondLabel): "
                    + t("\(pair.actions) acties", "\(pair.actions) actions")
                    + " (Jaccard \(number(pair.jaccard, signed: false)))\n"
            }
            return out
        }

        /// One CSV row per finding, in the report's order.
        static func csv(_ report: SpilloverReport, dialect: CSVDialect) -> String {
            var csv = CSVDocument(dialect: dialect)
            csv.append(["id", "kind", "effect", "action", "action_label", "domain", "target", "target_label",
                        "receiving_domains", "path", "strength", "scope", "management", "managed", "mitigated_by",
                        "counts_in_aggregates", "explanation"])
            for f in report.findings {
                csv.append([.text(f.id), .text(f.kind.rawValue), .text(f.effect.rawValue), .text(f.action), .text(f.actionLabel),
                            .text(f.domain), .text(f.target), .text(f.targetLabel), .text(f.receivingDomains.joined(separator: " ")),
                            .text(f.path.joined(separator: " > ")), .number(f.strength), .text(f.scope.rawValue),
                            f.management.map { .text($0.rawValue) } ?? .empty, f.managed.map { .text($0 ? "yes" : "no") } ?? .empty,
                            .text((f.mitigatedBy ?? []).joined(separator: " ")), .text(f.countsInAggregates ? "yes" : "no"),
                            .text(f.explanation)])
            }
            return csv.text
        }
    }
}
