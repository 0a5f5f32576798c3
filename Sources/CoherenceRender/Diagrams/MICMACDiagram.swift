import Coherence

/// The influence–dependence plane of MICMAC (Godet): every goal, target and objective as a point,
/// quadrant lines at the means, quadrant names, axis labels.
public enum MICMACDiagram {
    /// The layout engine: neato, which keeps the pinned positions.
    public static let defaultEngine: LayoutEngine = .neato
    /// Width of the plot area in points.
    public static let plotWidth = 1000.0
    /// Height of the plot area in points.
    public static let plotHeight = 700.0
    /// The id of the legend node, pinned right of the plot.
    public static let legendNodeID = "_micmac-legend"
    /// Colour of axes, quadrant lines and quadrant names.
    public static let axisColour: Colour = "#9E9E9E"

    /// Draws the MICMAC plane.
    ///
    /// Horizontal: indirect dependence; vertical: indirect influence (Godet's convention), both
    /// scaled so the largest value reaches the edge of the plot. Quadrant lines cross at the means:
    /// drivers top left, relays top right, dependent bottom right, autonomous bottom left. Each point
    /// is a small box with the target number (or the objective's name), filled with its goal's
    /// official colour; the legend lists the members of each quadrant with their names, so the plot
    /// stays uncluttered. The figures come from ``micmac(in:options:)``, whose layer decides how
    /// negative scores count (by default |score|: a trade-off counts as strongly as a synergy).
    ///
    /// - Parameters:
    ///   - report: The MICMAC report.
    ///   - network: The model it was computed from (names and goal colours).
    ///   - language: Language of the texts (`nil`: the model's).
    /// - Returns: A diagram with pinned positions for ``defaultEngine``.
    /// - Complexity: O(n log n) for n nodes.
    public static func make(_ report: MICMACReport, network: PolicyNetwork, language: Language? = nil) -> Diagram {
        let text = DiagramText(network, override: language)
        let maxX = max(report.nodes.map(\.indirectDependence).max() ?? 0, report.dependenceMean, 1e-9)
        let maxY = max(report.nodes.map(\.indirectInfluence).max() ?? 0, report.influenceMean, 1e-9)
        func x(_ value: Double) -> Double { (value / maxX * plotWidth).rounded() }
        func y(_ value: Double) -> Double { (value / maxY * plotHeight).rounded() }
        func pin(_ px: Double, _ py: Double) -> NodePosition {
            NodePosition(x: Coordinate(clamping: px), y: Coordinate(clamping: py))
        }

        var diagram = Diagram(
            name: "micmac",
            title: text.pick("Invloed en afhankelijkheid (MICMAC) — \(network.name)",
                             "Influence and dependence (MICMAC) — \(network.name)"),
            subtitle: text.pick("Indirect, via M^\(report.power); kwadranten gesplitst op het gemiddelde",
                                "Indirect, through M^\(report.power); quadrants split at the mean"),
            graphStyle: GraphStyle(edgeRouting: .straight, overlap: .allow),
            edgeStyle: EdgeStyle(colour: axisColour, arrowHead: ArrowHead.none))

        // Frame: axes, quadrant lines (between invisible corner points).
        let meanX = x(report.dependenceMean), meanY = y(report.influenceMean)
        let pad = 24.0
        let corners: [(String, Double, Double)] = [
            ("_origin", -pad, -pad), ("_xend", plotWidth + pad, -pad), ("_yend", -pad, plotHeight + pad),
            ("_vbottom", meanX, -pad), ("_vtop", meanX, plotHeight + pad), ("_hleft", -pad, meanY), ("_hright", plotWidth + pad, meanY),
        ]
        for (id, px, py) in corners {
            diagram.nodes.append(DiagramNode(
                id: id, label: .plain(""),
                style: NodeStyle(shape: .point, fillColour: axisColour, lineColour: axisColour, width: 0.02, height: 0.02),
                position: pin(px, py)))
        }
        diagram.edges += [
            DiagramEdge(from: "_origin", to: "_xend", style: EdgeStyle(penWidth: 1.2, arrowHead: .normal, arrowSize: 0.8)),
            DiagramEdge(from: "_origin", to: "_yend", style: EdgeStyle(penWidth: 1.2, arrowHead: .normal, arrowSize: 0.8)),
            DiagramEdge(from: "_vbottom", to: "_vtop", style: EdgeStyle(lineStyle: .dashed, penWidth: 1)),
            DiagramEdge(from: "_hleft", to: "_hright", style: EdgeStyle(lineStyle: .dashed, penWidth: 1)),
        ]

        // Quadrant names outside the corners, axis labels beside the axes.
        let quadrantStyle = NodeStyle(shape: .plainText, fontColour: "#757575", fontSize: 15, filled: false)
        let names: [(MICMACQuadrant, Double, Double)] = [
            (.driver, 70, plotHeight + 44), (.relay, plotWidth - 70, plotHeight + 44),
            (.dependent, plotWidth - 70, -44), (.autonomous, 70, -44),
        ]
        for (quadrant, px, py) in names {
            diagram.nodes.append(DiagramNode(id: "_quadrant-\(quadrant.rawValue)", label: .plain(name(of: quadrant, text: text).uppercased()),
                                             style: quadrantStyle, position: pin(px, py)))
        }
        let axisStyle = NodeStyle(shape: .plainText, fontColour: "#424242", fontSize: 11, filled: false)
        diagram.nodes.append(DiagramNode(
            id: "_axis-x", label: .plain(text.pick("afhankelijkheid (indirect) →", "dependence (indirect) →")),
            style: axisStyle, position: pin(plotWidth / 2, -pad - 18)))
        diagram.nodes.append(DiagramNode(
            id: "_axis-y", label: .plain(text.pick("↑ invloed\n(indirect)", "↑ influence\n(indirect)")),
            style: axisStyle, position: pin(-pad - 46, plotHeight / 2)))

        // The points.
        var goals: [Int] = []
        for point in report.nodes.sorted(by: { $0.id < $1.id }) {
            guard let index = network.index(of: point.id) else { continue }
            let node = network.nodes[index]
            var drawn = NetworkDiagram.node(index, in: network, text: text, fontSize: 8)
            drawn.style.width = 0.35
            drawn.style.height = 0.22
            drawn.label = .plain(node.kind == .target ? node.id : LNOBDiagrams.wrap(text.name(of: node), width: 14))
            drawn.style.rounded = true
            drawn.position = pin(x(point.indirectDependence), y(point.indirectInfluence))
            drawn.tooltip = "\(text.label(of: node, width: 60)): \(name(of: point.quadrant, text: text))"
            if let goal = network.goalNumber(of: index) { goals.append(goal) }
            diagram.nodes.append(drawn)
        }

        var entries = text.goalEntries(goals)
        if report.nodes.contains(where: { network.index(of: $0.id).map { network.goalNumber(of: $0) == nil } ?? false }) {
            entries.append(LegendEntry(.swatch(NetworkDiagram.neutralFill), text.pick("eigen doelstelling", "own objective")))
        }
        var notes: [String] = []
        for quadrant in [MICMACQuadrant.driver, .relay, .dependent, .autonomous] {
            let members = report.nodes.filter { $0.quadrant == quadrant }.map(\.id)
            notes.append("\(name(of: quadrant, text: text).capitalized): " + (members.isEmpty ? "—" : members.joined(separator: ", ")))
        }
        notes.append(text.pick("Negatieve scores tellen mee met hun grootte (laag \(report.layer.rawValue)).",
                               "Negative scores count by their size (layer \(report.layer.rawValue))."))
        // The legend is pinned right of the plot (an unpinned legend would land on the points).
        let legend = Legend(title: text.legendTitle, entries: entries, notes: notes)
        diagram.nodes.append(DiagramNode(
            id: legendNodeID, label: .html(HTMLLabel(table: GraphSpec.legendTable(legend))),
            style: NodeStyle(shape: .plain, filled: false), position: pin(plotWidth + 340, plotHeight / 2)))
        diagram.altText = text.pick("MICMAC-vlak. ", "MICMAC plane. ") + notes.prefix(4).joined(separator: ". ") + "."
        return diagram
    }

    /// The quadrant's name: drivers, relays, dependent, autonomous (drijvers, schakels, afhankelijk, autonoom).
    /// - Parameters:
    ///   - quadrant: The quadrant.
    ///   - text: The wording.
    /// - Returns: Its name in the diagram's language.
    public static func name(of quadrant: MICMACQuadrant, text: DiagramText) -> String {
        switch quadrant {
        case .driver: return text.pick("drijvers", "drivers")
        case .relay: return text.pick("schakels", "relays")
        case .dependent: return text.pick("afhankelijk", "dependent")
        case .autonomous: return text.pick("autonoom", "autonomous")
        }
    }
}
