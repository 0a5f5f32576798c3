import Foundation
import Testing
@testable import Coherence

/// Sentinel codes such as `-100` ("a link exists but was not quantified"): refused without the
/// option, unscored links with it, never a score.
@Suite("Unscored codes (sentinels such as -100)")
struct UnscoredCodeTests {
    static let minus100 = MatrixReadOptions(unscoredCodes: [-100])

    func readSquare(_ text: String, options: MatrixReadOptions = minus100, scale: ScoreScale = .nilsson) throws(InputError) -> CrossImpactMatrix {
        try MatrixReader.read(data: Data(text.utf8), file: "m.csv", scale: scale, expert: "e", options: options)
    }

    func links(_ cells: [CrossImpactMatrix.UnscoredCell]) -> [String] { cells.map { "\($0.from)>\($0.to)" } }

    @Test("square CSV: -100, −100 (U+2212), -100,0 and -100.0 are unscored links; scores stay scores")
    func squareCSV() throws {
        let text = "From\\to;11.6;3.9;7.2\n11.6;;\u{2212}100;1\n3.9;-100,0;;-100.0\n7.2;-1;-100;\n"
        let m = try readSquare(text)
        #expect(m.cells.map { "\($0.from)>\($0.to)=\(ScoreScale.format($0.score))" } == ["11.6>7.2=1", "7.2>11.6=-1"])
        #expect(links(m.unscored) == ["11.6>3.9", "3.9>11.6", "3.9>7.2", "7.2>3.9"])
        #expect(m.unscored[0].location.description == "m.csv: row 2 (11.6), column 3 (3.9)")
        #expect(m.unscoredLinks.allSatisfy { $0.expert == "e" })
    }

    @Test("a comma file with a quoted \"-100,0\", a plus sign and padding is read the same")
    func excelQuirks() throws {
        let m = try readSquare("x,a,b\na,,\"-100,0\"\nb,\" \u{00A0}-100 \",\n")
        #expect(links(m.unscored) == ["a>b", "b>a"])
        #expect(m.cells.isEmpty)
        #expect(MatrixReadOptions.parseCode("\u{2212}100") == -100)
        #expect(MatrixReadOptions.parseCode("\u{2013}100") == -100)
        #expect(MatrixReadOptions.parseCode("-100,0") == -100)
        #expect(MatrixReadOptions.parseCode("+999") == 999)
        #expect(MatrixReadOptions.parseCode("n/a") == nil)
    }

    @Test("without the option the cell is refused, and the suggestion names --unscored-code and `unscored:`")
    func refusedWithoutOption() throws {
        let error = try #require(throws: InputError.self) { try readSquare("x,a,b\na,,-100\nb,1,\n", options: .standard) }
        let d = try #require(error.errors.first)
        #expect(d.location?.description == "m.csv: row 2 (a), column 3 (b)")
        #expect(d.message.contains("not a score on the scale"))
        #expect(d.suggestion?.contains("--unscored-code -100") == true)
        #expect(d.suggestion?.contains("unscored: [-100]") == true)
        // A small slip off the scale is not taken for a code.
        let slip = try #require(throws: InputError.self) { try readSquare("x,a,b\na,,5\nb,1,\n", options: .standard) }
        #expect(slip.errors.first?.suggestion?.contains("unscored") != true)
        // Another code than the one given is still refused.
        let other = try #require(throws: InputError.self) { try readSquare("x,a,b\na,,-99\nb,1,\n") }
        #expect(other.errors.first?.suggestion?.contains("--unscored-code -99") == true)
    }

    @Test("a code on the diagonal is read as blank, with one warning per matrix; without the option it is refused")
    func diagonal() throws {
        let text = "x,a,b,c\na,-100,1,\nb,,-100,-100\nc,,,-100\n"
        let m = try readSquare(text)
        #expect(links(m.unscored) == ["b>c"])
        #expect(m.cells.count == 1)
        let warnings = m.warnings.filter { $0.message.contains("diagonal") }
        #expect(warnings.count == 1)
        #expect(warnings.first?.message.contains("3 cells") == true)
        #expect(warnings.first?.location?.description == "m.csv: row 2 (a), column 2 (a)")
        let error = try #require(throws: InputError.self) { try readSquare(text, options: .standard) }
        #expect(error.errors.first?.message.contains("diagonal") == true)
        #expect(error.errors.first?.suggestion?.contains("--unscored-code -100") == true)
    }

