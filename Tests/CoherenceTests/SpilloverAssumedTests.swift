import Testing
@testable import Coherence

@Suite("Spillovers on assumed scores")
struct SpilloverAssumedTests {
    @Test("a spillover that starts with an assumed (+1 untagged) contribution says so; a scored one does not")
    func assumedFlag() throws {
        var b = PolicyNetworkBuilder(name: "t")
        b.addDomain(id: "d1", label: "D1")
        b.addDomain(id: "d2", label: "D2")
        b.addOwnership(domain: "d2", of: "11.6")
        b.addOwnership(domain: "d2", of: "3.9")
        b.addAction(ActionDeclaration(id: "a", label: "A", domain: "d1"))
        b.addAction(ActionDeclaration(id: "b", label: "B", domain: "d1"))
        b.addContribution(action: "a", to: "11.6", score: 1, annotation: EdgeAnnotation(assumed: true))
        b.addContribution(action: "b", to: "3.9", score: 2)
        let report = try spillovers(in: try b.build())
        let fromA = try #require(report.findings.first { $0.action == "a" })
        let fromB = try #require(report.findings.first { $0.action == "b" })
        #expect(fromA.assumed)
        #expect(!fromB.assumed)
    }
}
