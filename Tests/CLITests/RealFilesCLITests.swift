import Foundation
import Testing

/// Real files through the built binary: a 0 diagonal gives the figures of a blank one, the read's
/// warnings reach every command's standard error (and the report), `--strict` refuses them, and a
/// diagram with nothing to draw is not written.
@Suite("real files as people write them (CLI)", .serialized)
struct RealFilesCLITests {
    /// A copy of a square CSV matrix with `0` in every diagonal cell.
    /// (In Swift a CRLF is one character: the lines are split on LF after CRLF is made LF.)
    static func zeroDiagonal(_ text: String, separator: Character) -> String {
        let crlf = text.contains("\r\n")
        var lines = text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n")
        for i in 1..<lines.count where !lines[i].isEmpty {
            var cells = lines[i].split(separator: separator, omittingEmptySubsequences: false).map(String.init)
            if i < cells.count { cells[i] = "0" }
            lines[i] = cells.joined(separator: String(separator))
        }
        return lines.joined(separator: crlf ? "\r\n" : "\n")
    }

    /// The bundled workshop matrices with 0 on the diagonal, under their own names in `folder`.
    static func zeroedWorkshop(in folder: URL) throws -> [String] {
        var paths: [String] = []
        for (file, separator) in [("workshop-2026-expert-a.csv", Character(";")), ("workshop-2026-expert-b.csv", Character(","))] {
            let text = try String(contentsOf: CLIRunner.root.appendingPathComponent("Models/matrices/\(file)"), encoding: .utf8)
            let url = folder.appendingPathComponent(file)
            try Data(zeroDiagonal(text, separator: separator).utf8).write(to: url)
            paths.append(url.path)
        }
        return paths
    }

    /// The `result` of a JSON document, re-encoded with sorted keys (the provenance differs by input).
    static func result(_ json: String) throws -> Data {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        return try JSONSerialization.data(withJSONObject: try #require(object["result"]), options: [.sortedKeys])
    }

    @Test("interactions and micmac give exactly the same figures on the workshop matrices with 0 on the diagonal as with the blank one",
          arguments: ["interactions", "micmac", "centrality"])
    func zeroDiagonalFigures(command: String) throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let zeroed = try Self.zeroedWorkshop(in: folder)
        let blank = try CLIRunner.run([command, "Models/matrices/workshop-2026-expert-a.csv", "Models/matrices/workshop-2026-expert-b.csv", "--format", "json"])
        let zero = try CLIRunner.run([command] + zeroed + ["--format", "json"])
        #expect(blank.status == 0 && zero.status == 0, "\(zero.stderr)")
        #expect(try Self.result(blank.stdout) == Self.result(zero.stdout))
        #expect(!blank.stderr.contains("diagonal"))
        #expect(zero.stderr.components(separatedBy: "warning: the diagonal holds `0` in 30 cells").count == 3)   // one per file
    }

