import ArgumentParser
import Coherence

/// `coherence clusters`: clusters of mutually reinforcing goals and targets.
struct ClustersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clusters",
        abstract: "Find clusters of mutually reinforcing goals and targets (Louvain on the positive interactions, seeded).",
        discussion: """
            The positive scores are made undirected, weight (a⁺_ij + a⁺_ji)/2, and split into clusters by the \
            Louvain method; trade-offs are left out. The node order is shuffled with a seeded generator, so the \
            same --seed gives the same clusters everywhere; the seed is in the output. Nodes without any \
            positive link are clusters of one. Modularity says how clearly the clusters stand apart (0 is no \
            structure; above about 0.3 is clear).
            JSON: .result has modularity, seed, clusters[] (number, members[] with id, label, internalStrength) \
            and clusterOf; see the DocC article "Interaction analyses".

            Examples:
              coherence clusters Models/example.yaml
              coherence clusters workshop.csv --seed 7 --format json
            """
    )

    @OptionGroup var input: ModelInput

    @Option(help: "The seed of the node order (the same seed gives the same clusters).")
    var seed: UInt64 = 1

    @Option(help: "The resolution γ: above 1 gives smaller clusters, below 1 larger ones.")
    var resolution: Double = 1

    @Option(name: .customLong("lang"), help: "Language of the table: nl or en (default: the model's).")
    var language: InteractionLanguage?

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if !(resolution > 0 && resolution.isFinite) { throw ValidationError("--resolution must be a positive number.") }
    }

    func run() throws {
        let network = try input.load()
        let report = communities(in: network, options: CommunityOptions(seed: seed, resolution: resolution))
        switch output.format {
        case .json:
            let provenance = input.provenance(parameters: ["resolution": String(resolution)], seed: seed)
            try CLI.emit(CLI.json(JSONEnvelope(provenance: provenance, result: report)), to: output.output)
        case .csv:
            var csv = CSVDocument(dialect: output.csvDialect)
            csv.append(["cluster", "id", "label", "kind", "internal_strength", "strength", "modularity", "seed"])
            for cluster in report.clusters {
                for m in cluster.members {
                    csv.append([.number(Double(cluster.number)), .text(m.id), .text(m.label), .text(m.kind.rawValue),
                                .number(m.internalStrength), .number(m.strength), .number(report.modularity), .text(String(seed))])
                }
            }
            try CLI.emit(csv.text, to: output.output)
        case .table:
            try CLI.emit(table(report, network: network, text: InteractionText(network, override: language)), to: output.output)
        }
    }

    func table(_ report: CommunityReport, network: PolicyNetwork, text: InteractionText) -> String {
        guard !report.clusters.isEmpty else { return text.noInteractions }
        let t = text.t
        let real = report.clusters.filter { $0.members.count > 1 }
        let singles = report.clusters.filter { $0.members.count == 1 }
        var out = t("Clusters of mutually reinforcing goals and targets — ", "Clusters van elkaar versterkende doelen en subdoelen — ")
            + network.name + "\n"
        out += t("Louvain on the positive scores (trade-offs left out), seed \(report.seed); modularity \(text.number(report.modularity, decimals: 3)); \(real.count) cluster\(real.count == 1 ? "" : "s")\n\n",
                 "Louvain op de positieve scores (trade-offs blijven buiten beschouwing), seed \(report.seed); modulariteit \(text.number(report.modularity, decimals: 3)); \(real.count) cluster\(real.count == 1 ? "" : "s")\n\n")
        for cluster in real {
            out += "\(t("Cluster", "Cluster")) \(cluster.number) (\(cluster.members.count); "
                + t("weight inside", "gewicht binnen") + " \(text.number(cluster.internalWeight)), "
                + t("to other clusters", "naar andere clusters") + " \(text.number(cluster.externalWeight)))\n"
            for m in cluster.members {
                out += "  \(m.id)  \(text.label(m.label, width: 50))  \(text.number(m.internalStrength))\n"
            }
            out += "\n"
        }
        if !singles.isEmpty {
            out += t("On their own (no positive link strong enough to join a cluster): ",
                     "Alleenstaand (geen positief verband dat sterk genoeg is om bij een cluster te horen): ")
                + singles.map { $0.members[0].id }.joined(separator: ", ") + "\n"
        }
        return out
    }
}
