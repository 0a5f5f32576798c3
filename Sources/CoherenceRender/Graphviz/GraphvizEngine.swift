import CGraphviz
import Foundation

/// The only door into the Graphviz C library: one process-wide lock, one `GVC_t` context.
///
/// Graphviz is not thread-safe (global error state, lexer state, plugin caches), so every call
/// into it — building a graph, layout, rendering, freeing — happens inside ``withLock(_:)``,
/// tests included. The context is created once, on first use, and reused.
final class GraphvizEngine: @unchecked Sendable {
    /// The one engine of the process.
    static let shared = GraphvizEngine()

    private let lock = NSLock()
    // The fields below are only read or written with `lock` held.
    private var context: OpaquePointer?
    private var setupProblem: RenderError?
    private var layoutPlugins: Set<String> = []
    private var formatPlugins: Set<String> = []
    private var graphvizVersion = ""

    private init() {}

    /// Runs `body` with the process-wide Graphviz lock held.
    func withLock<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    /// Draws a lowered graph.
    /// - Parameters:
    ///   - spec: The graph.
    ///   - format: A Graphviz output format name (`svg`, `png`, `pdf`, `json`).
    ///   - engine: A Graphviz layout engine name (`dot`, `neato` …).
    /// - Returns: The rendered bytes and the warnings Graphviz logged.
    /// - Throws: ``RenderError/graphvizSetup(message:)`` when plugins are missing;
    ///   ``RenderError/graphviz(stage:messages:)`` when Graphviz logs an error.
    func render(_ spec: GraphSpec, format: String, engine: String) throws -> (data: Data, warnings: [String]) {
        try withLock {
            let gvc = try readyContext()
            guard layoutPlugins.contains(engine) else {
                throw RenderError.graphvizSetup(message: Self.missingPluginMessage(kind: "layout engine", name: engine, available: layoutPlugins))
            }
            guard formatPlugins.contains(format) else {
                throw RenderError.graphvizSetup(message: Self.missingPluginMessage(kind: "output format", name: format, available: formatPlugins))
            }
            GraphvizLog.shared.reset()
            agreseterrors()

            let graph = try build(spec)
            defer { agclose(graph) }
            try check(stage: "building the graph")

            let layoutResult = gvLayout(gvc, graph, engine)
            defer { gvFreeLayout(gvc, graph) }
            if layoutResult != 0 {
                let messages = GraphvizLog.shared.collected.map(\.text)
                if messages.contains(where: { $0.contains("not recognized") }) || messages.isEmpty {
                    throw RenderError.graphvizSetup(
                        message: "Graphviz could not run the layout engine \"\(engine)\": "
                            + (messages.isEmpty ? "gvLayout failed" : messages.joined(separator: " | ")) + ". "
                            + Self.repairAdvice)
                }
                throw RenderError.graphviz(stage: "laying out the graph with \(engine)", messages: messages)
            }
            try check(stage: "laying out the graph with \(engine)")

            var buffer: UnsafeMutablePointer<CChar>?
            var length: UInt32 = 0
            let renderResult = gvRenderData(gvc, graph, format, &buffer, &length)
            defer { if let buffer { gvFreeRenderData(buffer) } }
            guard renderResult == 0, let buffer else {
                let messages = GraphvizLog.shared.collected.map(\.text)
                throw RenderError.graphviz(
                    stage: "rendering \(format)", messages: messages.isEmpty ? ["gvRenderData failed"] : messages)
            }
            try check(stage: "rendering \(format)")
            let data = Data(bytes: buffer, count: Int(length))
            return (data, GraphvizLog.shared.collected.filter { !$0.isError }.map(\.text))
        }
    }

    /// The Graphviz library version, such as "2.43.0".
    func version() throws -> String {
        try withLock {
            _ = try readyContext()
            return graphvizVersion
        }
    }

    /// How to repair a Graphviz installation whose plugins cannot be found.
    static let repairAdvice =
        "The Graphviz plugin configuration is missing or out of date: as root, run `dot -c` (from the graphviz "
        + "package) to regenerate it (/usr/lib/x86_64-linux-gnu/graphviz/config6a on Debian and Ubuntu), "
        + "or reinstall libgvc6 and libgvplugin-core6/libgvplugin-dot-layout6/libgvplugin-neato-layout6/"
        + "libgvplugin-pango6 (`apt-get install --reinstall libgvc6`)."

    static func missingPluginMessage(kind: String, name: String, available: Set<String>) -> String {
        let list = available.isEmpty ? "none" : available.sorted().joined(separator: ", ")
        return "Graphviz has no \(kind) \"\(name)\" (available: \(list)). \(repairAdvice)"
    }

    // MARK: - Lock held from here on

    private func readyContext() throws -> OpaquePointer {
        if let context { return context }
        if let setupProblem { throw setupProblem }
        _ = agseterrf(graphvizLogCallback)
        GraphvizLog.shared.reset()
        agreseterrors()
        guard let gvc = gvContext() else {
            let problem = RenderError.graphvizSetup(message: "Graphviz could not create a context (gvContext failed). \(Self.repairAdvice)")
            setupProblem = problem
            throw problem
        }
        let layouts = Self.pluginNames(gvc, kind: "layout")
        if layouts.isEmpty {
            let problem = RenderError.graphvizSetup(message: "Graphviz found no layout plugins. \(Self.repairAdvice)")
            setupProblem = problem
            gvFreeContext(gvc)
            throw problem
        }
        context = gvc
        layoutPlugins = layouts
        formatPlugins = Self.pluginNames(gvc, kind: "device")
        graphvizVersion = gvcVersion(gvc).map { String(cString: $0) } ?? "unknown"
        return gvc
    }

