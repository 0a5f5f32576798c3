import ArgumentParser
import Coherence

/// `coherence interactions`: the SDG Synergies figures of a cross-impact matrix.
struct InteractionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "interactions",
        abstract: "Rank goals and targets by their influence on the whole system (the SDG Synergies method), with warning flags.",
        discussion: """
            For the matrix A of interaction scores (a_ij = influence of i on j; the mean over experts): out = row \
            sum (split into positive and negative), in = column sum, second order = w · Σ_k a_ik · out_k (signs \
            multiply, so (−)(−) counts as positive), total = out + second order, net = out − in; ranked by total, \
            ties by id. Then the warning flags: strong negative links (≤ −2s/3) and hidden trade-offs i → k → j \
            whose two-step strength a_ik·a_kj/s is ≤ −s/3 while the direct link is ≥ 0 or blank. With several \
            experts, a summary of where they disagree. A matrix file (CSV or XLSX) can be given directly.
            JSON: .result.influence (nodes[], strongNegativeLinks[], hiddenTradeOffs[]) and .result.experts \
            (per-cell mean, median, sd, min, max, n, disagreement); see the DocC article "Interaction analyses".

            Examples:
              coherence interactions Models/matrices/workshop-2026-expert-a.csv
              coherence interactions Models/example.yaml --top 10
              coherence interactions expert-a.csv expert-b.csv --format csv --csv-dialect excel-nl -o influence.csv
              coherence interactions Models/example.yaml --second-order-weight 1 --format json
            """
    )

    /// The JSON result.
    struct Output: Encodable {
        let influence: InfluenceReport
        let experts: ExpertAgreementReport?
        /// Links that exist but are not quantified (left out of every sum); absent when there are none.
        var unscoredLinks: Int? = nil
        /// The note that says so.
        var note: String? = nil
    }

    @OptionGroup var input: ModelInput

    @Option(name: .customLong("second-order-weight"), help: "The weight w of second-order influence in total = out + w · second order.")
    var secondOrderWeight: Double = 0.5

    @Option(help: "Only the N highest-ranked nodes (default: all).")
    var top: Int?

    @Option(name: .customLong("trade-offs"), help: "How many hidden trade-offs to list, strongest first (all are counted).")
    var tradeOffs: Int = 50

    @Option(name: .customLong("lang"), help: "Language of the table: nl or en (default: the model's).")
    var language: InteractionLanguage?

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top must be at least 1.") }
        if tradeOffs < 0 { throw ValidationError("--trade-offs must be 0 or more.") }
        if !secondOrderWeight.isFinite { throw ValidationError("--second-order-weight must be a number.") }
    }

    func run() throws {
        let network = try input.load(noteUnscored: false)
        let matrix = InteractionMatrix(network)
        var report = influence(of: matrix, options: InfluenceOptions(secondOrderWeight: secondOrderWeight, tradeOffLimit: tradeOffs))
        if let top { report = report.prefix(top) }
        let experts = matrix.experts.count > 1 ? expertAgreement(of: matrix) : nil
        let text = InteractionText(network, override: language)
        switch output.format {
        case .json:
            var parameters = ["second-order-weight": String(secondOrderWeight), "trade-offs": String(tradeOffs)]
            if let top { parameters["top"] = String(top) }
            let unscored = network.unscoredLinks.count
            let result = Output(influence: report, experts: experts, unscoredLinks: unscored > 0 ? unscored : nil,
                                note: CLI.unscoredNote(network))
            try CLI.emit(CLI.json(JSONEnvelope(provenance: input.provenance(parameters: parameters), result: result)), to: output.output)
        case .csv:
            CLI.noteUnscored(network)
            try CLI.emit(csv(report), to: output.output)
        case .table:
            try CLI.emit(table(report, experts: experts, network: network, text: text), to: output.output)
        }
    }

    func csv(_ report: InfluenceReport) -> String {
        var csv = CSVDocument(dialect: output.csvDialect)
        csv.append(["rank", "id", "label", "kind", "out", "positive_out", "negative_out", "in", "positive_in", "negative_in",
                    "second_order", "total", "net", "scored_out", "scored_in"])
        for n in report.nodes {
            csv.append([.number(Double(n.rank)), .text(n.id), .text(n.label), .text(n.kind.rawValue), .number(n.out),
                        .number(n.positiveOut), .number(n.negativeOut), .number(n.in), .number(n.positiveIn),
                        .number(n.negativeIn), .number(n.secondOrder), .number(n.total), .number(n.net),
                        .number(Double(n.scoredOut)), .number(Double(n.scoredIn))])
        }
        return csv.text
    }

    func table(_ report: InfluenceReport, experts: ExpertAgreementReport?, network: PolicyNetwork, text: InteractionText) -> String {
        let unscoredNote = CLI.unscoredNote(network, language: text.language).map { $0 + "\n" } ?? ""
        guard !report.nodes.isEmpty else { return text.noInteractions + unscoredNote }
        let t = text.t
        var out = t("SDG Synergies influence — ", "Invloed volgens SDG Synergies — ") + network.name + "\n"
        let expertCount = max(1, report.experts.count)
        out += t("scale \(text.scale(network.scale)); second-order weight w = \(text.number(report.secondOrderWeight)); \(expertCount) expert\(expertCount == 1 ? "" : "s")",
                 "schaal \(text.scale(network.scale)); gewicht tweede orde w = \(text.number(report.secondOrderWeight)); \(expertCount) deskundige\(expertCount == 1 ? "" : "n")")
        out += "\n" + unscoredNote + "\n"
        var table = TextTable([t("rank", "rang"), "id", t("label", "naam"), t("out", "uit"), "pos", "neg", "in",
                               t("second", "2e orde"), t("total", "totaal"), t("net", "netto")],
                              rightAligned: [0, 3, 4, 5, 6, 7, 8, 9])
        for n in report.nodes {
            table.append([String(n.rank), n.id, text.label(n.label), text.number(n.out), text.number(n.positiveOut),
                          text.number(n.negativeOut), text.number(n.in), text.number(n.secondOrder),
                          text.number(n.total), text.number(n.net)])
        }
        out += table.text
        out += t("out = row sum; pos/neg = its positive and negative parts; in = column sum; second = w · Σ a_ik · out_k; total = out + second; net = out − in.\n",
                 "uit = rijsom; pos/neg = het positieve en negatieve deel ervan; in = kolomsom; 2e orde = w · Σ a_ik · uit_k; totaal = uit + 2e orde; netto = uit − in.\n")
        out += "\n" + warnings(report, text: text)
        if let experts { out += "\n" + disagreement(experts, text: text) }
        return out
    }

    func warnings(_ report: InfluenceReport, text: InteractionText) -> String {
        let t = text.t
        var out = t("Strong negative links (score ≤ \(text.signed(report.strongNegativeThreshold))): ",
                    "Sterke negatieve verbanden (score ≤ \(text.signed(report.strongNegativeThreshold))): ")
        if report.strongNegativeLinks.isEmpty {
            out += t("none.\n", "geen.\n")
        } else {
            out += "\(report.strongNegativeLinks.count)\n"
            for link in report.strongNegativeLinks {
                out += "  \(text.signed(link.score))  \(link.from) \(text.label(link.fromLabel, width: 30)) → \(link.to) \(text.label(link.toLabel, width: 30))\n"
            }
        }
        out += "\n"
        let threshold = text.signed(report.hiddenTradeOffThreshold)
        out += t("Hidden trade-offs (i → k → j with a_ik·a_kj/s ≤ \(threshold) while the direct link is ≥ 0 or blank): ",
                 "Verborgen trade-offs (i → k → j met a_ik·a_kj/s ≤ \(threshold) terwijl het rechtstreekse verband ≥ 0 of leeg is): ")
        if report.hiddenTradeOffCount == 0 {
            out += t("none.\n", "geen.\n")
            return out
        }
        out += report.hiddenTradeOffs.count == report.hiddenTradeOffCount
            ? "\(report.hiddenTradeOffCount)\n"
            : t("the strongest \(report.hiddenTradeOffs.count) of \(report.hiddenTradeOffCount)\n",
                "de sterkste \(report.hiddenTradeOffs.count) van \(report.hiddenTradeOffCount)\n")
        for trade in report.hiddenTradeOffs {
            let path = zip(trade.path, trade.labels).map { "\($0) \(text.label($1, width: 24))" }.joined(separator: " → ")
            let direct = trade.direct.map { text.signed($0) } ?? t("blank", "leeg")
            out += "  \(text.signed(trade.strength))  \(path)  (\(text.signed(trade.first)) · \(text.signed(trade.second)); "
                + t("direct ", "rechtstreeks ") + direct + ")\n"
        }
        return out
    }

    func disagreement(_ report: ExpertAgreementReport, text: InteractionText) -> String {
        let t = text.t
        let s = report.summary
        var out = t("Experts (\(s.expertCount)): \(report.experts.joined(separator: ", "))\n",
                    "Deskundigen (\(s.expertCount)): \(report.experts.joined(separator: ", "))\n")
        out += t("  \(s.cellCount) cells scored: \(s.cellsScoredByAll) by all, \(s.cellsScoredByOne) by one; mean sd \(text.number(s.meanSD)), largest \(text.number(s.maxSD)) (sample sd, n − 1).\n",
                 "  \(s.cellCount) gescoorde cellen: \(s.cellsScoredByAll) door iedereen, \(s.cellsScoredByOne) door één; gemiddelde sd \(text.number(s.meanSD)), grootste \(text.number(s.maxSD)) (steekproef-sd, n − 1).\n")
        out += t("  \(s.disagreementCount) cell\(s.disagreementCount == 1 ? "" : "s") scored both positive and negative",
                 "  \(s.disagreementCount) cel\(s.disagreementCount == 1 ? "" : "len") zowel positief als negatief gescoord")
        out += s.disagreementCount == 0 ? ".\n" : (s.disagreementCount > 10 ? t(" (largest sd first, 10 shown):\n", " (grootste sd eerst, 10 getoond):\n") : ":\n")
        for cell in report.disagreements.prefix(10) {
            let scores = cell.scores.map { "\($0.expert) \(text.signed($0.score))" }.joined(separator: ", ")
            out += "    \(cell.from) → \(cell.to): \(scores) " + t("(mean", "(gemiddelde") + " \(text.number(cell.mean)), sd \(text.number(cell.sd)))\n"
        }
        return out
    }
}
