@testable import Coherence
import Testing

/// `SDGCatalogue.withinOneEdit` answers `editDistance(a, b) <= 1` without a table (the did-you-mean of
/// text with a digit asks it of every target, once per unknown tag of a plan).
@Suite("within one edit")
struct WithinOneEditTests {
    @Test("agrees with the optimal-string-alignment distance on every pair of short strings over a small alphabet")
    func agreesWithEditDistance() {
        let alphabet: [Character] = ["1", ".", "a"]
        var words: [String] = [""]
        var frontier: [String] = [""]
        for _ in 1...4 {
            frontier = frontier.flatMap { word in alphabet.map { word + String($0) } }
            words += frontier
        }
        let catalogue = SDGCatalogue.standard
        var disagreements: [String] = []
        for a in words {
            for b in words where SDGCatalogue.withinOneEdit(Array(a), Array(b)) != (catalogue.editDistance(a, b) <= 1) {
                disagreements.append("\(a)|\(b)")
            }
        }
        #expect(words.count == 121)
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
    }

    @Test("substitution, transposition, insertion and deletion are one edit; two of them are not")
    func cases() {
        func within(_ a: String, _ b: String) -> Bool { SDGCatalogue.withinOneEdit(Array(a), Array(b)) }
        #expect(within("11.6", "11.6"))
        #expect(within("11,6", "11.6"))
        #expect(within("1.16", "11.6"))
        #expect(within("116", "11.6"))
        #expect(within("sdg1l", "sdg11"))
        #expect(!within("16.1", "11.6"))
        #expect(!within("11.66.", "11.6"))
        #expect(!within(String(repeating: "1", count: 60_000), "11.6"))
    }
}
