import Foundation
import Testing

/// Model text that looks like markup, DOT, URLs or spreadsheet formulas comes out inert in every format.
@Suite("injection: hostile labels, ids and rationale", .serialized)
struct InjectionTests {
    /// Strings an attacker (or an unlucky copy-paste) could put in a model.
    static let hostile = [
        "=HYPERLINK(\"http://x\",\"klik\")", "+cmd|' /C calc'!A0", "@SUM(1)", "-2+3",
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<svg onload=alert(1)>",
        "javascript:alert(1)", "[klik](javascript:alert(1))", "a\" -> b [label=\"x\"]; c",
        "}; digraph evil { x", "<<B>html</B>>", "# Kop\n\n| tabel |",
    ]

    /// A YAML double-quoted scalar.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n") + "\""
    }

    /// A valid model whose domain, action, group and stakeholder labels, descriptions and rationales are hostile.
    static func model() -> String {
        var yaml = "coherence: 1\nname: \(quoted("=cmd|' /C calc'!A0 <script>alert(1)</script>"))\nlanguage: en\n"
        yaml += "domains:\n"
        yaml += "  - {id: \(quoted("=d1")), label: \(quoted(hostile[0])), owns: [\"11.2\", \"1.2\"]}\n"
        yaml += "  - {id: \(quoted("<d2>")), label: \(quoted(hostile[4])), owns: [\"11.6\"]}\n"
        yaml += "groups:\n  - {id: \(quoted("+g1")), label: \(quoted(hostile[1]))}\n"
        yaml += "stakeholders:\n  - {id: \(quoted("@s1")), label: \(quoted(hostile[2])), kind: citizens, represents: [\(quoted("+g1"))]}\n"
        yaml += "actions:\n"
        for (i, text) in hostile.enumerated() {
            let domain = i.isMultiple(of: 2) ? "=d1" : "<d2>"
            yaml += "  - id: \(quoted(i == 3 ? "-2+3" : "a\(i)\(i.isMultiple(of: 3) ? "\"><x" : "")"))\n"
            yaml += "    label: \(quoted(text))\n    description: \(quoted(hostile[(i + 5) % hostile.count]))\n"
            yaml += "    domain: \(quoted(domain))\n"
            yaml += "    targets: {\"11.6\": {score: \(i.isMultiple(of: 2) ? 2 : -1), rationale: \(quoted(hostile[(i + 1) % hostile.count]))}, \"1.2\": -1}\n"
            yaml += "    groups: {\(quoted("+g1")): \(i.isMultiple(of: 2) ? -2 : 1), low-income: -1}\n"
        }
        yaml += "interactions:\n"
        yaml += "  - {from: \"11.6\", to: \"1.2\", score: -2, rationale: \(quoted(hostile[0] + " " + hostile[4]))}\n"
        yaml += "  - {from: \"1.2\", to: \"11.2\", score: 1, rationale: \(quoted(hostile[9]))}\n"
        return yaml
    }

    /// Parses RFC 4180 CSV (comma or semicolon) into cells.
    static func cells(_ text: String) -> [String] {
        let separator: Character = text.prefix(2000).filter { $0 == ";" }.count > text.prefix(2000).filter { $0 == "," }.count ? ";" : ","
        var cells: [String] = [], cell = "", quoted = false, atStart = true
        var chars = Array(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        chars.append("\n")
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < chars.count, chars[i + 1] == "\"" { cell.append("\""); i += 1 } else { quoted = false }
                } else { cell.append(c) }
            } else if c == "\"" && atStart {
                quoted = true; atStart = false
            } else if c == separator || c == "\n" || c == "\r\n" {
                cells.append(cell); cell = ""; atStart = true
            } else if c != "\r" {
                cell.append(c); atStart = false
            }
            i += 1
        }
        return cells
    }

    /// A cell Excel would run as a formula: starts with = + - @ (or tab/CR) and is not simply a number.
    static func isFormula(_ cell: String) -> Bool {
        guard let first = cell.first, "=+-@\t\r".contains(first) else { return false }
        let number = cell.replacingOccurrences(of: ",", with: ".").replacingOccurrences(of: "−", with: "-")
        return Double(number) == nil
    }

    static func writeModel() throws -> (folder: URL, model: String) {
        let folder = try CLIRunner.temporaryDirectory()
        let url = folder.appendingPathComponent("hostile.yaml")
        try Data(model().utf8).write(to: url)
        return (folder, url.path)
    }

    @Test("the hostile model is valid (labels are only text)")
    func modelLoads() throws {
        let (folder, model) = try Self.writeModel()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try TimedProcess.run(["validate", model])
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test("CSV output never starts a text cell with = + - @ (a leading ' makes it inert)",
          arguments: [["spillovers", "--format", "csv"], ["spillovers", "--format", "csv", "--csv-dialect", "excel-nl"],
                      ["lnob", "--format", "csv"], ["coverage", "--format", "csv"], ["balance", "--format", "csv"]])
    func csvCells(command: [String]) throws {
        let (folder, model) = try Self.writeModel()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try TimedProcess.run(command + [model])
        #expect(result.status == 0, "\(result.stderr)")
        let cells = Self.cells(result.stdout)
        #expect(!cells.isEmpty)
        let bad = cells.filter(Self.isFormula)
        #expect(bad.isEmpty, "formula-like cells: \(bad)")
        #expect(cells.contains { $0.hasPrefix("'=") || $0.hasPrefix("'+") || $0.hasPrefix("'-") || $0.hasPrefix("'@") } || !["spillovers", "lnob"].contains(command[0]),
                "the hostile labels should appear, defused")
    }

    @Test("export --to csv writes nodes.csv and edges.csv with every formula defused")
    func exportCSV() throws {
        let (folder, model) = try Self.writeModel()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("tables")
        let result = try TimedProcess.run(["export", "--to", "csv", "-o", out.path, model])
        #expect(result.status == 0, "\(result.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".csv") }
        #expect(names.contains("nodes.csv") && names.contains("edges.csv"), "\(names)")
        for name in names {
            let cells = Self.cells(try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8))
            #expect(cells.filter(Self.isFormula).isEmpty, "\(name): \(cells.filter(Self.isFormula))")
        }
        let nodes = Self.cells(try String(contentsOf: out.appendingPathComponent("nodes.csv"), encoding: .utf8))
        #expect(nodes.contains("'=HYPERLINK(\"http://x\",\"klik\")"))
        #expect(nodes.contains("'-2+3"))
    }

    @Test("the report's diagrams (SVG) and Markdown carry no live markup from the model")
    func reportDiagrams() throws {
        let (folder, model) = try Self.writeModel()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("report")
        let result = try TimedProcess.run(["report", model, "-o", out.path], timeout: 300)
        #expect(result.status == 0, "\(result.stderr)")
        let files = try KillTests.snapshot(out)
        let svgs = files.filter { $0.key.hasSuffix(".svg") }
        #expect(!svgs.isEmpty)
        for (name, data) in svgs {
            let text = String(decoding: data, as: UTF8.self).lowercased()
            // Model text may appear escaped (`&lt;img …&gt;` in a <text> or a title); no element or attribute may come from it.
            for needle in ["<script", "<img", "<iframe", "<foreignobject", "<x", "<d2>", "<b>html", "href=\"javascript:"] {
                #expect(!text.contains(needle), "\(name) contains \(needle)")
            }
            #expect(text.components(separatedBy: "<svg").count == 2, "\(name): exactly one <svg> element")
            // Attribute values blanked, no tag may carry an event handler.
            let tags = text.replacingOccurrences(of: #""[^"]*""#, with: "\"\"", options: .regularExpression)
            #expect(tags.range(of: #"<[^>]*\son[a-z]+\s*="#, options: .regularExpression) == nil, "\(name) has an on…= attribute")
        }
        if let markdown = files["report.md"].map({ String(decoding: $0, as: UTF8.self) }) {
            #expect(markdown.range(of: #"(?<!\\)\]\(javascript:"#, options: .regularExpression) == nil, "report.md has a live javascript: link")
            #expect(!markdown.contains("<script>") && !markdown.contains("<img"), "report.md has raw HTML from the model")
            #expect(markdown.contains("\\[klik\\](javascript:alert(1))"), "the link text is shown, escaped")
        }
    }
}
