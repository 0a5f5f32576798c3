import Foundation
import Testing

/// The `result` of a JSON output, without its provenance (which names the input files).
private func result(_ stdout: String) throws -> NSDictionary {
    let object = try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any]
    return try #require(object?["result"] as? NSDictionary)
}

/// A folder holding a copy of the example's matrices and an edited copy of the example.
private func editedExample(_ edit: (String) -> String) throws -> (folder: URL, model: URL) {
    let dir = try CLIRunner.temporaryDirectory()
    let models = CLIRunner.root.appendingPathComponent("Models")
    try FileManager.default.copyItem(at: models.appendingPathComponent("matrices"), to: dir.appendingPathComponent("matrices"))
    let text = try String(contentsOf: models.appendingPathComponent("example.yaml"), encoding: .utf8)
    let model = dir.appendingPathComponent("edited.yaml")
    try Data(edit(text).utf8).write(to: model)
    return (dir, model)
}

@Suite("coherence compare", .serialized)
struct CompareCLITests {
    @Test("without arguments the bundled plan is compared with the same plan one year on, in Dutch or English")
    func bundled() throws {
        let nl = try CLIRunner.run(["compare"])
        #expect(nl.status == 0, "\(nl.stderr)")
        #expect(nl.stdout.contains("Wat er in de invoer veranderde (6)"))
        #expect(nl.stdout.contains("De actie ‘Regionaal bedrijventerrein Leiepoort (22 ha)’ (Lokale economie): budget van €\u{00A0}4,2\u{00A0}mln naar €\u{00A0}2,6\u{00A0}mln."))
        #expect(nl.stdout.contains("Nachtwerkers en ploegenarbeiders: van ‘gedeeltelijk’ naar ‘volledig’"))
        let en = try CLIRunner.run(["compare", "--lang", "en", "--title", "Leiewaarde, 2026 and 2027"])
        #expect(en.status == 0, "\(en.stderr)")
        #expect(en.stdout.hasPrefix("Leiewaarde, 2026 and 2027\n"))
        #expect(en.stdout.contains("What changed in the input (6)") && en.stdout.contains("budget from €4.2M to €2.6M"))
    }

