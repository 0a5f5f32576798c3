/// Report defaults and the lowering of a ``Diagram`` into a ``GraphSpec``.
enum ReportDefaults {
    /// The one pinned font (Debian `fonts-dejavu-core`), on graph, nodes and edges.
    static let fontName = "DejaVu Sans"
    static let background: Colour = .white
    static let text: Colour = ColourContrast.darkText
    static let subtitle: Colour = "#616161"
    static let nodeFill: Colour = "#F5F5F5"
    static let nodeLine: Colour = "#9E9E9E"
    static let edgeLine: Colour = "#757575"
    static let edgeText: Colour = "#424242"
    static let clusterFill: Colour = "#FAFAFA"
    static let clusterLine: Colour = "#BDBDBD"
    static let legendFrame: Colour = "#BDBDBD"
    static let titleSize: FontSize = 16
    static let subtitleSize: FontSize = 11
    static let nodeFontSize: FontSize = 11
    static let edgeFontSize: FontSize = 9
    static let clusterFontSize: FontSize = 12
    static let legendFontSize: FontSize = 10
    static let nodeSeparation: Spacing = 0.35
    static let rankSeparation: Spacing = 0.5
    /// PNG resolution.
    static let pngDPI = 144

    static let node = NodeStyle(
        shape: .box, fillColour: nodeFill, lineColour: nodeLine, fontSize: nodeFontSize, penWidth: 1, filled: true,
        rounded: true, height: 0.4)
    static let edge = EdgeStyle(colour: edgeLine, penWidth: 1, arrowSize: 0.8, fontColour: edgeText, fontSize: edgeFontSize)
}

extension GraphSpec {
    /// Lowers a diagram (already validated) to Graphviz names and allow-listed settings.
    /// - Parameters:
    ///   - diagram: A diagram without ``Diagram/validationProblems()``.
    ///   - engine: The layout engine that will be used (some settings are per engine).
    ///   - format: The output format, if known (PNG gets 144 dpi).
    /// - Complexity: O(nodes + edges + cluster members + label lengths).
    init(diagram: Diagram, engine: LayoutEngine, format: RenderFormat?) {
        let nodeDefault = ReportDefaults.node.overlaid(by: diagram.nodeStyle)
        let edgeDefault = ReportDefaults.edge.overlaid(by: diagram.edgeStyle)
        let style = diagram.graphStyle
        let background = style.background ?? ReportDefaults.background

        var graph: [GVSetting] = [
            GVSetting(.layout, engine.rawValue),
            GVSetting(.fontname, ReportDefaults.fontName),
            GVSetting(.fontsize, GraphvizNumber.format(ReportDefaults.nodeFontSize.value)),
            GVSetting(.fontcolor, ColourContrast.textColour(on: background).hex),
            GVSetting(.bgcolor, background.hex),
            GVSetting(.pad, "0.2"),
            GVSetting(.rankdir, (style.rankDirection ?? .topToBottom).rawValue),
            GVSetting(.nodesep, GraphvizNumber.format((style.nodeSeparation ?? ReportDefaults.nodeSeparation).value)),
            GVSetting(.ranksep, GraphvizNumber.format((style.rankSeparation ?? ReportDefaults.rankSeparation).value)),
        ]
        if engine == .dot {
            // Graphviz 2.43's classic ranking corrupts its own state when a graph with clusters
            // also has a rank=sink/max subgraph: after about 50–130 layouts in one process dot
            // crashes in mincross (reproduced in plain C with agmemread + gvLayout). We no longer
            // emit rank subgraphs, but keep the global ranking (newrank), which has no such
            // problem and ranks across clusters more robustly.
            graph.insert(GVSetting(.newrank, "true"), at: 1)
        }
        if let routing = style.edgeRouting { graph.append(GVSetting(.splines, routing.rawValue)) }
        if engine != .dot {
            graph.append(GVSetting(.overlap, (style.overlap ?? .remove).rawValue))
            graph.append(GVSetting(.sep, "+10"))
        }
        graph.append(GVSetting(.outputorder, "edgesfirst"))
        if diagram.title != nil || diagram.subtitle != nil {
            graph.append(GVSetting(.labelloc, "t"))
            graph.append(GVSetting(.labeljust, "c"))
            graph.append(GVSetting(.label, .html(GraphSpec.titleLabel(diagram, size: style.titleFontSize).markup)))
        }
        if diagram.nodes.contains(where: { $0.position != nil }) { graph.append(GVSetting(.inputscale, "72")) }
        if format == .png { graph.append(GVSetting(.dpi, String(ReportDefaults.pngDPI))) }

        var nodes = diagram.nodes.map { node in
            Node(name: node.id, settings: GraphSpec.settings(for: node, defaults: nodeDefault))
        }
        let subgraphs = diagram.clusters.map(GraphSpec.subgraph(for:))
        if let legend = diagram.legend {
            nodes.append(
                Node(
                    name: Diagram.legendNodeID,
                    settings: [
                        GVSetting(.label, .html(HTMLLabel(table: GraphSpec.legendTable(legend)).markup)),
                        GVSetting(.shape, NodeShape.plain.rawValue),
                        GVSetting(.style, "solid"),
                        GVSetting(.fontsize, GraphvizNumber.format(ReportDefaults.legendFontSize.value)),
                        GVSetting(.fontcolor, ReportDefaults.text.hex),
                    ]))
        }

        self.init(
            name: diagram.name,
            graphSettings: graph,
            nodeDefaults: GraphSpec.nodeDefaultSettings(nodeDefault, background: background),
            edgeDefaults: GraphSpec.edgeSettings(edgeDefault, label: nil, tooltip: nil, includeFont: true),
            nodes: nodes,
            edges: diagram.edges.map { edge in
                Edge(
                    tail: edge.from, head: edge.to,
                    settings: GraphSpec.edgeSettings(edge.style, label: edge.label, tooltip: edge.tooltip, includeFont: false))
            },
            subgraphs: subgraphs)
    }

