import Foundation
import Testing
@testable import Coherence

@Suite("Network builder")
struct BuilderTests {
    @Test("a network built in code has O(1) lookups and CSR adjacency per edge kind")
    func adjacency() throws {
        var b = PolicyNetworkBuilder(name: "t")
        b.addDomain(id: "d", label: "D")
        b.addAction(ActionDeclaration(id: "a", label: "A", domain: "d"))
        b.addContribution(action: "a", to: "11.6", score: 2)
        b.addContribution(action: "a", to: "3.9", score: -1)
        b.addJudgement(InteractionJudgement(expert: "x", from: "11.6", to: "3.9", score: 2))
        b.addJudgement(InteractionJudgement(expert: "y", from: "11.6", to: "3.9", score: 0))
        let n = try b.build()
        let a = try #require(n.index(of: "a"))
        let out = n.outgoing(.contribution)
        #expect(out.degree(of: a) == 2)
        #expect(out.range(of: a).map { n.nodes[out.neighbours[$0]].id }.sorted() == ["11.6", "3.9"])
        let t = try #require(n.index(of: "3.9"))
        #expect(n.incoming(.interaction).degree(of: t) == 1)
        #expect(n.edges(.interaction, to: t).first?.score == 1, "mean of 2 and 0: 0 is scored as consistent")
        #expect(n.judgements.count == 2)
    }

    @Test("scored 0 is kept as consistent; declared ids that are SDG numbers are refused")
    func zeroAndSDGIDs() {
        var b = PolicyNetworkBuilder(name: "t")
        b.addObjective(id: "11.6", label: "not allowed")
        b.addDomain(id: "SDG3", label: "not allowed")
        #expect(throws: InputError.self) { try b.build() }
    }
}

@Suite("Atomic files")
struct AtomicFileTests {
    @Test("writing over an existing file replaces it, twice in a row, and leaves no temporary file")
    func replaceTwice() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("coherence-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("out.txt")
        for text in ["one", "two", "three"] {
            try AtomicFile.write(text, to: file)
            #expect(try String(contentsOf: file, encoding: .utf8) == text)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["out.txt"])
    }
}
