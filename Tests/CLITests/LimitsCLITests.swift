import Foundation
import Testing

/// `--unscored-code` and the resource limits of the command line: `--max-nodes`, `--max-edges`,
/// `--max-samples`, and the sizes of `generate` and `template matrix` — each just at and just over its limit.
@Suite("coherence --unscored-code and resource limits")
struct LimitsCLITests {
    /// A folder with a square matrix of the objectives a, b, c (4 scored cells, 2 cells holding -100).
    func folder() throws -> URL {
        let dir = try CLIRunner.temporaryDirectory()
        try "x,a,b,c\na,,2,-100\nb,-1,,\u{2212}100\nc,1,1,\n".write(to: dir.appendingPathComponent("m.csv"), atomically: true, encoding: .utf8)
        return dir
    }

    // MARK: Unscored codes

    @Test("the corpus's sentinel matrix is refused naming --unscored-code, and read with it")
    func corpusSentinel() throws {
        let path = "Tests/Fixtures/bad/matrix-sentinel.csv"
        let refused = try CLIRunner.run(["validate", path])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("--unscored-code -100"), "\(refused.stderr)")
        let read = try CLIRunner.run(["validate", path, "--unscored-code", "-100"])
        #expect(read.status == 0, "\(read.stderr)")
        #expect(read.stdout.contains("1 unscored link (exist, not quantified)"), "\(read.stdout)")
        let workbook = try CLIRunner.run(["validate", "Tests/Fixtures/bad/xlsx-sentinel.xlsx", "--unscored-code=-100"])
        #expect(workbook.status == 0, "\(workbook.stderr)")
        let yaml = try CLIRunner.run(["validate", "Tests/Fixtures/bad/yaml-sentinel-score.yaml"])
        #expect(yaml.status == 2)
        #expect(yaml.stderr.contains("`unscored: true`"), "\(yaml.stderr)")
    }

    @Test("a plan tag `11.6:-100` is refused with a suggestion, and with --unscored-code read as an assumed tag")
    func planSentinel() throws {
        let path = "Tests/Fixtures/bad/plan-sentinel-tag.csv"
        let refused = try CLIRunner.run(["validate", path])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("--unscored-code -100"), "\(refused.stderr)")
        #expect(refused.stderr.contains("without a score"), "\(refused.stderr)")
        let read = try CLIRunner.run(["export", path, "--unscored-code", "-100", "--to", "node-link"])
        #expect(read.status == 0, "\(read.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(read.stdout.utf8)) as? [String: Any])
        let links = try #require((object["edges"] ?? object["links"]) as? [[String: Any]])
        let contribution = try #require(links.first { ($0["kind"] as? String) == "contribution" })
        #expect(contribution["score"] as? Double == 1)
        #expect(contribution["assumed"] as? Bool == true, "\(contribution)")
    }

    @Test("interactions: the note says how many links were left out of the sums; JSON counts them; info and validate count them")
    func reported() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let table = try CLIRunner.run(["interactions", "m.csv", "--unscored-code", "-100"], in: dir)
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("2 links exist but are not quantified; they are left out of the sums."))
        let dutch = try CLIRunner.run(["interactions", "m.csv", "--unscored-code", "-100", "--lang", "nl"], in: dir)
        #expect(dutch.stdout.contains("2 verbanden bestaan maar zijn niet gekwantificeerd"))
        let json = try CLIRunner.run(["interactions", "m.csv", "--unscored-code", "-100", "--format", "json"], in: dir)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let result = try #require(object["result"] as? [String: Any])
        #expect(result["unscoredLinks"] as? Int == 2)
        let info = try CLIRunner.run(["info", "m.csv", "--unscored-code", "-100", "--format", "json"], in: dir)
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(info.stdout.utf8)) as? [String: Any])
        #expect((summary["result"] as? [String: Any])?["unscoredLinks"] as? Int == 2)
        let edges = (summary["result"] as? [String: Any])?["edgeCounts"] as? [String: Int]
        #expect(edges?["interaction"] == 4)
        let micmac = try CLIRunner.run(["micmac", "m.csv", "--unscored-code", "-100"], in: dir)
        #expect(micmac.status == 0)
        #expect(micmac.stderr.contains("note: 2 links exist but are not quantified"))
    }

    @Test("a code that is a score is refused as a usage error; a code that is no number too")
    func codeOnTheScale() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let onScale = try CLIRunner.run(["validate", "m.csv", "--unscored-code", "2"], in: dir)
        #expect(onScale.status == 64)
        #expect(onScale.stderr.contains("the unscored code 2 given with `--unscored-code` lies on the scale −3…+3"), "\(onScale.stderr)")
        let text = try CLIRunner.run(["validate", "m.csv", "--unscored-code", "n/a"], in: dir)
        #expect(text.status == 64)
        #expect(text.stderr.contains("--unscored-code must be a number"))
        let importScale = try CLIRunner.run(["import", "matrix", "m.csv", "--scale", "-100..100", "--unscored-code", "-100"], in: dir)
        #expect(importScale.status == 64, "\(importScale.stderr)")
        // A model whose own scale holds the code: refused once the scale is known, naming the option.
        try "coherence: 1\nname: W\nscale: {min: -100, max: 100}\nmatrices: [m.csv]\n".write(to: dir.appendingPathComponent("w.yaml"), atomically: true, encoding: .utf8)
        let model = try CLIRunner.run(["validate", "w.yaml", "--unscored-code", "-100"], in: dir)
        #expect(model.status == 2)
        #expect(model.stderr.hasPrefix("w.yaml: error: the unscored code -100 given with `--unscored-code` lies on the scale"), "\(model.stderr)")
    }

    @Test("import matrix writes `unscored: true` and the model reads back with the same count; a plan's matrix is read too")
    func importAndPlan() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let imported = try CLIRunner.run(["import", "matrix", "m.csv", "--unscored-code", "-100", "-o", "model.yaml"], in: dir)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stderr.contains("2 unscored links"))
        let yaml = try String(contentsOf: dir.appendingPathComponent("model.yaml"), encoding: .utf8)
        #expect(yaml.contains(#"- {from: "a", to: "c", unscored: true, expert: "m"}"#), "\(yaml)")
        let validated = try CLIRunner.run(["validate", "model.yaml"], in: dir)
        #expect(validated.stdout.contains("2 unscored links"), "\(validated.stdout)")

        let plans = CLIRunner.root.appendingPathComponent("Models/plans")
        try "x,11.6,3.9\n11.6,,-100\n3.9,1,\n".write(to: dir.appendingPathComponent("t.csv"), atomically: true, encoding: .utf8)
        let planArgs = [plans.appendingPathComponent("actieplan-voorbeeld.csv").path, plans.appendingPathComponent("eigenaarschap.csv").path, "t.csv"]
        let refused = try CLIRunner.run(["validate"] + planArgs, in: dir)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("--unscored-code -100"))
        let plan = try CLIRunner.run(["validate"] + planArgs + ["--unscored-code", "-100"], in: dir)
        #expect(plan.status == 0, "\(plan.stderr)")
        #expect(plan.stdout.contains("1 unscored link"), "\(plan.stdout)")
        let importPlan = try CLIRunner.run(["import", "plan", planArgs[0], "--ownership", planArgs[1], "--matrix", "t.csv",
                                            "--unscored-code", "-100", "-o", "plan.yaml"], in: dir)
        #expect(importPlan.status == 0, "\(importPlan.stderr)")
        #expect(try String(contentsOf: dir.appendingPathComponent("plan.yaml"), encoding: .utf8).contains("unscored: true"))
    }

    // MARK: Node and edge limits

    @Test("--max-nodes: 3 objectives load under a limit of 3 and are refused under 2, naming the option")
    func maxNodes() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let at = try CLIRunner.run(["validate", "m.csv", "--unscored-code", "-100", "--max-nodes", "3"], in: dir)
        #expect(at.status == 0, "\(at.stderr)")
        let over = try CLIRunner.run(["validate", "m.csv", "--unscored-code", "-100", "--max-nodes", "2"], in: dir)
        #expect(over.status == 2)
        #expect(over.stdout.isEmpty)
        #expect(over.stderr.hasPrefix("m.csv: error: the model has 3 nodes, more than the limit of 2"), "\(over.stderr)")
        #expect(over.stderr.contains("--max-nodes"))
    }

    @Test("--max-edges: 4 scores and 2 unscored links load under 6 and are refused under 5, naming the option")
    func maxEdges() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let at = try CLIRunner.run(["interactions", "m.csv", "--unscored-code", "-100", "--max-edges", "6"], in: dir)
        #expect(at.status == 0, "\(at.stderr)")
        let over = try CLIRunner.run(["interactions", "m.csv", "--unscored-code", "-100", "--max-edges", "5"], in: dir)
        #expect(over.status == 2)
        #expect(over.stderr.contains("the model has 6 links, more than the limit of 5"), "\(over.stderr)")
        #expect(over.stderr.contains("--max-edges"))
        let zero = try CLIRunner.run(["validate", "m.csv", "--max-edges", "0"], in: dir)
        #expect(zero.status == 64)
    }

    @Test("import matrix and import plan honour --max-edges too")
    func importLimits() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let over = try CLIRunner.run(["import", "matrix", "m.csv", "--unscored-code", "-100", "--max-edges", "5", "-o", "x.yaml"], in: dir)
        #expect(over.status == 2, "\(over.stderr)")
        #expect(over.stderr.contains("--max-edges"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("x.yaml").path))
        let plans = CLIRunner.root.appendingPathComponent("Models/plans")
        let plan = try CLIRunner.run(["import", "plan", plans.appendingPathComponent("actieplan-voorbeeld.csv").path, "--max-nodes", "3"], in: dir)
        #expect(plan.status == 2)
        #expect(plan.stderr.contains("--max-nodes"))
    }

    // MARK: Other knobs

    @Test("sensitivity --samples: at most 100,000 by default; --max-samples raises or lowers the limit")
    func maxSamples() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "x,a,b\na,,2\nb,-1,\n".write(to: dir.appendingPathComponent("s.csv"), atomically: true, encoding: .utf8)
        let over = try CLIRunner.run(["sensitivity", "s.csv", "--samples", "100001"], in: dir)
        #expect(over.status == 64)
        #expect(over.stderr.contains("--samples 100001 is more than the limit of 100000 samples"), "\(over.stderr)")
        #expect(over.stderr.contains("--max-samples 100001"))
        let at = try CLIRunner.run(["sensitivity", "s.csv", "--samples", "100000", "--format", "json"], in: dir)
        #expect(at.status == 0, "\(at.stderr)")
        let lowered = try CLIRunner.run(["sensitivity", "s.csv", "--samples", "11", "--max-samples", "10"], in: dir)
        #expect(lowered.status == 64)
        let atLowered = try CLIRunner.run(["sensitivity", "s.csv", "--samples", "10", "--max-samples", "10"], in: dir)
        #expect(atLowered.status == 0, "\(atLowered.stderr)")
    }

    @Test("generate: the model it would write must fit --max-nodes and --max-edges")
    func generate() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // 10 targets: 90 matrix cells + 10 ownerships + 5 × 4 contributions + 5 group effects = 125 links; 2 + 5 = 7 nodes.
        let base = ["generate", "--targets", "10", "--actions", "5", "--domains", "2", "-o", "g.yaml"]
        let at = try CLIRunner.run(base + ["--max-nodes", "7", "--max-edges", "125"], in: dir)
        #expect(at.status == 0, "\(at.stderr)")
        let nodes = try CLIRunner.run(base + ["--max-nodes", "6"], in: dir)
        #expect(nodes.status == 64)
        #expect(nodes.stderr.contains("the generated model has 7 nodes, more than the limit of 6"), "\(nodes.stderr)")
        #expect(nodes.stderr.contains("--max-nodes"))
        let edges = try CLIRunner.run(base + ["--max-edges", "124"], in: dir)
        #expect(edges.status == 64)
        #expect(edges.stderr.contains("125 links") && edges.stderr.contains("--max-edges"), "\(edges.stderr)")
        // A runaway size is refused at once, before anything is drawn.
        let huge = try CLIRunner.run(["generate", "--objectives", "100000000", "--actions", "1", "-o", "h.yaml"], in: dir)
        #expect(huge.status == 64)
        #expect(huge.stderr.contains("--max-nodes"))
    }

    @Test("template matrix: n ids make n·(n − 1) cells, which must fit --max-edges")
    func template() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let at = try CLIRunner.run(["template", "matrix", "--targets", "1.3,7.2,11.6", "--max-edges", "6", "-o", "t.csv"], in: dir)
        #expect(at.status == 0, "\(at.stderr)")
        let over = try CLIRunner.run(["template", "matrix", "--targets", "1.3,7.2,11.6", "--max-edges", "5", "-o", "u.csv"], in: dir)
        #expect(over.status == 64)
        #expect(over.stderr.contains("the matrix has 6 links, more than the limit of 5"), "\(over.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("u.csv").path))
    }
}