    @Test("JSON carries provenance and the whole comparison; CSV has one row per change in the Excel dialect")
    func formats() throws {
        let json = try CLIRunner.run(["compare", "Models/example.yaml", "Models/example-2027.yaml", "--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let provenance = try #require(object["provenance"] as? [String: Any])
        #expect(provenance["inputs"] as? [String] == ["Models/example.yaml", "Models/example-2027.yaml"])
        #expect((provenance["inputHash"] as? String)?.count == 64)
        let r = try result(json.stdout)
        let inputs = try #require(r["inputs"] as? [String: Any])
        #expect((inputs["actions"] as? [Any])?.count == 4)
        let spillovers = try #require(r["spillovers"] as? [String: Any])
        let changes = try #require(spillovers["changes"] as? [[String: Any]])
        let park = try #require(changes.first { $0["id"] as? String == "bedrijventerrein>8.5>13.2" })
        #expect(park["kind"] as? String == "new")
        #expect((park["explanation"] as? [String: String])?["en"]?.hasSuffix("because the interaction 8.5 → 13.2 was rescored (from −0.5 to −2).") == true)

        let csv = try CLIRunner.run(["compare", "Models/example.yaml", "Models/example-2027.yaml", "--format", "csv", "--csv-dialect", "excel-nl"])
        #expect(csv.status == 0, "\(csv.stderr)")
        #expect(csv.stdout.hasPrefix("\u{FEFF}section;change;subject;before;after;before_state;after_state;explanation;causes;tool_version;catalogue_version;input_hash\r\n"))
        let lines = csv.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.contains { $0.hasPrefix("spillover;new;bedrijventerrein>8.5>13.2;;-1,333333;;trade-off managed;") })
        #expect(lines.contains { $0.hasPrefix("action;changed;bedrijventerrein;4200000;2600000;;;") })
        // One row per change: the actions, the cell, the target, the spillovers, groups, gaps, balance, coverage, ranking.
        let counted = (inputs["actions"] as? [Any] ?? []).count + (inputs["interactions"] as? [Any] ?? []).count
            + (inputs["targets"] as? [Any] ?? []).count + changes.count
            + ((r["lnob"] as? [String: Any])?["groups"] as? [Any] ?? []).count + ((r["lnob"] as? [String: Any])?["gaps"] as? [Any] ?? []).count
            + ((r["balance"] as? [String: Any])?["changes"] as? [Any] ?? []).count + ((r["coverage"] as? [String: Any])?["changes"] as? [Any] ?? []).count
            + ((r["influence"] as? [String: Any])?["changes"] as? [Any] ?? []).count
        #expect(lines.count == counted + 1)
    }

    @Test("--without gives the same comparison as an edited copy of the file")
    func withoutEqualsEditedCopy() throws {
        let (dir, edited) = try editedExample { text in
            var text = text
            if let start = text.range(of: "  - id: bedrijventerrein\n"), let end = text.range(of: "\n\n", range: start.upperBound..<text.endIndex) {
                text.removeSubrange(start.lowerBound..<end.upperBound)
            }
            return text.replacingOccurrences(of: "    mitigates:\n      - {action: bedrijventerrein, target: \"15.1\"}\n", with: "")
        }
        defer { try? FileManager.default.removeItem(at: dir) }
        let whatIf = try CLIRunner.run(["compare", "Models/example.yaml", "--without", "bedrijventerrein", "--format", "json"])
        let copy = try CLIRunner.run(["compare", "Models/example.yaml", edited.path, "--format", "json"])
        #expect(whatIf.status == 0 && copy.status == 0, "\(whatIf.stderr) \(copy.stderr)")
        #expect(try result(whatIf.stdout) == (try result(copy.stdout)))
        #expect(try result(whatIf.stdout).count > 5)
    }

    @Test("--with (model form and plan form) gives the same comparison as the actions added to the file")
    func withEqualsEditedCopy() throws {
        let action = "  - {id: buurtbus, label: Buurtbus, domain: mobiliteit, budget: 420000, targets: {\"11.2\": 2, \"13.2\": -1}, groups: {nachtwerkers: 2}}\n"
        let (dir, edited) = try editedExample { $0.replacingOccurrences(of: "\n# --- Interacties", with: "\n" + action + "\n# --- Interacties") }
        defer { try? FileManager.default.removeItem(at: dir) }
        let yaml = dir.appendingPathComponent("extra.yaml")
        try Data("actions:\n\(action)".utf8).write(to: yaml)
        let plan = dir.appendingPathComponent("extra.csv")
        try Data("\u{FEFF}Nr;Actie;Beleidsdomein;Budget (€);SDG's;Doelgroepen\r\nbuurtbus;Buurtbus;Mobiliteit;420.000;\"11.2:+2; 13.2:-1\";Nachtwerkers en ploegenarbeiders:+2\r\n".utf8).write(to: plan)
        let copy = try CLIRunner.run(["compare", "Models/example.yaml", edited.path, "--format", "json"])
        #expect(copy.status == 0, "\(copy.stderr)")
        for file in [yaml, plan] {
            let whatIf = try CLIRunner.run(["compare", "Models/example.yaml", "--with", file.path, "--format", "json"])
            #expect(whatIf.status == 0, "\(whatIf.stderr)")
            #expect(try result(whatIf.stdout) == (try result(copy.stdout)), "\(file.lastPathComponent)")
        }
        let table = try CLIRunner.run(["compare", "Models/example.yaml", "--with", yaml.path, "--without", "kouterveld"])
        #expect(table.stdout.hasPrefix("Gemeente Leiewaarde — meerjarenplan 2026-2031: zonder ‘Ontwikkeling woonuitbreidingsgebied Kouterveld (180 woningen)’, met ‘Buurtbus’\n"))
    }

    @Test("a bad what-if is refused with exit status 2, its place and a suggestion; more than two versions is a usage error")
    func refused() throws {
        let unknown = try CLIRunner.run(["compare", "Models/example.yaml", "--without", "bedrijfsterrein"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("cannot leave out `bedrijfsterrein`") && unknown.stderr.contains("Did you mean `bedrijventerrein`?"))
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let bad = dir.appendingPathComponent("bad.yaml")
        try Data("actions:\n  - {id: x, label: X, domain: mobilitijd, targets: {\"11.8\": 2}}\n".utf8).write(to: bad)
        let refused = try CLIRunner.run(["compare", "--with", bad.path])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("bad.yaml:2:") && refused.stderr.contains("Did you mean `mobiliteit`?") && refused.stderr.contains("`11.8`"))
        let three = try CLIRunner.run(["compare", "a.yaml", "b.yaml", "c.yaml"])
        #expect(three.status == 64 && three.stderr.contains("at most two versions"))
    }

    @Test("report --compare adds the section near the top, in Dutch and English, and it renders in Chromium")
    func reportSection() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for (lang, heading) in [("nl", "Wat is er veranderd"), ("en", "What changed")] {
            let out = dir.appendingPathComponent(lang)
            let run = try CLIRunner.run(["report", "Models/example-2027.yaml", "--compare", "Models/example.yaml", "-o", out.path, "--lang", lang])
            #expect(run.status == 0, "\(run.stderr)")
            for name in ["changes.svg", "changes.png", "comparison.json", "index.html", "report.md"] {
                #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), "\(name)")
            }
            let html = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
            let section = try #require(html.range(of: "<section id=\"changes\">\n<h2>\(heading)</h2>"))
            // Near the top: after the key findings, before the first analysis section.
            let spillovers = try #require(html.range(of: "<section id=\"spillovers\">"))
            let findings = try #require(html.range(of: "<section class=\"findings\""))
            #expect(findings.upperBound < section.lowerBound && section.upperBound < spillovers.lowerBound)
            #expect(html.contains(lang == "nl" ? "Sinds de vorige versie: 3 nieuwe trade-offs, 8 opgelost" : "Since the previous version: 3 new trade-offs, 8 resolved"))
            let markdown = try String(contentsOf: out.appendingPathComponent("report.md"), encoding: .utf8)
            #expect(markdown.contains("## \(heading)") && markdown.contains("changes.png"))
            let page = "file://" + out.appendingPathComponent("index.html").path
            let dom = try runChromium(["--dump-dom", page])
            #expect(dom.stdout.contains("id=\"fig-changes\""))
            let consoleErrors = dom.stderr.split(separator: "\n").filter { $0.contains("CONSOLE") && $0.contains("ERROR") }
            #expect(consoleErrors.isEmpty, "\(consoleErrors)")
        }
        let whatIf = try CLIRunner.run(["report", "Models/example.yaml", "--without", "bedrijventerrein", "-o", dir.appendingPathComponent("w").path])
        #expect(whatIf.status == 0, "\(whatIf.stderr)")
        let html = try String(contentsOf: dir.appendingPathComponent("w/index.html"), encoding: .utf8)
        #expect(html.contains("Wat als het plan anders was: zonder ‘Regionaal bedrijventerrein Leiepoort (22 ha)’."))
        #expect(html.contains("Wat als: 0 nieuwe trade-offs, 8 opgelost"))
    }
}