    @Test("a published-style matrix (`,`, no BOM) with 0 on the diagonal: the figures of its blank diagonal")
    func publishedStyle() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let zeroText = try String(contentsOf: CLIRunner.root.appendingPathComponent("Tests/Fixtures/bad/handled/matrix-zero-diagonal.csv"), encoding: .utf8)
        var lines = zeroText.components(separatedBy: "\n")
        for i in 1..<lines.count where !lines[i].isEmpty {
            var cells = lines[i].components(separatedBy: ",")
            cells[i] = ""
            lines[i] = cells.joined(separator: ",")
        }
        for (name, text) in [("zero", zeroText), ("blank", lines.joined(separator: "\n"))] {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent(name), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: folder.appendingPathComponent("\(name)/published.csv"))
        }
        let zero = try CLIRunner.run(["interactions", "zero/published.csv", "--format", "json"], in: folder)
        let blank = try CLIRunner.run(["interactions", "blank/published.csv", "--format", "json"], in: folder)
        #expect(try Self.result(zero.stdout) == Self.result(blank.stdout))
        #expect(zero.stderr.contains("zero/published.csv: row 2 (1.2), column 2 (1.2): warning: the diagonal holds `0` in 5 cells"))
    }

    /// The example plan, its ownership table and expert a's matrix with 0 on the diagonal.
    static func warnedInput(in folder: URL) throws -> [String] {
        let matrix = try zeroedWorkshop(in: folder)[0]
        return ["Models/plans/actieplan-voorbeeld.csv", "Models/plans/eigenaarschap.csv", matrix]
    }

    /// Every command that reads input, with the arguments it needs after the input (an output file in `folder` where it writes one).
    static func commands(_ folder: URL) -> [(name: String, arguments: [String], output: String?)] {
        let out = { (name: String) in folder.appendingPathComponent(name).path }
        return [
            ("validate", [], nil), ("info", [], nil), ("report", ["-o", out("report")], out("report")),
            ("lnob", [], nil), ("balance", [], nil), ("coverage", [], nil), ("spillovers", [], nil),
            ("interactions", [], nil), ("micmac", [], nil), ("clusters", [], nil), ("centrality", [], nil),
            ("sensitivity", ["--samples", "20"], nil), ("export", ["--to", "csv", "-o", out("export")], out("export")),
            ("render", ["--diagram", "network", "-o", out("n.svg")], out("n.svg")),
        ]
    }

    @Test("the read's warnings are printed on standard error by every command that reads input; --strict refuses them with status 2 and writes nothing")
    func everyCommand() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = try Self.warnedInput(in: folder)
        let warning = "workshop-2026-expert-a.csv: row 2 (1.2), column 2 (1.2): warning: the diagonal holds `0` in 30 cells"
        for command in Self.commands(folder) {
            let run = try CLIRunner.run([command.name] + input + command.arguments)
            #expect(run.status == 0, "\(command.name): \(run.stderr)")
            #expect(run.stderr.contains(warning), "\(command.name): \(run.stderr)")
            if let output = command.output { try? FileManager.default.removeItem(atPath: output) }
            let strict = try CLIRunner.run([command.name, "--strict"] + input + command.arguments)
            #expect(strict.status == 2, "\(command.name) --strict: \(strict.stderr)")
            #expect(strict.stderr.contains(warning.replacingOccurrences(of: "warning: ", with: "error: ")), "\(command.name): \(strict.stderr)")
            #expect(strict.stderr.contains("1 warning is an error under --strict."))
            #expect(strict.stdout.isEmpty, "\(command.name) --strict printed \(strict.stdout.prefix(200))")
            if let output = command.output { #expect(!FileManager.default.fileExists(atPath: output), "\(command.name) --strict wrote \(output)") }
        }
        // import plan, import matrix and batch read input their own way.
        let model = folder.appendingPathComponent("model.yaml").path
        let importPlan = ["import", "plan", input[0], "--ownership", input[1], "--matrix", input[2], "-o", model]
        #expect(try CLIRunner.run(importPlan).stderr.contains(warning))
        try? FileManager.default.removeItem(atPath: model)
        let strictPlan = try CLIRunner.run(importPlan + ["--strict"])
        #expect(strictPlan.status == 2 && !FileManager.default.fileExists(atPath: model), "\(strictPlan.stderr)")
        let importMatrix = try CLIRunner.run(["import", "matrix", input[2], "--strict"])
        #expect(importMatrix.status == 2 && importMatrix.stdout.isEmpty && importMatrix.stderr.contains("error: the diagonal holds"))
        let joined = input.joined(separator: "+")
        let batch = try CLIRunner.run(["batch", joined])
        #expect(batch.status == 0 && batch.stderr.contains(warning), "\(batch.stderr)")
        #expect(batch.stdout.contains("input: 1 warning (see `coherence validate`)"))
        let strictBatch = try CLIRunner.run(["batch", "--strict", joined])
        #expect(strictBatch.status == 2 && strictBatch.stdout.contains("error: the diagonal holds"), "\(strictBatch.stdout)")
    }

    @Test("the report's method section lists the read's warnings, in the report's language")
    func reportMethodSection() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = try Self.warnedInput(in: folder)
        for (lang, heading) in [("nl", "Opmerkingen bij de invoer"), ("en", "Notes on the input")] {
            let out = folder.appendingPathComponent("report-\(lang)").path
            let run = try CLIRunner.run(["report"] + input + ["-o", out, "--lang", lang])
            #expect(run.status == 0, "\(run.stderr)")
            let markdown = try String(contentsOfFile: out + "/report.md", encoding: .utf8)
            let method = try #require(markdown.components(separatedBy: "\n## ").last)
            #expect(method.contains(heading), "\(method.prefix(400))")
            #expect(method.contains("workshop-2026-expert-a.csv: row 2 (1.2), column 2 (1.2): warning: the diagonal holds"))
            #expect(method.contains("in 30 cells: read as no interaction"))
            let html = try String(contentsOfFile: out + "/index.html", encoding: .utf8)
            #expect(html.contains(heading))
        }
        // Without warnings there is no such part.
        let clean = folder.appendingPathComponent("clean").path
        #expect(try CLIRunner.run(["report", "-o", clean, "--lang", "en"]).status == 0)
        #expect(!(try String(contentsOfFile: clean + "/report.md", encoding: .utf8)).contains("Notes on the input"))
    }

    @Test("a diagram with nothing to draw: why and what to add, status 2, no file; documented in render --help",
          arguments: [("network", "the model has no interactions between goals, targets or objectives"),
                      ("micmac", "the model has no interactions"),
                      ("clusters", "the model has no interactions"),
                      ("lnob", "no action names a group it helps or burdens"),
                      ("domains", "the model does not say which policy domain owns which goals and targets")])
    func nothingToDraw(diagram: String, reason: String) throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("plan.csv")
        try Data("Nr;Actie;Beleidsdomein;SDG\nA1;Lage-emissiezone in het centrum;Mobiliteit;11.6\nA2;Fietsostrade;Mobiliteit;3.9\n".utf8).write(to: plan)
        let svg = folder.appendingPathComponent("d.svg")
        let run = try CLIRunner.run(["render", plan.path, "--diagram", diagram, "--lang", "en", "-o", svg.path])
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stderr.contains("error: nothing to draw (--diagram \(diagram)): \(reason)"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: svg.path))
        // The same plan draws what it has: its actions and their targets.
        #expect(try CLIRunner.run(["render", plan.path, "--diagram", "actions", "-o", svg.path]).status == 0)
        let help = try CLIRunner.run(["render", "--help"])
        #expect(help.stdout.contains("no file is written") && help.stdout.contains("exit status is 2"))
    }

    @Test("every link hidden by --min-score is nothing to draw too; the model's language is the default")
    func allHidden() throws {
        let run = try CLIRunner.run(["render", "--diagram", "network", "--min-score", "9", "-o", "-"])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("niets te tekenen (--diagram network): alle 268 verbanden zijn zwakker dan --min-score 9"), "\(run.stderr)")
    }
}
