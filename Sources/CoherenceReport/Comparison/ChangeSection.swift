import Coherence
import CoherenceRender

/// What a report's "What changed" section compares: the earlier version, the comparison with the
/// version the report is about, and — for a what-if — the variant's name.
public struct ReportComparison: Sendable {
    /// The earlier version (or the plan as it is, for a what-if).
    public let before: PolicyNetwork
    /// The comparison of ``before`` with the network the report is about.
    public let comparison: Comparison
    /// The what-if's name (`zonder ‘X’`), when the report is about a variant of ``before``.
    public let whatIf: LocalizedText?

    /// Compares two versions for a report.
    ///
    /// - Parameters:
    ///   - before: The earlier version.
    ///   - after: The version the report is about.
    ///   - whatIf: The what-if's name, when `after` is a variant of `before`.
    ///   - options: The comparison's parameters.
    /// - Complexity: see ``Coherence/compare(_:_:options:)``.
    public init(before: PolicyNetwork, after: PolicyNetwork, whatIf: LocalizedText? = nil, options: ComparisonOptions = .init()) {
        self.before = before
        self.comparison = compare(before, after, options: options)
        self.whatIf = whatIf
    }
}

/// The report's "Wat is er veranderd" / "What changed" section and its key finding.
///
/// Self-contained (one section, one key finding, one figure), so that a later layout of the report
/// can move it as a whole. Every word comes from ``ComparisonVocabulary`` and the comparison's own
/// sentences.
struct ChangeSection {
    /// The section's id, for links.
    static let id = "changes"
    /// The most sentences listed per part; the rest are in `comparison.json`.
    static let limit = 10

    let changes: ReportComparison
    let after: PolicyNetwork
    let language: Language
    let renderer: FigureRenderer

    var l: Localizer { Localizer(language) }
    var c: Comparison { changes.comparison }

    /// The key finding that counts new and resolved trade-offs (and groups and gaps).
    var keyFinding: KeyFinding {
        let s = c.spillovers.counts
        let severity: KeyFinding.Severity = s.newTradeOffs > s.resolvedTradeOffs || s.newlyUnmanaged > 0 ? .alert : .notice
        return KeyFinding(severity, headline: l(ComparisonVocabulary.keyFindingHeadline(c, whatIf: changes.whatIf != nil)),
                          text: l(ComparisonVocabulary.keyFindingText(c)), sectionID: Self.id)
    }

    /// The section: an introduction, the summary, the difference diagram with its table, then
    /// each part's changes (at most ``limit`` each).
    func section() throws -> ReportSection {
        var blocks: [ReportBlock] = [.paragraph(l(ComparisonVocabulary.sectionIntro(c, whatIf: changes.whatIf)))]
        blocks.append(.list(c.summary.map { l($0) }))
        if let diagram = SpilloverDiagrams.changes(c, before: changes.before, after: after, language: language, whatIf: changes.whatIf) {
            let rows = c.spillovers.changes.map { change -> [String] in
                [l(ComparisonVocabulary.kind(change.kind, effect: change.effect)),
                 change.path.joined(separator: " → "),
                 l(ComparisonVocabulary.state(effect: change.effectBefore, strength: change.strengthBefore, management: change.managementBefore)),
                 l(ComparisonVocabulary.state(effect: change.effectAfter, strength: change.strengthAfter, management: change.managementAfter))]
            }
            let table = ReportTable(caption: l(ComparisonVocabulary.tableCaption), header: ComparisonVocabulary.tableHeader.map { l($0) }, rows: rows)
            blocks.append(.figure(try renderer.figure(diagram, name: "changes", caption: l(ComparisonVocabulary.diagramCaption),
                                                      table: table, engine: SpilloverDiagrams.domainsEngine)))
        }
        var shortened = false
        for part in ComparisonPart.allCases where part != .summary {
            let sentences = c.sentences(part)
            let note = c.note(part)
            if sentences.isEmpty && (note == nil || part == .ranking && c.influence == nil) { continue }
            blocks.append(.subheading(l(part.heading)))
            if let note { blocks.append(.paragraph(l(note))) }
            if !sentences.isEmpty {
                var items = sentences.prefix(Self.limit).map { l($0) }
                if sentences.count > Self.limit {
                    items.append(l(ComparisonVocabulary.more(sentences.count - Self.limit)))
                    shortened = true
                }
                blocks.append(.list(items))
            }
        }
        if shortened { blocks.append(.paragraph(l(ComparisonVocabulary.fullList("comparison.json")))) }
        return ReportSection(id: Self.id, heading: l(ComparisonVocabulary.sectionHeading), blocks: blocks)
    }
}
