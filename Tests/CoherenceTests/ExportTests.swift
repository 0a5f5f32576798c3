import Foundation
import TestSupport
import Testing
@testable import Coherence
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Exports to GraphML, GEXF, node-link JSON and CSV on a small hand-built network with hostile
/// labels, and a cross-check: networkx loads the exports of the bundled example and sees the
/// same nodes, edges and attributes.
@Suite("Exports")
struct ExportTests {
    // MARK: The hand-built network

    /// Labels that try to break out of XML, JSON and spreadsheets.
    static let scriptLabel = "<script>alert(\"x\")</script> & 'co'"
    /// A formula, control characters XML cannot hold (U+0001, U+000B), CR LF and a tab.
    static let formulaLabel = "=HYPERLINK(\"x\")\u{01} ctrl\u{0B}\r\nline2\tend"
    /// The formula label as XML can carry it: U+0001 and U+000B dropped, the rest kept exactly.
    static let formulaLabelInXML = "=HYPERLINK(\"x\") ctrl\r\nline2\tend"
    static let provenance = Provenance(inputs: ["t.yaml"], inputHash: "abc123", parameters: ["format": "test"])

    /// Two domains, two actions, one own group, one stakeholder, a mitigation and an interaction
    /// scored by two experts.
    ///
    /// Edges, by hand (11 in all):
    /// - interaction 11.6 → 3.9: experts 2 and 1, mean 1.5 (sign +1, weight 1.5)
    /// - interaction 3.9 → 11.6: −1 (one expert)
    /// - contribution lez → 11.6: +2, high; lez → 3.9: −1, elsewhere, low; fare → SDG1: +1, assumed
    /// - group effect lez → low-income: −2; fare → low-income: +2
    /// - ownership mobility → 11.6
    /// - involvement fare → poverty-network; representation poverty-network → low-income
    /// - mitigation fare → lez on low-income
    static func network() throws -> PolicyNetwork {
        var b = PolicyNetworkBuilder(name: "Test <&> \"model\"", language: .nl)
        b.addDomain(id: "mobility", label: scriptLabel)
        b.addDomain(id: "welfare", label: "Welzijn")
        b.addOwnership(domain: "mobility", of: "11.6")
        b.addAction(ActionDeclaration(id: "lez", label: scriptLabel, domain: "mobility", budget: 1_200_000,
                                      plan: ["BD1 Gezond", "AP1.2 Lucht | adem"]))
        b.addAction(ActionDeclaration(id: "fare", label: formulaLabel, domain: "welfare", budget: 2500.5))
        b.addContribution(action: "lez", to: "11.6", score: 2, annotation: EdgeAnnotation(confidence: .high))
        b.addContribution(action: "lez", to: "3.9", score: -1, annotation: EdgeAnnotation(confidence: .low, scope: .elsewhere))
        b.addContribution(action: "fare", to: "SDG1", score: 1, annotation: EdgeAnnotation(assumed: true))
        b.addGroupEffect(action: "lez", group: "low-income", score: -2)
        b.addGroupEffect(action: "fare", group: "low-income", score: 2)
        b.addGroup(id: "night-workers", label: "Nacht & dag", factors: [.socioEconomicStatus, .geography])
        b.addStakeholder(id: "poverty-network", label: "Armoedenetwerk", kind: .civilSociety)
        b.addRepresentation(stakeholder: "poverty-network", group: "low-income")
        b.addInvolvement(action: "fare", stakeholder: "poverty-network")
        b.addMitigation(by: "fare", of: "lez", on: "low-income")
        b.addJudgement(InteractionJudgement(expert: "a", from: "11.6", to: "3.9", score: 2))
        b.addJudgement(InteractionJudgement(expert: "b", from: "11.6", to: "3.9", score: 1))
        b.addJudgement(InteractionJudgement(expert: "a", from: "3.9", to: "11.6", score: -1))
        return try b.build()
    }

