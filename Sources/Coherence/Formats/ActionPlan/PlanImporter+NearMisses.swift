extension PlanImporter {
    /// Warns about names that are probably typing mistakes, since each makes a new domain,
    /// stakeholder or group and silently changes the results (``NearMiss``):
    ///
    /// - two domains, two stakeholders or two of the plan's own groups whose names are near misses:
    ///   at the one named less often (the later one on a tie), suggesting the other;
    /// - a domain that the ownership table names but no action of the plan is in (it owns targets
    ///   that no action of the plan's domains is then counted for), with a did-you-mean when it is
    ///   a near miss of a domain that has actions;
    /// - a group of the plan's own that is a near miss of a catalogue group's id, label or synonym.
    ///
    /// Runs once, when the plan, its ownership tables and matrices have been read.
    ///
    /// - Complexity: O(n² · L) for n names of length L per kind, n ≤ ``NearMiss/comparisonLimit``
    ///   (none are compared beyond it).
    mutating func reportNearMisses() {
        let declarations = builder.declarations
        var uses: [String: Int] = [:]
        var actions: [String: Int] = [:]
        var owned: [String: Int] = [:]
        for declaration in declarations where declaration.kind == .action {
            if let domain = declaration.action?.domain { actions[domain, default: 0] += 1; uses[domain, default: 0] += 1 }   // a domain's uses: its actions
        }
        for reference in builder.references {
            switch reference.kind {
            case .ownership: owned[reference.from, default: 0] += 1
            case .involvement, .groupEffect: uses[reference.to, default: 0] += 1
            default: break
            }
        }
        func named(_ kind: NodeKind) -> [PolicyNetworkBuilder.Declaration] {
            declarations.filter { $0.kind == kind && (kind != .group || ownGroups.find($0.id)?.id == $0.id) }
        }
        let domains = named(.domain)
        // Domains named only by an ownership table: their did-you-mean goes into that warning.
        var ownershipOnly: Set<String> = []
        for domain in domains where actions[domain.id] == nil && owned[domain.id] != nil { ownershipOnly.insert(domain.id) }
        let typos = nearMissTypos(domains, uses: uses)
        for (typo, meant) in typos where !ownershipOnly.contains(typo.id) {
            log.warning(typo.location, NearMissWording.twoNames(kind: "domain", typo: typo.label, uses: uses[typo.id] ?? 0,
                                                                meant: meant.label, meantUses: uses[meant.id] ?? 0, unit: "action"),
                        suggestion: NearMissWording.suggestion(meant.label))
        }
        for domain in domains where ownershipOnly.contains(domain.id) {
            let meant = typos.first { $0.typo.id == domain.id }?.meant
                ?? domains.first { actions[$0.id] != nil && NearMiss.isNearMiss($0.label, domain.label) }
            log.warning(domain.location, NearMissWording.domainWithoutActions(domain.label, owns: owned[domain.id] ?? 0),
                        suggestion: meant.map { NearMissWording.suggestion($0.label) } ?? NearMissWording.checkDomainName)
        }
        for kind in [NodeKind.stakeholder, .group] {
            for (typo, meant) in nearMissTypos(named(kind), uses: uses) {
                log.warning(typo.location, NearMissWording.twoNames(kind: kind == .group ? "group" : "stakeholder", typo: typo.label,
                                                                    uses: uses[typo.id] ?? 0, meant: meant.label,
                                                                    meantUses: uses[meant.id] ?? 0, unit: "action"),
                            suggestion: NearMissWording.suggestion(meant.label))
            }
        }
        // The plan's own groups that are near misses of a catalogue group.
        let own = named(.group)
        guard own.count <= NearMiss.comparisonLimit else { return }
        let spellings = groups.spellings.map { (key: NearMiss.key($0), text: $0) }
        for group in own {
            let key = NearMiss.key(group.label)
            guard let close = spellings.first(where: { NearMiss.isNearMiss(key, $0.key) }),
                  let id = groups.id(for: close.text) else { continue }
            log.warning(group.location, NearMissWording.ownGroup(group.label),
                        suggestion: NearMissWording.catalogueSuggestion(close.text, id: id, typed: group.label))
        }
    }

    /// The near-miss pairs among declarations, each as (the typo, what was probably meant): the one
    /// with fewer uses is the typo, the later one on a tie. Each declaration is a typo at most once.
    private func nearMissTypos(_ declarations: [PolicyNetworkBuilder.Declaration], uses: [String: Int])
        -> [(typo: PolicyNetworkBuilder.Declaration, meant: PolicyNetworkBuilder.Declaration)] {
        var result: [(typo: PolicyNetworkBuilder.Declaration, meant: PolicyNetworkBuilder.Declaration)] = []
        var typos: Set<String> = []
        for (i, j) in NearMiss.pairs(among: declarations.map(\.label)) {
            let a = declarations[i], b = declarations[j]
            let (typo, meant) = (uses[a.id] ?? 0) < (uses[b.id] ?? 0) ? (a, b) : (b, a)
            guard typos.insert(typo.id).inserted else { continue }
            result.append((typo, meant))
        }
        return result.sorted { ($0.typo.location?.row ?? 0, $0.typo.label) < ($1.typo.location?.row ?? 0, $1.typo.label) }
    }
}

/// The words of the near-miss warnings of a plan import.
enum NearMissWording {
    /// "the domain `Mobilitiet` (1 action) is nearly the same name as the domain `Mobiliteit` (4 actions), …"
    static func twoNames(kind: String, typo: String, uses: Int, meant: String, meantUses: Int, unit: String) -> String {
        "the \(kind) `\(typo)` (\(count(uses, unit))) is nearly the same name as the \(kind) `\(meant)` (\(count(meantUses, unit))), "
            + "so a typing mistake may have made a second \(kind)"
    }

    /// The warning for a domain the ownership table names that has no actions.
    static func domainWithoutActions(_ name: String, owns: Int) -> String {
        "the ownership table names the domain `\(name)`, which has no actions in the plan: it owns \(count(owns, "goal or target", "goals or targets")), "
            + "and every action that contributes to \(owns == 1 ? "it" : "them") counts as a spillover onto `\(name)`"
    }

    /// The warning for an own group that is a near miss of a catalogue group.
    static func ownGroup(_ name: String) -> String {
        "the group `\(name)` is not a catalogue group, so it is read as a group of the plan's own"
    }

    /// "Did you mean `Mobiliteit`? …"
    static func suggestion(_ name: String, id: String? = nil) -> String {
        "Did you mean `\(name)`\(id.map { " (\($0))" } ?? "")? Write the name the same way everywhere; if both are meant, keep them."
    }

    /// "Did you mean `ouderen` (older-persons)? …" for an own group near a catalogue group.
    static func catalogueSuggestion(_ name: String, id: String, typed: String) -> String {
        "Did you mean `\(name)`\(name == id ? "" : " (\(id))")? Write a catalogue group as the catalogue does; if `\(typed)` is a group of the plan's own, keep it."
    }

    /// What to do about a domain without actions that is no near miss.
    static let checkDomainName = "Check the name against the plan's domain column; a domain without actions in this plan is kept, but only receives spillovers."

    /// "1 row", "4 rows".
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) \(n == 1 ? singular : plural ?? singular + "s")"
    }
}
