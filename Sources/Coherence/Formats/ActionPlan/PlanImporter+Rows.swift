import Foundation

extension PlanImporter {
    /// Reads every row below the header as an action (or, when it only names a policy objective or
    /// an action plan, as a heading of the plan's tree), recording every problem with its cell.
    mutating func readPlan(_ table: Table, header: ActionPlanHeader) {
        reportColumns(table, header: header)
        let scale = options.scale
        var tree = (objective: String?.none, plan: String?.none)
        var labels: [String: Int] = [:]

        // Ids the sheet gives are reserved first, so names made into ids never take them.
        var givenIDs: [Int: String] = [:]
        if let idColumn = header[.id] {
            for r in (header.row + 1)..<table.rows.count {
                var id = Table.clean(table[r, idColumn])
                guard !id.isEmpty, !Table.clean(table[r, header[.label] ?? idColumn]).isEmpty else { continue }
                if catalogue.lookup(id) != .notAnSDGID {
                    let renamed = (isDutch ? "actie-" : "action-") + id
                    log.warning(table.location(row: r, column: idColumn),
                                "the id `\(id)` is an SDG number, so the action is called `\(renamed)`",
                                suggestion: "Give actions ids that are not goal or target numbers (such as `A\(id)`).")
                    id = renamed
                }
                givenIDs[r] = id
                ids.reserve(id)
            }
        }

        for r in (header.row + 1)..<table.rows.count {
            guard table.rows[r].contains(where: { !Table.clean($0).isEmpty }) else { continue }
            func cell(_ kind: ActionPlanColumn) -> String { header[kind].map { Table.clean(table[r, $0]) } ?? "" }
            func place(_ column: Int?, _ rowLabel: String? = nil) -> SourceLocation {
                var location = table.location(row: r, column: column)
                location.rowLabel = rowLabel
                if table.sheet == nil, let column { location.columnLabel = header.titles[column] }
                return location
            }

            // The plan's tree: a blank cell repeats the row above (a new policy objective starts a new branch).
            let objective = cell(.policyObjective), plan = cell(.actionPlan)
            if !objective.isEmpty, objective != tree.objective { tree = (objective, nil) }
            if !plan.isEmpty { tree.plan = plan }
            let label = cell(.label)
            if label.isEmpty {
                let others: [ActionPlanColumn] = [.domain, .sdg, .budget, .groups, .stakeholders, .scope, .description]
                if !objective.isEmpty || !plan.isEmpty, others.allSatisfy({ cell($0).isEmpty }) { continue }   // a heading row
                log.error(place(header[.label] ?? 0), "this row has no label, so it is not an action",
                          expected: "the action's label in column \(ActionPlanColumn.label.displayName)",
                          suggestion: "Fill in the label, or clear the row.")
                continue
            }

            let id: String
            if let given = givenIDs[r] {
                id = given
            } else {
                let base = PlanText.slug(String(label.prefix(60)))
                id = ids.unique(base, prefix: isDutch ? "actie" : "action", fallback: isDutch ? "actie-\(r + 1)" : "action-\(r + 1)",
                                catalogue: catalogue)
            }
            let folded = PlanText.fold(label)
            if let first = labels[folded] {
                log.warning(place(header[.label], id), "the label `\(label)` was already used in row \(first + 1)",
                            suggestion: "Check whether the action is in the plan twice.")
            } else {
                labels[folded] = r
            }

            // Domain.
            var domainID = ""
            let domainName = cell(.domain)
            if let column = header[.domain] {
                if domainName.isEmpty {
                    log.error(place(column, id), "action `\(id)` has no policy domain",
                              expected: "the name of the domain that carries the action",
                              suggestion: "Every action belongs to exactly one domain.")
                } else {
                    domainID = domain(named: domainName, at: place(column, id))
                }
            }

            let budget = readBudget(table, row: r, column: header[.budget], at: place(header[.budget], id))
            let scope = readScope(cell(.scope), at: place(header[.scope], id))
            var planPath: [String] = []
            if let o = tree.objective { planPath.append(o) }
            if let p = tree.plan { planPath.append(p) }
            let description = cell(.description)
            // A row without a domain is reported above and not added: its cells are still checked.
            let valid = !domainID.isEmpty || header[.domain] == nil
            if valid {
                builder.addAction(ActionDeclaration(id: id, label: label, domain: domainID, budget: budget, plan: planPath, scope: scope,
                                                description: description.isEmpty ? nil : description),
                                  at: place(header[.label], id), domainAt: place(header[.domain], id))
            }

            // SDG tags: every SDG column of the row (lists of tags, or a mark or score under a column
            // headed by a goal or target); a tag without a score is +1, marked as assumed.
            var tagged: [String: (tag: SDGTag, location: SourceLocation)] = [:]
            for column in header.columns[.sdg] ?? [] {
                let location = place(column, id)
                let kind = table.kind(row: r, column: column)
                let tags = header.marks[column].map { markID in
                    ActionPlanReader.markTag(table[r, column], kind: kind, id: markID, at: location, scale: scale, log: &log).map { [$0] } ?? []
                } ?? ActionPlanReader.sdgTags(in: table[r, column], kind: kind, at: location, scale: scale, catalogue: catalogue,
                                              allowScores: true, log: &log)
                for var tag in tags {
                    if let score = tag.score, options.unscoredCodes.contains(score) { tag.score = nil }   // `11.6:-100`: linked, not quantified
                    if let first = tagged[tag.id] {
                        if first.tag.score != tag.score {
                            log.error(location, "action `\(id)` tags `\(tag.id)` twice with different scores (`\(first.tag.text)` and `\(tag.text)`)",
                                      suggestion: "Keep one of them.")
                        }
                        continue
                    }
                    tagged[tag.id] = (tag, location)
                    guard valid else { continue }
                    builder.addContribution(action: id, to: tag.id, score: tag.score ?? 1,
                                            annotation: EdgeAnnotation(scope: scope ?? .here, assumed: tag.score == nil), at: location)
                }
            }

            // Groups: catalogue groups by id or label, or the plan's own; `name:+1` scored; a plain name is a benefit +1, assumed.
            var reached: Set<String> = []
            for column in header.columns[.groups] ?? [] {
                let location = place(column, id)
                let known: (String) -> Bool = { [groups, ownGroups] in groups.id(for: $0) != nil || ownGroups.find($0) != nil }
                for item in ActionPlanReader.splitNames(table[r, column], isKnown: known) {
                    let entry = ActionPlanReader.splitScore(item, scale: scale)
                    if let bad = entry.badScore {
                        log.error(location, "`\(bad)` after `\(entry.name)` is not a score on the scale \(scale.rangeDescription)",
                                  expected: "a benefit (`+1`, `+2`) or a burden (`-1`, `-2`)", found: "`\(item)`",
                                  suggestion: ActionPlanReader.labelSuggestion(for: bad, scale: scale))
                        continue
                    }
                    guard let group = group(named: entry.name, item: item, at: location) else { continue }
                    guard reached.insert(group).inserted, valid else { continue }
                    builder.addGroupEffect(action: id, group: group, score: entry.score ?? 1,
                                           annotation: EdgeAnnotation(scope: scope ?? .here, assumed: entry.score == nil), at: location)
                }
            }

            // Stakeholders: declared from the sheet the first time they are named.
            var involved: Set<String> = []
            for column in header.columns[.stakeholders] ?? [] {
                let location = place(column, id)
                for name in ActionPlanReader.splitNames(table[r, column], isKnown: { _ in false }) {
                    let stakeholder = stakeholder(named: name, at: location)
                    if valid, involved.insert(stakeholder).inserted { builder.addInvolvement(action: id, stakeholder: stakeholder, at: location) }
                }
            }
        }
    }

