import ArgumentParser
import Coherence
import CoherenceRender
import Foundation

/// `coherence render`: draws a diagram of the model through Graphviz (in process).
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw a diagram of the model: the interaction network, one node's neighbourhood, actions per domain, MICMAC, clusters, LNOB, coverage.",
        discussion: """
            Diagrams (--diagram):
              network   the interaction network; targets in their goal's colour, green solid synergies, red dashed \
            trade-offs, width by strength (on more than 40 nodes links with |score| < 2 are hidden unless --min-score says otherwise)
              ego       one goal, target, objective or action (--node) with what affects it and what it affects, \
            first and second order (--min-score: threshold of the second order, default 2)
              radial    one goal, target or objective (--node) in the middle, everything it interacts with around it
              actions   the domains with their actions and the targets they contribute to; contributions to another \
            domain's targets stand out (--domain: one domain only)
              micmac    the influence–dependence plane with its four quadrants
              clusters  the network coloured by cluster of mutually reinforcing goals (--seed)
              lnob      Leave No One Behind: groups and the actions that help or burden them
              coverage  the 17 goals, tinted by how much of each the plan covers
              domains   the policy domains and the spillovers between them
              spillover one spillover finding (--finding ID, as listed by `coherence spillovers`) or all \
            spillovers of one action (--from ACTION)
            When the model holds nothing to draw for a diagram (no interactions for network, micmac or \
            clusters; no links around --node for ego and radial; no SDG tags for actions; no group named \
            for lnob; no ownership or no spillovers for domains), no file is written: a message says \
            why and what to add to the model, and the exit status is 2.
            The format follows the extension of -o (svg, png, pdf, dot, json) unless --format is given; \
            without -o, or with -o -, the diagram goes to standard output. Titles and legends are in the \
            model's language unless --lang says otherwise. Files are written atomically.

            Examples:
              coherence render Models/example.yaml --diagram network -o netwerk.svg
              coherence render --diagram ego --node 11.6 -o ego-11.6.png
              coherence render --diagram radial --node 7.2 --lang en -o radial.pdf
              coherence render --diagram actions --domain mobiliteit -o mobiliteit.png
              coherence render --diagram micmac --format svg -o -
            """
    )

    /// The diagram kinds.
    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case network, ego, radial, actions, micmac, clusters, lnob, coverage, domains, spillover
    }

    @OptionGroup var input: ModelInput

    @Option(help: "The diagram: \(Kind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var diagram: Kind

    @Option(help: "For ego and radial: the id of the goal, target, objective (or, for ego, action) in the middle.")
    var node: String?

    @Option(help: "For actions: only this domain (its id).")
    var domain: String?

    @Option(help: "For spillover: the id of one finding (see `coherence spillovers`).")
    var finding: String?

    @Option(help: "For spillover: draw every spillover of this action (its id).")
    var from: String?

    @Option(name: .customLong("min-score"), help: "Hide links with |score| below this (network, clusters; for ego: the second order).")
    var minScore: Double?

    @Option(help: "For clusters: the seed of community detection (the same seed gives the same clusters).")
    var seed: UInt64 = 1

    @Option(help: "Output format: svg, png, pdf, dot or json (default: from the -o extension, else svg).")
    var format: RenderFormat?

    @Option(help: "Layout engine: dot, neato, fdp, sfdp, circo or twopi (default: the best for the diagram).")
    var engine: LayoutEngine?

    @Option(name: .customLong("lang"), help: "Language of titles and legends: nl or en (default: the model's).")
    var language: InteractionLanguage?

    @Option(name: .shortAndLong, help: "Write to this file (written atomically); - or nothing for standard output.")
    var output: String?

    func validate() throws {
        if let minScore, !(minScore >= 0 && minScore.isFinite) { throw ValidationError("--min-score must be a number ≥ 0.") }
        if [.ego, .radial].contains(diagram), node == nil {
            throw ValidationError("--diagram \(diagram.rawValue) needs --node ID (a goal, target or objective\(diagram == .ego ? " or action" : "")).")
        }
        if diagram == .spillover, (finding == nil) == (from == nil) {
            throw ValidationError("--diagram spillover needs either --finding ID or --from ACTION.")
        }
    }

    func run() throws {
        let network = try input.load()
        let lang = language?.language
        let built: (Diagram, LayoutEngine)
        var ownershipDeclared = true
        switch diagram {
        case .network:
            built = (NetworkDiagram.make(network, options: NetworkDiagramOptions(minScore: minScore, language: lang)), NetworkDiagram.defaultEngine)
        case .ego:
            let centre = try resolve(node ?? "", in: network, kinds: [.goal, .target, .objective, .action], option: "--node")
            built = (EgoDiagram.make(network, centre: centre, options: EgoDiagramOptions(secondOrderMinScore: minScore, language: lang)),
                     EgoDiagram.defaultEngine)
        case .radial:
            let centre = try resolve(node ?? "", in: network, kinds: [.goal, .target, .objective], option: "--node")
            built = (RadialDiagram.make(network, centre: centre, language: lang), RadialDiagram.defaultEngine)
        case .actions:
            let only = try domain.map { try resolve($0, in: network, kinds: [.domain], option: "--domain") }
            built = (ActionsDiagram.make(network, domain: only, language: lang), ActionsDiagram.defaultEngine)
        case .micmac:
            built = (MICMACDiagram.make(micmac(in: network), network: network, language: lang), MICMACDiagram.defaultEngine)
        case .clusters:
            let report = communities(in: network, options: CommunityOptions(seed: seed))
            built = (ClustersDiagram.make(report, network: network, minScore: minScore, language: lang), ClustersDiagram.defaultEngine)
        case .lnob:
            built = (LNOBDiagrams.lnob(lnobAnalysis(in: network, options: LNOBOptions(language: lang)), network: network), .dot)
        case .coverage:
            built = (CoverageDiagram.make(coverageAnalysis(in: network, language: lang), network: network), .dot)
        case .domains:
            let report = try spilloverReport(network, language: lang)
            ownershipDeclared = report.ownershipDeclared
            built = (SpilloverDiagrams.domains(report, network: network), SpilloverDiagrams.domainsEngine)
        case .spillover:
            built = (try spilloverDiagram(network, language: lang), .dot)
        }
        if let kind = EmptyDiagram.Kind(rawValue: diagram.rawValue),
           let empty = EmptyDiagram.check(built.0, kind: kind, network: network, minScore: minScore,
                                          ownershipDeclared: ownershipDeclared, language: lang) {
            // A legend without a picture reads like a finding: say why instead, and write nothing.
            CLI.printError("error: " + (((lang ?? network.language) == .nl) ? "niets te tekenen" : "nothing to draw")
                           + " (--diagram \(diagram.rawValue)): \(empty.description)")
            throw ExitCode(CLI.badInputStatus)
        }
        let chosenFormat = format ?? Self.format(forPath: output)
        do {
            let rendered = try Renderer().render(built.0, format: chosenFormat, engine: engine ?? built.1)
            for note in rendered.diagnostics { CLI.printError("note: \(note)") }
            try CLI.emit(rendered.data, to: output)
        } catch let error as RenderError {
            CLI.printError("error: \(error.description)")
            throw ExitCode(1)
        }
    }

    /// The spillover report; an analysis error is printed and becomes exit status 2.
    func spilloverReport(_ network: PolicyNetwork, language: Language?) throws -> SpilloverReport {
        do {
            return try spillovers(in: network, options: SpilloverOptions(language: language))
        } catch {
            CLI.printError("error: \(error.description)")
            throw ExitCode(CLI.badInputStatus)
        }
    }

    /// One finding (--finding) or every finding of one action (--from); unknown ids exit with status 2.
    func spilloverDiagram(_ network: PolicyNetwork, language: Language?) throws -> Diagram {
        let report = try spilloverReport(network, language: language)
        if let finding {
            if let found = report.findings.first(where: { $0.id == finding }) {
                return SpilloverDiagrams.spillover(found, network: network, language: language)
            }
            let close = Self.closest(to: finding, in: report.findings.map(\.id))
            CLI.printError("error: --finding \(finding): no such spillover finding." + (close.isEmpty ? "" : " Did you mean \(close.joined(separator: ", "))?"))
            throw ExitCode(CLI.badInputStatus)
        }
        let action = try resolve(from ?? "", in: network, kinds: [.action], option: "--from")
        let id = network.nodes[action].id
        guard let diagram = SpilloverDiagrams.spillovers(from: id, report: report, network: network) else {
            CLI.printError("error: --from \(id): this action has no spillovers.")
            throw ExitCode(CLI.badInputStatus)
        }
        return diagram
    }

    /// The format for an output path: its extension when it names a format, else SVG.
    static func format(forPath path: String?) -> RenderFormat {
        guard let path, path != "-" else { return .svg }
        return RenderFormat(rawValue: URL(fileURLWithPath: path).pathExtension.lowercased()) ?? .svg
    }

    /// The index of a node of one of `kinds`; otherwise prints the problem with the closest ids
    /// and exits with status 2.
    func resolve(_ id: String, in network: PolicyNetwork, kinds: Set<NodeKind>, option: String) throws -> Int {
        if let index = network.index(of: id), kinds.contains(network.nodes[index].kind) { return index }
        let candidates = network.nodes.filter { kinds.contains($0.kind) }.map(\.id)
        var message = "error: \(option) \(id): "
        if let index = network.index(of: id) {
            message += "\(id) is \(Self.article(network.nodes[index].kind.rawValue)) \(network.nodes[index].kind.rawValue); expected one of: \(kinds.map(\.rawValue).sorted().joined(separator: ", "))."
        } else {
            message += "no such node in the model."
        }
        let close = Self.closest(to: id, in: candidates)
        if !close.isEmpty { message += " Did you mean \(close.joined(separator: ", "))?" }
        CLI.printError(message)
        throw ExitCode(CLI.badInputStatus)
    }

    /// "an" before a vowel, "a" otherwise.
    static func article(_ word: String) -> String { "aeiou".contains(word.first ?? "x") ? "an" : "a" }

    /// Up to three candidates closest to `text` by edit distance (case-insensitive), within a third of its length.
    static func closest(to text: String, in candidates: [String]) -> [String] {
        let query = Array(text.lowercased())
        func distance(_ other: String) -> Int {
            let b = Array(other.lowercased())
            var previous = Array(0...b.count)
            for (i, ca) in query.enumerated() {
                var current = [i + 1]
                for (j, cb) in b.enumerated() {
                    current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (ca == cb ? 0 : 1)))
                }
                previous = current
            }
            return previous[b.count]
        }
        let limit = max(2, query.count / 3)
        let scored: [(id: String, distance: Int)] = candidates.map { (id: $0, distance: distance($0)) }
        let near = scored.filter { $0.distance <= limit }
        let sorted = near.sorted { $0.distance != $1.distance ? $0.distance < $1.distance : $0.id < $1.id }
        return sorted.prefix(3).map(\.id)
    }
}

extension RenderFormat: ExpressibleByArgument {}
extension LayoutEngine: ExpressibleByArgument {}
