import Foundation
import Testing

@Suite("coherence interactions, micmac, clusters, centrality and sensitivity", .serialized)
struct InteractionsCLITests {
    static let matrix = "Models/matrices/workshop-2026-expert-a.csv"

    @Test("a workshop matrix goes straight into interactions: table, JSON and CSV")
    func interactionsOnAMatrix() throws {
        let table = try CLIRunner.run(["interactions", Self.matrix, "--top", "5"])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("SDG Synergies"))
        #expect(table.stdout.contains("Hidden trade-offs"))
        let json = try CLIRunner.run(["interactions", Self.matrix, "--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let result = try #require(object["result"] as? [String: Any])
        let influence = try #require(result["influence"] as? [String: Any])
        let nodes = try #require(influence["nodes"] as? [[String: Any]])
        #expect(nodes.count == 30)
        #expect(nodes.first?["rank"] as? Int == 1)
        #expect(influence["layer"] as? String == "signed")
        #expect(object["provenance"] != nil)
        let csv = try CLIRunner.run(["interactions", Self.matrix, "--format", "csv"])
        #expect(csv.stdout.hasPrefix("rank,id,label,kind,out,positive_out,negative_out,in,"))
        #expect(csv.stdout.split(separator: "\r\n").count == 31)
    }

    @Test("the bundled example has three experts: the table ends with their disagreements, in Dutch")
    func expertsSummary() throws {
        let result = try CLIRunner.run(["interactions", "--top", "3"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Deskundigen (3)"))
        let english = try CLIRunner.run(["interactions", "--top", "3", "--lang", "en"])
        #expect(english.stdout.contains("Experts (3)"))
    }

    @Test("micmac, clusters, centrality and sensitivity run on the bundled example")
    func otherCommands() throws {
        for arguments in [["micmac"], ["micmac", "--layer", "positive", "--power", "3"], ["clusters", "--seed", "3"],
                          ["centrality", "--top", "5"], ["sensitivity", "--samples", "40", "--seed", "2"]] {
            for format in ["table", "json", "csv"] {
                let result = try CLIRunner.run(arguments + ["--format", format])
                #expect(result.status == 0, "\(arguments) \(format): \(result.stderr)")
                #expect(!result.stdout.isEmpty)
            }
        }
    }

    @Test("seeded commands print the same twice; sensitivity draws no progress bar when piped")
    func seededAndPiped() throws {
        let a = try CLIRunner.run(["sensitivity", "--samples", "60", "--seed", "5", "--format", "json"])
        let b = try CLIRunner.run(["sensitivity", "--samples", "60", "--seed", "5", "--format", "json", "--workers", "1"])
        #expect(a.status == 0 && a.stdout == b.stdout)
        #expect(a.stderr.isEmpty, "\(a.stderr)")
        let c = try CLIRunner.run(["clusters", "--seed", "9", "--format", "csv"])
        let d = try CLIRunner.run(["clusters", "--seed", "9", "--format", "csv"])
        #expect(c.status == 0 && c.stdout == d.stdout)
    }

    @Test("bad options are usage errors")
    func usage() throws {
        #expect(try CLIRunner.run(["micmac", "--power", "0"]).status == 64)
        #expect(try CLIRunner.run(["sensitivity", "--samples", "0"]).status == 64)
        #expect(try CLIRunner.run(["interactions", "--top", "0"]).status == 64)
    }
}
