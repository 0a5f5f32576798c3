import Foundation
import Testing
@testable import Coherence

@Suite("Long tables (expert, from, to, score, rationale)")
struct LongTableTests {
    func readAny(_ text: String, file: String = "scores.csv", expert: String? = nil) throws(InputError) -> [CrossImpactMatrix] {
        try MatrixReader.readAny(data: Data(text.utf8), file: file, expert: expert)
    }

    func cells(_ m: CrossImpactMatrix) -> [String] {
        m.cells.map { "\($0.from)>\($0.to)=\(ScoreScale.format($0.score))" }
    }

    static let english = """
        expert,from,to,score,rationale,confidence
        anna,1.3,7.2,2,"Social tariffs, energy",high
        anna,7.2,13.2,3,,
        ben,1.3,7.2,-1,Cost of the transition,low
        ben,7.2,1.3,,blank score: not scored,
        ben,SDG 13,1.3,reinforcing,,medium
        """

    @Test("English headers: one matrix per expert, in order of appearance, with rationale and confidence")
    func english() throws {
        let matrices = try readAny(Self.english)
        #expect(matrices.map(\.expert) == ["anna", "ben"])
        #expect(cells(matrices[0]) == ["1.3>7.2=2", "7.2>13.2=3"])
        #expect(cells(matrices[1]) == ["1.3>7.2=-1", "SDG13>1.3=2"])
        #expect(matrices[0].ids == ["1.3", "7.2", "13.2"])
        #expect(matrices[0].cells[0].annotation.rationale == "Social tariffs, energy")
        #expect(matrices[0].cells[0].annotation.confidence == .high)
        #expect(matrices[0].cells[1].annotation.rationale == nil)
        #expect(matrices[0].cells[1].annotation.confidence == nil)
        #expect(matrices[1].cells[0].annotation.confidence == .low)
        #expect(matrices[1].cells[0].location.description == "scores.csv: row 4 (1.3 → 7.2), column 4")
    }

    @Test("Dutch headers in any order, semicolons, decimal comma on a continuous scale")
    func dutch() throws {
        let text = """
            Motivering;Naar;Van;Deskundige;Score (-1..1);Zekerheid
            Sociale tarieven;7.2;1.3;An;0,5;hoog
            ;1.3;7.2;Bert;−0,25;laag
            """
        let matrices = try MatrixReader.readAny(data: Data(text.utf8), file: "lang.csv", scale: ScoreScale(min: -1, max: 1))
        #expect(matrices.map(\.expert) == ["An", "Bert"])
        #expect(cells(matrices[0]) == ["1.3>7.2=0.5"])
        #expect(cells(matrices[1]) == ["7.2>1.3=-0.25"])
        #expect(matrices[0].cells[0].annotation.rationale == "Sociale tarieven")
        #expect(matrices[1].cells[0].annotation.confidence == .low)
    }

    @Test("without an expert column every row belongs to the file's expert")
    func noExpertColumn() throws {
        let matrices = try readAny("van,naar,score,toelichting\n1.3,7.2,2,x\n7.2,1.3,-1,\n", file: "data/workshop-a.csv")
        #expect(matrices.map(\.expert) == ["workshop-a"])
        #expect(cells(matrices[0]) == ["1.3>7.2=2", "7.2>1.3=-1"])
        let named = try readAny("from,to,score\n1.3,7.2,2\n", expert: "Dr. X")
        #expect(named.map(\.expert) == ["Dr. X"])
    }

    @Test("a title line above a long table is skipped")
    func titleLine() throws {
        let matrices = try readAny("Scores of the 2026 workshop\nexpert;from;to;score\nanna;1.3;7.2;2\n")
        #expect(matrices.map(\.expert) == ["anna"])
        #expect(cells(matrices[0]) == ["1.3>7.2=2"])
        #expect(matrices[0].cells[0].location.description == "scores.csv: row 3 (1.3 → 7.2), column 4")
    }

    @Test("one expert can be chosen; an unknown one gets a did-you-mean")
    func chooseExpert() throws {
        let ben = try readAny(Self.english, expert: "ben")
        #expect(ben.map(\.expert) == ["ben"])
        #expect(cells(ben[0]) == ["1.3>7.2=-1", "SDG13>1.3=2"])
        let error = #expect(throws: InputError.self) { try readAny(Self.english, expert: "bem") }
        #expect(error?.description == "scores.csv: row 1, column 1: error: the long table has no expert named `bem` (expected one of `anna`, `ben`). Did you mean `ben`?")
        // Asking for one matrix from a table with several experts and none chosen is an error that lists them.
        let one = #expect(throws: InputError.self) { try MatrixReader.read(data: Data(Self.english.utf8), file: "scores.csv", expert: "scores") }
        #expect(one?.description.contains("holds the scores of 2 experts (anna, ben)") == true)
        let anna = try MatrixReader.read(data: Data(Self.english.utf8), file: "scores.csv", expert: "anna")
        #expect(cells(anna) == ["1.3>7.2=2", "7.2>13.2=3"])
    }

