import Foundation

/// Analysis of many models at once — for researchers comparing municipalities.
///
/// Models are read and analysed in parallel on all cores (one task per model, the cooperative
/// thread pool as wide as the machine); each gives one ``BatchSummary``, in the order of the
/// inputs. A model that cannot be read gives a row with its error; the batch goes on.
public enum BatchAnalysis {
    /// Reads one input into a network: a model file (`.yaml`, `.yml`, `.json`), or table files
    /// (`.csv`, `.tsv`, `.txt`, `.xlsx`) — an action plan with its ownership table and matrices,
    /// or cross-impact matrices. Several files of one model are joined with `+`
    /// (`plan.csv+eigenaarschap.csv+matrix.csv`).
    ///
    /// - Parameter input: the input as the user gave it.
    /// - Returns: the network.
    /// - Throws: ``InputError`` with every problem found.
    /// - Complexity: O(size of the files + (n + m) log(n + m)).
    public static func load(_ input: String) throws(InputError) -> PolicyNetwork {
        let paths = input.split(separator: "+").map(String.init).filter { !$0.isEmpty }
        guard let first = paths.first else { throw InputError(at: nil, "An empty input was given.", expected: "a model file") }
        for path in paths where !FileManager.default.fileExists(atPath: path) {
            throw InputError(at: SourceLocation(file: path), "The file does not exist.", expected: "a model, matrix or action-plan file")
        }
        let lower = first.lowercased()
        let tables = [".csv", ".tsv", ".txt", ".xlsx", ".xlsm"].contains { lower.hasSuffix($0) }
        if !tables {
            guard paths.count == 1 else {
                throw InputError(at: SourceLocation(file: first), "A model file stands alone.",
                                 expected: "one model file, or an action plan / matrices joined with +")
            }
            return try ModelReader().read(contentsOf: URL(fileURLWithPath: first), displayName: first)
        }
        if let plan = try ActionPlanReader.networkIfPlan(paths: paths) { return plan }
        let matrices = try MatrixImport.read(files: paths)
        return try MatrixImport.network(from: matrices, name: MatrixImport.name(forFiles: paths))
    }

    /// The key figures of every analysis of one network.
    ///
    /// Runs influence (interaction metrics), spillovers (aggregates only, paths up to length 2),
    /// LNOB, balance and coverage. Negative scores are treated as each analysis treats them:
    /// trade-offs and burdens counted apart, never netted away.
    ///
    /// - Parameters:
    ///   - network: the model.
    ///   - input: the input's name for the row.
    /// - Returns: the row; spillover figures are `nil` (with a note) when no ownership is declared
    ///   or the analysis stops at its path limit; influence figures are `nil` without a matrix.
    /// - Complexity: the sum of the analyses' costs, spread over the cores: the five analyses run
    ///   side by side, so on two or more free cores the row takes about as long as the slowest.
    public static func summarize(_ network: PolicyNetwork, input: String) -> BatchSummary {
        var row = BatchSummary(input: input)
        row.model = network.name
        let nodes = network.nodeCounts, edges = network.edgeCounts
        row.goals = nodes[.goal] ?? 0
        row.targets = nodes[.target] ?? 0
        row.objectives = nodes[.objective] ?? 0
        row.domains = nodes[.domain] ?? 0
        row.actions = nodes[.action] ?? 0
        row.groups = nodes[.group] ?? 0
        row.stakeholders = nodes[.stakeholder] ?? 0
        row.contributions = edges[.contribution] ?? 0
        row.interactions = edges[.interaction] ?? 0
        row.groupEffects = edges[.groupEffect] ?? 0
        row.experts = network.experts.count

        // The analyses are independent: they run side by side (on all cores when the batch has
        // fewer models than cores), and each gives a patch for its columns of the row.
        let parts: [@Sendable (PolicyNetwork) -> Patch] = [influencePart, spilloverPart, lnobPart, balancePart, coveragePart]
        for patch in concurrently(parts.count, { parts[$0](network) }) { patch(&row) }
        return row
    }

    /// What one analysis writes into a row.
    typealias Patch = @Sendable (inout BatchSummary) -> Void

    /// Influence: the top three, strong negative links and hidden trade-offs (none without a matrix).
    @Sendable static func influencePart(_ network: PolicyNetwork) -> Patch {
        guard (network.edgeCounts[.interaction] ?? 0) > 0 else { return { _ in } }
        let influence = influence(in: network)
        let top = Array(influence.nodes.sorted { $0.rank < $1.rank }.prefix(3).map(\.id))
        let strong = influence.strongNegativeLinks.count, hidden = influence.hiddenTradeOffCount
        return { row in
            row.topInfluence = top
            row.strongNegativeLinks = strong
            row.hiddenTradeOffs = hidden
        }
    }

