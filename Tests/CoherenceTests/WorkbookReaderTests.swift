import Foundation
import Testing
import ZIPFoundation
@testable import Coherence

@Suite("Workbook reader (XLSX)")
struct WorkbookReaderTests {
    /// A sheet with every kind of cell a spreadsheet writes.
    static let mixed = XLSXFixture.Sheet(name: "Cells", rows: [
        [.shared("shared"), .inline("inline"), .number("1.3"), .formula("A3+1", cached: "2.5")],
        [.rich(["Van ", "naar"]), .formulaText("A1&\"x\"", cached: "sharedx"), .boolean(true), .error("#DIV/0!")],
        [.number("-2"), .date("45352"), .blank, .shared("  padded\u{00A0}")],
    ])

    @Test("shared, rich and inline strings, numbers as written, cached formula values, booleans, errors")
    func cellTypes() throws {
        let data = try XLSXFixture(sheets: [Self.mixed]).data()
        let table = try WorkbookReader.table(data: data, file: "w.xlsx", sheet: nil)
        #expect(table.sheet == "Cells")
        #expect(table.rows[0] == ["shared", "inline", "1.3", "2.5"])
        // Rich runs are joined with their spaces; the phonetic run (rPh) is not part of the text.
        #expect(table.rows[1] == ["Van naar", "sharedx", "TRUE", "#DIV/0!"])
        #expect(table.rows[2] == ["-2", "45352", "", "  padded\u{00A0}"])
        #expect(table.kind(row: 0, column: 0) == .text)
        #expect(table.kind(row: 0, column: 2) == .number)
        #expect(table.kind(row: 0, column: 3) == .number)
        #expect(table.kind(row: 1, column: 1) == .text)
        #expect(table.kind(row: 1, column: 2) == .boolean)
        #expect(table.kind(row: 1, column: 3) == .error)
        #expect(table.kind(row: 2, column: 1) == .date)
        #expect(table.location(row: 2, column: 1).description == "w.xlsx: sheet Cells, cell B3")
    }

    @Test("the first visible sheet is read when none is named; hidden sheets are reported")
    func hiddenSheets() throws {
        let data = try XLSXFixture(sheets: [
            .init(name: "Notes", rows: [["hidden notes"]], hidden: true),
            .init(name: "Matrix", rows: [["visible"]]),
        ]).data()
        let sheets = try WorkbookReader.sheets(data: data, file: "w.xlsx")
        #expect(sheets.map(\.name) == ["Notes", "Matrix"])
        #expect(sheets.map(\.isHidden) == [true, false])
        #expect(try WorkbookReader.sheetNames(data: data, file: "w.xlsx") == ["Notes", "Matrix"])
        let first = try WorkbookReader.table(data: data, file: "w.xlsx", sheet: nil)
        #expect(first.sheet == "Matrix")
        #expect(first.rows == [["visible"]])
        #expect(first.isHidden == false)
        let named = try WorkbookReader.table(data: data, file: "w.xlsx", sheet: "Notes")
        #expect(named.rows == [["hidden notes"]])
        #expect(named.isHidden)
        let all = try WorkbookReader.tables(data: data, file: "w.xlsx")
        #expect(all.map(\.sheet) == ["Notes", "Matrix"])
        #expect(all.map(\.isHidden) == [true, false])
    }

    @Test("a workbook whose only sheets are hidden asks for --sheet")
    func onlyHidden() throws {
        let data = try XLSXFixture(sheets: [.init(name: "Secret", rows: [["x"]], hidden: true)]).data()
        let error = #expect(throws: InputError.self) { try WorkbookReader.table(data: data, file: "w.xlsx", sheet: nil) }
        #expect(error?.description.contains("every sheet of the workbook is hidden") == true)
        #expect(error?.description.contains("--sheet \"Secret\"") == true)
    }

    @Test("sheets are chosen by name, ignoring case and spaces; an unknown name lists the sheets with a did-you-mean")
    func sheetSelection() throws {
        let data = try XLSXFixture(sheets: [
            .init(name: "Expert A", rows: [["a"]]), .init(name: "Expert B", rows: [["b"]]),
        ]).data()
        #expect(try WorkbookReader.table(data: data, file: "w.xlsx", sheet: "Expert B").rows == [["b"]])
        #expect(try WorkbookReader.table(data: data, file: "w.xlsx", sheet: " expert b ").rows == [["b"]])
        let error = #expect(throws: InputError.self) { try WorkbookReader.table(data: data, file: "w.xlsx", sheet: "Expert C") }
        let text = error?.description ?? ""
        #expect(text.contains("w.xlsx: error: the workbook has no sheet named `Expert C`"))
        #expect(text.contains("`Expert A`, `Expert B`"))
        #expect(text.contains("Did you mean `Expert A` or `Expert B`?"))
    }

