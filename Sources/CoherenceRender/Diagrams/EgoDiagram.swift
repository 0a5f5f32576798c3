import Coherence

/// The options of the ego diagram.
public struct EgoDiagramOptions: Sendable, Hashable {
    /// Second-order links weaker than this (|score|) are left out; `nil` uses
    /// ``EgoDiagram/defaultSecondOrderMinScore`` (scaled to the model's scale). First-order links
    /// are always drawn.
    public var secondOrderMinScore: Double?
    /// The language of title and legend; `nil` uses the model's.
    public var language: Language?

    /// Creates options.
    /// - Parameters:
    ///   - secondOrderMinScore: Threshold for second-order links (`nil`: the default).
    ///   - language: Language of the texts (`nil`: the model's).
    public init(secondOrderMinScore: Double? = nil, language: Language? = nil) {
        self.secondOrderMinScore = secondOrderMinScore
        self.language = language
    }
}

/// One goal, target, objective or action with what it affects and what affects it, first and
/// second order.
public enum EgoDiagram {
    /// Second-order links below |score| 2 on the 7-point scale are left out by default.
    public static let defaultSecondOrderMinScore = 2.0
    /// The layout engine: dot, left to right (causes left, the node in the middle, effects right).
    public static let defaultEngine: LayoutEngine = .dot
    /// Fill of action nodes.
    public static let actionFill: Colour = "#F5F5F5"

