import Coherence
import CoherenceRender

/// The sections of a report, one method each.
struct ReportSections {
    let network: PolicyNetwork
    let analyses: ReportAnalyses
    let wording: ReportWording
    let renderer: FigureRenderer

    var w: ReportWording { wording }

    func label(_ id: String) -> String { network.node(id)?.label ?? id }

    // MARK: Spillovers

    mutating func spilloverSection() throws -> ReportSection {
        var blocks: [ReportBlock] = []
        guard let report = analyses.spillovers else {
            blocks.append(.callout(analyses.spilloverProblem ?? ""))
            return ReportSection(id: "spillovers", heading: w.spillovers, blocks: blocks)
        }
        blocks.append(.paragraph(w.t(
            "Een spillover is wat een actie van het ene beleidsdomein doet met een doel waarvoor een ander domein verantwoordelijk is: rechtstreeks, of onrechtstreeks via de wisselwerking tussen doelen. Een trade-off is beheerd als het ontvangende domein zelf minstens even sterk positief op dat doel inzet, of als een actie hem uitdrukkelijk compenseert.",
            "A spillover is what an action of one policy domain does to a target that another domain is responsible for: directly, or indirectly through the interactions between targets. A trade-off is managed when the receiving domain's own positive contributions to that target are at least as strong, or when an action explicitly mitigates it.")))
        if !report.ownershipDeclared {
            blocks.append(.callout(report.message ?? ""))
            return ReportSection(id: "spillovers", heading: w.spillovers, blocks: blocks)
        }
        for note in report.notes { blocks.append(.callout(note)) }
        if let diagram = ReportDiagrams.domains(report, network: network) {
            let table = ReportTable(caption: w.t("Stromen tussen domeinen", "Flows between domains"),
                                    header: [w.t("van", "from"), w.t("naar", "to"), "+", "−", w.t("onbeheerd", "unmanaged")],
                                    rows: report.flows.map { flow in
                                        [label(flow.from), flow.to.map(label) ?? w.t("niemand", "nobody"), String(flow.totals.total.coBenefits),
                                         String(flow.totals.total.tradeOffs), String(flow.totals.total.unmanagedTradeOffs)]
                                    },
                                    numericColumns: [2, 3, 4])
            blocks.append(.figure(try renderer.figure(diagram, name: "domains",
                caption: w.t("Spillovers tussen beleidsdomeinen: groen en doorgetrokken = co-benefits, rood en gestreept = trade-offs; de dikte volgt de sterkte.",
                             "Spillovers between policy domains: green and solid = co-benefits, red and dashed = trade-offs; width follows strength."),
                table: table, engine: ReportDiagrams.domainsEngine)))
        }
        let tradeOffs = report.findings.filter { $0.effect == .tradeOff }
        let order: (Spillover, Spillover) -> Bool = { a, b in
            let ra = a.management == .unmanaged ? 0 : a.management == .partly ? 1 : 2
            let rb = b.management == .unmanaged ? 0 : b.management == .partly ? 1 : 2
            return (ra, a.strength, a.id) < (rb, b.strength, b.id)
        }
        if !tradeOffs.isEmpty {
            blocks.append(.subheading(w.t("Trade-offs (\(tradeOffs.count))", "Trade-offs (\(tradeOffs.count))")))
            blocks.append(.table(findingTable(tradeOffs.sorted(by: order).prefix(40), withManagement: true)))
            if let note = assumedNote(Array(tradeOffs.sorted(by: order).prefix(40))) { blocks.append(note) }
            if tradeOffs.count > 40 {
                blocks.append(.paragraph(w.t("De volledige lijst staat in results.json.", "The full list is in results.json.")))
            }
        }
        let coBenefits = report.findings.filter { $0.effect == .coBenefit }.sorted { ($0.strength, $0.id) > ($1.strength, $1.id) }
        if !coBenefits.isEmpty {
            blocks.append(.subheading(w.t("Sterkste co-benefits (\(min(20, coBenefits.count)) van \(coBenefits.count))",
                                          "Strongest co-benefits (\(min(20, coBenefits.count)) of \(coBenefits.count))")))
            blocks.append(.table(findingTable(coBenefits.prefix(20), withManagement: false)))
            if let note = assumedNote(Array(coBenefits.prefix(20))) { blocks.append(note) }
        }
        if !report.unownedTargets.isEmpty {
            blocks.append(.subheading(w.t("Doelen zonder eigenaar", "Targets nobody owns")))
            blocks.append(.table(ReportTable(header: [w.t("doel", "target"), w.t("geraakt door", "touched by")],
                rows: report.unownedTargets.map { u in
                    ["\(u.target) \(u.label)", u.touchedBy.map { "\($0.actionLabel) (\(w.signed($0.strength)))" }.joined(separator: "; ")]
                })))
        }
        if !report.cannotAssess.isEmpty {
            blocks.append(.callout(w.t(
                "\(report.cannotAssess.count) bijdragen zijn enkel per doel (SDG) getagd: rechtstreekse spillovers op doelniveau zijn meegeteld, maar onrechtstreekse effecten via subdoelen kunnen niet beoordeeld worden.",
                "\(report.cannotAssess.count) contributions are tagged per goal only: direct spillovers at goal level are counted, but indirect effects through targets cannot be assessed at target level.")))
        }
        let t = report.transversality
        blocks.append(.subheading(w.t("Transversaal werken", "Working across domains")))
        blocks.append(.paragraph(w.t(
            "\(t.crossingContributions) van de \(t.contributions) bijdragen van het plan landen op doelen van een ander domein.",
            "\(t.crossingContributions) of the plan's \(t.contributions) contributions land on targets of another domain.")))
        return ReportSection(id: "spillovers", heading: w.spillovers, blocks: blocks)
    }

