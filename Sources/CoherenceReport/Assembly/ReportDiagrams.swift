import Coherence
import CoherenceRender

/// The diagrams of the report that come from other parts of CoherenceRender, in one place.
enum ReportDiagrams {
    /// The domain-to-domain spillover diagram (circo, aggregated flows; unmanaged trade-offs marked).
    static func domains(_ report: SpilloverReport, network: PolicyNetwork) -> Diagram? {
        guard report.ownershipDeclared, !report.flows.isEmpty else { return nil }
        return SpilloverDiagrams.domains(report, network: network)
    }

    /// The layout engine that suits the domain diagram.
    static var domainsEngine: LayoutEngine { SpilloverDiagrams.domainsEngine }
}
