import Foundation
import Testing

@Suite("coherence export", .serialized)
struct ExportCLITests {
    @Test("--to csv writes nodes.csv, edges.csv and provenance.json into a new folder; the others one file or stdout")
    func writes() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tables = folder.appendingPathComponent("out/csv")
        let csv = try CLIRunner.run(["export", "Models/example.yaml", "--to", "csv", "-o", tables.path, "--csv-dialect", "excel-nl"])
        #expect(csv.status == 0, "\(csv.stderr)")
        #expect(csv.stdout.isEmpty)
        #expect(csv.stderr.contains("geschreven in"), "the example is Dutch, so the note is too")
        let names = try FileManager.default.contentsOfDirectory(atPath: tables.path).sorted()
        #expect(names == ["edges.csv", "nodes.csv", "provenance.json"])
        let nodes = try Data(contentsOf: tables.appendingPathComponent("nodes.csv"))
        #expect(nodes.starts(with: [0xEF, 0xBB, 0xBF]), "a UTF-8 byte-order mark for Excel")
        #expect(String(decoding: nodes.dropFirst(3), as: UTF8.self).hasPrefix("id;kind;label;goal;colour;domain;budget;"))

        let file = folder.appendingPathComponent("example.graphml")
        let graphML = try CLIRunner.run(["export", "--to", "graphml", "-o", file.path])
        #expect(graphML.status == 0, "\(graphML.stderr)")
        #expect(try String(contentsOf: file, encoding: .utf8).contains("<graphml "))

        let stdout = try CLIRunner.run(["export", "--to", "node-link"])
        #expect(stdout.status == 0)
        #expect(stdout.stdout.hasPrefix("{\n  \"directed\": true,\n  \"multigraph\": true,"))
        let gexf = try CLIRunner.run(["export", "--to", "gexf", "-o", "-"])
        #expect(gexf.stdout.contains("<gexf xmlns=\"http://gexf.net/1.3\""))
    }

    @Test("usage errors: csv without a folder, a CSV dialect for another format, an unknown format")
    func usageErrors() throws {
        let noFolder = try CLIRunner.run(["export", "--to", "csv"])
        #expect(noFolder.status == 64 && noFolder.stderr.contains("-o DIR"), "\(noFolder.stderr)")
        let dialect = try CLIRunner.run(["export", "--to", "gexf", "--csv-dialect", "excel-nl"])
        #expect(dialect.status == 64 && dialect.stderr.contains("--csv-dialect only applies"))
        let unknown = try CLIRunner.run(["export", "--to", "dot"])
        #expect(unknown.status == 64 && unknown.stdout.isEmpty)
    }
}
