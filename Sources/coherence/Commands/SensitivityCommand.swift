import ArgumentParser
import Coherence
import Foundation

/// `coherence sensitivity`: how robust the SDG Synergies ranking is to the uncertainty of the scores.
struct SensitivityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sensitivity",
        abstract: "Test how robust the ranking by total influence is: perturb the scores N times and rank again.",
        discussion: """
            Per sample each scored cell moves one step (s/3) up or down with probability 0.5 (low confidence), \
            0.25 (medium, or none given) or 0.1 (high), held at the scale's ends; blank cells stay blank. With \
            several experts each sample also draws the experts again with replacement. Sample i uses a \
            generator seeded by (seed, i), so the result does not depend on the number of cores. Per node: \
            median rank, the 5–95 % interval of its rank, and the chance of being in the top k; Kendall's τ_b \
            of every sample against the baseline ranking, summarised. A progress bar is drawn on standard error \
            when it is a terminal.
            JSON: .result has method, samples, seed, nodes[] (baselineRank, medianRank, rankLow, rankHigh, \
            topKProbability) and kendallTau; see the DocC article "Interaction analyses".

            Examples:
              coherence sensitivity Models/example.yaml --samples 2000 --seed 42
              coherence sensitivity workshop.csv --samples 500 --seed 1 --top-k 3 --format csv -o robustness.csv
              coherence sensitivity Models/example.yaml --samples 200000 --max-samples 200000
            """
    )

    @OptionGroup var input: ModelInput

    @Option(help: "The number of samples N (at most --max-samples).")
    var samples: Int = 1000

    @Option(name: .customLong("max-samples"), help: "The most samples --samples may ask for (default: 100000); time and memory grow with N times the number of nodes.")
    var maxSamples: Int = Self.defaultSampleLimit

    /// The default of `--max-samples`.
    static let defaultSampleLimit = 100_000

    @Option(help: "The seed (the same seed gives the same result).")
    var seed: UInt64 = 1

    @Option(name: .customLong("top-k"), help: "k of the probability of being in the top k.")
    var topK: Int = 5

    @Option(name: .customLong("second-order-weight"), help: "The weight w of second-order influence in the ranking by total.")
    var secondOrderWeight: Double = 0.5

    @Flag(name: .customLong("no-expert-resampling"), help: "With several experts, step the mean scores instead of drawing the experts again.")
    var noExpertResampling = false

    @Option(help: "Threads to use (default: every core); the result does not depend on it.")
    var workers: Int?

    @Option(name: .customLong("lang"), help: "Language of the table: nl or en (default: the model's).")
    var language: InteractionLanguage?

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if maxSamples < 1 { throw ValidationError("--max-samples must be at least 1, not \(maxSamples).") }
        if samples < 1 { throw ValidationError("--samples must be at least 1, not \(samples).") }
        if samples > maxSamples {
            throw ValidationError("--samples \(samples) is more than the limit of \(maxSamples) samples (each sample ranks every node again; time and memory grow with the number of samples). "
                                  + "Raise the limit with --max-samples \(samples) if you mean it.")
        }
        if topK < 1 { throw ValidationError("--top-k must be at least 1.") }
        if let workers, workers < 1 { throw ValidationError("--workers must be at least 1.") }
        if !secondOrderWeight.isFinite { throw ValidationError("--second-order-weight must be a number.") }
    }

    func run() throws {
        let network = try input.load()
        let options = SensitivityOptions(samples: samples, seed: seed, topK: topK, secondOrderWeight: secondOrderWeight,
                                         resampleExperts: !noExpertResampling, workers: workers)
        let bar = isatty(STDERR_FILENO) == 1 ? ProgressBar() : nil
        var progress: (@Sendable (Int, Int) -> Void)?
        if let bar { progress = { done, total in bar.update(done, total) } }
        let report = sensitivity(in: network, options: options, progress: progress)
        bar?.finish()
        switch output.format {
        case .json:
            let parameters = ["samples": String(samples), "top-k": String(topK), "second-order-weight": String(secondOrderWeight),
                              "expert-resampling": String(!noExpertResampling)]
            try CLI.emit(CLI.json(JSONEnvelope(provenance: input.provenance(parameters: parameters, seed: seed), result: report)),
                         to: output.output)
        case .csv:
            var csv = CSVDocument(dialect: output.csvDialect)
            csv.append(["baseline_rank", "id", "label", "kind", "baseline_total", "median_rank", "rank_p5", "rank_p95",
                        "best_rank", "worst_rank", "top_k_probability", "k", "samples", "seed"])
            for n in report.nodes {
                let cells: [CSVDocument.Cell] = [
                    .number(Double(n.baselineRank)), .text(n.id), .text(n.label), .text(n.kind.rawValue),
                    .number(n.baselineTotal), .number(n.medianRank), .number(n.rankLow), .number(n.rankHigh),
                    .number(Double(n.bestRank)), .number(Double(n.worstRank)), .number(n.topKProbability),
                    .number(Double(report.topK)), .number(Double(report.samples)), .text(String(report.seed)),
                ]
                csv.append(cells)
            }
            try CLI.emit(csv.text, to: output.output)
        case .table:
            try CLI.emit(table(report, network: network, text: InteractionText(network, override: language)), to: output.output)
        }
    }

    func table(_ report: SensitivityReport, network: PolicyNetwork, text: InteractionText) -> String {
        guard !report.nodes.isEmpty else { return text.noInteractions }
        let t = text.t
        var out = t("Robustness of the ranking by total influence — ", "Robuustheid van de rangschikking volgens totale invloed — ")
            + network.name + "\n"
        out += t("\(report.samples) samples, seed \(report.seed); each score moves one step (\(text.number(report.step))) with probability 0.5 / 0.25 / 0.1 for low / medium / high confidence",
                 "\(report.samples) steekproeven, seed \(report.seed); elke score verschuift één stap (\(text.number(report.step))) met kans 0,5 / 0,25 / 0,1 bij lage / gemiddelde / hoge zekerheid")
        out += report.resamplesExperts
            ? t("; the \(report.experts.count) experts are drawn again with replacement in every sample.\n",
                "; de \(report.experts.count) deskundigen worden in elke steekproef opnieuw getrokken (met teruglegging).\n")
            : ".\n"
        let tau = report.kendallTau
        out += t("Kendall's τ_b against the baseline: mean \(text.number(tau.mean, decimals: 3)), 5–95 % \(text.number(tau.p5, decimals: 3))–\(text.number(tau.p95, decimals: 3)), lowest \(text.number(tau.min, decimals: 3)) (1 = the same ranking).\n\n",
                 "Kendalls τ_b tegenover de basisrangschikking: gemiddeld \(text.number(tau.mean, decimals: 3)), 5–95 % \(text.number(tau.p5, decimals: 3))–\(text.number(tau.p95, decimals: 3)), laagste \(text.number(tau.min, decimals: 3)) (1 = dezelfde rangschikking).\n\n")
        var table = TextTable([t("rank", "rang"), "id", t("label", "naam"), t("total", "totaal"), t("median", "mediaan"),
                               "5–95 %", "P(top \(report.topK))"], rightAligned: [0, 3, 4, 5, 6])
        for n in report.nodes {
            table.append([String(n.baselineRank), n.id, text.label(n.label, width: 36), text.number(n.baselineTotal),
                          text.number(n.medianRank, decimals: 1),
                          "\(text.number(n.rankLow, decimals: 1))–\(text.number(n.rankHigh, decimals: 1))",
                          text.percent(n.topKProbability)])
        }
        out += table.text
        out += t("rank: on the scores as given; median and 5–95 %: the node's rank over the samples.\n",
                 "rang: op de scores zoals gegeven; mediaan en 5–95 %: de rang van de knoop over de steekproeven.\n")
        return out
    }
}

/// A progress bar on standard error, redrawn when the percentage changes.
final class ProgressBar: @unchecked Sendable {
    private let lock = NSLock()
    private var shown = -1

    func update(_ done: Int, _ total: Int) {
        lock.lock()
        defer { lock.unlock() }
        let percent = total > 0 ? done * 100 / total : 100
        guard percent != shown else { return }
        shown = percent
        let filled = percent * 30 / 100
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: 30 - filled)
        FileHandle.standardError.write(Data("\r[\(bar)] \(percent) % (\(done)/\(total))".utf8))
    }

    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if shown >= 0 { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