    @Test("the hand-built network has the 11 edges worked out by hand")
    func handBuiltNetwork() throws {
        let n = try Self.network()
        #expect(n.edges.count == 11)
        let graph = ExportGraph(n, provenance: Self.provenance)
        #expect(graph.nodes.count == n.nodes.count)
        #expect(graph.edges.map(\.id) == (0..<11).map { "e\($0)" })
        let mean = try #require(graph.edges.first { $0.kind == .interaction && $0.from == "11.6" })
        #expect(mean.score == 1.5 && mean.sign == 1 && mean.weight == 1.5)
        let burden = try #require(graph.edges.first { $0.kind == .groupEffect && $0.from == "lez" })
        #expect(burden.score == -2 && burden.sign == -1 && burden.weight == 2, "negative scores keep their sign; weight is |score|")
        let ownership = try #require(graph.edges.first { $0.kind == .ownership })
        #expect(ownership.score == nil && ownership.sign == nil && ownership.scope == nil && ownership.weight == 1)
        let mitigation = try #require(graph.edges.first { $0.kind == .mitigation })
        #expect(mitigation.from == "fare" && mitigation.to == "lez" && mitigation.subject == "low-income")
        // Colours: 11.6 takes SDG 11's official orange, the action the palette's blue-grey.
        #expect(graph.nodes.first { $0.id == "11.6" }?.colour == "#FD9D24")
        #expect(graph.nodes.first { $0.id == "11.6" }?.goal == 11)
        #expect(graph.nodes.first { $0.id == "lez" }?.colour == ExportPalette.colour(of: .action))
    }

    // MARK: GraphML

