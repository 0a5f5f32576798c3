import Foundation
import Testing
@testable import Coherence

/// The bundled example's model text, and a reader for an edited copy of it (its matrices read
/// from `Models/`).
private let exampleText = BundledExample.modelText

private func readEdited(_ text: String) throws -> PolicyNetwork {
    try ModelReader().read(data: Data(text.utf8), file: "edited.yaml", format: .yaml) { path throws(InputError) in
        guard let content = BundledExample.files[path] else { throw InputError(at: SourceLocation(file: path), "no such file") }
        return (Data(content.utf8), path)
    }
}

/// The example with text inserted at the end of its `actions:` list.
private func appendingActions(_ yaml: String, domains: String = "") -> String {
    var text = exampleText.replacingOccurrences(of: "\n# --- Interacties", with: "\n" + yaml + "\n# --- Interacties")
    if !domains.isEmpty {
        text = text.replacingOccurrences(of: "\n# --- Groepen (Leave No One Behind)", with: "\n" + domains + "\n# --- Groepen (Leave No One Behind)")
    }
    return text
}

@Suite("What-if variants")
struct VariantTests {
    @Test("replaying a network into a builder builds an equal network (example, plan, unscored links)")
    func replay() throws {
        for network in [try BundledExample.network(), try BundledExample.network(.revised2027)] {
            let again = try PolicyNetworkBuilder(replaying: network).build()
            #expect(again == network)
        }
        let plan = try ActionPlanReader.read(contentsOf: repositoryRoot.appendingPathComponent("Models/plans/actieplan-voorbeeld.csv"),
                                             ownership: repositoryRoot.appendingPathComponent("Models/plans/eigenaarschap.csv"))
        #expect(try PolicyNetworkBuilder(replaying: plan).build() == plan)
        let unscored = try readModel("""
        coherence: 1
        name: Unscored
        interactions:
          - {from: "1.2", to: "1.4", score: 2}
          - {from: "1.4", to: "3.4", unscored: true}
        """)
        let builder = PolicyNetworkBuilder(replaying: unscored)
        #expect(try builder.build(unscored: builder.replayedUnscoredLinks.map { ($0, nil) }) == unscored)
        #expect(try unscored.variant() == unscored)
    }

    @Test("--without gives the same network and results as an edited copy of the file")
    func withoutEqualsEditedCopy() throws {
        let example = try BundledExample.network()
        let variant = try example.variant(without: ["bedrijventerrein", "kouterveld"])
        // The edited copy: both action blocks deleted, and groenbuffer's mitigation of the business
        // park's trade-off with them (a model cannot offset an action it does not have).
        var edited = exampleText
        for id in ["bedrijventerrein", "kouterveld"] {
            let start = try #require(edited.range(of: "  - id: \(id)\n"))
            let end = try #require(edited.range(of: "\n\n", range: start.upperBound..<edited.endIndex))
            edited.removeSubrange(start.lowerBound..<end.upperBound)
        }
        edited = edited.replacingOccurrences(of: "    mitigates:\n      - {action: bedrijventerrein, target: \"15.1\"}\n", with: "")
        let copy = try readEdited(edited)
        #expect(variant == copy)
        #expect(variant.node("bedrijventerrein") == nil && variant.edges(of: .mitigation).count == example.edges(of: .mitigation).count - 1)
        #expect(compare(example, variant) == compare(example, copy))
        #expect(try spillovers(in: variant) == (try spillovers(in: copy)))
    }

