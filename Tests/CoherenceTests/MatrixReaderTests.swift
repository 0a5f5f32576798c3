import Foundation
import Testing
@testable import Coherence

@Suite("Matrix reader (square matrices, CSV and XLSX)")
struct MatrixReaderTests {
    /// Reads CSV text as a square matrix of expert "e".
    func read(_ text: String, file: String = "m.csv", scale: ScoreScale = .nilsson) throws(InputError) -> CrossImpactMatrix {
        try MatrixReader.read(data: Data(text.utf8), file: file, scale: scale, expert: "e")
    }

    /// The cells as `from>to=score`, in file order.
    func cells(_ m: CrossImpactMatrix) -> [String] {
        m.cells.map { "\($0.from)>\($0.to)=\(ScoreScale.format($0.score))" }
    }

    /// The same 3 × 3 matrix: 1.3→7.2 = +2, 7.2→1.3 = −1, 7.2→SDG13 = 0, SDG13→1.3 = +3; the rest blank.
    static let expected = ["1.3>7.2=2", "7.2>1.3=-1", "7.2>SDG13=0", "SDG13>1.3=3"]

    @Test("comma, semicolon and tab separators are detected", arguments: [",", ";", "\t"])
    func separators(separator: String) throws {
        let rows = [["From\\to", "1.3", "7.2", "SDG13"], ["1.3", "", "2", ""], ["7.2", "-1", "", "0"], ["SDG13", "3", "", ""]]
        let text = rows.map { $0.joined(separator: separator) }.joined(separator: "\n") + "\n"
        let m = try read(text)
        #expect(m.ids == ["1.3", "7.2", "SDG13"])
        #expect(cells(m) == Self.expected)
        #expect(m.expert == "e")
    }

    @Test("BOM, CRLF, quoted cells, labels, +2, Unicode minus, non-breaking spaces, any top-left text")
    func spreadsheetSpellings() throws {
        let text = "\u{FEFF}\"Influence of row on column; scored 2026\";\"1.3\";\" 7.2\u{00A0}\";\"Goal 13\"\r\n"
            + "1.3;;+2;\r\n"
            + "7.2;\u{2212}1;;consistent\r\n"
            + "SDG 13;Indivisible\u{00A0};;\r\n"
        let m = try read(text)
        #expect(m.ids == ["1.3", "7.2", "SDG13"])
        #expect(cells(m) == Self.expected)
        #expect(m.cells[0].location.description == "m.csv: row 2 (1.3), column 3 (7.2)")
    }

    @Test("header ids may carry names; Dutch score labels and en dashes are read on the default scale")
    func headerNamesAndDutchLabels() throws {
        let text = """
            Van\\naar,1.3 Social protection,"7.2: Renewable energy, share",SDG 13 – Climate action
            1.3 Social protection,,versterkend,
            7.2 Renewable energy,\u{2013}1,,neutraal
            SDG13,ondeelbaar,,
            """
        let m = try read(text)
        #expect(m.ids == ["1.3", "7.2", "SDG13"])
        #expect(cells(m) == Self.expected)
    }

    @Test("decimal comma on a continuous scale, in a semicolon file and quoted in a comma file")
    func decimalComma() throws {
        let scale = ScoreScale(min: -1, max: 1)
        let semicolon = try read("x;a;b\na;;0,5\nb;-0,25;\n", scale: scale)
        #expect(cells(semicolon) == ["a>b=0.5", "b>a=-0.25"])
        let comma = try read("x,a,b\na,,\"0,5\"\nb,\"−0,25\",\n", scale: scale)
        #expect(cells(comma) == ["a>b=0.5", "b>a=-0.25"])
        // On the whole-number default scale 0,5 is off the scale, and the message says why.
        let error = #expect(throws: InputError.self) { try read("x;1.3;7.2\n1.3;;0,5\n7.2;;\n") }
        #expect(error?.description.contains("\"0,5\" is not a score on the scale −3…+3 (expected a whole number from −3 to +3)") == true)
    }

    @Test("the diagonal is blank or marked; a score on it is an error")
    func diagonal() throws {
        let m = try read("x,1.3,7.2\n1.3,x,1\n7.2,,-\n")
        #expect(cells(m) == ["1.3>7.2=1"])
        let error = #expect(throws: InputError.self) { try read("x,1.3,7.2\n1.3,2,1\n7.2,,\n") }
        #expect(error?.description == "m.csv: row 2 (1.3), column 2 (1.3): error: a score on the diagonal: a node does not interact with itself (found \"2\"). Leave the diagonal blank.")
    }

