import Foundation
import Testing
@testable import Coherence

/// A matrix with `0` (or a mark) on the diagonal — as published cross-impact matrices and every
/// matrix written by numpy, pandas or R have it — reads exactly as the same matrix with a blank
/// diagonal, with one warning per file; a score other than 0 on the diagonal stays an error.
@Suite("the diagonal of a matrix")
struct DiagonalTests {
    /// The figures the analyses give on a matrix, as JSON: influence (out, in, second order, total,
    /// ranks, warnings) and MICMAC, from the network built from the matrix alone.
    private func figures(_ matrix: CrossImpactMatrix) throws -> (cells: [String], json: Data) {
        let network = try MatrixImport.network(from: [matrix], name: "m")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var json = try encoder.encode(influence(in: network))
        json.append(try encoder.encode(micmac(in: network)))
        let cells = matrix.cells.map { "\($0.from)>\($0.to)=\($0.score)" }.sorted()
        return (cells, json)
    }

    /// The CSV text with every diagonal cell (row i, column i of the ids) replaced by `mark`.
    /// (In Swift a CRLF is one character: the lines are split on LF after CRLF is made LF.)
    private func marked(_ csv: String, separator: Character, mark: String) -> String {
        let crlf = csv.contains("\r\n")
        var lines = csv.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n")
        for i in 1..<lines.count where !lines[i].isEmpty {
            var cells = lines[i].split(separator: separator, omittingEmptySubsequences: false).map(String.init)
            if i < cells.count { cells[i] = mark }
            lines[i] = cells.joined(separator: String(separator))
        }
        return lines.joined(separator: crlf ? "\r\n" : "\n")
    }

    @Test("the bundled workshop matrices with 0 on the diagonal give exactly the figures of their blank diagonal, with one warning each",
          arguments: [("workshop-2026-expert-a.csv", Character(";")), ("workshop-2026-expert-b.csv", Character(","))])
    func bundledMatrices(file: String, separator: Character) throws {
        let blank = try String(contentsOf: repositoryRoot.appendingPathComponent("Models/matrices/\(file)"), encoding: .utf8)
        let zero = marked(blank, separator: separator, mark: "0")
        #expect(zero != blank)
        let a = try MatrixReader.read(data: Data(blank.utf8), file: file, expert: "expert")
        let b = try MatrixReader.read(data: Data(zero.utf8), file: file, expert: "expert")
        #expect(a.warnings.isEmpty)
        // The bundled matrices have 30 ids: 30 zeros, one warning at the first.
        let notes = b.warnings.filter { $0.message.contains("diagonal") }
        #expect(notes.count == 1)
        #expect(notes.first?.message.hasPrefix("the diagonal holds `0` in 30 cells: read as no interaction") == true)
        #expect(notes.first?.location?.row == 2 && notes.first?.location?.tableColumn == 2)
        let (cellsA, jsonA) = try figures(a), (cellsB, jsonB) = try figures(b)
        #expect(cellsA == cellsB)
        #expect(jsonA == jsonB)
        #expect(cellsA.count > 100)
    }

    /// A published-style 4 × 4 matrix: 1.2 → 3.4 = −1, 1.2 → 7.2 = 2, 3.4 → 7.2 = 3, 7.2 → 13.2 = −2,
    /// 13.2 → 1.2 = 1 (and 0 scored as *consistent* for 3.4 → 1.2, which must stay a scored 0).
    private static let ids = ["1.2", "3.4", "7.2", "13.2"]
    private static let scores: [[Int?]] = [[nil, -1, 2, nil], [0, nil, 3, nil], [nil, nil, nil, -2], [1, nil, nil, nil]]

