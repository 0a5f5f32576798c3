import Coherence

/// The interaction network coloured by cluster of mutually reinforcing goals
/// (``communities(in:options:)``).
public enum ClustersDiagram {
    /// The layout engine: fdp, which draws each cluster as a frame and keeps its members together.
    public static let defaultEngine: LayoutEngine = .fdp
    /// Fills of clusters 1, 2, 3 … (a colour-blind-safe qualitative palette, Paul Tol's "light");
    /// clusters past the last colour are grey.
    public static let clusterColours: [Colour] = [
        "#77AADD", "#EE8866", "#EEDD88", "#FFAABB", "#99DDFF", "#44BB99", "#BBCC33", "#AAAA00", "#DDDDDD",
    ]

    /// Draws the clusters.
    ///
    /// Each cluster is a frame in its own light colour holding its members (goals, targets,
    /// objectives, labelled "11.6" with the short name; the goal's official colour as a thick
    /// outline). Links inside a cluster are drawn as in the network diagram (green solid for
    /// synergies, red dashed for trade-offs, width by |score|); links between clusters are left out
    /// to keep the picture readable, and the legend says how many. Clusters come from the positive
    /// layer (trade-offs do not pull goals together); `minScore` hides weak links inside clusters.
    ///
    /// - Parameters:
    ///   - report: Community detection on the network (its seed is stated in the subtitle).
    ///   - network: The model it was computed from.
    ///   - minScore: Hide links with |score| below this (`nil`: show all links inside clusters).
    ///   - language: Language of the texts (`nil`: the model's).
    /// - Returns: A diagram for ``defaultEngine``.
    /// - Complexity: O(n + e) for n nodes and e interactions.
    public static func make(_ report: CommunityReport, network: PolicyNetwork, minScore: Double? = nil, language: Language? = nil) -> Diagram {
        let text = DiagramText(network, override: language)
        var diagram = Diagram(
            name: "clusters",
            title: text.pick("Clusters van elkaar versterkende doelen — \(network.name)",
                             "Clusters of mutually reinforcing goals — \(network.name)"),
            subtitle: text.pick("Louvain op de positieve verbanden, seed \(report.seed), modulariteit \(text.number(report.modularity, signed: false))",
                                "Louvain on the positive links, seed \(report.seed), modularity \(text.number(report.modularity, signed: false))"),
            graphStyle: GraphStyle(nodeSeparation: 0.25, edgeRouting: .spline, overlap: .remove),
            edgeStyle: EdgeStyle(arrowSize: 0.6))

        var entries: [LegendEntry] = []
        for cluster in report.clusters {
            let fill = colour(ofCluster: cluster.number)
            var ids: [String] = []
            for member in cluster.members {
                guard let index = network.index(of: member.id) else { continue }
                var node = NetworkDiagram.node(index, in: network, text: text)
                let goal = NetworkDiagram.goalColour(of: index, in: network)
                node.style.fillColour = fill
                node.style.fontColour = nil
                node.style.lineColour = goal ?? "#546E7A"
                node.style.penWidth = 3
                diagram.nodes.append(node)
                ids.append(member.id)
            }
            guard !ids.isEmpty else { continue }
            let name = text.pick("Cluster \(cluster.number)", "Cluster \(cluster.number)")
            diagram.clusters.append(DiagramCluster(
                id: "cluster-\(cluster.number)", label: .plain(name), nodeIDs: ids,
                style: ClusterStyle(fillColour: CoverageDiagram.tint(fill, 0.25), lineColour: fill, fontSize: 12, penWidth: 2)))
            let leading = cluster.members.prefix(3).map(\.id).joined(separator: ", ")
            entries.append(LegendEntry(.swatch(fill), text.pick(
                "\(name): \(ids.count) doelen (sterkst: \(leading))", "\(name): \(ids.count) goals (strongest: \(leading))")))
        }

        let drawn = Set(diagram.nodes.map(\.id))
        var between = 0, hidden = 0
        for edge in network.edges(of: .interaction) {
            let from = network.nodes[edge.from].id, to = network.nodes[edge.to].id
            guard drawn.contains(from), drawn.contains(to) else { continue }
            if report.clusterOf[from] != report.clusterOf[to] {
                between += 1
                continue
            }
            if let minScore, abs(edge.score ?? 0) < minScore {
                hidden += 1
                continue
            }
            diagram.edges.append(NetworkDiagram.interactionEdge(edge, in: network, text: text))
        }

        var notes = [
            text.pick("Rand van een doel: de officiële kleur van zijn SDG.", "Outline of a goal: its SDG's official colour."),
            text.pick("\(between) verbanden tussen clusters zijn weggelaten.", "\(between) links between clusters are left out."),
        ]
        if let minScore {
            notes.append(text.hiddenNote(minScore: minScore, hidden: hidden, total: hidden + diagram.edges.count))
        }
        diagram.legend = Legend(title: text.legendTitle, entries: entries + text.signEntries(includeWidths: false), notes: notes)
        diagram.altText = text.pick(
            "\(report.clusters.count) clusters: ", "\(report.clusters.count) clusters: ")
            + report.clusters.map { "\($0.number): " + $0.members.map(\.id).joined(separator: ", ") }.joined(separator: "; ") + "."
        return diagram
    }

    /// The fill of cluster `number` (1-based).
    /// - Parameter number: The cluster's number.
    /// - Returns: A colour of ``clusterColours``, grey past the last.
    public static func colour(ofCluster number: Int) -> Colour {
        number >= 1 && number <= clusterColours.count ? clusterColours[number - 1] : "#DDDDDD"
    }
}
