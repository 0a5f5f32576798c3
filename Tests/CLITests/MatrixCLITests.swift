import Foundation
import Testing

@Suite("coherence template matrix / import matrix")
struct MatrixCLITests {
    @Test("template → fill in → import → validate, and bad cells exit 2 leaving no model behind")
    func workshopRoundTrip() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }

        let template = try CLIRunner.run(["template", "matrix", "--targets", "1.3,7.2", "--goals", "13", "--lang", "nl", "-o", "ws.csv"], in: dir)
        #expect(template.status == 0, "\(template.stderr)")
        let blank = String(decoding: try Data(contentsOf: dir.appendingPathComponent("ws.csv")), as: UTF8.self)
        #expect(blank == "\u{FEFF}Van\\naar;1.3;7.2;SDG13\r\n1.3;;;\r\n7.2;;;\r\nSDG13;;;\r\n")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("ws-legend.csv").path))

        // An expert fills in two cells; another gives a long table.
        let filled = blank.replacingOccurrences(of: "\r\n1.3;;;", with: "\r\n1.3;;versterkend;")
            .replacingOccurrences(of: "\r\nSDG13;;;", with: "\r\nSDG13;\u{2212}1;;")
        try filled.write(to: dir.appendingPathComponent("anna.csv"), atomically: true, encoding: .utf8)
        try "expert,from,to,score,rationale\nben,1.3,7.2,3,\"cheap, clean\"\n".write(to: dir.appendingPathComponent("long.csv"), atomically: true, encoding: .utf8)

        let imported = try CLIRunner.run(["import", "matrix", "anna.csv", "long.csv", "--name", "Workshop", "-o", "model.yaml"], in: dir)
        #expect(imported.status == 0, "\(imported.stderr)")
        let yaml = try String(contentsOf: dir.appendingPathComponent("model.yaml"), encoding: .utf8)
        #expect(yaml.contains(#"- {from: "1.3", to: "7.2", score: 2, expert: "anna"}"#))
        #expect(yaml.contains(#"- {from: "SDG13", to: "1.3", score: -1, expert: "anna"}"#))
        #expect(yaml.contains(#"rationale: "cheap, clean""#))
        let validated = try CLIRunner.run(["validate", "model.yaml"], in: dir)
        #expect(validated.status == 0, "\(validated.stderr)")
        #expect(validated.stdout.contains("2 experts"))

        try "x,1.3,7.2\n1.3,,++\n7.2,5,\n".write(to: dir.appendingPathComponent("bad.csv"), atomically: true, encoding: .utf8)
        let bad = try CLIRunner.run(["import", "matrix", "bad.csv", "-o", "bad.yaml"], in: dir)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains(#"bad.csv: row 2 (1.3), column 3 (7.2): error: "++" is not a score on the scale −3…+3"#))
        #expect(bad.stderr.contains(#"bad.csv: row 3 (7.2), column 2 (1.3): error: "5" is not a score"#))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("bad.yaml").path))
    }

    @Test("unknown template ids exit 2 with a did-you-mean and write nothing")
    func unknownIDs() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLIRunner.run(["template", "matrix", "--targets", "11.8,1.3", "-o", "ws.csv"], in: dir)
        #expect(result.status == 2)
        #expect(result.stderr.contains("error: `11.8` is not an SDG target. Did you mean `11.7`, `11.6` or `11.5`?"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }
}
