import Foundation
import Testing
@testable import Coherence

/// A small valid model; tests break one thing at a time.
let validModel = """
coherence: 1
name: Test
language: en
domains:
  - {id: mobility, label: Mobility, owns: ["11.2", "3.6"]}
  - {id: welfare, label: Welfare, owns: [SDG1]}
stakeholders:
  - {id: poverty-network, label: Poverty network, kind: civil-society, represents: [low-income]}
actions:
  - id: lez
    label: Low-emission zone
    domain: mobility
    budget: 1200000
    targets: {"11.6": reinforcing, "3.9": 2, "8.3": -1}
    groups: {low-income: -2, older-persons: 1}
    stakeholders: [poverty-network]
  - id: mobility-budget
    label: Mobility budget
    domain: welfare
    targets: {SDG11: enabling}
    groups: {low-income: 2}
    mitigates: [{action: lez, group: low-income}]
interactions:
  - {from: "7.2", to: "13.2", score: 3, confidence: high}
"""

@Suite("Model files")
struct ModelReaderTests {
    @Test("a valid model reads, with every kind of node and edge")
    func validModelReads() throws {
        let network = try readModel(validModel)
        #expect(network.name == "Test")
        #expect(network.nodeCounts[.domain] == 2)
        #expect(network.nodeCounts[.action] == 2)
        #expect(network.nodeCounts[.group] == 10, "the ten catalogue groups are always present")
        #expect(network.edgeCounts[.contribution] == 4)
        #expect(network.edgeCounts[.groupEffect] == 3)
        #expect(network.edgeCounts[.mitigation] == 1)
        #expect(network.edgeCounts[.interaction] == 1)
        #expect(network.edgeCounts[.representation] == 1)
        #expect(network.edgeCounts[.involvement] == 1)
        #expect(network.edgeCounts[.ownership] == 3)
        let lez = try #require(network.index(of: "lez"))
        let scores = Dictionary(uniqueKeysWithValues: network.edges(.contribution, from: lez).map { (network.nodes[$0.to].id, $0.score!) })
        #expect(scores == ["11.6": 2, "3.9": 2, "8.3": -1])
        #expect(network.node("lez")?.budget == 1_200_000)
        #expect(network.node("11.6")?.kind == .target)
        #expect(network.node("SDG11")?.kind == .goal)
        let low = try #require(network.index(of: "low-income"))
        #expect(network.isMitigated(action: lez, on: low))
    }

    @Test("the same structure in strict JSON reads to an equal network")
    func jsonEqualsYAML() throws {
        let json = """
        {"coherence": 1, "name": "Test", "language": "en",
         "domains": [{"id": "mobility", "label": "Mobility", "owns": ["11.2"]}],
         "actions": [{"id": "lez", "label": "Low-emission zone", "domain": "mobility", "targets": {"11.6": 2}}]}
        """
        let yaml = """
        coherence: 1
        name: Test
        language: en
        domains: [{id: mobility, label: Mobility, owns: ["11.2"]}]
        actions: [{id: lez, label: Low-emission zone, domain: mobility, targets: {"11.6": 2}}]
        """
        #expect(try readModel(json, file: "t.json", format: .json) == readModel(yaml))
    }

    @Test("unknown target numbers are errors with their line and a did-you-mean")
    func unknownTargets() {
        let text = validModel.replacingOccurrences(of: "\"8.3\": -1", with: "\"11.8\": -1, \"18.1\": 1")
        let found = problems(text)
        #expect(found.count == 2)
        let first = found.first { $0.message.contains("11.8") }
        #expect(first?.location?.line == 14)
        #expect(first?.suggestion?.contains("11.7") == true)
        #expect(found.contains { $0.message.contains("18.1") })
    }

