/// The Graphviz attributes this package may set: an allow-list.
///
/// There is no case for `image`, `shapefile`, `imagepath`, `fontpath`, `URL`, `href` or any other
/// attribute that makes Graphviz read a file or emit a link, so not even code inside this module
/// can set one.
enum GVAttribute: String, Sendable, Hashable, CaseIterable {
    // graph
    case layout, newrank, bgcolor, pad, rankdir, nodesep, ranksep, splines, overlap, sep, outputorder
    case labelloc, labeljust, inputscale, dpi
    // shared
    case label, fontname, fontsize, fontcolor, style, color, fillcolor, penwidth, tooltip
    // node
    case shape, width, height, fixedsize, margin, pos
    // edge
    case arrowhead, arrowsize, weight, constraint
}

/// An attribute value in Graphviz's own syntax.
enum GVValue: Sendable, Hashable {
    /// A plain string, already escaped for Graphviz (`\\` for a backslash, `\n` for a line break).
    case text(String)
    /// HTML-like label markup (without the DOT `<` `>`), passed through `agstrdup_html`.
    case html(String)
}

/// One attribute setting.
struct GVSetting: Sendable, Hashable {
    var attribute: GVAttribute
    var value: GVValue

    init(_ attribute: GVAttribute, _ value: GVValue) {
        self.attribute = attribute
        self.value = value
    }

    init(_ attribute: GVAttribute, _ text: String) {
        self.init(attribute, .text(text))
    }
}

/// A graph lowered to Graphviz terms: names and allow-listed settings, in drawing order.
///
/// Built from a ``Diagram`` by `GraphSpec.init(diagram:engine:format:)`; drawn by
/// `GraphvizEngine` through the cgraph API, or written as DOT by `DOTWriter`. Both follow the
/// same order: graph settings, node defaults, edge defaults, nodes, edges, clusters.
struct GraphSpec: Sendable, Hashable {
    struct Node: Sendable, Hashable {
        var name: String
        var settings: [GVSetting]
    }

    struct Edge: Sendable, Hashable {
        var tail: String
        var head: String
        var settings: [GVSetting]
    }

    /// A Graphviz subgraph (clusters: the name starts with `cluster`).
    struct Subgraph: Sendable, Hashable {
        var name: String
        var settings: [GVSetting]
        var nodes: [String]
        var subgraphs: [Subgraph]
    }

    var name: String
    var graphSettings: [GVSetting]
    var nodeDefaults: [GVSetting]
    var edgeDefaults: [GVSetting]
    var nodes: [Node]
    var edges: [Edge]
    var subgraphs: [Subgraph]
}