    private static func pluginNames(_ gvc: OpaquePointer, kind: String) -> Set<String> {
        var count: Int32 = 0
        guard let list = kind.withCString({ gvPluginList(gvc, $0, &count, nil) }) else { return [] }
        var names = Set<String>()
        for index in 0..<Int(count) {
            if let item = list[index] {
                names.insert(String(cString: item))
                free(item)
            }
        }
        free(list)
        return names
    }

    private func check(stage: String) throws {
        let messages = GraphvizLog.shared.collected
        if agerrors() > 0 || messages.contains(where: \.isError) {
            let errors = messages.filter(\.isError).map(\.text)
            throw RenderError.graphviz(stage: stage, messages: errors.isEmpty ? messages.map(\.text) : errors)
        }
    }

    /// Builds the cgraph graph: graph settings, defaults, nodes, edges, subgraphs — in that order.
    private func build(_ spec: GraphSpec) throws -> UnsafeMutablePointer<Agraph_t> {
        var descriptor = Agdesc_t()
        descriptor.directed = 1
        descriptor.maingraph = 1
        guard let graph = spec.name.withCString({ agopen(UnsafeMutablePointer(mutating: $0), descriptor, nil) }) else {
            throw RenderError.graphviz(stage: "building the graph", messages: ["agopen failed"])
        }
        for setting in spec.graphSettings { set(setting, on: UnsafeMutableRawPointer(graph), in: graph) }
        for setting in spec.nodeDefaults { declareDefault(setting, kind: Int32(AGNODE), in: graph) }
        for setting in spec.edgeDefaults { declareDefault(setting, kind: Int32(AGEDGE), in: graph) }

        var nodes: [String: UnsafeMutablePointer<Agnode_t>] = [:]
        nodes.reserveCapacity(spec.nodes.count)
        for node in spec.nodes {
            guard let created = node.name.withCString({ agnode(graph, UnsafeMutablePointer(mutating: $0), 1) }) else {
                agclose(graph)
                throw RenderError.graphviz(stage: "building the graph", messages: ["agnode failed for \(node.name)"])
            }
            nodes[node.name] = created
            for setting in node.settings { set(setting, on: UnsafeMutableRawPointer(created), in: graph) }
        }
        for edge in spec.edges {
            guard let tail = nodes[edge.tail], let head = nodes[edge.head], let created = agedge(graph, tail, head, nil, 1) else {
                agclose(graph)
                throw RenderError.graphviz(stage: "building the graph", messages: ["agedge failed for \(edge.tail) -> \(edge.head)"])
            }
            for setting in edge.settings { set(setting, on: UnsafeMutableRawPointer(created), in: graph) }
        }
        for subgraph in spec.subgraphs {
            guard add(subgraph, to: graph, root: graph, nodes: nodes) else {
                agclose(graph)
                throw RenderError.graphviz(stage: "building the graph", messages: ["agsubg failed for \(subgraph.name)"])
            }
        }
        return graph
    }

    private func add(
        _ subgraph: GraphSpec.Subgraph, to parent: UnsafeMutablePointer<Agraph_t>, root: UnsafeMutablePointer<Agraph_t>,
        nodes: [String: UnsafeMutablePointer<Agnode_t>]
    ) -> Bool {
        guard let created = subgraph.name.withCString({ agsubg(parent, UnsafeMutablePointer(mutating: $0), 1) }) else {
            return false
        }
        for setting in subgraph.settings { set(setting, on: UnsafeMutableRawPointer(created), in: root) }
        for name in subgraph.nodes {
            if let node = nodes[name] { _ = agsubnode(created, node, 1) }
        }
        return subgraph.subgraphs.allSatisfy { add($0, to: created, root: root, nodes: nodes) }
    }

    /// Sets one attribute on a graph, node or edge (declaring it with an empty default if needed).
    private func set(_ setting: GVSetting, on object: UnsafeMutableRawPointer, in root: UnsafeMutablePointer<Agraph_t>) {
        setting.attribute.rawValue.withCString { name in
            let name = UnsafeMutablePointer(mutating: name)
            "".withCString { empty in
                let empty = UnsafeMutablePointer(mutating: empty)
                switch setting.value {
                case .text(let text):
                    text.withCString { value in
                        _ = agsafeset(object, name, UnsafeMutablePointer(mutating: value), empty)
                    }
                case .html(let markup):
                    guard let html = markup.withCString({ agstrdup_html(root, UnsafeMutablePointer(mutating: $0)) }) else { return }
                    _ = agsafeset(object, name, html, empty)
                    _ = agstrfree(root, html)
                }
            }
        }
    }

    /// Declares a node or edge attribute with a default value for the whole graph.
    private func declareDefault(_ setting: GVSetting, kind: Int32, in graph: UnsafeMutablePointer<Agraph_t>) {
        guard case .text(let text) = setting.value else { return }
        setting.attribute.rawValue.withCString { name in
            text.withCString { value in
                _ = agattr(graph, kind, UnsafeMutablePointer(mutating: name), UnsafeMutablePointer(mutating: value))
            }
        }
    }
}

/// The function Graphviz calls with each fragment of a log message (lock held: it only runs
/// inside Graphviz calls made by `GraphvizEngine`).
private let graphvizLogCallback: agusererrf = { fragment in
    if let fragment { GraphvizLog.shared.receive(String(cString: fragment)) }
    return 0
}