    func findingTable(_ findings: some Sequence<Spillover>, withManagement: Bool) -> ReportTable {
        var header = [w.t("actie (domein)", "action (domain)"), w.t("doel (ontvanger)", "target (receiver)"), w.t("pad", "path"),
                      w.t("sterkte", "strength"), w.t("waar", "where")]
        if withManagement { header.append(w.t("beheer", "management")) }
        let rows = findings.map { f -> [String] in
            let assumed = isAssumed(f) ? " *" : ""
            var row = ["\(f.actionLabel) (\(f.domainLabel))",
                       "\(f.target) \(f.targetLabel) (\(f.receivingDomainLabels.isEmpty ? w.t("niemand", "nobody") : f.receivingDomainLabels.joined(separator: ", ")))",
                       f.path.dropFirst().joined(separator: " → "), w.signed(f.strength) + assumed, nonBreaking(w.scope(f.scope))]
            if withManagement { row.append(nonBreaking(w.management(f.management))) }
            return row
        }
        return ReportTable(header: header, rows: rows, numericColumns: [3])
    }

    /// Short phrases kept on one line in narrow table columns.
    func nonBreaking(_ text: String) -> String { text.replacingOccurrences(of: " ", with: "\u{00A0}") }

    /// Whether a finding rests on an assumed score (a tag without a score, counted as +1).
    func isAssumed(_ finding: Spillover) -> Bool { finding.assumed }

    /// The note under a table that marks assumed scores, when any finding rests on one.
    func assumedNote(_ findings: [Spillover]) -> ReportBlock? {
        guard findings.contains(where: isAssumed) else { return nil }
        return .paragraph(w.t("* rust op een tag zonder score, die als +1 (mogelijk makend) is aangenomen.",
                              "* rests on a tag without a score, assumed to be +1 (enabling)."))
    }

    // MARK: LNOB

