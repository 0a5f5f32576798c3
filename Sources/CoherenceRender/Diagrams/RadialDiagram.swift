import Coherence

/// One goal, target or objective in the middle, every node it interacts with around it: the
/// radial view SDG Synergies workshops use to discuss one target at a time.
public enum RadialDiagram {
    /// The layout engine: twopi, which puts the chosen node in the centre and its neighbours on a
    /// ring around it.
    public static let defaultEngine: LayoutEngine = .twopi
    /// Colour of the outline of a node the centre only affects.
    public static let affectedOutline: Colour = "#1565C0"
    /// Colour of the outline of a node that only affects the centre.
    public static let affectingOutline: Colour = "#6A1B9A"

    /// Draws the radial view of one node.
    ///
    /// Every goal, target or objective with a non-zero interaction to or from the centre is drawn on
    /// the ring, once. An arrow out of the centre (what the centre does to it) ends in a filled arrow
    /// head; an arrow into the centre (what it does to the centre) ends in a hollow one and starts
    /// with a dot, and both carry their score. The ring node's outline tells the direction at a glance: blue when only the centre
    /// affects it, purple when it only affects the centre, dark grey both ways. Negative scores are
    /// red and dashed, as everywhere.
    ///
    /// - Parameters:
    ///   - network: The model.
    ///   - centre: The index of the node in the middle (a goal, target or objective).
    ///   - language: Language of the texts (`nil`: the model's).
    /// - Returns: A diagram for ``defaultEngine``.
    /// - Complexity: O(d) for the centre's degree d.
    public static func make(_ network: PolicyNetwork, centre: Int, language: Language? = nil) -> Diagram {
        let text = DiagramText(network, override: language)
        let centreNode = network.nodes[centre]
        let outOf = network.edges(.interaction, from: centre).filter { ($0.score ?? 0) != 0 }
        let into = network.edges(.interaction, to: centre).filter { ($0.score ?? 0) != 0 }
        let affected = Set(outOf.map(\.to)), affecting = Set(into.map(\.from))
        let ring = affected.union(affecting).sorted()

        let name = text.name(of: centreNode)
        let title = centreNode.kind == .target ? "\(centreNode.id) \(name)" : name
        var diagram = Diagram(
            name: "radial",
            title: text.pick("\(title) tegenover de andere doelen", "\(title) against the other goals"),
            subtitle: network.name,
            graphStyle: GraphStyle(rankSeparation: 2.6, edgeRouting: .spline),
            edgeStyle: EdgeStyle(arrowSize: 0.8, fontSize: 9))
        var middle = NetworkDiagram.node(centre, in: network, text: text, fontSize: 13)
        middle.style.penWidth = 3
        middle.style.lineColour = "#212121"
        diagram.nodes.append(middle)
        for index in ring {
            var node = NetworkDiagram.node(index, in: network, text: text)
            let both = affected.contains(index) && affecting.contains(index)
            node.style.lineColour = both ? "#424242" : (affected.contains(index) ? affectedOutline : affectingOutline)
            node.style.penWidth = 2.5
            diagram.nodes.append(node)
        }
        for edge in outOf {
            var drawn = NetworkDiagram.interactionEdge(edge, in: network, text: text)
            drawn.label = .plain(text.number(edge.score ?? 0))
            drawn.style.fontColour = drawn.style.colour
            drawn.style.arrowHead = .normal
            diagram.edges.append(drawn)
        }
        for edge in into {
            var drawn = NetworkDiagram.interactionEdge(edge, in: network, text: text)
            drawn.label = .plain(text.number(edge.score ?? 0))
            drawn.style.fontColour = drawn.style.colour
            drawn.style.arrowHead = .empty
            diagram.edges.append(drawn)
        }

        let entries = NetworkDiagram.legendEntries(for: Set(ring + [centre]), in: network, text: text) + [
            LegendEntry(.line(colour: affectedOutline, style: .solid, width: 2.5),
                        text.pick("blauwe rand: alleen beïnvloed door \(centreNode.id)", "blue outline: only affected by \(centreNode.id)")),
            LegendEntry(.line(colour: affectingOutline, style: .solid, width: 2.5),
                        text.pick("paarse rand: beïnvloedt alleen \(centreNode.id)", "purple outline: only affects \(centreNode.id)")),
            LegendEntry(.line(colour: "#424242", style: .solid, width: 2.5),
                        text.pick("grijze rand: in beide richtingen", "grey outline: both ways")),
        ]
        diagram.legend = Legend(title: text.legendTitle, entries: entries, notes: [
            text.pick("Volle pijlpunt: \(centreNode.id) beïnvloedt het doel. Holle pijlpunt: het doel beïnvloedt \(centreNode.id).",
                      "Filled arrow head: \(centreNode.id) affects the goal. Hollow arrow head: the goal affects \(centreNode.id)."),
            text.widthNote,
        ])
        let positive = (outOf + into).filter { ($0.score ?? 0) > 0 }.count
        diagram.altText = text.pick(
            "\(title) beïnvloedt \(affected.count) doelen en wordt beïnvloed door \(affecting.count); \(positive) van de \(outOf.count + into.count) verbanden zijn synergieën.",
            "\(title) affects \(affected.count) goals and is affected by \(affecting.count); \(positive) of the \(outOf.count + into.count) links are synergies.")
        return diagram
    }
}
