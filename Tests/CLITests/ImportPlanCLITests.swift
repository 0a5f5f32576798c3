import Foundation
import Testing

@Suite("coherence import plan, and plans given to analysis commands", .serialized)
struct ImportPlanCLITests {
    @Test("import plan writes a model that validates; tags without a score are marked assumed")
    func importExample() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let model = folder.appendingPathComponent("model.yaml").path
        let result = try CLIRunner.run(["import", "plan", "Models/plans/actieplan-voorbeeld.csv",
                                        "--ownership", "Models/plans/eigenaarschap.csv", "--name", "Leiewaarde", "-o", model])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("Wrote \(model): 26 actions in 9 domains"))
        let text = try String(contentsOfFile: model, encoding: .utf8)
        #expect(text.contains("name: \"Leiewaarde\""))
        #expect(text.contains("language: nl"))
        #expect(text.contains("assumed: true"))
        #expect(text.contains("plan: [\"BD1 Een klimaatneutrale en gezonde gemeente\", \"AP1.1 Minder uitstoot door verkeer\"]"))
        let check = try CLIRunner.run(["validate", model])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains("9 domains, 26 actions, 64 contributions"))
    }

    @Test("without ownership the import succeeds and warns how to give it")
    func withoutOwnership() throws {
        let result = try CLIRunner.run(["import", "plan", "Models/plans/actieplan-voorbeeld.csv"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("# Written by coherence"))
        #expect(result.stderr.contains("warning: the plan does not say which policy domain owns"))
        #expect(result.stderr.contains("eigenaarschap"))
    }

    @Test("a broken plan lists every problem by row and column, exits 2 and writes nothing")
    func brokenPlan() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("kapot.csv")
        try """
            Omschrijving;Beleidsdomein;SDG;Budget
            Fietspad;Mobiliteit;17,1;1.000
            Speelplein;Jeugd;11.8;veel
            """.write(to: plan, atomically: true, encoding: .utf8)
        let model = folder.appendingPathComponent("model.yaml")
        let result = try CLIRunner.run(["import", "plan", "kapot.csv", "-o", model.path], in: folder)
        #expect(result.status == 2)
        #expect(!FileManager.default.fileExists(atPath: model.path))
        let errors = result.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(errors.count == 3, "\(result.stderr)")
        #expect(errors.contains { $0.hasPrefix("kapot.csv: row 2 (fietspad), column 3 (SDG): error:") && $0.contains("decimal comma") })
        #expect(errors.contains { $0.hasPrefix("kapot.csv: row 3 (speelplein), column 3 (SDG): error:") && $0.contains("11.8") })
        #expect(errors.contains { $0.hasPrefix("kapot.csv: row 3 (speelplein), column 4 (Budget): error:") })
        #expect(result.stderr.contains("3 problems found."))
    }

    @Test("analysis commands read a plan directly, with the ownership table and matrices after it")
    func planAsInput() throws {
        let result = try CLIRunner.run(["validate", "Models/plans/actieplan-voorbeeld.csv", "Models/plans/eigenaarschap.csv",
                                        "Models/matrices/workshop-2026-expert-a.csv", "Models/matrices/workshop-2026-expert-b.csv"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("9 domains, 26 actions, 64 contributions"))
        #expect(result.stdout.contains("2 experts"))
        #expect(!result.stderr.contains("owns"), "ownership was read: \(result.stderr)")
    }
}
