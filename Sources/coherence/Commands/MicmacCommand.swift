import ArgumentParser
import Coherence

/// `coherence micmac`: Godet's influence–dependence analysis of the interaction matrix.
struct MicmacCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "micmac",
        abstract: "MICMAC: direct and indirect influence and dependence, quadrants (drivers, relays, dependent, autonomous).",
        discussion: """
            M is a non-negative layer of the interaction matrix: absolute |a| (default; it mixes synergies and \
            trade-offs into one strength, so compare it with --layer positive), positive or negative (trade-offs \
            by magnitude). Direct figures are the row and column sums of M; indirect ones those of M^k divided \
            by its largest entry. Without --power, k is raised from 2 until the rankings of influence and \
            dependence are the same for two consecutive powers (at most 10); an acyclic M stops at its last \
            non-zero power. The table says why k is what it is. Quadrants split at the means.
            JSON: .result has layer, power, stop, stopExplanation and nodes[] (direct and indirect figures, \
            ranks, shifts, quadrant); see the DocC article "Interaction analyses".

            Examples:
              coherence micmac Models/example.yaml
              coherence micmac Models/example.yaml --layer positive
              coherence micmac workshop.csv --power 3 --format csv -o micmac.csv
            """
    )

    /// A MICMAC layer as a command-line value.
    enum LayerArgument: String, ExpressibleByArgument, CaseIterable {
        case absolute, positive, negative
        var layer: MICMACLayer { MICMACLayer(rawValue: rawValue)! }
    }

    @OptionGroup var input: ModelInput

    @Option(help: "The layer M: absolute (default), positive or negative.")
    var layer: LayerArgument = .absolute

    @Option(help: "The power k of M^k (default: raised from 2 until the ranking is stable, at most 10).")
    var power: Int?

    @Option(name: .customLong("lang"), help: "Language of the table: nl or en (default: the model's).")
    var language: InteractionLanguage?

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let power, !(1...50).contains(power) { throw ValidationError("--power must be from 1 to 50.") }
    }

    func run() throws {
        let network = try input.load()
        let report = micmac(in: network, options: MICMACOptions(layer: layer.layer, power: power))
        switch output.format {
        case .json:
            let parameters = ["layer": layer.rawValue, "power": power.map(String.init) ?? "auto"]
            try CLI.emit(CLI.json(JSONEnvelope(provenance: input.provenance(parameters: parameters), result: report)), to: output.output)
        case .csv:
            var csv = CSVDocument(dialect: output.csvDialect)
            csv.append(["id", "label", "kind", "direct_influence", "direct_dependence", "indirect_influence", "indirect_dependence",
                        "direct_influence_rank", "indirect_influence_rank", "influence_shift", "direct_dependence_rank",
                        "indirect_dependence_rank", "dependence_shift", "quadrant", "direct_quadrant", "layer", "power"])
            for n in report.nodes {
                csv.append([.text(n.id), .text(n.label), .text(n.kind.rawValue), .number(n.directInfluence),
                            .number(n.directDependence), .number(n.indirectInfluence), .number(n.indirectDependence),
                            .number(Double(n.directInfluenceRank)), .number(Double(n.indirectInfluenceRank)),
                            .number(Double(n.influenceShift)), .number(Double(n.directDependenceRank)),
                            .number(Double(n.indirectDependenceRank)), .number(Double(n.dependenceShift)),
                            .text(n.quadrant.rawValue), .text(n.directQuadrant.rawValue), .text(report.layer.rawValue),
                            .number(Double(report.power))])
            }
            try CLI.emit(csv.text, to: output.output)
        case .table:
            try CLI.emit(table(report, network: network, text: InteractionText(network, override: language)), to: output.output)
        }
    }

    static func quadrant(_ q: MICMACQuadrant, _ text: InteractionText) -> String {
        switch q {
        case .driver: return text.t("driver", "sturend")
        case .relay: return text.t("relay", "schakel")
        case .dependent: return text.t("dependent", "afhankelijk")
        case .autonomous: return text.t("autonomous", "autonoom")
        }
    }

    func stopText(_ report: MICMACReport, _ text: InteractionText) -> String {
        let k = report.power
        switch report.stop {
        case .given: return text.t("k = \(k), as given", "k = \(k), zoals opgegeven")
        case .stable: return text.t("k = \(k): the rankings were the same for M^\(k - 1) and M^\(k)",
                                    "k = \(k): de rangschikkingen waren gelijk voor M^\(k - 1) en M^\(k)")
        case .acyclic: return text.t("k = \(k): the layer has no cycles, M^\(k + 1) = 0",
                                     "k = \(k): de laag heeft geen kringen, M^\(k + 1) = 0")
        case .maximum: return text.t("k = \(k): the rankings still changed at the highest power tried (they oscillate)",
                                     "k = \(k): de rangschikkingen veranderden nog bij de hoogste geprobeerde macht (ze schommelen)")
        case .emptyLayer: return text.t("the layer has no links", "de laag bevat geen verbanden")
        }
    }

    func layerText(_ layer: InteractionLayer, _ text: InteractionText) -> String {
        switch layer {
        case .absolute: return text.t("absolute |a| (synergies and trade-offs mixed; compare --layer positive)",
                                      "absoluut |a| (synergieën en trade-offs samen; vergelijk met --layer positive)")
        case .positive: return text.t("positive (synergies only)", "positief (enkel synergieën)")
        case .negative: return text.t("negative (trade-offs only, by magnitude)", "negatief (enkel trade-offs, naar grootte)")
        case .signed: return text.t("signed", "met teken")
        }
    }

    func table(_ report: MICMACReport, network: PolicyNetwork, text: InteractionText) -> String {
        guard !report.nodes.isEmpty else { return text.noInteractions }
        let t = text.t
        var out = "MICMAC — \(network.name)\n"
        out += t("layer: ", "laag: ") + layerText(report.layer, text) + "\n"
        out += t("power: ", "macht: ") + stopText(report, text) + "\n"
        out += t("quadrants split at the means: influence \(text.number(report.influenceMean, decimals: 3)), dependence \(text.number(report.dependenceMean, decimals: 3))\n\n",
                 "kwadranten gescheiden bij de gemiddelden: invloed \(text.number(report.influenceMean, decimals: 3)), afhankelijkheid \(text.number(report.dependenceMean, decimals: 3))\n\n")
        var table = TextTable(["id", t("label", "naam"), t("infl.", "invl."), t("dep.", "afh."), t("ind. infl.", "ind. invl."),
                               t("ind. dep.", "ind. afh."), t("rank", "rang"), t("shift", "verschuiving"), t("quadrant", "kwadrant")],
                              rightAligned: [2, 3, 4, 5, 6, 7])
        for n in report.nodes {
            let shift = n.influenceShift > 0 ? "+\(n.influenceShift)" : n.influenceShift < 0 ? "\u{2212}\(-n.influenceShift)" : "0"
            table.append([n.id, text.label(n.label, width: 36), text.number(n.directInfluence), text.number(n.directDependence),
                          text.number(n.indirectInfluence, decimals: 3), text.number(n.indirectDependence, decimals: 3),
                          "\(n.directInfluenceRank) → \(n.indirectInfluenceRank)", shift, Self.quadrant(n.quadrant, text)])
        }
        out += table.text
        out += t("rank: by direct → indirect influence; shift > 0: the node rises once indirect effects count.\n",
                 "rang: volgens rechtstreekse → onrechtstreekse invloed; verschuiving > 0: de knoop stijgt als onrechtstreekse effecten meetellen.\n")
        var counts: [String] = []
        for q in MICMACQuadrant.allCases {
            let members = report.nodes.filter { $0.quadrant == q }.map(\.id)
            counts.append("\(Self.quadrant(q, text)) (\(members.count)): \(members.isEmpty ? "—" : members.joined(separator: ", "))")
        }
        return out + "\n" + counts.joined(separator: "\n") + "\n"
    }
}