    @Test("every bad row at once: off-scale score, unknown id, self-loop, duplicate, missing expert, bad confidence")
    func badRows() throws {
        let text = """
            expert,from,to,score,confidence
            anna,1.3,7.2,++,
            anna,11.8,7.2,1,
            anna,7.2,7.2,1,
            anna,1.3,13.2,1,
            anna,1.3,13.2,2,
            ,1.3,13.2,2,
            ben,1.3,13.2,2,sure
            """
        let error = #expect(throws: InputError.self) { try readAny(text) }
        #expect(error?.diagnostics.map(\.description) == [
            "scores.csv: row 2 (1.3 → 7.2), column 4: error: \"++\" is not a score on the scale −3…+3 (expected a number from −3 to +3 or a label such as `reinforcing`)",
            "scores.csv: row 3, column 2: error: `11.8` is not an SDG target or goal. Did you mean `11.7`, `11.6` or `11.5`?",
            "scores.csv: row 4 (7.2 → 7.2), column 4: error: a node scored on itself: a node does not interact with itself (found \"1\"). Leave out the row, or score it 0.",
            "scores.csv: row 6 (1.3 → 13.2), column 4: error: `anna` scored 1.3 → 13.2 twice (first at scores.csv: row 5 (1.3 → 13.2), column 4). Keep one row per expert and cell.",
            "scores.csv: row 7, column 1: error: a row without an expert. Name the expert on every row (the column `expert` is there).",
            "scores.csv: row 8, column 5: error: \"sure\" is not a confidence (expected low, medium or high (laag, gemiddeld, hoog))",
        ])
    }

    @Test("a long table without any score, and a square matrix read through readAny")
    func emptyAndSquare() throws {
        let error = #expect(throws: InputError.self) { try readAny("expert,from,to,score\nanna,1.3,7.2,\n") }
        #expect(error?.description.contains("the long table has no scores") == true)
        let square = try readAny("From\\to,1.3,7.2\n1.3,,2\n7.2,,\n", file: "dir/expert-c.csv")
        #expect(square.map(\.expert) == ["expert-c"])
        #expect(cells(square[0]) == ["1.3>7.2=2"])
    }

    @Test("an XLSX long table, with merged expert cells filled down")
    func workbook() throws {
        let data = try XLSXFixture(sheets: [.init(name: "Scores", rows: [
            ["Deskundige", "Van", "Naar", "Score"],
            ["anna", "1.3", "7.2", .number("2")],
            [.blank, "7.2", "1.3", .number("-1")],
            ["ben", "1.3", "7.2", .formula("1+1", cached: "2")],
        ], merges: ["A2:A3"])]).data()
        let matrices = try MatrixReader.readAny(data: data, file: "scores.xlsx")
        #expect(matrices.map(\.expert) == ["anna", "ben"])
        #expect(cells(matrices[0]) == ["1.3>7.2=2", "7.2>1.3=-1"])
        #expect(matrices[0].cells[1].location.description == "scores.xlsx: sheet Scores, cell D3 (7.2 → 1.3)")
        #expect(cells(matrices[1]) == ["1.3>7.2=2"])
    }

    @Test("a model's matrices: entry pulls in a long table with all its experts")
    func modelReference() throws {
        let yaml = """
            coherence: 1
            name: Workshop
            language: en
            interactions:
              - {from: "1.3", to: "7.2", score: 1}
            matrices:
              - scores.csv
            """
        let network = try ModelReader().read(data: Data(yaml.utf8), file: "model.yaml", format: .yaml) { path throws(InputError) in
            guard path == "scores.csv" else { throw InputError(at: nil, "no such file") }
            return (Data(Self.english.utf8), "scores.csv")
        }
        #expect(Set(network.experts) == ["model", "anna", "ben"])
        let judgements = network.judgements.filter { $0.from == "1.3" && $0.to == "7.2" }
        #expect(judgements.map(\.score).sorted() == [-1, 1, 2])
        // The edge carries the mean over the three experts who scored the cell: (1 + 2 − 1) / 3.
        let from = try #require(network.index(of: "1.3")), to = try #require(network.index(of: "7.2"))
        let edge = try #require(network.edges(.interaction, from: from).first { $0.to == to })
        #expect(abs(edge.score! - 2.0 / 3.0) < 1e-12)
        #expect(network.judgements.contains { $0.expert == "anna" && $0.annotation.rationale == "Social tariffs, energy" })
    }

    @Test("MatrixImport keeps each expert's rationale and refuses two matrices of one expert")
    func importNetwork() throws {
        let matrices = try readAny(Self.english)
        let network = try MatrixImport.network(from: matrices, name: "w")
        #expect(network.judgements.count == 4)
        #expect(network.judgements.first { $0.expert == "ben" && $0.from == "1.3" }?.annotation.confidence == .low)
        #expect(throws: InputError.self) { try MatrixImport.network(from: matrices + [matrices[0]], name: "w") }
    }
}
