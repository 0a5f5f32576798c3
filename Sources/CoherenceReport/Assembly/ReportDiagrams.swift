import Coherence
import CoherenceRender

/// The diagrams of the report that come from other parts of CoherenceRender, in one place.
enum ReportDiagrams {
    /// The domain-to-domain spillover diagram, when the spillover diagrams are available.
    static func domains(_ report: SpilloverReport, network: PolicyNetwork) -> Diagram? {
        nil
    }
}
