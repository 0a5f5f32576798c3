import ArgumentParser
import Coherence

/// `coherence centrality`: which goals and targets sit at the centre of the interaction network.
struct CentralityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "centrality",
        abstract: "Centrality of goals and targets: strength, PageRank both ways, Katz and betweenness on the positive interactions.",
        discussion: """
            Strength: the sums of positive and of negative scores sent and received. PageRank (damping 0.85) on \
            the positive scores ranks what is most influenced; on the transposed scores what is most \
            influencing. Katz (β = 1, α = 0.5/λmax of the positive layer) does the same along all walks. \
            Betweenness counts the shortest synergy paths through a node, with lengths round(2s/a): 6, 3, 2 for \
            scores 1, 2, 3. Trade-offs are left out of PageRank, Katz and betweenness; the metrics list in the \
            JSON says which layer each uses. The table is sorted by --sort.
            JSON: .result has metrics[], katzAlpha, spectralRadius, betweennessLengths and nodes[]; see the DocC \
            article "Interaction analyses".

            Examples:
              coherence centrality Models/example.yaml
              coherence centrality Models/example.yaml --sort betweenness --top 10
              coherence centrality workshop.csv --format csv -o centrality.csv
            """
    )

    /// The table's sort order.
    enum Sort: String, ExpressibleByArgument, CaseIterable {
        case influencing = "pagerank-influencing", influenced = "pagerank-influenced"
        case katzInfluencing = "katz-influencing", katzInfluenced = "katz-influenced"
        case betweenness, matrix

        func key(_ n: NodeCentrality) -> Double {
            switch self {
            case .influencing: return n.pageRankInfluencing
            case .influenced: return n.pageRankInfluenced
            case .katzInfluencing: return n.katzInfluencing
            case .katzInfluenced: return n.katzInfluenced
            case .betweenness: return n.betweenness
            case .matrix: return 0
            }
        }
    }

    @OptionGroup var input: ModelInput

    @Option(help: "Sort by pagerank-influencing (default), pagerank-influenced, katz-influencing, katz-influenced, betweenness, or matrix (goals, then targets in catalogue order, then objectives).")
    var sort: Sort = .influencing

    @Option(help: "Only the first N rows (default: all).")
    var top: Int?

    @Option(name: .customLong("lang"), help: "Language of the table: nl or en (default: the model's).")
    var language: InteractionLanguage?

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top must be at least 1.") }
    }

    func run() throws {
        let network = try input.load()
        let report = centrality(in: network)
        let order = sorted(report.nodes)
        switch output.format {
        case .json:
            try CLI.emit(CLI.json(JSONEnvelope(provenance: input.provenance(parameters: ["sort": sort.rawValue]), result: report)),
                         to: output.output)
        case .csv:
            var csv = CSVDocument(dialect: output.csvDialect)
            csv.append(["id", "label", "kind", "pagerank_influencing", "pagerank_influenced", "katz_influencing", "katz_influenced",
                        "betweenness", "positive_out", "positive_in", "negative_out", "negative_in"])
            for n in order {
                csv.append([.text(n.id), .text(n.label), .text(n.kind.rawValue), .number(n.pageRankInfluencing),
                            .number(n.pageRankInfluenced), .number(n.katzInfluencing), .number(n.katzInfluenced),
                            .number(n.betweenness), .number(n.positiveOutStrength), .number(n.positiveInStrength),
                            .number(n.negativeOutStrength), .number(n.negativeInStrength)])
            }
            try CLI.emit(csv.text, to: output.output)
        case .table:
            try CLI.emit(table(report, order, network: network, text: InteractionText(network, override: language)), to: output.output)
        }
    }

    /// The nodes in the chosen order (highest first, ties by position in the matrix), cut to --top.
    func sorted(_ nodes: [NodeCentrality]) -> [NodeCentrality] {
        var indexed = Array(nodes.enumerated())
        if sort != .matrix {
            indexed.sort { sort.key($0.element) != sort.key($1.element) ? sort.key($0.element) > sort.key($1.element) : $0.offset < $1.offset }
        }
        let all = indexed.map(\.element)
        return top.map { Array(all.prefix($0)) } ?? all
    }

    func table(_ report: CentralityReport, _ nodes: [NodeCentrality], network: PolicyNetwork, text: InteractionText) -> String {
        guard !nodes.isEmpty else { return text.noInteractions }
        let t = text.t
        var out = t("Centrality on the positive interactions — ", "Centraliteit op de positieve interacties — ") + network.name + "\n"
        out += t("PageRank damping \(text.number(report.damping)); Katz α = \(text.number(report.katzAlpha, decimals: 4)) (λmax \(text.number(report.spectralRadius, decimals: 4))); betweenness lengths round(2s/a)\n\n",
                 "PageRank demping \(text.number(report.damping)); Katz α = \(text.number(report.katzAlpha, decimals: 4)) (λmax \(text.number(report.spectralRadius, decimals: 4))); tussenliggendheid met lengtes round(2s/a)\n\n")
        var table = TextTable(["id", t("label", "naam"), t("PR infl.", "PR beïnvl."), t("PR infl.d", "PR beïnvl.d"), "Katz →", "Katz ←",
                               t("betw.", "tussenl."), "+ " + t("out", "uit"), "+ in", "− " + t("out", "uit"), "− in"],
                              rightAligned: Set(2...10))
        for n in nodes {
            table.append([n.id, text.label(n.label, width: 32), text.number(n.pageRankInfluencing, decimals: 4),
                          text.number(n.pageRankInfluenced, decimals: 4), text.number(n.katzInfluencing, decimals: 4),
                          text.number(n.katzInfluenced, decimals: 4), text.number(n.betweenness, decimals: 4),
                          text.number(n.positiveOutStrength), text.number(n.positiveInStrength),
                          text.number(n.negativeOutStrength), text.number(n.negativeInStrength)])
        }
        out += table.text
        out += t("PR infl.: PageRank on the transposed positive layer (most influencing); PR infl.d: on the positive layer (most influenced); Katz → sends, Katz ← receives.\n",
                 "PR beïnvl.: PageRank op de getransponeerde positieve laag (meest beïnvloedend); PR beïnvl.d: op de positieve laag (meest beïnvloed); Katz → zendt, Katz ← ontvangt.\n")
        return out
    }
}
