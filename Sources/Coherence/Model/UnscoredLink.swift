/// A link that an input says exists but does not quantify: a matrix cell holding an unscored
/// code such as `-100`, or an inline interaction written `unscored: true`.
///
/// Unscored links are kept beside the network's edges, never as edges: no analysis adds them to a
/// sum, a mean or a count of scored cells, and they never become 0 or any other score. Commands
/// report how many there are (`validate`, `info`) and that they were left out (`interactions`).
public struct UnscoredLink: Sendable, Hashable, Codable {
    /// The expert who marked the link (a matrix file's name, a long table's expert, or the
    /// `expert:` of an inline interaction, ``InteractionJudgement/inlineExpert`` when none).
    public let expert: String
    /// The id of the influencing goal, target or objective (canonical).
    public let from: String
    /// The id of the influenced one (canonical).
    public let to: String
    /// Rationale, source and the like, when the input gives them.
    public let annotation: EdgeAnnotation

    /// Creates an unscored link.
    ///
    /// - Complexity: O(1).
    public init(expert: String, from: String, to: String, annotation: EdgeAnnotation = .none) {
        self.expert = expert
        self.from = from
        self.to = to
        self.annotation = annotation
    }
}

extension PolicyNetworkBuilder {
    /// Builds the network with unscored links beside it: checks each link, reports its problems
    /// with the builder's own, then builds and attaches the valid links to
    /// ``PolicyNetwork/unscoredLinks``.
    ///
    /// A link is refused when an id is not a goal, a target or a declared objective (with a
    /// did-you-mean), when it links a node with itself, when the same expert marks the same cell
    /// twice, or when that expert also scored the cell.
    ///
    /// - Parameter inputs: the links with where each was read.
    /// - Returns: the network; its unscored links sorted by expert, then source and target ids.
    /// - Throws: ``InputError`` with every problem, the builder's included; or when the model with
    ///   its unscored links is larger than ``NetworkLimits/current``.
    /// - Complexity: O((n + m + u) log(n + m + u)) for u unscored links.
    public func build(unscored inputs: [(link: UnscoredLink, location: SourceLocation?)]) throws(InputError) -> PolicyNetwork {
        guard !inputs.isEmpty else { return try build() }
        try checkLimits(extraLinks: inputs.count)
        var builder = self
        var log = DiagnosticLog()
        let objectives = Set(declarations.lazy.filter { $0.kind == .objective }.map(\.id))
        func resolve(_ text: String, _ location: SourceLocation?, report: Bool) -> String? {
            switch catalogue.lookup(text) {
            case .goal(let goal): return goal.id
            case .target(let target): return target.id
            case .unknownSDG:
                if report {
                    log.error(location, "`\(text)` in an unscored link is not an SDG goal or target", found: "`\(text)`",
                              suggestion: Suggestions.didYouMean(catalogue.suggestions(for: text)))
                }
                return nil
            case .notAnSDGID:
                if objectives.contains(text) { return text }
                if report {
                    log.error(location, "unknown id `\(text)` in an unscored link",
                              expected: "a goal (SDG11), a target (11.6) or an objective declared under `objectives:`",
                              found: "`\(text)`",
                              suggestion: Suggestions.didYouMean(Suggestions.closest(to: text, in: objectives))
                                  ?? "Declare it under `objectives:` if it is a custom objective.")
                }
                return nil
            }
        }
        var scored = Set<String>()
        for (judgement, _) in judgementInputs {
            if let from = resolve(judgement.from, nil, report: false), let to = resolve(judgement.to, nil, report: false) {
                scored.insert("\(judgement.expert)\u{1F}\(from)\u{1F}\(to)")
            }
        }
        var seen: [String: SourceLocation?] = [:]
        var links: [UnscoredLink] = []
        for (link, location) in inputs {
            let from = resolve(link.from, location, report: true), to = resolve(link.to, location, report: true)
            guard let from, let to else { continue }
            if from == to {
                log.error(location, "an unscored link of `\(from)` with itself: a node does not interact with itself",
                          suggestion: "Leave the diagonal of a matrix blank.")
                continue
            }
            let key = "\(link.expert)\u{1F}\(from)\u{1F}\(to)"
            if scored.contains(key) {
                log.error(location, "expert `\(link.expert)` both scored the interaction \(from) → \(to) and marked it as not quantified",
                          suggestion: "Keep either the score or the unscored mark.")
                continue
            }
            if let first = seen[key] {
                log.error(location, "expert `\(link.expert)` marked the interaction \(from) → \(to) as not quantified twice"
                          + (first.map { " (first at \($0))" } ?? ""))
                continue
            }
            seen[key] = location
            links.append(UnscoredLink(expert: link.expert, from: from, to: to, annotation: link.annotation))
        }
        builder.report(contentsOf: log.diagnostics)
        var network = try builder.build()
        links.sort {
            if $0.expert != $1.expert { return $0.expert < $1.expert }
            if $0.from != $1.from { return IDOrder.precedes($0.from, $1.from) }
            return IDOrder.precedes($0.to, $1.to)
        }
        network.unscoredLinks = links
        return network
    }
}
