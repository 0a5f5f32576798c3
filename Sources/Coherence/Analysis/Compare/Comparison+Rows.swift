/// One change of a comparison as a flat row: for tables, spreadsheets and scripts that want one
/// list rather than the nested JSON.
public struct ComparisonRow: Sendable, Hashable, Codable {
    /// The part it belongs to: `action`, `domain`, `ownership`, `interaction`, `node`, `spillover`,
    /// `group`, `gap`, `balance`, `coverage`, `ranking`, `micmac`, `cluster`.
    public var section: String
    /// How it changed (`added`, `new`, `resolved`, `opened`, `newly-managed`, `moved` …).
    public var change: String
    /// What it is about: an id, a cell `from>to`, a finding's path, `lens:class`.
    public var subject: String
    /// The number before, for machines (a budget, a score or strength, a share, a rank, a count);
    /// empty when there is none.
    public var before: String
    /// The number after.
    public var after: String
    /// The state before, by its raw value (`trade-off unmanaged`, a group's or goal's status, a
    /// quadrant, `open` for a gap); empty when there is none.
    public var beforeState: String = ""
    /// The state after.
    public var afterState: String = ""
    /// The sentence.
    public var explanation: LocalizedText
    /// The subjects of the input changes that explain it, space-separated (`kind:subject`).
    public var causes: String
}