    static func value(of label: DiagramLabel) -> GVValue {
        switch label {
        case .plain(let text): return .text(GraphvizText.escString(text))
        case .html(let html): return .html(html.markup)
        }
    }

    static func styleValue(shape: NodeShape?, rounded: Bool?, filled: Bool?, lineStyle: LineStyle?) -> String {
        var parts: [String] = []
        if rounded == true, (shape ?? .box) == .box { parts.append("rounded") }
        if filled == true { parts.append("filled") }
        if let lineStyle { parts.append(lineStyle.rawValue) }
        return parts.isEmpty ? "solid" : parts.joined(separator: ",")
    }

    static func nodeDefaultSettings(_ style: NodeStyle, background: Colour) -> [GVSetting] {
        let fill = style.fillColour ?? ReportDefaults.nodeFill
        let textBehind = style.filled == false ? background : fill
        var settings = [
            GVSetting(.fontname, ReportDefaults.fontName),
            GVSetting(.fontsize, GraphvizNumber.format((style.fontSize ?? ReportDefaults.nodeFontSize).value)),
            GVSetting(.fontcolor, (style.fontColour ?? ColourContrast.textColour(on: textBehind)).hex),
            GVSetting(.shape, (style.shape ?? .box).rawValue),
            GVSetting(.style, styleValue(shape: style.shape, rounded: style.rounded, filled: style.filled, lineStyle: style.lineStyle)),
            GVSetting(.fillcolor, fill.hex),
            GVSetting(.color, (style.lineColour ?? ReportDefaults.nodeLine).hex),
            GVSetting(.penwidth, GraphvizNumber.format((style.penWidth ?? 1).value)),
            GVSetting(.margin, "0.12,0.06"),
        ]
        if let width = style.width { settings.append(GVSetting(.width, GraphvizNumber.format(width.value))) }
        if let height = style.height { settings.append(GVSetting(.height, GraphvizNumber.format(height.value))) }
        if let fixed = style.fixedSize { settings.append(GVSetting(.fixedsize, fixed ? "true" : "false")) }
        return settings
    }

    static func settings(for node: DiagramNode, defaults: NodeStyle) -> [GVSetting] {
        let own = node.style
        let effective = defaults.overlaid(by: own)
        var settings = [GVSetting(.label, node.label.map(value(of:)) ?? .text(GraphvizText.escString(node.id)))]
        if let shape = own.shape { settings.append(GVSetting(.shape, shape.rawValue)) }
        if own.rounded != nil || own.filled != nil || own.lineStyle != nil || own.shape != nil {
            settings.append(
                GVSetting(
                    .style,
                    styleValue(
                        shape: effective.shape, rounded: effective.rounded, filled: effective.filled,
                        lineStyle: effective.lineStyle)))
        }
        if let fill = own.fillColour { settings.append(GVSetting(.fillcolor, fill.hex)) }
        if let line = own.lineColour { settings.append(GVSetting(.color, line.hex)) }
        if let colour = own.fontColour {
            settings.append(GVSetting(.fontcolor, colour.hex))
        } else if defaults.fontColour == nil, own.fillColour != nil || own.filled != nil {
            let behind = effective.filled == false ? ReportDefaults.background : (effective.fillColour ?? ReportDefaults.nodeFill)
            settings.append(GVSetting(.fontcolor, ColourContrast.textColour(on: behind).hex))
        }
        if let size = own.fontSize { settings.append(GVSetting(.fontsize, GraphvizNumber.format(size.value))) }
        if let pen = own.penWidth { settings.append(GVSetting(.penwidth, GraphvizNumber.format(pen.value))) }
        if let width = own.width { settings.append(GVSetting(.width, GraphvizNumber.format(width.value))) }
        if let height = own.height { settings.append(GVSetting(.height, GraphvizNumber.format(height.value))) }
        if let fixed = own.fixedSize { settings.append(GVSetting(.fixedsize, fixed ? "true" : "false")) }
        if let tooltip = node.tooltip { settings.append(GVSetting(.tooltip, GraphvizText.escString(tooltip))) }
        if let position = node.position {
            let pos = GraphvizNumber.format(position.x.value) + "," + GraphvizNumber.format(position.y.value)
            settings.append(GVSetting(.pos, position.pinned ? pos + "!" : pos))
        }
        return settings
    }

