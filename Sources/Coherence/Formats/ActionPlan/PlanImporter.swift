import Foundation

/// The state of one import: the builder being filled, the problems found so far, and the domains,
/// stakeholders and ids named until now (shared by the plan, its ownership table and its matrices).
struct PlanImporter {
    var builder: PolicyNetworkBuilder
    var log = DiagnosticLog()
    var ids = PlanIDs()
    var domains = NamedRegistry()
    var stakeholders = NamedRegistry()
    /// Groups the plan names that are not in the catalogue: the plan's own (``group(named:item:at:)``).
    var ownGroups = NamedRegistry()
    var groups: GroupNames
    let options: ActionPlanOptions
    /// Whether any ownership was declared.
    var ownershipCount = 0
    /// Custom objectives declared for matrix ids.
    var objectives: Set<String> = []

    init(name: String, language: Language, options: ActionPlanOptions) {
        builder = PolicyNetworkBuilder(name: name, language: language, scale: options.scale, catalogue: options.catalogue)
        groups = GroupNames(catalogue: options.catalogue)
        self.options = options
        for group in options.catalogue.groups { ids.reserve(group.id) }   // names made into ids never take a catalogue group's
    }

    var catalogue: SDGCatalogue { options.catalogue }
    var isDutch: Bool { builder.language == .nl }

    /// The id of the domain a cell names: a domain met before (by id or label), else a new one whose
    /// id is the slug of the name and whose label is the name.
    mutating func domain(named name: String, at location: SourceLocation) -> String {
        if let entry = domains.find(name) { return entry.id }
        let id = ids.unique(PlanText.slug(name), prefix: isDutch ? "domein" : "domain",
                            fallback: isDutch ? "domein" : "domain", catalogue: catalogue)
        domains.add(id: id, label: name)
        builder.addDomain(id: id, label: name, at: location)
        return id
    }

    /// The id of a stakeholder a cell names, declaring it the first time (kind from a word in brackets).
    mutating func stakeholder(named text: String, at location: SourceLocation) -> String {
        var name = text
        var kind: StakeholderKind? = nil
        if text.last == ")", let open = text.lastIndex(of: "("),
           let found = ActionPlanReader.stakeholderKind(String(text[text.index(after: open)..<text.index(before: text.endIndex)])) {
            kind = found
            name = Table.clean(String(text[..<open]))
        }
        if let entry = stakeholders.find(name) { return entry.id }
        let id = ids.unique(PlanText.slug(name), prefix: "stakeholder", fallback: "stakeholder", catalogue: catalogue)
        stakeholders.add(id: id, label: name)
        builder.addStakeholder(id: id, label: name, kind: kind ?? .other, at: location)
        return id
    }

    /// Adds the judgements of cross-impact matrices, declaring their non-SDG ids as objectives.
    mutating func add(_ matrices: [CrossImpactMatrix]) {
        var experts: [String: String] = [:]
        for matrix in matrices {
            log.append(contentsOf: matrix.warnings)
            let file = matrix.cells.first?.location.file ?? matrix.idLocations.values.first?.file ?? "matrix"
            if let first = experts[matrix.expert] {
                log.error(matrix.cells.first?.location ?? SourceLocation(file: file),
                          "two matrices for the same expert `\(matrix.expert)` (first in \(first))",
                          suggestion: "Give each file its own expert (file names are the experts' names).")
                continue
            }
            experts[matrix.expert] = file
            for id in matrix.ids where !objectives.contains(id) {
                guard catalogue.lookup(id) == .notAnSDGID else { continue }
                objectives.insert(id)
                ids.reserve(id)
                builder.addObjective(id: id, label: id, at: matrix.idLocations[id])
            }
            for cell in matrix.cells {
                builder.addJudgement(InteractionJudgement(expert: matrix.expert, from: cell.from, to: cell.to, score: cell.score,
                                                          annotation: cell.annotation), at: cell.location)
            }
        }
    }

    /// Hands every problem found to the builder (which reports them with its own) and, when no
    /// ownership was given (and the plan has no errors to fix first), adds the warning that says how to give it.
    mutating func finish() -> PolicyNetworkBuilder {
        reportNearMisses()
        if ownershipCount == 0, !log.hasErrors {
            log.warning(nil, "the plan does not say which policy domain owns which goals and targets, so spillovers between domains cannot be found",
                        suggestion: "Add a sheet named `eigenaarschap` (or `ownership`) to the workbook, or give an ownership table "
                            + "(`coherence import plan … --ownership FILE`, or as the file after the plan for the other commands): "
                            + "one row per domain with the columns `beleidsdomein` and `doelen` (goals such as `SDG 1` or targets such as `11.6`, one per row or a list).")
        }
        for diagnostic in log.diagnostics { builder.report(diagnostic) }
        log = DiagnosticLog()
        return builder
    }
}
