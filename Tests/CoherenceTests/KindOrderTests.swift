import Testing
@testable import Coherence

/// Kinds sort in the order they are declared (edge lists and findings are sorted by kind).
@Suite("kind order")
struct KindOrderTests {
    @Test("edge kinds, node kinds and gap kinds sort in declaration order")
    func declarationOrder() {
        #expect(EdgeKind.allCases.shuffled().sorted() == EdgeKind.allCases)
        #expect(NodeKind.allCases.shuffled().sorted() == NodeKind.allCases)
        #expect(LNOBGapKind.allCases.shuffled().sorted() == LNOBGapKind.allCases)
    }
}