    @Test("every bad cell is reported at once with its row, column, both ids and the text found")
    func badCells() throws {
        // Row 7 is target 12.5 and column 4 is target 13.2, as in the example.
        let ids = ["1.3", "7.2", "13.2", "11.6", "3.9", "12.5"]
        var lines = ["From\\to," + ids.joined(separator: ",")]
        for id in ids { lines.append(id + String(repeating: ",", count: ids.count)) }
        func put(_ row: Int, _ column: Int, _ text: String) {
            var cells = lines[row - 1].components(separatedBy: ",")
            cells[column - 1] = text
            lines[row - 1] = cells.joined(separator: ",")
        }
        put(7, 4, "++")
        put(2, 3, "5")
        put(3, 2, "#REF!")
        put(4, 7, "2")   // a good cell among the bad ones
        let error = #expect(throws: InputError.self) { try read(lines.joined(separator: "\n"), file: "workshop.csv") }
        let messages = error?.diagnostics.map(\.description) ?? []
        #expect(messages == [
            "workshop.csv: row 2 (1.3), column 3 (7.2): error: \"5\" is not a score on the scale −3…+3 (expected a whole number from −3 to +3)",
            "workshop.csv: row 3 (7.2), column 2 (1.3): error: \"#REF!\" is not a score on the scale −3…+3 (expected a number from −3 to +3 or a label such as `reinforcing`)",
            "workshop.csv: row 7 (12.5), column 4 (13.2): error: \"++\" is not a score on the scale −3…+3 (expected a number from −3 to +3 or a label such as `reinforcing`)",
        ])
        #expect(error?.diagnostics.allSatisfy { $0.found != nil } == true)
    }

    @Test("a matrix that is not square: ids differ between the header and the first column")
    func notSquare() throws {
        let error = #expect(throws: InputError.self) { try read("x,1.3,7.2,11.6\n1.3,,,\n7.2,,,\n3.9,,,\n") }
        #expect(error?.description == "m.csv: row 1: error: the matrix is not square: the header row (3 ids) and the first column (3 ids) must hold the same ids (in the first column but not in the header: 3.9; in the header but not in the first column: 11.6). Give every id both a row and a column, in any order.")
        let fewer = #expect(throws: InputError.self) { try read("x,1.3,7.2\n1.3,,\n") }
        #expect(fewer?.description.contains("the header row (2 ids) and the first column (1 ids)") == true)
        // The same ids in another order are fine.
        let m = try read("x,7.2,1.3\n1.3,1,\n7.2,,-2\n")
        #expect(cells(m) == ["1.3>7.2=1", "7.2>1.3=-2"])
    }

    @Test("duplicate ids in the header or the first column, also when spelled differently")
    func duplicates() throws {
        let error = #expect(throws: InputError.self) { try read("x,1.3,SDG 7,Goal 7\n1.3,,,\nSDG7,,,\n1.3,,,\n") }
        let messages = error?.diagnostics.map(\.description) ?? []
        #expect(messages.contains("m.csv: row 1, column 4: error: the id `SDG7` appears twice in the header row (first at m.csv: row 1, column 3). Give every id one column."))
        #expect(messages.contains("m.csv: row 4, column 1: error: the id `1.3` appears twice in the first column (first at m.csv: row 2, column 1). Give every id one row."))
    }

    @Test("unknown targets get a did-you-mean; a decimal-comma id is refused; custom objectives are kept")
    func ids() throws {
        let error = #expect(throws: InputError.self) { try read("x,11.8,\"17,10\"\n11.8,,\n\"17,10\",,\n") }
        let text = error?.description ?? ""
        #expect(text.contains("m.csv: row 1, column 2: error: `11.8` is not an SDG target or goal. Did you mean `11.7`"))
        #expect(text.contains("`17,10` looks like a target number that a spreadsheet turned into a decimal number"))
        let m = try read("x,air quality,1.3\nair quality,,2\n1.3,-1,\n")
        #expect(m.ids == ["air quality", "1.3"])
        #expect(cells(m) == ["air quality>1.3=2", "1.3>air quality=-1"])
    }

    @Test("whole-number ids are custom objectives, with a warning that goals are written SDG11")
    func bareNumbers() throws {
        let m = try read("x,1,2\n1,,3\n2,,\n")
        #expect(m.ids == ["1", "2"])
        #expect(m.warnings.count == 1)
        #expect(m.warnings[0].severity == .warning)
        #expect(m.warnings[0].description == "m.csv: row 1: warning: the ids `1`, `2` are whole numbers, read as custom objectives, not as goals. Write goals as `SDG1` (or `Goal 1`) if they are meant.")
    }

    @Test("blank rows and columns before the matrix are skipped; locations stay those of the file")
    func offsetLocations() throws {
        let error = #expect(throws: InputError.self) { try read(";;;\n;From\\to;1.3;7.2\n;1.3;;++\n;7.2;1;\n") }
        #expect(error?.description.hasPrefix("m.csv: row 3 (1.3), column 4 (7.2): error: \"++\" is not a score") == true)
        let m = try read(";;;\n;From\\to;1.3;7.2\n;1.3;;2\n;7.2;1;\n")
        #expect(cells(m) == ["1.3>7.2=2", "7.2>1.3=1"])
        #expect(m.cells[0].location.description == "m.csv: row 3 (1.3), column 4 (7.2)")
    }

    @Test("a title line above the matrix is skipped, also for finding the separator")
    func titleLine() throws {
        let m = try read("Workshop Leiewaarde, 12 March 2026\n\nVan\\naar;1.3;7.2\n1.3;;2\n7.2;-1;\n")
        #expect(m.ids == ["1.3", "7.2"])
        #expect(cells(m) == ["1.3>7.2=2", "7.2>1.3=-1"])
        #expect(m.cells[0].location.description == "m.csv: row 4 (1.3), column 3 (7.2)")
    }

    @Test("an empty file, a header alone, and a row of scores without an id")
    func emptyAndMissing() throws {
        #expect(throws: InputError.self) { try read("") }
        let header = #expect(throws: InputError.self) { try read("x,1.3,7.2\n") }
        #expect(header?.description.contains("the matrix is empty") == true)
        let noID = #expect(throws: InputError.self) { try read("x,1.3,7.2\n1.3,,1\n,2,\n7.2,,\n") }
        #expect(noID?.description.contains("m.csv: row 3, column 1: error: a row with scores but no id in the first column") == true)
    }

    @Test("XLSX: shared and inline strings, numbers and cached formula values as scores, --sheet")
    func workbook() throws {
        let data = try XLSXFixture(sheets: [
            .init(name: "Instructions", rows: [["Score every cell"]]),
            .init(name: "Expert B", rows: [
                ["From\\to", .inline("1.3"), "7.2", .inline("SDG13")],
                ["1.3", .blank, .number("2"), .blank],
                [.inline("7.2"), .formula("-1", cached: "-1"), .blank, .formula("0*A1", cached: "0")],
                ["SDG13", "indivisible", .blank, .blank],
            ]),
        ]).data()
        let m = try MatrixReader.read(data: data, file: "w.xlsx", expert: "B", sheet: "Expert B")
        #expect(m.ids == ["1.3", "7.2", "SDG13"])
        #expect(cells(m) == Self.expected)
        #expect(m.cells[0].location.description == "w.xlsx: sheet Expert B, cell C2 (1.3 → 7.2)")
        // Without --sheet the first sheet is read, which is no matrix.
        #expect(throws: InputError.self) { try MatrixReader.read(data: data, file: "w.xlsx", expert: "B") }
    }

    @Test("XLSX: bad cells name the sheet, the cell and both ids")
    func workbookBadCells() throws {
        let data = try XLSXFixture(sheets: [.init(name: "M", rows: [
            ["x", "1.3", "7.2"], ["1.3", .blank, .number("4")], ["7.2", .boolean(true), .blank],
        ])]).data()
        let error = #expect(throws: InputError.self) { try MatrixReader.read(data: data, file: "w.xlsx", expert: "e") }
        #expect(error?.diagnostics.map(\.description) == [
            "w.xlsx: sheet M, cell C2 (1.3 → 7.2): error: \"4\" is not a score on the scale −3…+3 (expected a whole number from −3 to +3)",
            "w.xlsx: sheet M, cell B3 (7.2 → 1.3): error: \"TRUE\" is not a score on the scale −3…+3 (expected a number from −3 to +3)",
        ])
    }

    @Test("XLSX: an id that Excel turned into a number that lost its trailing zero, or into a date, is refused")
    func excelMangledIDs() throws {
        let data = try XLSXFixture(sheets: [.init(name: "M", rows: [
            ["x", .number("17.1"), .date("45352"), .number("7.2")],
            ["17.10", .blank, .blank, .blank],
            ["1.3", .blank, .blank, .blank],
            ["7.2", .blank, .blank, .blank],
        ])]).data()
        let error = #expect(throws: InputError.self) { try MatrixReader.read(data: data, file: "w.xlsx", expert: "e") }
        let text = error?.description ?? ""
        #expect(text.contains("w.xlsx: sheet M, cell B1: error: the id cell holds the number 17.1, which may have been `17.10` before the spreadsheet dropped its trailing zero"))
        // 45352 is 1 March 2024: typed as 1.3 in a Dutch or Belgian locale (day.month).
        #expect(text.contains("w.xlsx: sheet M, cell C1: error: the id cell holds a date (1 March 2024): the spreadsheet turned an id into a date. Was it `1.3` or `3.1`?"))
        // 7.2 as a number is read: no target 7.20 exists.
        #expect(!text.contains("cell D1"))
    }

    @Test("a file named .xlsx that is not a workbook says so")
    func xlsxNameNotZip() throws {
        let error = #expect(throws: InputError.self) { try MatrixReader.read(data: Data("x,1.3\n".utf8), file: "m.xlsx", expert: "e") }
        #expect(error?.description.hasPrefix("m.xlsx: error: not an XLSX workbook") == true)
    }

    @Test("the separator is found from several lines, not fooled by commas in labels or decimal commas")
    func separatorDetection() {
        #expect(CSVSeparator.detect(in: "x;a, b;c\n1;0,5;2\n") == .semicolon)
        #expect(CSVSeparator.detect(in: "\"a;b\",c,d\n1,2,3\n") == .comma)
        #expect(CSVSeparator.detect(in: "a\tb, c\n1\t2\n") == .tab)
        #expect(CSVSeparator.detect(in: "single\n") == .comma)
        // A label with two commas in the header of a semicolon file with one separator per line.
        #expect(CSVSeparator.detect(in: "id;name, long, label\r\n1;x\r\n2;y\r\n") == .semicolon)
    }
}