    mutating func lnobSection() throws -> ReportSection {
        let report = analyses.lnob
        var blocks: [ReportBlock] = [.paragraph(w.t(
            "Elke groep die het risico loopt achter te blijven wordt nagekeken: welke acties haar helpen, welke haar belasten, of een zware last uitdrukkelijk gecompenseerd wordt (lasten worden nooit weggestreept tegen losse voordelen) en of de groep een stem heeft in de acties die haar belasten.",
            "Every group at risk of being left behind is checked: which actions help it, which burden it, whether a severe burden is explicitly mitigated (burdens are never netted against unrelated benefits), and whether the group has a voice in the actions that burden it."))]
        let diagram = LNOBDiagrams.lnob(report, network: network)
        let table = ReportTable(header: [w.t("groep", "group"), w.t("status", "status"), w.t("voordelen", "benefits"), w.t("lasten", "burdens")],
                                rows: report.groups.map { [$0.label, w.status($0.status), String($0.benefits.count), String($0.burdens.count)] },
                                numericColumns: [2, 3])
        if let empty = EmptyDiagram.check(diagram, kind: .lnob, network: network, language: w.language) {
            blocks.append(.callout(empty.description))   // a picture of groups without a single link would read as a finding
        } else {
            blocks.append(.figure(try renderer.figure(diagram, name: "lnob",
                caption: w.t("Groepen en de acties die hen helpen (groen) of belasten (rood, gestreept); groepen zonder voordeel vallen op.",
                             "Groups and the actions that help them (green) or burden them (red, dashed); groups without any benefit stand out."),
                table: table)))
        }
        blocks.append(.table(ReportTable(header: [w.t("groep", "group"), w.t("status", "status"), w.t("toelichting", "explanation")],
                                         rows: report.groups.map { [$0.label, w.status($0.status), $0.statusExplanation] })))
        let groupGaps = report.gaps.filter { $0.kind.isGroupGap }
        if !groupGaps.isEmpty {
            blocks.append(.subheading(w.t("Knelpunten per groep (\(groupGaps.count))", "Gaps per group (\(groupGaps.count))")))
            blocks.append(.list(groupGaps.map(\.explanation)))
        }
        let targetGaps = report.gaps.filter { !$0.kind.isGroupGap }
        if !targetGaps.isEmpty {
            blocks.append(.subheading(w.t("LNOB-doelen en UNDP-factoren (\(targetGaps.count))", "LNOB targets and UNDP factors (\(targetGaps.count))")))
            blocks.append(.list(targetGaps.prefix(30).map(\.explanation)))
        }
        if !report.notes.isEmpty {
            blocks.append(.callout(w.t("\(report.notes.count) bijdragen zijn enkel per doel getagd en kunnen niet op subdoelniveau beoordeeld worden.",
                                       "\(report.notes.count) contributions are tagged per goal only and cannot be assessed at target level.")))
        }
        return ReportSection(id: "lnob", heading: w.lnob, blocks: blocks)
    }

    // MARK: Balance

    func balanceSection() -> ReportSection {
        let report = analyses.balance
        var blocks: [ReportBlock] = [.paragraph(report.statement)]
        for lens in report.lenses {
            let title: String
            switch lens.kind {
            case .dimension: title = w.t("Dimensies (sociaal, economisch, ecologisch)", "Dimensions (social, economic, environmental)")
            case .fiveP: title = w.t("De 5 P's van de Agenda 2030", "The 5 Ps of the 2030 Agenda")
            case .weddingCake: title = w.t("Lagen van de 'wedding cake'", "Wedding-cake layers")
            }
            blocks.append(.subheading(title))
            blocks.append(.table(ReportTable(
                header: [w.t("klasse", "class"), w.t("aantal", "count"), w.t("aandeel", "share"), w.t("som scores", "sum of scores"),
                         w.t("budget", "budget"), w.t("basislijn SDG's", "SDG baseline"), w.t("negatief", "negative")],
                rows: lens.classes.map { c in
                    [c.label, String(c.count), w.percent(c.countShare), w.number(c.score), w.euro(c.budget),
                     c.baselineShare.map(w.percent) ?? "—", c.negativeCount > 0 ? "\(c.negativeCount) (\(w.number(c.negativeScore)))" : "0"]
                }, numericColumns: [1, 2, 3, 4, 5, 6])))
            blocks.append(.paragraph(lens.statements.count))
        }
        return ReportSection(id: "balance", heading: w.balance, blocks: blocks)
    }

    // MARK: Coverage

    mutating func coverageSection() throws -> ReportSection {
        let report = analyses.coverage
        var blocks: [ReportBlock] = []
        let diagram = CoverageDiagram.make(report, network: network)
        let table = ReportTable(header: [w.t("doel", "goal"), w.t("subdoelen gedekt", "targets covered"), w.t("enkel tegengewerkt", "only contradicted"), w.t("budget", "budget")],
                                rows: report.goals.map { ["\($0.id) \($0.name)", "\($0.targetsCovered)/\($0.targets.count)", String($0.targetsOnlyContradicted), w.euro($0.budget)] },
                                numericColumns: [1, 2, 3])
        blocks.append(.figure(try renderer.figure(diagram, name: "coverage",
            caption: w.t("De 17 SDG's in hun officiële kleuren; hoe voller, hoe meer subdoelen het plan dekt.",
                         "The 17 SDGs in their official colours; the fuller, the more targets the plan covers."),
            table: table)))
        blocks.append(.list(report.goals.map(\.summary)))
        if !report.actionsTouchingNoTarget.isEmpty {
            blocks.append(.callout(w.t("Acties zonder subdoel (enkel per doel getagd of zonder tag): ", "Actions that touch no target (tagged per goal only, or not at all): ")
                                   + report.actionsTouchingNoTarget.map(\.label).joined(separator: ", ") + "."))
        }
        return ReportSection(id: "coverage", heading: w.coverage, blocks: blocks)
    }

    // MARK: Interactions

