import Coherence
import CoherenceRender
import Foundation

/// Builds the report of a model: the analyses, the diagrams, the HTML page, the Markdown file and
/// `results.json`, as a list of files to write into the report folder.
public struct ReportBuilder: Sendable {
    /// The network to report on.
    public let network: PolicyNetwork
    /// The language of the report (defaults to the model's).
    public let language: Language
    /// Where the results come from.
    public let provenance: Provenance
    /// The comparison with an earlier version (or the plan a what-if varies), for the section
    /// "Wat is er veranderd" near the top; `nil` for a report without one.
    public let changes: ReportComparison?

    /// Creates a builder.
    ///
    /// - Parameters:
    ///   - network: The network to report on.
    ///   - language: The report's language (default: the model's).
    ///   - provenance: Where the results come from.
    ///   - changes: A comparison with an earlier version, for the section "Wat is er veranderd".
    public init(network: PolicyNetwork, language: Language? = nil, provenance: Provenance, changes: ReportComparison? = nil) {
        self.network = network
        self.language = language ?? network.language
        self.provenance = provenance
        self.changes = changes
    }

    /// The report's files: `index.html`, `report.md`, `results.json`, and an SVG and a PNG per diagram.
    ///
    /// - Throws: a rendering error when Graphviz fails on a diagram.
    public func files() throws -> [(path: String, data: Data)] {
        let analyses = ReportAnalyses(network, language: language)
        let document = try document(analyses)
        var files: [(String, Data)] = []
        files.append(("index.html", Data(HTMLRenderer.render(document).utf8)))
        files.append(("report.md", Data(MarkdownRenderer.render(document).utf8)))
        for section in document.sections {
            for case .figure(let figure) in section.blocks {
                files.append(("\(figure.name).svg", Data(figure.svg.utf8)))
                files.append(("\(figure.name).png", Data(figure.png)))
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        struct Results: Encodable { let provenance: Provenance; let results: ReportAnalyses }
        files.append(("results.json", try encoder.encode(Results(provenance: provenance, results: analyses))))
        if let changes {
            struct Changes: Encodable { let provenance: Provenance; let result: Comparison }
            files.append(("comparison.json", try encoder.encode(Changes(provenance: provenance, result: changes.comparison))))
        }
        return files
    }

    /// The report as a document (no files written).
    public func document(_ analyses: ReportAnalyses) throws -> ReportDocument {
        let w = ReportWording(language: language)
        var sections: [ReportSection] = []
        let changeSection = changes.map { ChangeSection(changes: $0, after: network, language: language, renderer: FigureRenderer()) }
        if let changeSection { sections.append(try changeSection.section()) }
        var sectionBuilder = ReportSections(network: network, analyses: analyses, wording: w, renderer: FigureRenderer())
        sections.append(try sectionBuilder.spilloverSection())
        sections.append(try sectionBuilder.lnobSection())
        sections.append(sectionBuilder.balanceSection())
        sections.append(try sectionBuilder.coverageSection())
        if let interactions = try sectionBuilder.interactionSection() { sections.append(interactions) }
        sections.append(sectionBuilder.participationSection())
        sections.append(sectionBuilder.methodSection())
        let findings = (changeSection.map { [$0.keyFinding] } ?? []) + KeyFindings(network: network, analyses: analyses, wording: w).all
        let date = ISO8601DateFormatter.string(from: Date(), timeZone: .current, formatOptions: [.withFullDate])
        let note = w.t("Gemaakt met coherence \(provenance.toolVersion), SDG-catalogus \(provenance.catalogueVersion), invoer \(provenance.inputs.joined(separator: ", ")) (SHA-256 \(provenance.inputHash.prefix(16))…), \(date).",
                       "Made with coherence \(provenance.toolVersion), SDG catalogue \(provenance.catalogueVersion), input \(provenance.inputs.joined(separator: ", ")) (SHA-256 \(provenance.inputHash.prefix(16))…), \(date).")
        return ReportDocument(title: "\(w.reportTitle): \(network.name)",
                              subtitle: w.t("Spillovers tussen beleidsdomeinen, niemand achterlaten, evenwicht en dekking van de SDG's",
                                            "Spillovers between policy domains, leaving no one behind, balance and SDG coverage"),
                              language: language.rawValue, keyFindings: findings, sections: sections, provenanceNote: note)
    }
}

/// Renders diagrams to SVG and PNG for the report.
struct FigureRenderer: Sendable {
    let renderer = Renderer()

    func figure(_ diagram: Diagram, name: String, caption: String, table: ReportTable?, engine: LayoutEngine = .dot) throws -> ReportFigure {
        let svg = try renderer.render(diagram, format: .svg, engine: engine)
        let png = try renderer.render(diagram, format: .png, engine: engine)
        return ReportFigure(name: name, caption: caption, altText: diagram.altText.isEmpty ? caption : diagram.altText,
                            svg: String(decoding: svg.data, as: UTF8.self), png: [UInt8](png.data), table: table)
    }
}
