/// The largest model a network is built from: node and edge counts checked before the build.
///
/// The defaults are generous enough for a whole region — the benchmarks load 1,000,000
/// contributions of 250,000 actions — and still stop a runaway input (a square matrix of tens of
/// thousands of custom objectives, a generated plan of a billion rows) before it takes the
/// machine's memory. ``PolicyNetworkBuilder/build()`` checks ``current``; the command-line tool
/// sets it from `--max-nodes` and `--max-edges`:
///
/// ```swift
/// let limits = NetworkLimits(maxNodes: 5_000_000, maxEdges: 50_000_000)
/// let network = try NetworkLimits.$current.withValue(limits) { try ModelReader().read(contentsOf: url) }
/// ```
///
/// What counts, as the input gives it: **nodes** are the declared objectives (a matrix's custom
/// ids included), domains, actions, groups and stakeholders (the catalogue's goals, targets and
/// default groups, at most 196, are not counted); **edges** are the links the input gives —
/// ownerships, contributions, effects on groups, involvements, representations, mitigations and
/// every expert's interaction score, each counted once, plus unscored links.
public struct NetworkLimits: Sendable, Hashable, Codable {
    /// The most declared nodes (default 2,000,000).
    public var maxNodes: Int
    /// The most links (default 20,000,000).
    public var maxEdges: Int

    /// The default node limit.
    public static let defaultMaxNodes = 2_000_000
    /// The default edge limit.
    public static let defaultMaxEdges = 20_000_000

    /// Creates limits; the defaults are ``defaultMaxNodes`` and ``defaultMaxEdges``.
    ///
    /// - Complexity: O(1).
    public init(maxNodes: Int = NetworkLimits.defaultMaxNodes, maxEdges: Int = NetworkLimits.defaultMaxEdges) {
        self.maxNodes = maxNodes
        self.maxEdges = maxEdges
    }

    /// The default limits.
    public static let standard = NetworkLimits()

    /// The limits that networks built in this task (and its child tasks) are checked against;
    /// bind others with `NetworkLimits.$current.withValue(_:operation:)`.
    @TaskLocal public static var current: NetworkLimits = .standard

    /// Checks node and edge counts against the limits.
    ///
    /// - Parameters:
    ///   - nodes: the number of declared nodes.
    ///   - edges: the number of links.
    ///   - location: the input the counts come from (its file), for the message.
    ///   - what: how the message names the input (`the model`, `the generated model`).
    /// - Throws: ``InputError`` naming each limit that is exceeded, its count, and the option
    ///   (`--max-nodes`, `--max-edges`) and property that raise it.
    /// - Complexity: O(1).
    public func check(nodes: Int, edges: Int, at location: SourceLocation? = nil, what: String = "the model") throws(InputError) {
        let problems = diagnostics(nodes: nodes, edges: edges, at: location, what: what)
        if !problems.isEmpty { throw InputError(problems) }
    }

    /// The errors for counts over the limits (empty when both fit); see ``check(nodes:edges:at:what:)``.
    ///
    /// - Complexity: O(1).
    public func diagnostics(nodes: Int, edges: Int, at location: SourceLocation? = nil, what: String = "the model") -> [Diagnostic] {
        var problems: [Diagnostic] = []
        if nodes > maxNodes {
            problems.append(Diagnostic(
                at: location, "\(what) has \(Self.grouped(nodes)) nodes, more than the limit of \(Self.grouped(maxNodes))",
                expected: "at most \(Self.grouped(maxNodes)) declared objectives, domains, actions, groups and stakeholders",
                found: Self.grouped(nodes),
                suggestion: "Raise the limit with `--max-nodes \(Self.suggested(nodes))` (NetworkLimits.maxNodes) if the machine has the memory, or split the model."))
        }
        if edges > maxEdges {
            problems.append(Diagnostic(
                at: location, "\(what) has \(Self.grouped(edges)) links, more than the limit of \(Self.grouped(maxEdges))",
                expected: "at most \(Self.grouped(maxEdges)) ownerships, contributions, effects, involvements, mitigations and interaction scores",
                found: Self.grouped(edges),
                suggestion: "Raise the limit with `--max-edges \(Self.suggested(edges))` (NetworkLimits.maxEdges) if the machine has the memory, or split the model."))
        }
        return problems
    }

    /// A count with thousands separators: `2,000,001`.
    static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// A round value at least `n` to suggest for a raised limit: the next multiple of a power of ten.
    static func suggested(_ n: Int) -> Int {
        var unit = 1
        while unit * 10 <= n { unit *= 10 }
        return (n / unit + 1) * unit
    }
}

extension PolicyNetworkBuilder {
    /// The number of declared nodes (objectives, domains, actions, groups, stakeholders) this
    /// builder holds; catalogue goals, targets and default groups are not counted.
    ///
    /// - Complexity: O(1).
    public var declaredNodeCount: Int { declarations.count }

    /// The number of links this builder holds: every edge declared and every expert's interaction score.
    ///
    /// - Complexity: O(1).
    public var declaredLinkCount: Int { references.count + judgementInputs.count }

    /// The file the declarations come from, for messages about the model as a whole.
    var inputFile: SourceLocation? {
        let file = declarations.first?.location?.file ?? references.first?.location?.file
            ?? judgementInputs.first?.location?.file
        return file.map { SourceLocation(file: $0) }
    }

    /// Checks the builder's counts against ``NetworkLimits/current`` before the network is built.
    ///
    /// - Parameter extraLinks: links kept beside the builder (unscored links).
    /// - Throws: ``InputError`` naming the limit and the option that raises it.
    /// - Complexity: O(1).
    func checkLimits(extraLinks: Int = 0) throws(InputError) {
        try NetworkLimits.current.check(nodes: declaredNodeCount, edges: declaredLinkCount + extraLinks, at: inputFile)
    }
}
