import Foundation
import Testing

/// A report run killed with SIGKILL part-way leaves the previous report complete, never a mix; inputs are never modified.
@Suite("SIGKILL while writing a report", .serialized)
struct KillTests {
    /// Every file under a folder (relative path → bytes), skipping nothing.
    static func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let base = folder.resolvingSymlinksInPath().path
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return files }
        for case let url as URL in walker where (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
            let path = url.resolvingSymlinksInPath().path
            files[String(path.dropFirst(base.count + 1))] = try Data(contentsOf: url)
        }
        return files
    }

    @Test("killed after 2 files of the new report, DIR still holds the old report byte for byte; a clean rerun replaces it whole")
    func killMidReport() throws {
        let parent = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: parent) }
        let dir = parent.appendingPathComponent("report")
        let model = "Models/example.yaml"
        let modelURL = CLIRunner.root.appendingPathComponent(model)
        let modelBefore = try Data(contentsOf: modelURL)

        // The old report, in Dutch.
        let old = try TimedProcess.run(["report", model, "-o", dir.path, "--lang", "nl"], timeout: 300)
        try #require(old.status == 0 && !old.signalled, "\(old.stderr)")
        let oldFiles = try Self.snapshot(dir)
        try #require(oldFiles.count > 2, "the report must have more files than the pause point")

        // The new report, in English, paused after 2 files and killed.
        let run = try TimedProcess(["report", model, "-o", dir.path, "--lang", "en", "--force"],
                                   environment: ["COHERENCE_TEST_PAUSE_AFTER_FILES": "2"])
        let paused = run.wait(forStderr: { $0.contains("test pause") }, seconds: 300)
        run.kill()
        let outcome = run.finish(timeout: 30)
        try #require(paused, "the writer never paused: \(outcome.stderr)")
        #expect(outcome.signalled && outcome.status == SIGKILL)

        // DIR is exactly the old report; only a staging folder `.report.new-*` may be left beside it.
        #expect(try Self.snapshot(dir) == oldFiles)
        let siblings = try FileManager.default.contentsOfDirectory(atPath: parent.path).sorted()
        for name in siblings where name != "report" {
            #expect(name.hasPrefix(".report.new-"), "unexpected leftover \(name)")
        }
        #expect(siblings.contains { $0.hasPrefix(".report.new-") }, "the killed run's staging folder should be the only trace")

        // Without the switch the new report replaces the old one whole.
        let again = try TimedProcess.run(["report", model, "-o", dir.path, "--lang", "en", "--force"], timeout: 300)
        #expect(again.status == 0 && !again.signalled, "\(again.stderr)")
        let newFiles = try Self.snapshot(dir)
        #expect(newFiles != oldFiles)
        #expect(Set(newFiles.keys) == Set(oldFiles.keys), "the same set of files, in the other language")
        let index = try #require(newFiles["index.html"].map { String(decoding: $0, as: UTF8.self) })
        #expect(index.contains("lang=\"en\""), "the new report is the English one")

        // The input was only read.
        #expect(try Data(contentsOf: modelURL) == modelBefore)
    }

    @Test("without --force an existing report folder is left alone and the run exits 2")
    func noForce() throws {
        let parent = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: parent) }
        let dir = parent.appendingPathComponent("report")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let keep = dir.appendingPathComponent("keep.txt")
        try Data("mine".utf8).write(to: keep)
        let result = try TimedProcess.run(["report", "-o", dir.path], timeout: 300)
        #expect(result.status == 2 && !result.signalled, "\(result.stderr)")
        #expect(try Data(contentsOf: keep) == Data("mine".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["keep.txt"])
    }

    @Test("validate, export and spillovers never modify their input",
          arguments: [["validate"], ["spillovers", "--format", "csv"], ["export", "--to", "graphml"]])
    func inputsUntouched(command: [String]) throws {
        let parent = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: parent) }
        let copy = parent.appendingPathComponent("model.yaml")
        try FileManager.default.copyItem(at: CLIRunner.root.appendingPathComponent("Models/example.yaml"), to: copy)
        let before = try Data(contentsOf: copy)
        let attributes = try FileManager.default.attributesOfItem(atPath: copy.path)
        let result = try TimedProcess.run(command + [copy.path], timeout: 120)
        #expect(!result.signalled)
        #expect(try Data(contentsOf: copy) == before)
        let after = try FileManager.default.attributesOfItem(atPath: copy.path)
        #expect(after[.modificationDate] as? Date == attributes[.modificationDate] as? Date)
    }
}
