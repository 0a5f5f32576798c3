import Coherence
import CoherenceWorkbook
import Foundation
import TestSupport
import Testing

/// The XLSX writer: what it writes is read back by Coherence's own reader and by openpyxl.
@Suite struct XLSXWriterTests {
    /// A workbook with a visible sheet (text, numbers, a greyed blank, a drop-down, a note, a frozen
    /// header) and a hidden one.
    static func sample() -> XLSXWorkbook {
        var sheet = XLSXSheet(name: "Scores")
        sheet.set(row: 0, column: 0, .text("id"), format: .header)
        sheet.set(row: 0, column: 1, .text("11.6 Lucht en afval in steden"), format: .header)
        sheet.set(row: 1, column: 0, .text("3.9"))
        sheet.set(row: 1, column: 1, .number(-2))
        var grey = XLSXFormat()
        grey.fill = 0xBFBFBF
        sheet.set(row: 2, column: 1, .blank, format: grey)
        sheet.set(row: 3, column: 0, .text("Ünïcode – “quotes” & <tags>"))
        sheet.validations.append(XLSXValidation(range: XLSXRange(firstRow: 1, firstColumn: 1, lastRow: 2, lastColumn: 1),
                                                rule: .list(["3", "2", "1", "0", "-1", "-2", "-3"]),
                                                inputTitle: "Score", inputMessage: "−3 … +3, of leeg",
                                                errorTitle: "Geen score", errorMessage: "Kies een score van −3 tot +3."))
        sheet.notes.append(XLSXNote(row: 0, column: 1, text: "Lucht en afval", author: "coherence"))
        sheet.freeze = XLSXFreeze(rows: 1, columns: 1)
        sheet.columnWidths.append(XLSXColumnWidth(first: 0, width: 30))
        var marker = XLSXSheet(name: "marker", hidden: true)
        marker.set(row: 0, column: 0, .text("kind"))
        marker.set(row: 0, column: 1, .number(1))
        return XLSXWorkbook(sheets: [sheet, marker], definedNames: [XLSXDefinedName(name: "Marker", formula: "=marker!$A$1")])
    }

    @Test func coherenceReadsBackWhatWasWritten() throws {
        let data = try XLSXWriter.data(of: Self.sample())
        let sheets = try WorkbookReader.sheets(data: data, file: "sample.xlsx")
        #expect(sheets.map(\.name) == ["Scores", "marker"])
        #expect(sheets.map(\.isHidden) == [false, true])
        let table = try WorkbookReader.table(data: data, file: "sample.xlsx", sheet: "Scores")
        #expect(table.rows[0].prefix(2) == ["id", "11.6 Lucht en afval in steden"])
        #expect(table[1, 0] == "3.9")
        #expect(table[1, 1] == "-2")
        #expect(table.kind(row: 1, column: 1) == .number)
        #expect(table[2, 1] == "")
        #expect(table[3, 0] == "Ünïcode – “quotes” & <tags>")
        let marker = try WorkbookReader.table(data: data, file: "sample.xlsx", sheet: "marker")
        #expect(marker[0, 1] == "1")
    }

    @Test func sameWorkbookGivesSameBytes() throws {
        #expect(try XLSXWriter.data(of: Self.sample()) == XLSXWriter.data(of: Self.sample()))
    }

    @Test func openpyxlSeesValidationsNotesAndFrozenPanes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("xlsx-writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("sample.xlsx")
        try XLSXWriter.data(of: Self.sample()).write(to: file)
        let inspected = try Openpyxl.inspect(file)
        let sheets = try #require(inspected["sheets"] as? [[String: Any]])
        #expect(sheets.map { $0["name"] as? String } == ["Scores", "marker"])
        #expect(sheets.map { $0["state"] as? String } == ["visible", "hidden"])
        #expect(sheets[0]["freeze"] as? String == "B2")
        let validations = try #require(sheets[0]["validations"] as? [[String: Any]])
        #expect(validations.count == 1)
        #expect(validations.first?["type"] as? String == "list")
        #expect(validations.first?["formula1"] as? String == "\"3,2,1,0,-1,-2,-3\"")
        #expect(validations.first?["ranges"] as? String == "B2:B3")
        #expect(validations.first?["allowBlank"] as? Bool == true)
        #expect(validations.first?["errorTitle"] as? String == "Geen score")
        let notes = try #require(sheets[0]["notes"] as? [String: String])
        #expect(notes["B1"]?.contains("Lucht en afval") == true)
        let fills = try #require(sheets[0]["fills"] as? [String: String])
        #expect(fills["B3"]?.hasSuffix("BFBFBF") == true)
        #expect((inspected["definedNames"] as? [String]) == ["Marker"])
    }

    @Test func everyProblemIsReportedAtOnce() {
        var bad = XLSXSheet(name: "a/b")
        bad.set(row: -1, column: 0, .text("x"))
        bad.validations.append(XLSXValidation(range: XLSXRange(row: 0, column: 0), rule: .list([String(repeating: "x", count: 300)])))
        let twin = XLSXSheet(name: "A/B")
        let problems = XLSXWriter.problems(in: XLSXWorkbook(sheets: [bad, twin]))
        #expect(problems.contains { $0.contains("holds one of") })
        #expect(problems.contains { $0.contains("two sheets are named") })
        #expect(problems.contains { $0.contains("outside the sheet") })
        #expect(problems.contains { $0.contains("drop-down list") })
        #expect(throws: XLSXWriterError.self) { try XLSXWriter.data(of: XLSXWorkbook(sheets: [bad])) }
        #expect(XLSXWriter.problems(in: XLSXWorkbook(sheets: [])) == ["a workbook needs at least one sheet"])
    }
}