    @Test("--with a model-form file gives the same network and results as the actions appended to the file")
    func withModelFormEqualsEditedCopy() throws {
        let example = try BundledExample.network()
        let additions = """
        domains:
          - {id: toerisme, label: Toerisme, owns: ["8.9"]}
        actions:
          - id: buurtbus
            label: Buurtbus naar de deelgemeenten
            domain: Mobiliteit
            budget: 420000
            targets: {"11.2": 2, "13.2": {score: -1, confidence: medium}}
            groups: {nachtwerkers: 2}
            mitigates: [{action: busnet, group: nachtwerkers}]
            stakeholders: [seniorenraad]
          - {id: fietsverhuur, label: Fietsverhuur aan het station, domain: toerisme, targets: {"8.9": 1, "11.6": 1}}
        """
        let read = try ActionAdditions.read(data: Data(additions.utf8), file: "extra.yaml", for: example)
        #expect(read.actionIDs == ["buurtbus", "fietsverhuur"])
        let variant = try example.variant(adding: read)
        // The domain is named by its label (`Mobiliteit`): it is the model's `mobiliteit`.
        let copy = try readEdited(appendingActions("""
          - id: buurtbus
            label: Buurtbus naar de deelgemeenten
            domain: mobiliteit
            budget: 420000
            targets: {"11.2": 2, "13.2": {score: -1, confidence: medium}}
            groups: {nachtwerkers: 2}
            mitigates: [{action: busnet, group: nachtwerkers}]
            stakeholders: [seniorenraad]
          - {id: fietsverhuur, label: Fietsverhuur aan het station, domain: toerisme, targets: {"8.9": 1, "11.6": 1}}

        """, domains: "  - {id: toerisme, label: Toerisme, owns: [\"8.9\"]}\n"))
        #expect(variant == copy)
        #expect(compare(example, variant) == compare(example, copy))
        // A domain the model does not have is added, with a warning that names it.
        #expect(variant.warnings.contains { $0.message.contains("new domain `toerisme`") && $0.location?.file == "extra.yaml" })
        // Replacing an action: --without and --with the same id (a re-budgeted version of it).
        let rebudget = try ActionAdditions.read(data: Data("""
        actions:
          - {id: autodelen, label: Autodeelpunten in elke deelgemeente, domain: mobiliteit, budget: 480000, targets: {SDG11: 1}, groups: {low-income: 1}}
        """.utf8), file: "autodelen.yaml", for: example)
        let replaced = try example.variant(without: ["autodelen"], adding: rebudget)
        #expect(inputDiff(from: example, to: replaced).actions.map(\.action) == ["autodelen"])
        #expect(inputDiff(from: example, to: replaced).actions.first?.budgetAfter == 480_000)
    }

    @Test("--with an action plan (CSV, Dutch headers) gives the same network as the actions in the model file")
    func withPlanFormEqualsEditedCopy() throws {
        let example = try BundledExample.network()
        let plan = "\u{FEFF}Nr;Actie;Beleidsdomein;Budget 2026-2031 (€);SDG's\r\nbuurtbus;Buurtbus naar de deelgemeenten;Mobiliteit;420.000;\"11.2:+2; 13.2:-1\"\r\n"
        let read = try ActionAdditions.read(data: Data(plan.utf8), file: "extra.csv", for: example)
        let variant = try example.variant(adding: read)
        let copy = try readEdited(appendingActions(
            "  - {id: buurtbus, label: Buurtbus naar de deelgemeenten, domain: mobiliteit, budget: 420000, targets: {\"11.2\": 2, \"13.2\": -1}}\n"))
        #expect(variant == copy)
        #expect(variant.warnings.isEmpty, "\(variant.warnings)")
    }

    @Test("bad what-ifs are refused with every problem, placed in their file")
    func refused() throws {
        let example = try BundledExample.network()
        #expect(throws: InputError.self) { try example.variant(without: ["bedrijfsterrein"]) }
        do {
            _ = try example.variant(without: ["bedrijfsterrein", "mobiliteit"])
        } catch {
            #expect(error.errors.count == 2)
            #expect(error.errors[0].message.contains("`bedrijfsterrein`") && error.errors[0].suggestion?.contains("bedrijventerrein") == true)
            #expect(error.errors[1].message.contains("it is a domain"))
        }
        let bad = """
        interactions:
          - {from: "1.2", to: "1.4", score: 2}
        actions:
          - {id: lez, label: Dubbel, domain: mobiliteit, targets: {"11.6": 2}}
          - {id: nieuw, label: Nieuw, domain: mobilitijd, targets: {"11.8": 2}}
        """
        do {
            let read = try ActionAdditions.read(data: Data(bad.utf8), file: "bad.yaml", for: example)
            _ = try example.variant(adding: read)
            Issue.record("a bad additions file was accepted")
        } catch {
            let messages = error.errors.map(\.description)
            #expect(messages.contains { $0.hasPrefix("bad.yaml:2:") && $0.contains("cannot hold `interactions`") })
            #expect(messages.contains { $0.hasPrefix("bad.yaml:4:") && $0.contains("duplicate id `lez`") })
            #expect(messages.contains { $0.hasPrefix("bad.yaml:5:") && $0.contains("`11.8` is not an SDG target") })
        }
        #expect(throws: InputError.self) { try example.variant(adding: ActionAdditions.read(data: Data("name: x\n".utf8), file: "empty.yaml", for: example)) }
    }
}