    @Test("undeclared domains, groups and stakeholders are errors; catalogue groups count as declared")
    func undeclaredReferences() {
        var text = validModel.replacingOccurrences(of: "domain: welfare", with: "domain: welfar")
        text = text.replacingOccurrences(of: "older-persons: 1", with: "older-persons: 1, pensioners: 1")
        text = text.replacingOccurrences(of: "stakeholders: [poverty-network]", with: "stakeholders: [poverty-netwerk]")
        let found = problems(text)
        #expect(found.count == 3)
        let domain = found.first { $0.message.contains("welfar`") }
        #expect(domain?.suggestion == "Did you mean `welfare`?")
        #expect(found.contains { $0.message.contains("pensioners") && $0.location?.line == 15 })
        #expect(found.contains { $0.message.contains("poverty-netwerk") && $0.suggestion?.contains("poverty-network") == true })
    }

    @Test("duplicate ids are errors that point to the first declaration")
    func duplicateIDs() {
        let text = validModel.replacingOccurrences(of: "id: mobility-budget", with: "id: lez")
        let found = problems(text)
        let duplicate = found.first { $0.message.contains("duplicate id `lez`") }
        #expect(duplicate?.location?.line == 17)
        #expect(duplicate?.message.contains("test.yaml:10") == true)
    }

    @Test("scores off the scale, or not scores at all, are errors")
    func offScale() {
        var text = validModel.replacingOccurrences(of: "\"3.9\": 2", with: "\"3.9\": 5")
        text = text.replacingOccurrences(of: "older-persons: 1", with: "older-persons: lots")
        text = text.replacingOccurrences(of: "score: 3,", with: "score: 1.5,")
        let found = problems(text)
        #expect(found.count == 3)
        #expect(found.contains { $0.message.contains("+5 is not on the scale −3…+3") && $0.location?.line == 14 })
        #expect(found.contains { $0.message.contains("`lots` is not a score") })
        #expect(found.contains { $0.message.contains("+1.5") && $0.message.contains("whole numbers") })
    }

    @Test("an action without a domain, or with two, is an error")
    func actionDomains() {
        var text = validModel.replacingOccurrences(of: "    domain: mobility\n", with: "")
        text = text.replacingOccurrences(of: "domain: welfare", with: "domain: [welfare, mobility]")
        let found = problems(text)
        #expect(found.contains { $0.message.contains("action `lez` has no domain") })
        #expect(found.contains { $0.message.contains("exactly one domain") })
    }

    @Test("an interaction of a node with itself is an error")
    func selfInteraction() {
        let text = validModel.replacingOccurrences(of: "to: \"13.2\"", with: "to: \"7.2\"")
        let found = problems(text)
        #expect(found.count == 1)
        #expect(found[0].message.contains("with itself"))
        #expect(found[0].location?.line == 24)
    }

    @Test("unknown keys are errors with a did-you-mean")
    func unknownKeys() {
        let text = validModel.replacingOccurrences(of: "    targets: {\"11.6\"", with: "    tragets: {\"11.6\"")
        let found = problems(text)
        #expect(found.count == 1)
        #expect(found[0].message.contains("unknown key `tragets`"))
        #expect(found[0].suggestion == "Did you mean `targets:`?")
        #expect(found[0].location?.line == 14)
    }

    @Test("empty files, files that are not UTF-8 and unknown versions are refused")
    func unreadableFiles() throws {
        #expect(problems("").first?.message == "the file is empty")
        #expect(problems("   \n\n").first?.message == "the file is empty")
        var latin1 = Data("coherence: 1\nname: Caf".utf8)
        latin1.append(0xE9)
        latin1.append(contentsOf: Array("\n".utf8))
        do {
            _ = try ModelReader().read(data: latin1, file: "latin1.yaml", format: .yaml) { path throws(InputError) in
                throw InputError(at: nil, "no files")
            }
            Issue.record("a Latin-1 file must be refused")
        } catch {
            #expect(error.diagnostics[0].message.contains("not UTF-8"))
            #expect(error.diagnostics[0].location?.line == 2)
            #expect(error.diagnostics[0].location?.column == 10)
        }
        let future = problems(validModel.replacingOccurrences(of: "coherence: 1", with: "coherence: 7"))
        #expect(future.count == 1)
        #expect(future[0].message.contains("format version `7` is not known"))
        let missing = problems(validModel.replacingOccurrences(of: "coherence: 1\n", with: ""))
        #expect(missing[0].message.contains("format version"))
    }