    mutating func interactionSection() throws -> ReportSection? {
        guard let report = analyses.influence else { return nil }
        var blocks: [ReportBlock] = [.paragraph(w.t(
            "De wisselwerking tussen doelen komt uit een kruisimpactmatrix (schaal van Nilsson e.a., −3 tot +3). Per doel: de rechtstreekse invloed op andere doelen (uit), de invloed die het ondergaat (in), de invloed in twee stappen (tweede orde, gewicht \(w.number(report.secondOrderWeight))) en het totaal, zoals in de SDG Synergies-methode.",
            "The interactions between targets come from a cross-impact matrix (Nilsson et al. scale, −3 to +3). Per target: its direct influence on other targets (out), the influence it receives (in), its influence in two steps (second order, weight \(w.number(report.secondOrderWeight))) and the total, as in the SDG Synergies method."))]
        let networkDiagram = NetworkDiagram.make(network, options: NetworkDiagramOptions(language: w.language))
        let linkTable = ReportTable(caption: w.t("Sterkste verbanden", "Strongest links"),
                                    header: [w.t("van", "from"), w.t("naar", "to"), "score"],
                                    rows: network.edges(of: .interaction).filter { abs($0.score ?? 0) >= 2 }.map { e in
                                        ["\(network.nodes[e.from].id) \(network.nodes[e.from].label)", "\(network.nodes[e.to].id) \(network.nodes[e.to].label)", w.signed(e.score ?? 0)]
                                    }, numericColumns: [2])
        blocks.append(.figure(try renderer.figure(networkDiagram, name: "network",
            caption: w.t("Het netwerk van wisselwerkingen: subdoelen in de kleur van hun SDG; groen en doorgetrokken = versterkend, rood en gestreept = tegenwerkend; de dikte volgt de score.",
                         "The interaction network: targets in their SDG's colour; green and solid = reinforcing, red and dashed = counteracting; width follows the score."),
            table: linkTable, engine: NetworkDiagram.defaultEngine)))
        blocks.append(.table(ReportTable(
            caption: w.t("Rangschikking op totale invloed (top 15)", "Ranking by total influence (top 15)"),
            header: ["#", w.t("doel", "target"), w.t("uit", "out"), "+", "−", w.t("in", "in"), w.t("2e orde", "2nd order"), w.t("totaal", "total"), w.t("netto", "net")],
            rows: report.nodes.prefix(15).map { n in
                [String(n.rank), "\(n.id) \(n.label)", w.number(n.out), w.number(n.positiveOut), w.number(n.negativeOut), w.number(n.in),
                 w.number(n.secondOrder), w.number(n.total), w.number(n.net)]
            }, numericColumns: [0, 2, 3, 4, 5, 6, 7, 8])))
        if !report.strongNegativeLinks.isEmpty {
            blocks.append(.subheading(w.t("Sterke negatieve verbanden", "Strong negative links")))
            blocks.append(.list(report.strongNegativeLinks.map { "\($0.from) \($0.fromLabel) → \($0.to) \($0.toLabel): \(w.signed($0.score))" }))
        }
        if !report.hiddenTradeOffs.isEmpty {
            blocks.append(.subheading(w.t("Verborgen trade-offs (\(report.hiddenTradeOffCount))", "Hidden trade-offs (\(report.hiddenTradeOffCount))")))
            blocks.append(.list(report.hiddenTradeOffs.prefix(10).map { h in
                zip(h.path, h.labels).map { "\($0) \($1)" }.joined(separator: " → ") + ": " + w.signed(h.strength)
            }))
        }
        if let experts = analyses.experts {
            blocks.append(.paragraph(w.t(
                "\(experts.summary.expertCount) experts scoorden de matrix; bij \(experts.summary.disagreementCount) cellen gaf de ene expert een positieve en de andere een negatieve score.",
                "\(experts.summary.expertCount) experts scored the matrix; in \(experts.summary.disagreementCount) cells one expert gave a positive and another a negative score.")))
        }
        if let micmac = analyses.micmac {
            let drivers = micmac.nodes.filter { $0.quadrant == .driver }.map { "\($0.id) \($0.label)" }
            if !drivers.isEmpty {
                blocks.append(.paragraph(w.t("Drijvende doelen volgens MICMAC (veel invloed, weinig afhankelijk): ", "Drivers according to MICMAC (high influence, low dependence): ")
                                         + drivers.joined(separator: ", ") + "."))
            }
            let plane = MICMACDiagram.make(micmac, network: network, language: w.language)
            let table = ReportTable(header: [w.t("doel", "target"), w.t("invloed", "influence"), w.t("afhankelijkheid", "dependence"), w.t("kwadrant", "quadrant")],
                                    rows: micmac.nodes.map { ["\($0.id) \($0.label)", w.number($0.indirectInfluence, decimals: 2), w.number($0.indirectDependence, decimals: 2), $0.quadrant.rawValue] },
                                    numericColumns: [1, 2])
            blocks.append(.figure(try renderer.figure(plane, name: "micmac",
                caption: w.t("MICMAC: onrechtstreekse invloed tegen afhankelijkheid (\(micmac.stopExplanation))",
                             "MICMAC: indirect influence against dependence (\(micmac.stopExplanation))"),
                table: table, engine: MICMACDiagram.defaultEngine)))
        }
        return ReportSection(id: "interactions", heading: w.interactions, blocks: blocks)
    }