    /// Warns about columns that are not read, columns named twice, and filled cells under no header.
    mutating func reportColumns(_ table: Table, header: ActionPlanHeader) {
        let names = ActionPlanColumn.spellings.flatMap(\.names)
        for (column, text) in header.unknown {
            log.warning(table.location(row: header.row, column: column),
                        "the column `\(text)` is not an action-plan column and is ignored",
                        suggestion: Suggestions.didYouMean(Suggestions.closest(to: ActionPlanColumn.normalise(text), in: names)))
        }
        for (column, kind, first) in header.repeated {
            log.warning(table.location(row: header.row, column: column),
                        "the column `\(header.titles[column] ?? "")` is read as \(kind.displayName) like the column `\(header.titles[first] ?? "")` before it; only that first column is used")
        }
        log.append(contentsOf: table.outsideHeaderWarnings(below: header.row, table: "the action plan"))
    }

    /// The budget in a cell: a workbook's number as stored, or text read by ``ActionPlanReader/amount(_:)``.
    mutating func readBudget(_ table: Table, row: Int, column: Int?, at location: SourceLocation) -> Double? {
        guard let column else { return nil }
        let text = Table.clean(table[row, column])
        guard !text.isEmpty else { return nil }
        switch table.kind(row: row, column: column) {
        case .number:
            if let value = Double(text) { return value }
        case .date, .boolean, .error:
            log.error(location, "the budget cell holds \(table.kind(row: row, column: column) == .date ? "a date" : "`\(text)`"), not an amount",
                      expected: "an amount in euro", suggestion: "Format the column as a number.")
            return nil
        case .text:
            break
        }
        switch ActionPlanReader.readAmount(text) {
        case .blank: return nil
        case .value(let value): return value
        case .unreadable(let why):
            log.error(location, "`\(text)` is not an amount in euro (\(why))",
                      expected: "an amount such as `1.200.000`, `1 200 000,50`, `€ 25.000` or `1,200,000.50`")
            return nil
        }
    }

    /// The scope a cell names: here, elsewhere or later, in English or Dutch.
    mutating func readScope(_ text: String, at location: SourceLocation) -> Scope? {
        guard !text.isEmpty else { return nil }
        let words: [Scope: [String]] = [
            .here: ["here", "hier", "hier en nu", "here and now", "lokaal", "local"],
            .elsewhere: ["elsewhere", "elders", "ginder", "internationaal", "international", "abroad", "buitenland"],
            .later: ["later", "toekomst", "future", "toekomstige generaties", "future generations"],
        ]
        let key = PlanText.fold(text)
        if let scope = words.first(where: { $0.value.contains(key) })?.key { return scope }
        log.error(location, "`\(text)` is not a scope", expected: "`here` (hier), `elsewhere` (elders) or `later`",
                  suggestion: Suggestions.didYouMean(Suggestions.closest(to: key, in: words.values.flatMap { $0 })))
        return nil
    }
}