    @Test("invalid JSON is refused with its line and column, a trailing comma included")
    func strictJSON() {
        let text = """
        {
          "coherence": 1,
          "name": "Test",
        }
        """
        let found = problems(text, file: "t.json", format: .json)
        #expect(found.count == 1)
        #expect(found[0].message.contains("trailing comma"))
        #expect(found[0].location?.line == 4)
        #expect(found[0].location?.column == 1)
        let comment = problems("{\"coherence\": 1 // one\n}", file: "t.json", format: .json)
        #expect(comment[0].message.contains("comments are not allowed"))
    }

    @Test("invalid YAML is reported with its line")
    func yamlSyntax() {
        let found = problems("coherence: 1\nname: [unclosed\nactions: []\n")
        #expect(found.count == 1)
        #expect(found[0].message.hasPrefix("invalid YAML"))
        #expect(found[0].location?.line != nil)
    }

    @Test("every problem of a file is reported in one run, in file order")
    func allProblemsAtOnce() {
        var text = validModel.replacingOccurrences(of: "\"8.3\": -1", with: "\"11.8\": -1")
        text = text.replacingOccurrences(of: "domain: welfare", with: "domain: welfar")
        text = text.replacingOccurrences(of: "score: 3,", with: "score: 9,")
        text = text.replacingOccurrences(of: "  - {id: welfare", with: "  - {id: welfare, colour: red")
        let found = problems(text)
        #expect(found.count == 4)
        #expect(Set(found.compactMap { $0.location?.line }) == [6, 14, 19, 24])
    }

    @Test("matrices named in the model are read relative to it, one expert each, and averaged")
    func matricesAreExperts() throws {
        let model = """
        coherence: 1
        name: Matrices
        matrices: [m/a.csv, {file: m/b.csv, expert: bea}]
        """
        let a = "From\\to;7.2;13.2\n7.2;;3\n13.2;1;\n"
        let b = "x,7.2,13.2\n7.2,,2\n13.2,,\n"
        let network = try readModel(model, files: ["m/a.csv": a, "m/b.csv": b])
        #expect(network.experts == ["a", "bea"])
        let edge = network.edges(of: .interaction).first { network.nodes[$0.from].id == "7.2" }
        #expect(edge?.score == 2.5, "the mean of 3 and 2 over the two experts who scored it")
        let back = network.edges(of: .interaction).first { network.nodes[$0.from].id == "13.2" }
        #expect(back?.score == 1, "only expert a scored 13.2 → 7.2; blank is not scored")
        let bad = problems(model, files: ["m/a.csv": a.replacingOccurrences(of: ";3\n", with: ";++\n"), "m/b.csv": b])
        #expect(bad.count == 1)
        #expect(bad[0].description.contains("m/a.csv: row 2 (7.2), column 3 (13.2)"))
        #expect(bad[0].message.contains("\"++\" is not a score on the scale −3…+3"))
    }

    @Test("a custom scale accepts values in range and labels it declares")
    func customScale() throws {
        let model = """
        coherence: 1
        name: Correlations
        scale: {min: -1, max: 1, labels: {strong: 0.8}}
        interactions:
          - {from: "7.2", to: "13.2", score: 0.35}
          - {from: "13.2", to: "7.2", score: strong}
        """
        let network = try readModel(model)
        #expect(network.scale.magnitude == 1)
        #expect(network.edges(of: .interaction).map { $0.score! }.sorted() == [0.35, 0.8])
        #expect(problems(model.replacingOccurrences(of: "0.35", with: "1.2")).count == 1)
    }
}
