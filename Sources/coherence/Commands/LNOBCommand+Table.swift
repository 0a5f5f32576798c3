import Coherence

/// The terminal text of `coherence lnob`, in the report's language.
struct LNOBTableText {
    let network: PolicyNetwork
    let report: LNOBReport
    let participation: ParticipationReport

    var nl: Bool { report.language == .nl }

    func status(_ status: LNOBStatus) -> String {
        switch status {
        case .none: return nl ? "geen" : "none"
        case .partial: return nl ? "gedeeltelijk" : "partial"
        case .full: return nl ? "volledig" : "full"
        }
    }

    static func score(_ value: Double, nl: Bool) -> String {
        let text = ScoreScale.format((value * 100).rounded() / 100, signed: true)
        return nl ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    static func percent(_ share: Double, nl: Bool) -> String {
        let value = Int((share * 100).rounded())
        return nl ? "\(value) %" : "\(value)%"
    }

    var text: String {
        var text = "Leave No One Behind — \(network.name)\n\n"
        var table = TextTable(nl ? ["groep", "status", "voordeel", "last", "niet opgevangen", "hiaten"]
                                 : ["group", "status", "benefits", "burdens", "unmitigated", "gaps"],
                              rightAligned: [2, 3, 4, 5])
        for group in report.groups {
            table.append([group.label, status(group.status),
                          "\(group.benefits.count) (\(Self.score(group.benefitTotal, nl: nl)))",
                          "\(group.burdens.count) (\(Self.score(-group.burdenTotal, nl: nl)))",
                          String(group.unmitigatedBurdens.count), String(report.gaps(forGroup: group.group).count)])
        }
        text += table.text
        let counts = report.statusCounts
        text += nl
            ? "\(report.groups.count) groepen: \(counts[.none] ?? 0) zonder voordeel, \(counts[.partial] ?? 0) gedeeltelijk, \(counts[.full] ?? 0) volledig bereikt.\n"
            : "\(report.groups.count) groups: \(counts[.none] ?? 0) without benefit, \(counts[.partial] ?? 0) partly reached, \(counts[.full] ?? 0) fully reached.\n"

        for group in report.groups {
            let gaps = report.gaps(forGroup: group.group)
            guard !gaps.isEmpty else { continue }
            text += "\n\(group.label) — \(status(group.status)): \(group.statusExplanation)\n"
            for gap in gaps { text += "  - \(gap.explanation)\n" }
        }
        let targetGaps = report.gaps.filter { $0.target != nil }
        if !targetGaps.isEmpty {
            text += nl ? "\nLNOB-targets (doelen over wie dreigt achter te blijven)\n" : "\nLNOB-relevant targets\n"
            for gap in targetGaps where gap.kind == .lnobTargetHarmed { text += "  - \(gap.explanation)\n" }
            let missing = targetGaps.filter { $0.kind == .lnobTargetNotAddressed }
            if !missing.isEmpty {
                let byGoal = Dictionary(grouping: missing) { SDGCatalogue.standard.target($0.target ?? "")?.goal ?? 0 }
                for goal in byGoal.keys.sorted() {
                    let ids = byGoal[goal]!.compactMap(\.target)
                    let names = ids.map { id in
                        "\(id) \(SDGCatalogue.standard.target(id)?.shortName(language: report.language.rawValue) ?? "")"
                    }
                    text += nl
                        ? "  - SDG \(goal): het plan werkt aan dit doel, maar niet aan \(names.joined(separator: "; ")).\n"
                        : "  - SDG \(goal): the plan works on this goal, but not on \(names.joined(separator: "; ")).\n"
                }
            }
        }
        let factorGaps = report.gaps.filter { $0.kind == .factorNotAddressed }
        if !factorGaps.isEmpty {
            text += nl ? "\nUNDP-factoren\n" : "\nUNDP factors\n"
            for gap in factorGaps { text += "  - \(gap.explanation)\n" }
        }
        if !report.notes.isEmpty {
            text += nl ? "\nNiet te beoordelen op targetniveau (geen hiaat)\n" : "\nCannot assess at target level (not a gap)\n"
            for note in report.notes { text += "  - \(note.explanation)\n" }
        }
        text += participationText
        return text
    }

    func kindName(_ kind: StakeholderKind) -> String {
        guard nl else { return kind.rawValue }
        switch kind {
        case .administration: return "administratie"
        case .civilSociety: return "middenveld"
        case .citizens: return "burgers en adviesraden"
        case .privateSector: return "privésector"
        case .knowledge: return "kennisinstellingen"
        case .partnerMunicipality: return "partnergemeenten"
        case .other: return "andere"
        }
    }

    var participationText: String {
        let p = participation
        var text = nl ? "\nParticipatie\n" : "\nParticipation\n"
        text += nl
            ? "  \(p.actionsWithExternalStakeholders) van \(p.actions) acties (\(Self.percent(p.externalShare, nl: nl))) betrekken partners buiten de administratie.\n"
            : "  \(p.actionsWithExternalStakeholders) of \(p.actions) actions (\(Self.percent(p.externalShare, nl: nl))) involve stakeholders outside the administration.\n"
        text += nl
            ? "  \(p.burdensWithVoice) van \(p.burdens.count) lasten (\(Self.percent(p.burdenVoiceShare, nl: nl))) worden gedragen door een groep die een stem had in de actie.\n"
            : "  \(p.burdensWithVoice) of \(p.burdens.count) burdens (\(Self.percent(p.burdenVoiceShare, nl: nl))) fall on a group that had a voice in the action.\n"
        var table = TextTable(nl ? ["soort partner", "partners", "acties", "aandeel"] : ["stakeholder kind", "stakeholders", "actions", "share"],
                              rightAligned: [1, 2, 3])
        for kind in p.byKind where kind.stakeholders > 0 {
            table.append([kindName(kind.kind), String(kind.stakeholders), String(kind.actions), Self.percent(kind.share, nl: nl)])
        }
        return text + "\n" + table.text
    }
}