    /// Draws the neighbourhood of one node.
    ///
    /// For a goal, target or objective: left, what affects it — the actions that contribute to it
    /// and the interactions into it (first order), and the strong interactions into those (second
    /// order); right, what it affects (first order) and what those affect strongly (second order).
    /// For an action: its contributions (first order), then the strong interactions out of the
    /// targets it contributes to (second order). Second-order nodes are drawn paler. Each node is
    /// drawn once, at its first (closest) place. Negative scores are drawn red and dashed; the
    /// second-order threshold compares |score|.
    ///
    /// - Parameters:
    ///   - network: The model.
    ///   - centre: The index of the node in the middle (goal, target, objective or action).
    ///   - options: Threshold and language.
    /// - Returns: A diagram for ``defaultEngine``.
    /// - Complexity: O(d₁ · d₂) for first- and second-order degrees d₁, d₂.
    public static func make(_ network: PolicyNetwork, centre: Int, options: EgoDiagramOptions = .init()) -> Diagram {
        let text = DiagramText(network, override: options.language)
        let threshold = options.secondOrderMinScore ?? defaultSecondOrderMinScore * network.scale.magnitude / 3
        let centreNode = network.nodes[centre]
        var placed: [Int: Int] = [centre: 0]    // node → order (0 centre, 1 first, 2 second)
        var order: [Int] = [centre]
        var edges: [Edge] = []
        var seenEdges = Set<String>()

        func add(_ edge: Edge, node: Int, level: Int) {
            guard seenEdges.insert("\(edge.kind.rawValue) \(edge.from) \(edge.to)").inserted else { return }
            if placed[node] == nil {
                placed[node] = level
                order.append(node)
            }
            edges.append(edge)
        }
        func nonZero(_ edge: Edge) -> Bool { (edge.score ?? 0) != 0 }
        func strong(_ edge: Edge) -> Bool { abs(edge.score ?? 0) >= threshold && edge.from != centre && edge.to != centre }

        if centreNode.kind == .action {
            let contributions = network.effectiveContributions(of: centre).filter(nonZero)
            for edge in contributions { add(edge, node: edge.to, level: 1) }
            for edge in contributions {
                for next in network.edges(.interaction, from: edge.to) where strong(next) { add(next, node: next.to, level: 2) }
            }
        } else {
            let into = network.edges(.interaction, to: centre).filter(nonZero)
            let outOf = network.edges(.interaction, from: centre).filter(nonZero)
            for edge in network.edges(.contribution, to: centre) where nonZero(edge) { add(edge, node: edge.from, level: 1) }
            for edge in into { add(edge, node: edge.from, level: 1) }
            for edge in outOf { add(edge, node: edge.to, level: 1) }
            for edge in into {
                for previous in network.edges(.interaction, to: edge.from) where strong(previous) {
                    add(previous, node: previous.from, level: 2)
                }
            }
            for edge in outOf {
                for next in network.edges(.interaction, from: edge.to) where strong(next) { add(next, node: next.to, level: 2) }
            }
        }

        let name = text.name(of: centreNode)
        let title = centreNode.kind == .target ? "\(centreNode.id) \(name)" : name
        var diagram = Diagram(
            name: "ego",
            title: centreNode.kind == .action
                ? text.pick("Wat ‘\(title)’ raakt, rechtstreeks en in tweede orde", "What ‘\(title)’ affects, directly and in the second order")
                : text.pick("Wat beïnvloedt \(title), en wat beïnvloedt het?", "What affects \(title), and what does it affect?"),
            subtitle: network.name,
            graphStyle: GraphStyle(rankDirection: .leftToRight, nodeSeparation: 0.15, rankSeparation: 1.0),
            edgeStyle: EdgeStyle(arrowSize: 0.7))
        for index in order {
            diagram.nodes.append(node(index, level: placed[index] ?? 2, in: network, text: text))
        }
        for edge in edges {
            var drawn = NetworkDiagram.interactionEdge(edge, in: network, text: text)
            if placed[edge.from] == 2 || placed[edge.to] == 2 { drawn.style.penWidth = PenWidth(clamping: drawn.style.penWidth.map { $0.value * 0.8 } ?? 1) }
            diagram.edges.append(drawn)
        }

        let indices = Set(order).filter { network.nodes[$0].kind != .action }
        var entries = NetworkDiagram.legendEntries(for: indices, in: network, text: text)
        if order.contains(where: { network.nodes[$0].kind == .action && $0 != centre }) || centreNode.kind == .action {
            entries.insert(LegendEntry(.swatch(actionFill), text.pick("actie", "action")), at: 0)
        }
        let first = order.filter { placed[$0] == 1 }.count, second = order.filter { placed[$0] == 2 }.count
        diagram.legend = Legend(title: text.legendTitle, entries: entries, notes: [
            text.pick("Dik omrand: het gekozen knooppunt. Bleek: tweede orde (via een tussenstap).",
                      "Thick outline: the chosen node. Pale: second order (one step removed)."),
            text.pick("Tweede orde alleen bij |score| ≥ \(text.number(threshold, signed: false)).",
                      "Second order only where |score| ≥ \(text.number(threshold, signed: false))."),
            text.widthNote,
        ])
        diagram.altText = text.pick(
            "\(title): \(first) rechtstreekse verbanden en \(second) knooppunten in tweede orde.",
            "\(title): \(first) direct links and \(second) second-order nodes.")
        return diagram
    }

    /// A node at its order: thick outline in the centre, pale in the second order.
    static func node(_ index: Int, level: Int, in network: PolicyNetwork, text: DiagramText) -> DiagramNode {
        let source = network.nodes[index]
        var drawn: DiagramNode
        if source.kind == .action {
            drawn = DiagramNode(id: source.id, label: .plain(LNOBDiagrams.wrap(source.label, width: 28)),
                                style: NodeStyle(shape: .box, fillColour: actionFill, lineColour: "#9E9E9E", fontSize: 10),
                                tooltip: source.label)
        } else {
            drawn = NetworkDiagram.node(index, in: network, text: text)
        }
        switch level {
        case 0:
            drawn.style.penWidth = 3
            drawn.style.lineColour = "#212121"
            drawn.style.fontSize = 12
        case 2:
            if let fill = drawn.style.fillColour, source.kind != .action {
                drawn.style.fillColour = CoverageDiagram.tint(fill, 0.4)
                drawn.style.lineColour = fill
            }
            drawn.style.fontSize = 9
        default:
            break
        }
        return drawn
    }
}
