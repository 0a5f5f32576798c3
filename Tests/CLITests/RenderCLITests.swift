import Foundation
import Testing

/// `coherence render`: every diagram kind on the bundled example, as SVG and PNG; bad ids.
@Suite("coherence render")
struct RenderCLITests {
    static let kinds: [[String]] = [
        ["--diagram", "network"],
        ["--diagram", "ego", "--node", "11.6"],
        ["--diagram", "ego", "--node", "lez"],
        ["--diagram", "radial", "--node", "7.2"],
        ["--diagram", "actions"],
        ["--diagram", "actions", "--domain", "mobiliteit"],
        ["--diagram", "micmac"],
        ["--diagram", "clusters", "--seed", "3"],
        ["--diagram", "lnob"],
        ["--diagram", "coverage"],
        ["--diagram", "domains"],
        ["--diagram", "spillover", "--from", "lez"],
        ["--diagram", "spillover", "--finding", "bedrijventerrein>3.9"],
    ]

    @Test("every kind renders SVG and PNG with exit 0", arguments: kinds)
    func renders(arguments: [String]) throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let svgURL = dir.appendingPathComponent("d.svg"), pngURL = dir.appendingPathComponent("d.png")
        let svg = try CLIRunner.run(["render"] + arguments + ["-o", svgURL.path])
        #expect(svg.status == 0, "\(arguments): \(svg.stderr)")
        let svgText = try String(contentsOf: svgURL, encoding: .utf8)
        #expect(svgText.contains("<svg"))
        #expect(svgText.contains("Legende"))   // the example is Dutch
        let png = try CLIRunner.run(["render"] + arguments + ["-o", pngURL.path])
        #expect(png.status == 0, "\(arguments): \(png.stderr)")
        #expect(try Data(contentsOf: pngURL).starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }

    @Test("--lang en, --format json to standard output")
    func englishJSONToStdout() throws {
        let result = try CLIRunner.run(["render", "--diagram", "radial", "--node", "11.6", "--lang", "en", "--format", "json", "-o", "-"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"name\": \"radial\"") || result.stdout.contains("\"name\":\"radial\""))
        #expect(result.stdout.contains("against the other goals"))
    }

    @Test("an unknown node exits 2 with a suggestion")
    func unknownNode() throws {
        let result = try CLIRunner.run(["render", "--diagram", "ego", "--node", "11.66", "-o", "-"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--node 11.66"))
        #expect(result.stderr.contains("Did you mean 11.6"))
        let domain = try CLIRunner.run(["render", "--diagram", "actions", "--domain", "mobiliteid", "-o", "-"])
        #expect(domain.status == 2)
        #expect(domain.stderr.contains("Did you mean mobiliteit"))
        let finding = try CLIRunner.run(["render", "--diagram", "spillover", "--finding", "no-such-finding", "-o", "-"])
        #expect(finding.status == 2)
        let wrongKind = try CLIRunner.run(["render", "--diagram", "radial", "--node", "lez", "-o", "-"])
        #expect(wrongKind.status == 2)
        #expect(wrongKind.stderr.contains("lez is an action"))
    }
}