    @Test("a published-style matrix with 0 on the diagonal, as CSV and as XLSX numbers, reads as its blank diagonal")
    func publishedStyle() throws {
        func csv(diagonal: String) -> String {
            var lines = ["," + Self.ids.joined(separator: ",")]
            for (i, id) in Self.ids.enumerated() {
                lines.append(id + "," + Self.scores[i].enumerated().map { j, s in i == j ? diagonal : s.map(String.init) ?? "" }.joined(separator: ","))
            }
            return lines.joined(separator: "\n") + "\n"
        }
        func xlsx(diagonal: Bool) throws -> Data {
            var rows: [[XLSXFixture.Cell]] = [[.blank] + Self.ids.map { .shared($0) }]
            for (i, id) in Self.ids.enumerated() {
                rows.append([.shared(id)] + Self.scores[i].enumerated().map { j, s in
                    i == j ? (diagonal ? .number("0") : .blank) : s.map { .number(String($0)) } ?? .blank
                })
            }
            return try XLSXFixture(sheets: [.init(name: "Matrix", rows: rows)]).data()
        }
        let blank = try MatrixReader.read(data: Data(csv(diagonal: "").utf8), file: "published.csv", expert: "e")
        // Hand-worked: five scores and one scored 0 (3.4 → 1.2), nothing on the diagonal.
        #expect(try figures(blank).cells == ["1.2>3.4=-1.0", "1.2>7.2=2.0", "13.2>1.2=1.0", "3.4>1.2=0.0", "3.4>7.2=3.0", "7.2>13.2=-2.0"])
        for zero in ["0", "0.0", "\"0,0\"", "+0", "\u{2212}0", " 0 "] {
            let read = try MatrixReader.read(data: Data(csv(diagonal: zero).utf8), file: "published.csv", expert: "e")
            #expect(try figures(read).json == figures(blank).json, "diagonal \(zero)")
            #expect(read.warnings.count == 1)
        }
        let workbookBlank = try MatrixReader.read(data: xlsx(diagonal: false), file: "published.xlsx", expert: "e")
        let workbookZero = try MatrixReader.read(data: xlsx(diagonal: true), file: "published.xlsx", expert: "e")
        #expect(try figures(workbookZero).cells == figures(blank).cells)
        #expect(try figures(workbookZero).json == figures(workbookBlank).json)
        #expect(workbookZero.warnings.first?.location?.description == "published.xlsx: sheet Matrix, cell B2 (1.2 → 1.2)")
        #expect(workbookZero.warnings.first?.message.contains("`0` in 4 cells") == true)
    }

    @Test("marks on the diagonal are read as blank with one warning that counts each; a non-zero score there stays an error",
          arguments: ["x", "X", "-", "\u{2014}", "\u{2013}", "n.v.t.", "nvt", "n/a", "N/A", "consistent", "neutraal", "0"])
    func marks(mark: String) throws {
        let m = try MatrixReader.read(data: Data("x;a;b\na;\(mark);1\nb;2;\(mark)\n".utf8), file: "m.csv", expert: "e")
        #expect(m.cells.map(\.score) == [1, 2])
        #expect(m.warnings.count == 1)
        #expect(m.warnings[0].severity == .warning)
        let quoted = ["consistent", "neutraal"].contains(mark) ? "0" : mark
        #expect(m.warnings[0].message.hasPrefix("the diagonal holds `\(quoted)` in 2 cells"))
    }

    @Test("scores other than 0 on the diagonal are errors, one per cell", arguments: ["1", "-1", "versterkend", "+3"])
    func scored(text: String) {
        let error = #expect(throws: InputError.self) {
            try MatrixReader.read(data: Data("x;a;b\na;\(text);1\nb;2;0\n".utf8), file: "m.csv", expert: "e")
        }
        #expect(error?.errors.count == 1)
        #expect(error?.errors.first?.message.hasPrefix("a score on the diagonal") == true)
    }

    @Test("a long table scoring a node on itself 0 reads as no interaction, one warning; other scores there are errors")
    func longTable() throws {
        let text = "expert,from,to,score\nanna,a,a,0\nanna,a,b,2\nben,b,b,x\nben,b,a,-1\n"
        let all = try MatrixReader.readAny(data: Data(text.utf8), file: "long.csv")
        #expect(all.map(\.expert) == ["anna", "ben"])
        #expect(all.flatMap(\.cells).map { "\($0.from)>\($0.to)=\($0.score)" } == ["a>b=2.0", "b>a=-1.0"])
        let warnings = all.flatMap(\.warnings)
        #expect(warnings.count == 1)
        #expect(warnings.first?.message.hasPrefix("the diagonal holds `0` in 1 cell and `x` in 1 cell") == true)
        let error = #expect(throws: InputError.self) {
            try MatrixReader.readAny(data: Data("expert,from,to,score\nanna,a,a,1\n".utf8), file: "long.csv")
        }
        #expect(error?.errors.first?.message.hasPrefix("a node scored on itself") == true)
    }

    @Test("the note reaches the network's warnings from a model file's matrix, and strict() makes it an error")
    func throughTheModel() throws {
        let network = try MatrixImport.network(
            from: [MatrixReader.read(data: Data("x,a,b\na,0,1\nb,2,0\n".utf8), file: "m.csv", expert: "e")], name: "m")
        #expect(network.warnings.count == 1)
        let error = #expect(throws: InputError.self) { try network.strict() }
        #expect(error?.errors.count == 1)
        #expect(error?.errors.first?.message.contains("diagonal") == true)
        let clean = try MatrixImport.network(from: [MatrixReader.read(data: Data("x,a,b\na,,1\nb,2,\n".utf8), file: "m.csv", expert: "e")], name: "m")
        #expect(try clean.strict().edges(of: .interaction).count == 2)
    }
}
