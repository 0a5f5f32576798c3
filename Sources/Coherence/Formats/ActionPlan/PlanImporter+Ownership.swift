/// The columns of an ownership table: which domain owns which goals and targets.
///
/// Headers: the domain (`beleidsdomein`, `domein`, `domain`) and one or more columns of goals or
/// targets (`doelen`, `sdg`, `targets`, `goals`, `eigenaar van`, `bezit`, `owns`). A table without
/// such a header is read as domain in the first column and goals or targets in the others.
struct OwnershipHeader: Sendable {
    /// The header row, or `nil` for a table without a header.
    var row: Int?
    /// The domain column.
    var domain: Int
    /// The columns of goals and targets.
    var owned: [Int]

    /// Header names (normalised) that name owned goals and targets, besides the SDG column's.
    static let ownedNames: Set<String> = [
        "owns", "owned", "ownership", "bezit", "bezat", "eigenaarvan", "verantwoordelijkvoor", "eigenaarschap", "eigenaar",
        "responsiblefor", "sdgtargets", "doelentargets",
    ]

    /// The sheet names of an ownership sheet in a workbook (normalised).
    static let sheetNames: Set<String> = ["ownership", "eigenaarschap", "eigenaar", "eigenaars", "owners", "bezit"]

    /// Whether a sheet's name says it holds ownership.
    static func isOwnershipSheet(_ name: String) -> Bool { sheetNames.contains(ActionPlanColumn.normalise(name)) }

    /// The header in the first non-blank row, when it names a domain column and an owned column.
    static func find(in table: Table) -> OwnershipHeader? {
        guard let r = table.rows.firstIndex(where: { $0.contains { !Table.clean($0).isEmpty } }) else { return nil }
        var domain: Int?
        var owned: [Int] = []
        for (c, cell) in table.rows[r].enumerated() {
            let name = ActionPlanColumn.normalise(cell)
            guard !name.isEmpty else { continue }
            if ownedNames.contains(name) { owned.append(c); continue }
            switch ActionPlanColumn.recognise(cell)?.column {
            case .domain: if domain == nil { domain = c }
            case .sdg: owned.append(c)
            default: break
            }
        }
        guard let domain, !owned.isEmpty else { return nil }
        return OwnershipHeader(row: r, domain: domain, owned: owned)
    }
}

extension PlanImporter {
    /// Reads an ownership table: one domain per row with one goal or target, or a list of them. A
    /// blank domain cell repeats the domain of the row above. Domains not in the plan are declared.
    mutating func readOwnership(_ table: Table) {
        let header = OwnershipHeader.find(in: table)
            ?? OwnershipHeader(row: nil, domain: 0, owned: Array(1..<max(2, table.rows.map(\.count).max() ?? 2)))
        if let row = header.row { reportOwnershipColumns(table, header: header, row: row) }
        var current: String? = nil
        var owned: Set<String> = []
        let start = header.row.map { $0 + 1 } ?? 0
        guard start < table.rows.count else {
            log.error(table.location(row: header.row ?? 0, column: nil), "the ownership table has no rows",
                      expected: "one row per domain: the domain, then the goals or targets it owns")
            return
        }
        for r in start..<table.rows.count {
            guard table.rows[r].contains(where: { !Table.clean($0).isEmpty }) else { continue }
            let name = Table.clean(table[r, header.domain])
            let domainLocation = table.location(row: r, column: header.domain)
            if !name.isEmpty {
                current = domain(named: name, at: domainLocation)
            }
            guard let domainID = current else {
                log.error(domainLocation, "this ownership row names no domain", expected: "the name or id of a policy domain")
                continue
            }
            for column in header.owned {
                let location = table.location(row: r, column: column)
                let tags = ActionPlanReader.sdgTags(in: table[r, column], kind: table.kind(row: r, column: column), at: location,
                                                    scale: options.scale, catalogue: catalogue, allowScores: false, log: &log)
                for tag in tags where owned.insert("\(domainID)\u{1F}\(tag.id)").inserted {
                    builder.addOwnership(domain: domainID, of: tag.id, at: location)
                    ownershipCount += 1
                }
            }
        }
    }
}

extension PlanImporter {
    /// Warns about what an ownership table with a header holds outside its domain and owned
    /// columns: columns with another header (not read) and filled cells under no header.
    mutating func reportOwnershipColumns(_ table: Table, header: OwnershipHeader, row: Int) {
        let read = Set([header.domain] + header.owned)
        for (column, cell) in table.rows[row].enumerated() where !read.contains(column) {
            let text = Table.clean(cell)
            guard !text.isEmpty else { continue }
            log.warning(table.location(row: row, column: column),
                        "the column `\(text)` of the ownership table is neither the domain nor goals or targets, and is not read",
                        suggestion: "An ownership table has a column `beleidsdomein` (domain) and columns `doelen` (goals and targets).")
        }
        log.append(contentsOf: table.outsideHeaderWarnings(below: row, table: "the ownership table"))
    }
}
