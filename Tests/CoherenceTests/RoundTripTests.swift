import Foundation
import Testing
@testable import Coherence

@Suite("Writing models")
struct RoundTripTests {
    @Test("load → save → load gives an equal network (the bundled example)")
    func exampleRoundTrip() throws {
        let network = try BundledExample.network()
        let written = ModelWriter.yaml(network)
        let again = try readModel(written, file: "written.yaml")
        #expect(again == network)
        #expect(ModelWriter.yaml(again) == written, "writing is deterministic")
    }

    @Test("load → save → load keeps annotations, scopes, assumed tags, custom scales and hostile text")
    func annotationsRoundTrip() throws {
        let model = """
        coherence: 1
        name: "Quotes \\" and \\\\N and <script>"
        language: nl
        scale: {min: -2, max: 2, step: 1, labels: {helpt: 1}}
        objectives: [{id: kern, label: "Levendige kern: \\"ja\\""}]
        domains: [{id: d, label: D, owns: [kern, SDG3]}]
        groups: [{id: night, label: Nachtwerkers, factors: [socio-economic-status]}, {id: homeless, label: Daklozen}]
        stakeholders: [{id: s, label: S, kind: citizens, represents: [night]}]
        actions:
          - id: a
            label: "Actie\\nmet regel"
            domain: d
            scope: elsewhere
            plan: ["BD1", "AP1.1"]
            targets: {"3.9": {score: 2, confidence: low, rationale: "r", source: "s", scope: here}, kern: helpt, "1.2": {score: 1, assumed: true}}
            groups: {night: -2}
          - id: b
            label: B
            domain: d
            targets: ["4.1"]
            mitigates: [{action: a, group: night}]
        interactions:
          - {from: kern, to: "3.9", score: -1, expert: anna, rationale: "=HYPERLINK()"}
          - {from: kern, to: "3.9", score: 2}
        """
        let network = try readModel(model)
        let again = try readModel(ModelWriter.yaml(network))
        #expect(again == network)
        #expect(again.node("homeless")?.fromCatalogue == false)
        #expect(again.name == "Quotes \" and \\N and <script>")
    }
}