    static func edgeSettings(_ style: EdgeStyle, label: DiagramLabel?, tooltip: String?, includeFont: Bool) -> [GVSetting] {
        var settings: [GVSetting] = []
        if includeFont { settings.append(GVSetting(.fontname, ReportDefaults.fontName)) }
        if let label { settings.append(GVSetting(.label, value(of: label))) }
        if let colour = style.colour { settings.append(GVSetting(.color, colour.hex)) }
        if let line = style.lineStyle { settings.append(GVSetting(.style, line.rawValue)) }
        if let pen = style.penWidth { settings.append(GVSetting(.penwidth, GraphvizNumber.format(pen.value))) }
        if let head = style.arrowHead { settings.append(GVSetting(.arrowhead, head.rawValue)) }
        if let size = style.arrowSize { settings.append(GVSetting(.arrowsize, GraphvizNumber.format(size.value))) }
        if let colour = style.fontColour { settings.append(GVSetting(.fontcolor, colour.hex)) }
        if let size = style.fontSize { settings.append(GVSetting(.fontsize, GraphvizNumber.format(size.value))) }
        if let weight = style.weight { settings.append(GVSetting(.weight, String(Int(weight.value.rounded())))) }
        if let constraint = style.constraint { settings.append(GVSetting(.constraint, constraint ? "true" : "false")) }
        if let tooltip { settings.append(GVSetting(.tooltip, GraphvizText.escString(tooltip))) }
        return settings
    }

    /// Clusters set every attribute they could otherwise inherit from the root graph (in
    /// Graphviz a subgraph starts with its parent's values — the title would reappear).
    static func subgraph(for cluster: DiagramCluster) -> Subgraph {
        let style = cluster.style
        let fill = style.fillColour ?? ReportDefaults.clusterFill
        return Subgraph(
            name: "cluster_" + cluster.id,
            settings: [
                GVSetting(.label, cluster.label.map(value(of:)) ?? .text("")),
                GVSetting(.labelloc, "t"),
                GVSetting(.labeljust, "l"),
                GVSetting(.fontsize, GraphvizNumber.format((style.fontSize ?? ReportDefaults.clusterFontSize).value)),
                GVSetting(.fontcolor, (style.fontColour ?? ColourContrast.textColour(on: fill)).hex),
                GVSetting(.style, styleValue(shape: .box, rounded: style.rounded ?? true, filled: true, lineStyle: style.lineStyle)),
                GVSetting(.fillcolor, fill.hex),
                GVSetting(.color, (style.lineColour ?? ReportDefaults.clusterLine).hex),
                GVSetting(.penwidth, GraphvizNumber.format((style.penWidth ?? 1).value)),
            ],
            nodes: cluster.nodeIDs,
            subgraphs: cluster.clusters.map(subgraph(for:)))
    }

    static func titleLabel(_ diagram: Diagram, size: FontSize?) -> HTMLLabel {
        var runs: [HTMLText] = []
        if let title = diagram.title {
            runs.append(.font(colour: nil, size: size ?? ReportDefaults.titleSize, [.bold(title)]))
        }
        if let subtitle = diagram.subtitle {
            if !runs.isEmpty { runs.append(.lineBreak) }
            runs.append(.font(colour: ReportDefaults.subtitle, size: ReportDefaults.subtitleSize, [.text(subtitle)]))
        }
        return HTMLLabel(runs)
    }
}

extension NodeStyle {
    /// This style with every attribute that `other` sets replaced by `other`'s.
    func overlaid(by other: NodeStyle) -> NodeStyle {
        NodeStyle(
            shape: other.shape ?? shape, fillColour: other.fillColour ?? fillColour,
            lineColour: other.lineColour ?? lineColour, fontColour: other.fontColour ?? fontColour,
            fontSize: other.fontSize ?? fontSize, penWidth: other.penWidth ?? penWidth,
            lineStyle: other.lineStyle ?? lineStyle, filled: other.filled ?? filled, rounded: other.rounded ?? rounded,
            width: other.width ?? width, height: other.height ?? height, fixedSize: other.fixedSize ?? fixedSize)
    }
}

extension EdgeStyle {
    /// This style with every attribute that `other` sets replaced by `other`'s.
    func overlaid(by other: EdgeStyle) -> EdgeStyle {
        EdgeStyle(
            colour: other.colour ?? colour, lineStyle: other.lineStyle ?? lineStyle, penWidth: other.penWidth ?? penWidth,
            arrowHead: other.arrowHead ?? arrowHead, arrowSize: other.arrowSize ?? arrowSize,
            fontColour: other.fontColour ?? fontColour, fontSize: other.fontSize ?? fontSize,
            weight: other.weight ?? weight, constraint: other.constraint ?? constraint)
    }
}