    /// Spillovers, aggregates only: counts and totals, or a note.
    @Sendable static func spilloverPart(_ network: PolicyNetwork) -> Patch {
        do {
            let report = try spillovers(in: network, options: SpilloverOptions(detail: .aggregateOnly))
            guard report.ownershipDeclared else { return { $0.notes.append("spillovers: no ownership declared") } }
            let counts = report.counts, total = report.totals.total
            return { row in
                row.directSpillovers = counts.direct
                row.indirectSpillovers = counts.indirect
                row.coBenefits = total.coBenefits
                row.tradeOffs = total.tradeOffs
                row.unmanagedTradeOffs = total.unmanagedTradeOffs
            }
        } catch {
            let note = "spillovers: \(error.description)"
            return { $0.notes.append(note) }
        }
    }

    /// LNOB: status counts and gaps.
    @Sendable static func lnobPart(_ network: PolicyNetwork) -> Patch {
        let lnob = lnobAnalysis(in: network)
        let status = lnob.statusCounts, gaps = lnob.gaps.count
        return { row in
            row.lnobNone = status[.none] ?? 0
            row.lnobPartial = status[.partial] ?? 0
            row.lnobFull = status[.full] ?? 0
            row.lnobGaps = gaps
        }
    }

    /// Balance: shares by dimension (count and budget) and the budget.
    @Sendable static func balancePart(_ network: PolicyNetwork) -> Patch {
        let balance = balanceAnalysis(in: network)
        var countShares: [Double]? = nil, budgetShares: [Double]? = nil
        if let lens = balance.lens(.dimension) {
            let byID = Dictionary(lens.classes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            countShares = Dimension.allCases.map { byID[$0.rawValue]?.countShare ?? 0 }
            budgetShares = Dimension.allCases.map { byID[$0.rawValue]?.budgetShare ?? 0 }
        }
        let budget = balance.budget
        return { [countShares, budgetShares] row in
            if let countShares { row.countShareByDimension = countShares }
            if let budgetShares { row.budgetShareByDimension = budgetShares }
            row.budget = budget
        }
    }

    /// Coverage: goals and targets covered.
    @Sendable static func coveragePart(_ network: PolicyNetwork) -> Patch {
        let coverage = coverageAnalysis(in: network)
        let goals = coverage.goalsCovered, targets = coverage.targetsCovered
        return { row in
            row.goalsCovered = goals
            row.targetsCovered = targets
        }
    }

    /// Reads and summarises one input; a problem gives a row with its error.
    ///
    /// - Parameters:
    ///   - input: the input (a file, or files of one model joined with `+`).
    ///   - strict: whether a warning reading the input is an error (the row then holds the
    ///     warnings as its error); otherwise the row keeps them in ``BatchSummary/warnings`` and
    ///     its notes count them.
    /// - Complexity: as ``load(_:)`` plus ``summarize(_:input:)``.
    public static func summarize(input: String, strict: Bool = false) -> BatchSummary {
        do {
            let network = try load(input)
            if strict { _ = try network.strict() }
            var row = summarize(network, input: input)
            row.warnings = network.warnings
            let n = network.warnings.count
            if n > 0 { row.notes.insert("input: \(n) warning\(n == 1 ? "" : "s") (see `coherence validate`)", at: 0) }
            return row
        } catch {
            var row = BatchSummary(input: input)
            row.error = error.errors.map(\.description).joined(separator: " | ")
            if row.error?.isEmpty ?? true { row.error = error.description }
            return row
        }
    }

    /// Reads and summarises many inputs in parallel, at most `width` at a time.
    ///
    /// - Parameters:
    ///   - inputs: the inputs (files, or files of one model joined with `+`).
    ///   - width: the most models in memory and in flight at once (default: the processor count).
    ///   - strict: whether a warning reading an input makes its row an error row (`--strict`).
    ///   - progress: called after each model with (models done, models in all), from any thread.
    /// - Returns: one row per input, in the order of `inputs`.
    /// - Complexity: the sum of the per-model costs, divided over the cores.
    public static func run(_ inputs: [String], width: Int = ProcessInfo.processInfo.activeProcessorCount, strict: Bool = false,
                           progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }) async -> [BatchSummary] {
        var rows = [BatchSummary?](repeating: nil, count: inputs.count)
        let limit = max(1, width)
        await withTaskGroup(of: (Int, BatchSummary).self) { group in
            var next = 0, done = 0
            while next < min(limit, inputs.count) {
                let index = next
                group.addTask { (index, summarize(input: inputs[index], strict: strict)) }
                next += 1
            }
            while let (index, row) = await group.next() {
                rows[index] = row
                done += 1
                progress(done, inputs.count)
                if next < inputs.count {
                    let index = next
                    group.addTask { (index, summarize(input: inputs[index], strict: strict)) }
                    next += 1
                }
            }
        }
        return rows.enumerated().map { $0.element ?? BatchSummary(input: inputs[$0.offset]) }
    }
}