    // MARK: Participation

    func participationSection() -> ReportSection {
        let p = analyses.participation
        var blocks: [ReportBlock] = []
        blocks.append(.paragraph(w.t(
            "\(w.percent(p.externalShare)) van de acties betrekt partners buiten het gemeentebestuur; bij \(w.percent(p.burdenVoiceShare)) van de lasten voor een groep is iemand betrokken die die groep vertegenwoordigt.",
            "\(w.percent(p.externalShare)) of the actions involve partners outside the administration; for \(w.percent(p.burdenVoiceShare)) of the burdens on a group, someone who speaks for that group is involved.")))
        blocks.append(.table(ReportTable(header: [w.t("soort partner", "kind of partner"), w.t("acties", "actions"), w.t("aandeel", "share")],
                                         rows: p.byKind.map { [$0.kind.rawValue, String($0.actions), w.percent($0.share)] },
                                         numericColumns: [1, 2])))
        return ReportSection(id: "participation", heading: w.participation, blocks: blocks)
    }

    // MARK: Method

    /// What reading the input warned about (near-misses of names, cells outside the table, a 0
    /// diagonal, …): a sub-heading, a sentence and the warnings, at most ``inputNoteLimit`` of them.
    func inputNotes() -> [ReportBlock] {
        let warnings = network.warnings
        guard !warnings.isEmpty else { return [] }
        var items = warnings.prefix(Self.inputNoteLimit).map(\.description)
        if warnings.count > Self.inputNoteLimit { items.append(w.moreInputNotes(warnings.count - Self.inputNoteLimit)) }
        return [.subheading(w.inputNotesHeading), .paragraph(w.inputNotesIntro(warnings.count)), .list(items)]
    }

    /// The most warnings of the read the method section lists one by one.
    static let inputNoteLimit = 50

    func methodSection() -> ReportSection {
        ReportSection(id: "method", heading: w.method, blocks: inputNotes() + [
            .paragraph(w.t(
                "Scores volgen de zevenpuntsschaal van Nilsson, Griggs en Visbeck (2016): +3 onlosmakelijk, +2 versterkend, +1 mogelijk makend, 0 verenigbaar, −1 beperkend, −2 tegenwerkend, −3 opheffend. Een lege cel betekent 'niet gescoord'. Met meerdere experts telt het gemiddelde over wie de cel scoorde. Drempels zijn relatief tot de schaal (s = 3): een onrechtstreekse spillover telt vanaf sterkte 1, een zware last vanaf −2.",
                "Scores follow the seven-point scale of Nilsson, Griggs and Visbeck (2016): +3 indivisible, +2 reinforcing, +1 enabling, 0 consistent, −1 constraining, −2 counteracting, −3 cancelling. A blank cell means 'not scored'. With several experts, the mean over those who scored a cell counts. Thresholds are relative to the scale (s = 3): an indirect spillover counts from strength 1, a severe burden from −2.")),
            .list([
                "Nilsson, M., Griggs, D. & Visbeck, M. (2016). Map the interactions between Sustainable Development Goals. Nature 534, 320–322.",
                "Weitz, N., Carlsen, H., Nilsson, M. & Skånberg, K. (2018). Towards systemic and contextual priority setting for implementing the 2030 Agenda. Sustainability Science 13, 531–548 (SDG Synergies).",
                "Godet, M. (1986). Introduction to la prospective: seven key ideas and one scenario method. Futures 18(2), 134–157 (MICMAC).",
                "UNDP (2018). What does it mean to leave no one behind? A UNDP discussion paper and framework for implementation.",
                "UNDP (2017). Rapid Integrated Assessment (RIA) — mainstreaming the SDGs into national and subnational plans.",
            ]),
        ])
    }
}
