import Foundation
import Testing

@Suite("coherence validate, info and targets", .serialized)
struct ValidateCLITests {
    @Test("validate on the bundled example and on Models/example.yaml prints OK")
    func validateExample() throws {
        let bundled = try CLIRunner.run(["validate"])
        #expect(bundled.status == 0, "\(bundled.stderr)")
        #expect(bundled.stdout.hasPrefix("OK: "))
        let file = try CLIRunner.run(["validate", "Models/example.yaml"])
        #expect(file.status == 0, "\(file.stderr)")
        #expect(file.stdout.contains("OK: Models/example.yaml"))
    }

    @Test("validate lists every problem of a broken file with file, line and column, and exits 2")
    func validateBroken() throws {
        let result = try CLIRunner.run(["validate", "Tests/Fixtures/models/bad/several-problems.yaml"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        let errors = lines.filter { $0.contains(": error: ") }
        #expect(errors.count == 5, "\(result.stderr)")
        for (line, fragment) in [(5, "unknown key `colour`"), (10, "`11.8` is not an SDG target"), (13, "unknown domain `welfar`"),
                                 (14, "+5 is not on the scale"), (16, "with itself")] {
            #expect(errors.contains { $0.hasPrefix("Tests/Fixtures/models/bad/several-problems.yaml:\(line):") && $0.contains(fragment) },
                    "line \(line): \(fragment)")
        }
        #expect(result.stderr.contains("5 problems found."))
    }

    @Test("each kind of unreadable file exits 2 with a message that names the file",
          arguments: ["unknown-version.yaml", "trailing-comma.json", "latin1.yaml", "empty.yaml", "two-domains.yaml", "missing.yaml"])
    func unreadable(name: String) throws {
        let path = "Tests/Fixtures/models/bad/\(name)"
        let result = try CLIRunner.run(["validate", path])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.hasPrefix(path), "\(result.stderr)")
    }

    @Test("targets --goal 11 lists the 10 targets of goal 11 with their official text")
    func targetsOfGoal() throws {
        let result = try CLIRunner.run(["targets", "--goal", "11"])
        #expect(result.status == 0)
        let ids = result.stdout.split(separator: "\n").compactMap { line in line.split(separator: " ").first.map(String.init) }
            .filter { $0.hasPrefix("11.") }
        #expect(ids == ["11.1", "11.2", "11.3", "11.4", "11.5", "11.6", "11.7", "11.a", "11.b", "11.c"])
        #expect(result.stdout.contains("By 2030, reduce the adverse per capita environmental impact of cities"))
    }

    @Test("targets --search finds 11.6 and 12.5 for waste and for the Dutch afval")
    func targetsSearch() throws {
        for word in ["waste", "afval"] {
            let result = try CLIRunner.run(["targets", "--search", word, "--format", "csv"])
            #expect(result.status == 0)
            let ids = result.stdout.split(separator: "\r\n").dropFirst().compactMap { $0.split(separator: ",").first.map(String.init) }
            #expect(ids.contains("11.6") && ids.contains("12.5"), "\(word): \(ids)")
        }
    }

    @Test("targets --format json is valid JSON with provenance")
    func targetsJSON() throws {
        let result = try CLIRunner.run(["targets", "--goal", "7", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let targets = object?["result"] as? [[String: Any]]
        #expect(targets?.count == 5, "7.1, 7.2, 7.3, 7.a, 7.b")
        #expect((object?["provenance"] as? [String: Any])?["toolVersion"] != nil)
    }

    @Test("info prints counts per kind and the domains with their actions; JSON too")
    func info() throws {
        let table = try CLIRunner.run(["info", "Models/example.yaml"])
        #expect(table.status == 0)
        #expect(table.stdout.contains("action"))
        let json = try CLIRunner.run(["info", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let result = object?["result"] as? [String: Any]
        #expect((result?["domains"] as? [Any])?.count == 9)
        #expect(((result?["nodeCounts"] as? [String: Int])?["action"]) == 54)
    }

    @Test("a usage error keeps swift-argument-parser's exit code, not 2")
    func usageError() throws {
        let result = try CLIRunner.run(["targets", "--goal", "19"])
        #expect(result.status != 0 && result.status != 2)
    }
}
