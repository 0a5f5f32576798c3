import CoherenceReport
import Foundation
import Testing

@Suite("Report folder writer")
struct FolderWriterTests {
    func temporary() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("coherence-folder-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("a new folder is written; an existing one is kept unless replacing is asked for, then replaced as a whole")
    func replaceRules() throws {
        let root = try temporary()
        defer { try? FileManager.default.removeItem(at: root) }
        let target = root.appendingPathComponent("report")
        try ReportFolderWriter(destination: target, replace: false).write([("index.html", Data("one".utf8)), ("a/b.txt", Data("b".utf8))])
        #expect(try String(contentsOf: target.appendingPathComponent("index.html"), encoding: .utf8) == "one")
        #expect(throws: ReportFolderWriter.Failure.exists(target.standardizedFileURL.path)) {
            try ReportFolderWriter(destination: target, replace: false).write([("index.html", Data("two".utf8))])
        }
        #expect(try String(contentsOf: target.appendingPathComponent("index.html"), encoding: .utf8) == "one")
        try ReportFolderWriter(destination: target, replace: true).write([("index.html", Data("two".utf8))])
        #expect(try String(contentsOf: target.appendingPathComponent("index.html"), encoding: .utf8) == "two")
        #expect(!FileManager.default.fileExists(atPath: target.appendingPathComponent("a/b.txt").path), "replaced as a whole")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0 != "report" }
        #expect(leftovers.isEmpty, "no temporary folder is left behind: \(leftovers)")
    }

    @Test("a file in the way is refused")
    func fileInTheWay() throws {
        let root = try temporary()
        defer { try? FileManager.default.removeItem(at: root) }
        let target = root.appendingPathComponent("report")
        try Data("x".utf8).write(to: target)
        #expect(throws: ReportFolderWriter.Failure.self) {
            try ReportFolderWriter(destination: target, replace: true).write([("index.html", Data())])
        }
    }
}