    @Test("GraphML: every node and edge with its attributes; hostile labels read back exactly")
    func graphML() throws {
        let n = try Self.network()
        let text = GraphMLExporter.export(n, provenance: Self.provenance)
        #expect(!text.contains("<script>"), "markup in labels is escaped")
        #expect(!text.contains("\u{01}") && !text.contains("\u{0B}"), "characters XML cannot hold are dropped")
        let document = try XMLDocument(data: Data(text.utf8), options: [])
        let root = try #require(document.rootElement())
        let graph = try #require(root.elements(forName: "graph").first)
        let keys = Dictionary(root.elements(forName: "key").map {
            (Self.attr($0, "id") ?? "", Self.attr($0, "attr.name") ?? "")
        }, uniquingKeysWith: { a, _ in a })
        func data(_ element: XMLElement) -> [String: String] {
            Dictionary(element.elements(forName: "data").map {
                (keys[Self.attr($0, "key") ?? ""] ?? "?", $0.stringValue ?? "")
            }, uniquingKeysWith: { a, _ in a })
        }
        let nodes = graph.elements(forName: "node")
        let edges = graph.elements(forName: "edge")
        #expect(nodes.count == n.nodes.count)
        #expect(edges.count == 11)
        #expect(Self.attr(graph, "edgedefault") == "directed")
        let byID = Dictionary(nodes.map { ((Self.attr($0, "id") ?? ""), data($0)) }, uniquingKeysWith: { a, _ in a })
        #expect(byID["lez"]?["label"] == Self.scriptLabel)
        #expect(byID["fare"]?["label"] == Self.formulaLabelInXML, "CR LF and tab survive; U+0001 and U+000B do not")
        #expect(byID["lez"]?["budget"] == "1200000.0")
        #expect(byID["lez"]?["domain"] == "mobility")
        #expect(byID["lez"]?["plan"] == "BD1 Gezond|AP1.2 Lucht | adem")
        #expect(byID["11.6"]?["colour"] == "#FD9D24")
        #expect(byID["11.6"]?["r"] == "253" && byID["11.6"]?["g"] == "157" && byID["11.6"]?["b"] == "36")
        #expect(byID["night-workers"]?["factors"] == "socio-economic-status|geography")
        #expect(byID["poverty-network"]?["stakeholder_kind"] == "civil-society")
        #expect(byID["mobility"]?["goal"] == nil && byID["mobility"]?["budget"] == nil, "absent attributes are left out")
        let edgeData = edges.map { ((Self.attr($0, "source") ?? ""), (Self.attr($0, "target") ?? ""), data($0)) }
        let contribution = try #require(edgeData.first { $0.0 == "lez" && $0.1 == "3.9" }?.2)
        #expect(contribution == ["kind": "contribution", "score": "-1.0", "sign": "-1", "scope": "elsewhere",
                                 "confidence": "low", "assumed": "false", "weight": "1.0"])
        let mitigation = try #require(edgeData.first { $0.2["kind"] == "mitigation" })
        #expect(mitigation.0 == "fare" && mitigation.1 == "lez" && mitigation.2["subject"] == "low-income")
        #expect(mitigation.2["score"] == nil && mitigation.2["sign"] == nil)
        let graphData = data(graph)
        #expect(graphData["name"] == "Test <&> \"model\"")
        #expect(graphData["input_hash"] == "abc123" && graphData["tool_version"] == CoherenceVersion.current)
        #expect(graphData["catalogue_version"] == SDGCatalogue.version)
    }

    // MARK: GEXF

    @Test("GEXF 1.3: goal colours as viz:color, edge kinds and weights, attributes, provenance in meta")
    func gexf() throws {
        let n = try Self.network()
        let text = GEXFExporter.export(n, provenance: Self.provenance)
        #expect(!text.contains("<script>"))
        let document = try XMLDocument(data: Data(text.utf8), options: [])
        let root = try #require(document.rootElement())
        #expect(Self.attr(root, "version") == "1.3")
        let meta = try #require(root.elements(forName: "meta").first)
        #expect(meta.elements(forName: "description").first?.stringValue?.contains("input_hash: abc123") == true)
        let graph = try #require(root.elements(forName: "graph").first)
        let nodes = try #require(graph.elements(forName: "nodes").first).elements(forName: "node")
        let edges = try #require(graph.elements(forName: "edges").first).elements(forName: "edge")
        #expect(nodes.count == n.nodes.count && edges.count == 11)
        func values(_ element: XMLElement) -> [String: String] {
            let list = element.elements(forName: "attvalues").first?.elements(forName: "attvalue") ?? []
            return Dictionary(list.map { (Self.attr($0, "for") ?? "", Self.attr($0, "value") ?? "") }, uniquingKeysWith: { a, _ in a })
        }
        func colour(_ element: XMLElement) -> [Int]? {
            guard let c = element.children?.compactMap({ $0 as? XMLElement }).first(where: { $0.localName == "color" }) else { return nil }
            return ["r", "g", "b"].map { Int(Self.attr(c, $0) ?? "") ?? -1 }
        }
        let byID = Dictionary(nodes.map { ((Self.attr($0, "id") ?? ""), $0) }, uniquingKeysWith: { a, _ in a })
        let lez = try #require(byID["lez"])
        #expect(Self.attr(lez, "label") == Self.scriptLabel)
        #expect(byID["fare"].flatMap { Self.attr($0, "label") } == Self.formulaLabelInXML,
                "line breaks and tabs in attributes are written as character references, so they survive")
        #expect(values(lez)["kind"] == "action" && values(lez)["budget"] == "1200000.0")
        #expect(colour(try #require(byID["11.6"])) == [253, 157, 36], "SDG 11 orange #FD9D24")
        #expect(colour(try #require(byID["SDG1"])) == [229, 36, 59], "SDG 1 red #E5243B")
        #expect(colour(lez) == [0x90, 0xA4, 0xAE], "actions: the palette's blue-grey")
        let interaction = try #require(edges.first { Self.attr($0, "source") == "11.6" })
        #expect(Self.attr(interaction, "kind") == "interaction")
        #expect(Self.attr(interaction, "weight") == "1.5")
        #expect(values(interaction)["score"] == "1.5" && values(interaction)["sign"] == "1")
        #expect(colour(interaction) == [0x2E, 0x7D, 0x32], "positive edges green")
        let burden = try #require(edges.first { Self.attr($0, "source") == "lez" && Self.attr($0, "target") == "low-income" })
        #expect(values(burden)["score"] == "-2.0" && Self.attr(burden, "weight") == "2.0")
        #expect(colour(burden) == [0xC6, 0x28, 0x28], "negative edges red")
        let ownership = try #require(edges.first { Self.attr($0, "kind") == "ownership" })
        #expect(colour(ownership) == nil && values(ownership) == ["kind": "ownership"])
    }

    // MARK: Node-link JSON

    @Test("node-link JSON: directed multigraph with keys, typed values, labels kept exactly")
    func nodeLink() throws {
        let n = try Self.network()
        let text = NodeLinkExporter.export(n, provenance: Self.provenance)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["directed"] as? Bool == true && object["multigraph"] as? Bool == true)
        let graph = try #require(object["graph"] as? [String: Any])
        #expect(graph["input_hash"] as? String == "abc123" && graph["inputs"] as? [String] == ["t.yaml"])
        let nodes = try #require(object["nodes"] as? [[String: Any]])
        let edges = try #require(object["edges"] as? [[String: Any]])
        #expect(nodes.count == n.nodes.count && edges.count == 11)
        #expect(object["links"] == nil, "edges under \"edges\", as node_link_graph(data, edges=\"edges\") reads")
        let fare = try #require(nodes.first { $0["id"] as? String == "fare" })
        #expect(fare["label"] as? String == Self.formulaLabel, "JSON can hold every character: nothing dropped")
        #expect(nodes.first { $0["id"] as? String == "night-workers" }?["factors"] as? [String] == ["socio-economic-status", "geography"])
        #expect(nodes.first { $0["id"] as? String == "11.6" }?["goal"] as? Int == 11)
        #expect(Set(edges.compactMap { $0["key"] as? String }).count == 11, "every edge has its own key")
        let mean = try #require(edges.first { $0["source"] as? String == "11.6" })
        #expect(mean["score"] as? Double == 1.5 && mean["sign"] as? Int == 1 && mean["target"] as? String == "3.9")
        // Scores are floats (2.0), so Python reads every score as float.
        #expect(text.contains("\"score\": 2.0") && text.contains("\"score\": -2.0"))
        #expect(text.contains("\\r\\nline2\\tend") && text.contains("\\u0001"), "control characters escaped")
        let mitigation = try #require(edges.first { $0["kind"] as? String == "mitigation" })
        #expect(mitigation["subject"] as? String == "low-income" && mitigation["score"] == nil)
    }

    // MARK: CSV

    @Test("CSV: nodes and edges tables with the documented columns; formulas defused")
    func csv() throws {
        let n = try Self.network()
        let export = EdgeListExporter.export(n, provenance: Self.provenance)
        let nodes = Self.parseCSV(export.nodes, separator: ",")
        let edges = Self.parseCSV(export.edges, separator: ",")
        #expect(nodes.first == ["id", "kind", "label", "goal", "colour", "domain", "budget", "stakeholder_kind", "factors", "plan"])
        #expect(edges.first == ["from", "to", "kind", "score", "sign", "scope", "confidence", "assumed", "subject", "weight", "id"])
        #expect(nodes.count == n.nodes.count + 1 && edges.count == 12)
        let fare = try #require(nodes.first { $0.first == "fare" })
        #expect(fare[2] == "'" + Self.formulaLabel, "a label starting with = is prefixed with ' so Excel keeps it text")
        #expect(fare[6] == "2500.5")
        let lez = try #require(nodes.first { $0.first == "lez" })
        #expect(lez[2] == Self.scriptLabel && lez[5] == "mobility" && lez[6] == "1200000")
        let burden = try #require(edges.first { $0[0] == "lez" && $0[1] == "low-income" })
        #expect(burden == ["lez", "low-income", "group-effect", "-2", "-1", "here", "", "false", "", "2", burden[10]])
        let mitigation = try #require(edges.first { $0[2] == "mitigation" })
        #expect(mitigation[0] == "fare" && mitigation[1] == "lez" && mitigation[8] == "low-income" && mitigation[3] == "")
        let provenance = try #require(try JSONSerialization.jsonObject(with: Data(export.provenance.utf8)) as? [String: Any])
        #expect((provenance["provenance"] as? [String: Any])?["inputHash"] as? String == "abc123")
    }

    @Test("CSV in the excel-nl dialect: BOM, semicolons, decimal comma")
    func csvExcel() throws {
        let export = EdgeListExporter.export(try Self.network(), provenance: Self.provenance, dialect: .excelNL)
        #expect(export.nodes.hasPrefix("\u{FEFF}id;kind;label;"))
        let edges = Self.parseCSV(String(export.edges.dropFirst()), separator: ";")
        let mean = try #require(edges.first { $0[0] == "11.6" && $0[2] == "interaction" })
        #expect(mean[3] == "1,5" && mean[9] == "1,5", "mean of 2 and 1 with a decimal comma")
        let fare = try #require(Self.parseCSV(String(export.nodes.dropFirst()), separator: ";").first { $0.first == "fare" })
        #expect(fare[6] == "2500,5")
    }

    @Test("CSV write: a folder with nodes.csv, edges.csv and provenance.json")
    func csvWrite() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("coherence-export-\(UUID().uuidString)/nested/csv")
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent().deletingLastPathComponent()) }
        let export = EdgeListExporter.export(try Self.network(), provenance: Self.provenance)
        try export.write(to: folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == ["edges.csv", "nodes.csv", "provenance.json"], "no temporary files left behind")
        #expect(try String(contentsOf: folder.appendingPathComponent("edges.csv"), encoding: .utf8) == export.edges)
    }

    // MARK: Determinism and escaping

    @Test("the same network gives byte-identical exports, in network order")
    func deterministic() throws {
        let a = try Self.network(), b = try Self.network()
        for format in ExportFormat.allCases where !format.isFolder {
            #expect(format.document(a, provenance: Self.provenance) == format.document(b, provenance: Self.provenance))
        }
        #expect(EdgeListExporter.export(a, provenance: Self.provenance) == EdgeListExporter.export(b, provenance: Self.provenance))
        let text = GraphMLExporter.export(a, provenance: Self.provenance)
        var position = text.startIndex
        for node in a.nodes {
            let range = try #require(text.range(of: "<node id=\"\(XMLText.attribute(node.id))\"", range: position..<text.endIndex),
                                     "node \(node.id) after the one before it")
            position = range.upperBound
        }
    }

    @Test("XML escaping: markup, quotes, line breaks; characters XML 1.0 cannot hold are dropped")
    func xmlEscaping() {
        #expect(XMLText.content("a<b>&c\"'") == "a&lt;b&gt;&amp;c\"'")
        #expect(XMLText.attribute("a<b>&c\"'") == "a&lt;b&gt;&amp;c&quot;&apos;")
        #expect(XMLText.attribute("1\n2\t3\r\n4") == "1&#10;2&#9;3&#13;&#10;4", "CR LF is two characters, both kept")
        #expect(XMLText.content("1\n2\r3") == "1\n2&#13;3")
        #expect(XMLText.content("a\u{00}b\u{1F}c\u{FFFE}d\u{FFFF}e\u{7F}f😀") == "abcde\u{7F}f😀")
        #expect(JSONText.string("a\"b\\c\u{01}\u{2028}") == "\"a\\\"b\\\\c\\u0001\\u2028\"")
        #expect(ExportValue.format(2) == "2.0" && ExportValue.format(-1.5) == "-1.5" && ExportValue.format(1_200_000) == "1200000.0")
    }

    // MARK: Cross-check with networkx

    @Test("networkx loads all four exports of the bundled example with the same nodes, edges and attributes")
    func networkxCrossCheck() throws {
        let python = repositoryRoot.appendingPathComponent(".venv/bin/python")
        try #require(FileManager.default.isExecutableFile(atPath: python.path),
                     "\(python.path) is missing: run `Scripts/setup.sh --python` (make test does) to create the Python environment with networkx")
        let network = try BundledExample.network()
        let provenance = Provenance(inputs: [BundledExample.displayName], inputHash: BundledExample.hash)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("coherence-export-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try AtomicFile.write(GraphMLExporter.export(network, provenance: provenance), to: folder.appendingPathComponent("example.graphml"))
        try AtomicFile.write(GEXFExporter.export(network, provenance: provenance), to: folder.appendingPathComponent("example.gexf"))
        try AtomicFile.write(NodeLinkExporter.export(network, provenance: provenance), to: folder.appendingPathComponent("example.json"))
        try EdgeListExporter.export(network, provenance: provenance).write(to: folder.appendingPathComponent("csv"))

        let output = try Self.run(python, [repositoryRoot.appendingPathComponent("Scripts/crosscheck/load_exports.py").path, folder.path])
        try #require(output.status == 0, "load_exports.py failed: \(output.stderr)")
        let result = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: [String: Any]])
        #expect(Set(result.keys) == ["graphml", "gexf", "node-link", "csv"])

        let graph = ExportGraph(network, provenance: provenance)
        let kinds = Dictionary(uniqueKeysWithValues: graph.nodes.map { ($0.id, $0.kind.rawValue) })
        let colours = Dictionary(uniqueKeysWithValues: graph.nodes.map { ($0.id, $0.colour) })
        let labels = Dictionary(uniqueKeysWithValues: graph.nodes.map { ($0.id, XMLText.cleaned($0.label)) })
        var scores: [String: Double?] = [:]
        var signs: [String: Int?] = [:]
        for edge in graph.edges {
            let key = "\(edge.from)>\(edge.to)>\(edge.kind.rawValue)" + (edge.subject.map { ">\($0)" } ?? "")
            scores[key] = edge.score
            signs[key] = edge.sign
        }
        #expect(scores.count == network.edges.count, "edge keys are unique, so the comparison is one to one")
        #expect(network.edges.count > 500 && Set(kinds.values).count >= 6, "the example exercises most kinds")
        for (format, seen) in result {
            #expect(seen["nodes"] as? Int == network.nodes.count, "\(format): node count")
            #expect(seen["edges"] as? Int == network.edges.count, "\(format): edge count")
            #expect(seen["directed"] as? Bool == true, "\(format): directed")
            #expect(seen["node_kinds"] as? [String: String] == kinds, "\(format): node kinds")
            #expect(seen["node_colours"] as? [String: String] == colours, "\(format): node colours")
            #expect(seen["node_labels"] as? [String: String] == labels, "\(format): node labels")
            let seenScores = try #require(seen["edge_scores"] as? [String: Any], "\(format): edge scores")
            let missing = Set(scores.keys).subtracting(seenScores.keys), extra = Set(seenScores.keys).subtracting(scores.keys)
            #expect(missing.isEmpty && extra.isEmpty, "\(format): the same edges; missing \(missing.sorted().prefix(5)), extra \(extra.sorted().prefix(5))")
            for (key, expected) in scores {
                let value = seenScores[key] as? Double
                if let expected {
                    // CSV writes up to 6 decimals; the other formats the exact double.
                    #expect(value.map { abs($0 - expected) < (format == "csv" ? 1e-6 : 1e-12) } == true,
                            "\(format): score of \(key) is \(String(describing: value)), expected \(expected)")
                } else {
                    #expect(value == nil, "\(format): \(key) has no score")
                }
            }
            let seenSigns = try #require(seen["edge_signs"] as? [String: Any])
            let wrongSigns = signs.filter { seenSigns[$0.key] as? Int != $0.value }.keys.sorted()
            #expect(wrongSigns.isEmpty, "\(format): signs differ for \(wrongSigns.prefix(5))")
        }
        let graphML = try #require(result["graphml"]?["graph"] as? [String: Any])
        #expect(graphML["input_hash"] as? String == BundledExample.hash)
        let nodeLink = try #require(result["node-link"]?["graph"] as? [String: Any])
        #expect(nodeLink["name"] as? String == network.name && nodeLink["scale_max"] as? Double == 3)
    }

    // MARK: Helpers

    /// An attribute's value. (FoundationXML's `attribute(forName:)` misses some attributes, such
    /// as GraphML's `key`, so search the list.)
    static func attr(_ element: XMLElement, _ name: String) -> String? {
        element.attributes?.first { $0.name == name }?.stringValue
    }

    /// Runs a program from the repository root and captures its output.
    static func run(_ executable: URL, _ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let result = try runProgram(executable, arguments, in: repositoryRoot)
        return (result.status, result.stdout, result.stderr)
    }

    /// Splits RFC 4180 CSV text (CRLF line ends, quoted fields with doubled quotes) into rows.
    static func parseCSV(_ text: String, separator: Character) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var chars = Array(text.unicodeScalars.map(Character.init)), i = 0
        if chars.last == "\n" { chars.removeLast() }
        if chars.last == "\r" { chars.removeLast() }
        while i < chars.count {
            let c = chars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < chars.count, chars[i + 1] == "\"" { field.append("\""); i += 1 } else { quoted = false }
                } else { field.unicodeScalars.append(contentsOf: c.unicodeScalars) }
            } else if c == "\"" {
                quoted = true
            } else if c == separator {
                row.append(field); field = ""
            } else if c == "\r", i + 1 < chars.count, chars[i + 1] == "\n" {
                row.append(field); rows.append(row); row = []; field = ""; i += 1
            } else {
                field.unicodeScalars.append(contentsOf: c.unicodeScalars)
            }
            i += 1
        }
        row.append(field)
        rows.append(row)
        return rows
    }
}