    @Test("a code that is also a score, or lies inside the scale, is refused as an option value")
    func codeOnTheScale() throws {
        for code in [2.0, -3, 0, 0.5] {
            let problems = MatrixReadOptions(unscoredCodes: [code]).problems(scale: .nilsson)
            #expect(problems.count == 1, "\(code)")
            #expect(problems.first?.message.contains("lies on the scale −3…+3") == true)
            #expect(problems.first?.message.contains("--unscored-code") == true)
        }
        #expect(MatrixReadOptions(unscoredCodes: [-100, 4, -4]).problems(scale: .nilsson).isEmpty)
        // On a wider scale -100 is a score.
        let wide = ScoreScale(min: -100, max: 100)
        #expect(MatrixReadOptions(unscoredCodes: [-100]).problems(scale: wide).count == 1)
        #expect(throws: InputError.self) {
            try MatrixImport.read(files: ["does-not-matter.csv"], scale: wide, options: Self.minus100)
        }
    }

    @Test("long table: a code is an unscored link with its rationale; scored and unscored by one expert is an error")
    func longTable() throws {
        let text = """
            expert,from,to,score,rationale
            ann,11.6,3.9,-100,exists but unclear
            ann,3.9,7.2,2,
            bob,11.6,3.9,1,
            bob,7.2,11.6,\u{2212}100,
            """
        let all = try MatrixReader.readAny(data: Data(text.utf8), file: "long.csv", options: Self.minus100)
        #expect(all.map(\.expert) == ["ann", "bob"])
        #expect(links(all[0].unscored) == ["11.6>3.9"])
        #expect(all[0].unscored[0].annotation.rationale == "exists but unclear")
        #expect(all[0].cells.count == 1)
        #expect(links(all[1].unscored) == ["7.2>11.6"])
        let network = try MatrixImport.network(from: all, name: "t")
        #expect(network.unscoredLinks.map { "\($0.expert):\($0.from)>\($0.to)" } == ["ann:11.6>3.9", "bob:7.2>11.6"])
        // ann's unscored 11.6 → 3.9 does not dilute bob's score: the mean is over the experts who scored it.
        let edge = try #require(network.edges(of: .interaction).first { network.nodes[$0.from].id == "11.6" && network.nodes[$0.to].id == "3.9" })
        #expect(edge.score == 1)
        #expect(network.edges(of: .interaction).count == 2)

        let twice = "expert,from,to,score\nann,11.6,3.9,-100\nann,11.6,3.9,2\n"
        let error = try #require(throws: InputError.self) {
            try MatrixReader.readAny(data: Data(twice.utf8), file: "twice.csv", options: Self.minus100)
        }
        #expect(error.errors.first?.message.contains("twice") == true)
        let refused = try #require(throws: InputError.self) { try MatrixReader.readAny(data: Data(twice.utf8), file: "twice.csv") }
        #expect(refused.errors.first?.suggestion?.contains("--unscored-code -100") == true)
    }

    @Test("an XLSX number cell holding -100 is an unscored link")
    func workbook() throws {
        let data = try XLSXFixture(sheets: [.init(name: "Matrix", rows: [
            [.shared("From\\to"), .shared("1.3"), .shared("7.2")],
            [.shared("1.3"), .blank, .number("-100")],
            [.shared("7.2"), .number("2"), .blank],
        ])]).data()
        let m = try MatrixReader.read(data: data, file: "w.xlsx", expert: "w", options: Self.minus100)
        #expect(links(m.unscored) == ["1.3>7.2"])
        #expect(m.cells.count == 1)
    }

    @Test("unscored links enter no sum, mean or count: the influence figures equal those of the matrix without them")
    func leftOutOfSums() throws {
        let with = try MatrixImport.network(from: [readSquare("x,a,b,c\na,,2,-100\nb,-1,,-100\nc,-100,1,\n")], name: "t")
        let without = try MatrixImport.network(from: [readSquare("x,a,b,c\na,,2,\nb,-1,,\nc,,1,\n")], name: "t")
        #expect(with.unscoredLinks.count == 3)
        #expect(with.edges == without.edges)
        #expect(with != without)
        let a = influence(in: with), b = influence(in: without)
        #expect(a.nodes.map(\.total) == b.nodes.map(\.total))
        #expect(a.nodes.map(\.scoredOut) == b.nodes.map(\.scoredOut))
    }

    @Test("YAML: `unscored: [-100]` on a matrices entry, `unscored: true` inline; load → save → load is equal")
    func modelFile() throws {
        let model = """
            coherence: 1
            name: U
            interactions:
              - {from: "11.6", to: "7.2", score: 2}
              - {from: "7.2", to: "3.9", unscored: true, rationale: "we know it exists"}
            matrices:
              - {file: sq.csv, unscored: [-100]}
              - {file: long.csv, unscored: "−100"}
            """
        let files = ["sq.csv": "x,11.6,3.9\n11.6,-100,-100\n3.9,1,\n",
                     "long.csv": "expert,from,to,score\nann,3.9,11.6,-100\nann,11.6,3.9,1\n"]
        let network = try readModel(model, files: files)
        #expect(network.unscoredLinks.map { "\($0.expert):\($0.from)>\($0.to)" } == ["ann:3.9>11.6", "model:7.2>3.9", "sq:11.6>3.9"])
        #expect(network.unscoredLinks[1].annotation.rationale == "we know it exists")
        #expect(network.warnings.contains { $0.message.contains("diagonal") })

        let yaml = ModelWriter.yaml(network)
        #expect(yaml.contains("unscored: true"))
        let again = try readModel(yaml, file: "again.yaml")
        #expect(again == network)
        #expect(again.unscoredLinks == network.unscoredLinks)

        // The reader's own options (the command line's --unscored-code) reach every matrix of the model.
        var reader = ModelReader()
        reader.matrixOptions = Self.minus100
        let plain = model.replacingOccurrences(of: ", unscored: [-100]", with: "").replacingOccurrences(of: ", unscored: \"−100\"", with: "")
        let viaOption = try reader.read(data: Data(plain.utf8), file: "test.yaml", format: .yaml) { path throws(InputError) in
            (Data(files[path]!.utf8), path)
        }
        #expect(viaOption.unscoredLinks == network.unscoredLinks)
        let refused = problems(plain, files: files)
        #expect(refused.count == 3)
        #expect(refused.allSatisfy { $0.suggestion?.contains("unscored: [-100]") == true })
    }

    @Test("YAML: a code on the scale, both score and unscored, a self-link and an unknown id are errors with places")
    func modelFileErrors() throws {
        let onScale = problems("""
            coherence: 1
            name: U
            matrices:
              - {file: sq.csv, unscored: [-100, 2]}
            """, files: ["sq.csv": "x,a,b\na,,1\nb,,\n"])
        #expect(onScale.count == 1)
        #expect(onScale.first?.location?.description == "test.yaml:4:37")
        #expect(onScale.first?.message.contains("`unscored:` lies on the scale") == true)

        let both = problems("""
            coherence: 1
            name: U
            interactions:
              - {from: "11.6", to: "3.9", score: 2, unscored: true}
              - {from: "11.6", to: "11.6", unscored: true}
              - {from: "11.6", to: "verkeer", unscored: true}
              - {from: "7.2", to: "3.9", unscored: maybe}
            """)
        #expect(both.map { $0.location?.line } == [4, 5, 6, 7])
        #expect(both[0].message.contains("both `score:` and `unscored: true`"))
        #expect(both[1].message.contains("with itself"))
        #expect(both[2].message.contains("unknown id `verkeer`"))
        #expect(both[3].message.contains("true or false"))

        let sentinel = problems("""
            coherence: 1
            name: U
            interactions:
              - {from: "11.6", to: "3.9", score: -100}
            """)
        #expect(sentinel.count == 1)
        #expect(sentinel.first?.location?.description == "test.yaml:4:38")
        #expect(sentinel.first?.suggestion?.contains("`unscored: true`") == true)
        #expect(sentinel.first?.suggestion?.contains("--unscored-code -100") == true)
    }

    @Test("an expert who scored a cell and marked it unscored in another file is refused")
    func scoredAndUnscored() throws {
        let issues = problems("""
            coherence: 1
            name: U
            interactions:
              - {from: "11.6", to: "3.9", score: 2}
              - {from: "11.6", to: "3.9", unscored: true}
              - {from: "SDG 11", to: "3.9", unscored: true}
              - {from: "SDG11", to: "3.9", unscored: true}
            """)
        #expect(issues.count == 2)
        #expect(issues.first?.message.contains("both scored") == true)
        #expect(issues.last?.message.contains("twice") == true)
        #expect(issues.last?.location?.line == 7)
    }
}
