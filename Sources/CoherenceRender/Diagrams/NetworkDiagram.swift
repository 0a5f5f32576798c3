import Coherence

/// The options of the interaction-network diagram.
public struct NetworkDiagramOptions: Sendable, Hashable {
    /// Hide links with |score| below this; `nil` applies the default for dense networks
    /// (``NetworkDiagram/denseNodeCount``).
    public var minScore: Double?
    /// The language of title and legend; `nil` uses the model's.
    public var language: Language?

    /// Creates options.
    /// - Parameters:
    ///   - minScore: Hide links with |score| below this (`nil`: the default).
    ///   - language: Language of the texts (`nil`: the model's).
    public init(minScore: Double? = nil, language: Language? = nil) {
        self.minScore = minScore
        self.language = language
    }
}

/// The interaction network: goals, targets and objectives with the interactions between them.
public enum NetworkDiagram {
    /// Above this many nodes a network is dense enough that weak links are hidden by default.
    public static let denseNodeCount = 40
    /// Above this many links per node on average a network is also dense (a full 30-target
    /// workshop matrix has about 9): weak links are hidden by default.
    public static let denseLinksPerNode = 4.0
    /// The threshold applied by default to dense networks, on the 7-point scale (|score| < 2 hidden).
    public static let denseMinScore = 2.0
    /// The layout engine that reads best: neato (stress majorization) with overlap removal and
    /// spline edges (curved routing is very slow on dense graphs); dot draws dense matrices as a hairball of long parallel edges.
    public static let defaultEngine: LayoutEngine = .neato
    /// Fill of objectives and other nodes without an SDG colour.
    public static let neutralFill: Colour = "#ECEFF1"

    /// Draws the interaction network.
    ///
    /// Every goal, target and objective with at least one visible interaction is drawn. Targets and
    /// goals are filled with their goal's official colour (text colour by contrast) and labelled
    /// "11.6" with the short name; objectives are neutral. Links are green and solid for synergies,
    /// red and dashed for trade-offs, grey and dotted for zero, wider for stronger (``Palette``).
    /// Links weaker than `minScore` are hidden — by default, on dense networks (more than
    /// ``denseNodeCount`` nodes, or more than ``denseLinksPerNode`` links per node), those with
    /// |score| below 2 on the 7-point scale (scaled to the model's scale) — and the legend says how many.
    ///
    /// - Parameters:
    ///   - network: The model.
    ///   - options: Threshold and language.
    /// - Returns: A diagram for ``defaultEngine``.
    /// - Complexity: O(n + e) for n nodes and e interactions.
    public static func make(_ network: PolicyNetwork, options: NetworkDiagramOptions = .init()) -> Diagram {
        let text = DiagramText(network, override: options.language)
        let s = network.scale.magnitude
        let interactions = Array(network.edges(of: .interaction))
        let involved = Set(interactions.flatMap { [$0.from, $0.to] })
        let dense = involved.count > denseNodeCount || Double(interactions.count) > denseLinksPerNode * Double(max(involved.count, 1))
        let threshold = options.minScore ?? (dense ? denseMinScore * s / 3 : nil)
        let visible = interactions.filter { edge in
            guard let threshold else { return true }
            return abs(edge.score ?? 0) >= threshold
        }
        let drawn = Set(visible.flatMap { [$0.from, $0.to] })

        var diagram = Diagram(
            name: "network",
            title: text.pick("Interacties tussen doelen — \(network.name)", "Interactions between goals — \(network.name)"),
            subtitle: text.pick("Hoe het ene doel het andere versterkt of belemmert", "How one goal reinforces or constrains another"),
            graphStyle: GraphStyle(nodeSeparation: 0.3, edgeRouting: .spline, overlap: .remove),
            edgeStyle: EdgeStyle(arrowSize: 0.7))
        for index in drawn.sorted() {
            diagram.nodes.append(node(index, in: network, text: text))
        }
        for edge in visible {
            diagram.edges.append(interactionEdge(edge, in: network, text: text))
        }

        var notes = [text.widthNote]
        if let threshold {
            notes.append(text.hiddenNote(minScore: threshold, hidden: interactions.count - visible.count, total: interactions.count))
        }
        if involved.count > drawn.count {
            let count = involved.count - drawn.count
            notes.append(count == 1
                ? text.pick("1 doel zonder zichtbaar verband is weggelaten.", "1 goal without a visible link is left out.")
                : text.pick("\(count) doelen zonder zichtbaar verband zijn weggelaten.", "\(count) goals without a visible link are left out."))
        }
        let zero = visible.contains { ($0.score ?? 0) == 0 }
        diagram.legend = Legend(title: text.legendTitle, entries: legendEntries(for: drawn, in: network, text: text, includeZero: zero), notes: notes)
        let synergies = visible.filter { ($0.score ?? 0) > 0 }.count
        let tradeOffs = visible.filter { ($0.score ?? 0) < 0 }.count
        diagram.altText = text.pick(
            "Interactienetwerk van \(drawn.count) doelen met \(visible.count) verbanden: \(synergies) synergieën en \(tradeOffs) afwegingen.",
            "Interaction network of \(drawn.count) goals with \(visible.count) links: \(synergies) synergies and \(tradeOffs) trade-offs.")
        return diagram
    }

    /// The goal colour of a goal or target, if it is one.
    static func goalColour(of index: Int, in network: PolicyNetwork) -> Colour? {
        guard let number = network.goalNumber(of: index), let goal = SDGCatalogue.standard.goal(number) else { return nil }
        return Colour(hex: goal.colour)
    }

    /// A goal, target or objective node: goal colour (targets, goals) or neutral (objectives).
    static func node(_ index: Int, in network: PolicyNetwork, text: DiagramText, fontSize: FontSize = 10) -> DiagramNode {
        let node = network.nodes[index]
        let style: NodeStyle
        if let colour = goalColour(of: index, in: network) {
            style = NodeStyle(shape: .box, fillColour: colour, lineColour: colour, fontSize: fontSize)
        } else {
            style = NodeStyle(shape: .box, fillColour: neutralFill, lineColour: "#546E7A", fontSize: fontSize, penWidth: 1.5)
        }
        return DiagramNode(id: node.id, label: .plain(text.label(of: node)), style: style,
                           tooltip: node.description ?? text.name(of: node))
    }

    /// An interaction edge: sign colour, sign line style, width by |score|.
    static func interactionEdge(_ edge: Edge, in network: PolicyNetwork, text: DiagramText) -> DiagramEdge {
        let score = edge.score ?? 0
        let from = network.nodes[edge.from], to = network.nodes[edge.to]
        return DiagramEdge(
            from: from.id, to: to.id,
            style: Palette.edgeStyle(forScore: score, scaleMagnitude: network.scale.magnitude),
            tooltip: "\(from.id) → \(to.id): \(text.number(score))")
    }

    /// Legend: goal colours present, the objective swatch if objectives are drawn, signs and widths.
    static func legendEntries(for indices: Set<Int>, in network: PolicyNetwork, text: DiagramText, includeZero: Bool = true) -> [LegendEntry] {
        var entries = text.goalEntries(indices.compactMap { network.goalNumber(of: $0) })
        if indices.contains(where: { network.goalNumber(of: $0) == nil }) {
            entries.append(LegendEntry(.swatch(neutralFill), text.pick("eigen doelstelling", "own objective")))
        }
        return entries + text.signEntries(includeZero: includeZero)
    }
}