extension Comparison {
    /// Every change, one row each: the input changes first, then the result changes section by
    /// section, in the order of the comparison.
    ///
    /// Numbers in ``ComparisonRow/before`` and ``ComparisonRow/after`` are written for machines
    /// (`-2`, `0.25`); states in ``ComparisonRow/beforeState`` and ``ComparisonRow/afterState`` by
    /// their raw values.
    /// - Complexity: O(number of changes).
    public var rows: [ComparisonRow] {
        var rows: [ComparisonRow] = []
        func number(_ value: Double?) -> String { value.map { Localizer(.en).number($0, decimals: 6, style: .data) } ?? "" }
        func int(_ value: Int?) -> String { value.map(String.init) ?? "" }
        func causes(_ list: [ComparisonCause]) -> String { list.map { "\($0.kind.rawValue):\($0.subject)" }.joined(separator: " ") }
        for a in inputs.actions {
            rows.append(ComparisonRow(section: "action", change: a.change.rawValue, subject: a.action,
                                      before: a.change == .added ? "" : number(a.budgetBefore),
                                      after: a.change == .removed ? "" : number(a.budgetAfter),
                                      explanation: a.explanation, causes: ""))
        }
        for d in inputs.domains {
            rows.append(ComparisonRow(section: "domain", change: d.change.rawValue, subject: d.id, before: "", after: "", explanation: d.explanation, causes: ""))
        }
        for o in inputs.ownership {
            rows.append(ComparisonRow(section: "ownership", change: o.change.rawValue, subject: "\(o.domain)>\(o.target)", before: "", after: "",
                                      explanation: o.explanation, causes: ""))
        }
        for i in inputs.interactions {
            rows.append(ComparisonRow(section: "interaction", change: i.change.rawValue, subject: i.cell, before: number(i.before), after: number(i.after),
                                      explanation: i.explanation, causes: ""))
        }
        for n in inputs.targets + inputs.others {
            rows.append(ComparisonRow(section: "node", change: n.change.rawValue, subject: n.id, before: "", after: "", explanation: n.explanation, causes: ""))
        }
        func state(_ parts: String?...) -> String { parts.compactMap { $0 }.joined(separator: " ") }
        for s in spillovers.changes {
            rows.append(ComparisonRow(section: "spillover", change: s.kind.rawValue, subject: s.id,
                                      before: number(s.strengthBefore), after: number(s.strengthAfter),
                                      beforeState: state(s.effectBefore?.rawValue, s.managementBefore?.rawValue),
                                      afterState: state(s.effectAfter?.rawValue, s.managementAfter?.rawValue),
                                      explanation: s.explanation, causes: causes(s.causes)))
        }
        for g in lnob.groups {
            rows.append(ComparisonRow(section: "group", change: g.improved ? "improved" : "worsened", subject: g.group,
                                      before: int(g.statusBefore == nil ? nil : g.benefitsBefore.count),
                                      after: int(g.statusAfter == nil ? nil : g.benefitsAfter.count),
                                      beforeState: g.statusBefore?.rawValue ?? "", afterState: g.statusAfter?.rawValue ?? "",
                                      explanation: g.explanation, causes: causes(g.causes)))
        }
        for g in lnob.gaps {
            let subject = [g.group ?? g.target ?? g.factor?.rawValue ?? ""] + g.actions
            rows.append(ComparisonRow(section: "gap", change: g.change.rawValue, subject: "\(g.kind.rawValue):" + subject.joined(separator: ">"),
                                      before: "", after: "",
                                      beforeState: g.change == .closed ? "open" : "", afterState: g.change == .opened ? "open" : "",
                                      explanation: g.explanation, causes: causes(g.causes)))
        }
        for b in balance.changes {
            rows.append(ComparisonRow(section: "balance", change: b.leanChanged ? "lean" : "share", subject: "\(b.lens.rawValue):\(b.classID)",
                                      before: number(b.countShareBefore), after: number(b.countShareAfter),
                                      beforeState: b.countLeanBefore.rawValue, afterState: b.countLeanAfter.rawValue,
                                      explanation: b.explanation, causes: causes(b.causes)))
        }
        for g in coverage.changes {
            rows.append(ComparisonRow(section: "coverage", change: g.statusBefore == g.statusAfter ? "changed" : g.statusAfter.rawValue,
                                      subject: g.id, before: int(g.targetsCoveredBefore), after: int(g.targetsCoveredAfter),
                                      beforeState: g.statusBefore.rawValue, afterState: g.statusAfter.rawValue,
                                      explanation: g.explanation, causes: causes(g.causes)))
        }
        for r in influence?.changes ?? [] {
            let change = r.rankBefore == nil ? "added" : r.rankAfter == nil ? "removed" : (r.shift ?? 0) > 0 ? "rose" : "fell"
            rows.append(ComparisonRow(section: "ranking", change: change, subject: r.id, before: int(r.rankBefore), after: int(r.rankAfter),
                                      explanation: r.explanation, causes: causes(r.causes)))
        }
        for m in micmac?.moves ?? [] {
            rows.append(ComparisonRow(section: "micmac", change: "moved", subject: m.id, before: int(m.influenceRankBefore),
                                      after: int(m.influenceRankAfter), beforeState: m.quadrantBefore?.rawValue ?? "",
                                      afterState: m.quadrantAfter?.rawValue ?? "", explanation: m.explanation, causes: causes(m.causes)))
        }
        for c in clusters?.changes ?? [] {
            let change = c.before == nil ? "formed" : c.after == nil ? "dissolved" : "changed"
            rows.append(ComparisonRow(section: "cluster", change: change, subject: c.after.map { "after:\($0)" } ?? "before:\(c.before ?? 0)",
                                      before: c.before.map(String.init) ?? "", after: c.after.map(String.init) ?? "",
                                      explanation: c.explanation, causes: causes(c.causes)))
        }
        return rows
    }

    /// The rows as CSV, one change per row, with the provenance of the comparison in the last
    /// three columns of every row (so that the file stays one plain table).
    ///
    /// - Parameters:
    ///   - language: The language of the explanations.
    ///   - dialect: Standard CSV or Dutch-locale Excel.
    ///   - provenance: The tool, catalogue and input hash.
    /// - Returns: The CSV text.
    /// - Complexity: O(number of changes).
    public func csv(language: Language, dialect: CSVDialect = .standard, provenance: Provenance) -> String {
        var csv = CSVDocument(dialect: dialect)
        csv.append(["section", "change", "subject", "before", "after", "before_state", "after_state", "explanation", "causes",
                    "tool_version", "catalogue_version", "input_hash"])
        func cell(_ text: String) -> CSVDocument.Cell {
            if text.isEmpty { return .empty }
            return Double(text).map { .number($0) } ?? .text(text)
        }
        for row in rows {
            csv.append([.text(row.section), .text(row.change), .text(row.subject), cell(row.before), cell(row.after), .text(row.beforeState), .text(row.afterState),
                        .text(row.explanation.text(in: language)), .text(row.causes),
                        .text(provenance.toolVersion), .text(provenance.catalogueVersion), .text(provenance.inputHash)])
        }
        return csv.text
    }
}