    @Test("merged header cells give their value to every cell they span, within the used area")
    func mergedCells() throws {
        let data = try XLSXFixture(sheets: [.init(name: "S", rows: [
            [.shared("Plan"), .blank, .blank, .shared("Budget")],
            [.shared("a"), .shared("b"), .shared("c"), .number("10")],
            [.shared("BD1"), .shared("x"), .blank, .blank],
            [.blank, .shared("y"), .blank, .blank],
        ], merges: ["A1:C1", "A3:A4", "D1:Z1", "B10:C20"])]).data()
        let table = try WorkbookReader.table(data: data, file: "m.xlsx", sheet: nil)
        #expect(table.rows[0] == ["Plan", "Plan", "Plan", "Budget"])   // D1:Z1 is clipped to column D
        #expect(table.rows[2][0] == "BD1")
        #expect(table.rows[3][0] == "BD1")
        #expect(table.rows.count == 4)                                  // B10:C20 has no value: nothing added
    }

    @Test("cells without references follow each other; rows may skip numbers")
    func positions() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
              <sheetData>
                <row r="2">
                  <c t="inlineStr"><is><t>a</t></is></c>
                  <c><v>2</v></c>
                </row>
                <row r="4"><c r="C4" t="inlineStr"><is><t xml:space="preserve"> c </t></is></c></row>
                <row><c r="$A$5"><v>5</v></c></row>
              </sheetData>
            </worksheet>
            """
        let data = try XLSXFixture(sheets: [.init(name: "S", rows: [], rawXML: xml)]).data()
        let table = try WorkbookReader.table(data: data, file: "p.xlsx", sheet: nil)
        #expect(table.rows == [[], ["a", "2"], [], ["", "", " c "], ["5"]])
    }

    @Test("bad cells are all reported with sheet and cell: a missing shared string, a formula without a saved value")
    func badCells() throws {
        let xml = """
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
            <row r="1"><c r="A1" t="s"><v>7</v></c><c r="B1"><f>SUM(C1:C2)</f></c><c r="C1"><v>1</v></c></row>
            </sheetData></worksheet>
            """
        let data = try XLSXFixture(sheets: [.init(name: "Bad", rows: [], rawXML: xml)]).data()
        let error = #expect(throws: InputError.self) { try WorkbookReader.table(data: data, file: "b.xlsx", sheet: nil) }
        let lines = error?.diagnostics.map(\.description) ?? []
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("b.xlsx: sheet Bad, cell A1: error: the cell points to shared string 7") == true)
        #expect(lines.last?.hasPrefix("b.xlsx: sheet Bad, cell B1: error: the cell holds a formula (`=SUM(C1:C2)`) without a saved result") == true)
    }

    @Test("a file that is not a ZIP archive, or a truncated one, is not an XLSX workbook")
    func notAZip() throws {
        let csv = Data("From\\to,1.3\n1.3,\n".utf8)
        let e1 = #expect(throws: InputError.self) { try WorkbookReader.table(data: csv, file: "m.xlsx", sheet: nil) }
        #expect(e1?.description.hasPrefix("m.xlsx: error: not an XLSX workbook: the file is not a ZIP archive") == true)
        let xls = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
        let e2 = #expect(throws: InputError.self) { try WorkbookReader.table(data: xls, file: "old.xlsx", sheet: nil) }
        #expect(e2?.description.contains("Excel 97–2003") == true)
        let whole = try XLSXFixture(sheets: [Self.mixed]).data()
        let truncated = whole.prefix(whole.count / 2)
        let e3 = #expect(throws: InputError.self) { try WorkbookReader.table(data: Data(truncated), file: "t.xlsx", sheet: nil) }
        #expect(e3?.description.hasPrefix("t.xlsx: error: not an XLSX workbook") == true)
    }

    @Test("a ZIP archive without a workbook part, or without a sheet's part, says which part is missing")
    func missingParts() throws {
        let zip = try XLSXFixture.zip([("hello.txt", Data("hi".utf8))])
        let e1 = #expect(throws: InputError.self) { try WorkbookReader.table(data: zip, file: "z.xlsx", sheet: nil) }
        #expect(e1?.description.contains("not an XLSX workbook: the ZIP archive has no workbook part (`xl/workbook.xml`)") == true)
        let noSheet = try XLSXFixture(sheets: [Self.mixed], omit: ["xl/worksheets/sheet1.xml"]).data()
        let e2 = #expect(throws: InputError.self) { try WorkbookReader.table(data: noSheet, file: "n.xlsx", sheet: nil) }
        #expect(e2?.description.hasPrefix("n.xlsx: sheet Cells: error: the workbook is damaged: the part holding this sheet is missing") == true)
        let badXML = try XLSXFixture(sheets: [.init(name: "S", rows: [], rawXML: "<worksheet><sheetData><row>")]).data()
        let e3 = #expect(throws: InputError.self) { try WorkbookReader.table(data: badXML, file: "x.xlsx", sheet: nil) }
        #expect(e3?.description.hasPrefix("x.xlsx: sheet S: error: the workbook is damaged: the part `xl/worksheets/sheet1.xml` cannot be read") == true)
    }

    @Test("a zip bomb is refused by the total unpacked size and by the expansion ratio, naming the limit")
    func zipBomb() throws {
        let zeros = Data(count: 5 * 1_048_576)
        let bomb = try XLSXFixture(sheets: [Self.mixed], extraParts: [("xl/media/zeros.bin", zeros)]).data()
        #expect(bomb.count < 100_000)   // 5 MB of zeros deflate to a few kilobytes
        let limits = WorkbookLimits(maxUncompressedBytes: 1_048_576)
        let total = #expect(throws: InputError.self) { try WorkbookReader.table(data: bomb, file: "bomb.xlsx", sheet: nil, limits: limits) }
        #expect(total?.description.contains("the workbook expands to more than 1 MB when unpacked") == true)
        // With the standard limits the 5 MB part passes the total (200 MB) but not the ratio (> 100:1).
        let ratio = #expect(throws: InputError.self) { try WorkbookReader.table(data: bomb, file: "bomb.xlsx", sheet: nil) }
        #expect(ratio?.description.contains("the part `xl/media/zeros.bin` expands") == true)
        #expect(ratio?.description.contains("more than the limit of 100 times") == true)
    }

    @Test("a sheet laid out larger than the cell limit is refused")
    func cellLimit() throws {
        let xml = """
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
            <row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="XFD2"><v>1</v></c></row>
            </sheetData></worksheet>
            """
        let data = try XLSXFixture(sheets: [.init(name: "Wide", rows: [], rawXML: xml)]).data()
        let error = #expect(throws: InputError.self) {
            try WorkbookReader.table(data: data, file: "wide.xlsx", sheet: nil, limits: WorkbookLimits(maxCells: 10_000))
        }
        #expect(error?.description.contains("the sheet spans 16385 cells, more than the limit of 10000") == true)
        // 1 + 16384 cells fit the standard limit.
        #expect(try WorkbookReader.table(data: data, file: "wide.xlsx", sheet: nil).rows[1].count == 16_384)
    }

    @Test("a part that declares a DOCTYPE is refused (no entity expansion)")
    func doctype() throws {
        let xml = """
            <?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>
            <worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>
            """
        let data = try XLSXFixture(sheets: [.init(name: "S", rows: [], rawXML: xml)]).data()
        let error = #expect(throws: InputError.self) { try WorkbookReader.table(data: data, file: "d.xlsx", sheet: nil) }
        #expect(error?.description.contains("declares a DOCTYPE") == true)
    }

    @Test("serial day numbers become calendar dates (1900 date system)")
    func serialDates() {
        #expect(WorkbookReader.date(fromSerial: "1")! == (1900, 1, 1))
        #expect(WorkbookReader.date(fromSerial: "59")! == (1900, 2, 28))
        #expect(WorkbookReader.date(fromSerial: "61")! == (1900, 3, 1))
        #expect(WorkbookReader.date(fromSerial: "45292")! == (2024, 1, 1))
        #expect(WorkbookReader.date(fromSerial: "45352")! == (2024, 3, 1))   // 45292 + 31 (January) + 29 (leap February)
        #expect(WorkbookReader.date(fromSerial: "abc") == nil)
        #expect(WorkbookReader.date(fromSerial: "0") == nil)
    }

    @Test("number format codes that show dates are recognised; plain numbers and text are not")
    func dateFormats() {
        #expect(Workbook.isDateFormat("d-mmm"))
        #expect(Workbook.isDateFormat("[$-413]dd/mm/yyyy"))
        #expect(Workbook.isDateFormat("h:mm"))
        #expect(!Workbook.isDateFormat("0.0"))
        #expect(!Workbook.isDateFormat("General"))
        #expect(!Workbook.isDateFormat("#,##0.00 \"days\""))
        #expect(!Workbook.isDateFormat("[Red]0.00"))
        #expect(Workbook.builtInDateFormats.contains(14))
        #expect(!Workbook.builtInDateFormats.contains(2))
    }

    @Test("cell references parse to zero-based positions")
    func references() {
        #expect(SheetLayout.parseReference("A1")! == (0, 0))
        #expect(SheetLayout.parseReference("$AB$12")! == (11, 27))
        #expect(SheetLayout.parseReference("XFD1048576")! == (1_048_575, 16_383))
        #expect(SheetLayout.parseReference("C")! == (nil, 2))
        #expect(SheetLayout.parseReference("XFE1") == nil)
        #expect(SheetLayout.parseReference("A0") == nil)
        #expect(SheetLayout.parseReference("1A") == nil)
    }
}
