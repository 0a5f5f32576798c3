import Coherence
import Foundation
import FuzzSupport

/// libFuzzer harness for the XLSX reader (`WorkbookReader`: ZIP archive, workbook, relationships,
/// shared strings, styles, worksheets, merged cells).
///
/// The input is an XLSX workbook named `fuzz/input.xlsx`:
/// - passed on as it is when it starts with `PK` (ZIP parsing, zip-bomb limits, deflate);
/// - assembled in memory from parts written as text when it starts with `@@ `
///   (`@@ xl/workbook.xml`, its XML, `@@ xl/worksheets/sheet1.xml`, …; see `FuzzInput`), so the
///   fuzzer mutates the XML rather than the ZIP archive's checksummed bytes;
/// - else passed on as it is too (not a ZIP archive: must be refused clearly).
///
/// It lists the sheets, reads the default sheet, each sheet by name, and every sheet at once.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let input = Data(bytes: start, count: count)
    let data = FuzzInput.workbook(input) ?? input
    let file = "fuzz/input.xlsx"
    var names: [String] = []
    FuzzOracle.run { () throws(InputError) in
        names = try WorkbookReader.sheets(data: data, file: file).map(\.name)
    }
    FuzzOracle.run { () throws(InputError) in
        _ = try WorkbookReader.table(data: data, file: file, sheet: nil)
    }
    for name in names.prefix(4) {
        FuzzOracle.run { () throws(InputError) in
            _ = try WorkbookReader.table(data: data, file: file, sheet: name)
        }
    }
    FuzzOracle.run { () throws(InputError) in
        _ = try WorkbookReader.tables(data: data, file: file)
    }
    return 0
}

/// The program's entry point: libFuzzer's driver on `fuzzOne` (see `FuzzDriver`).
@main
enum FuzzWorkbookMain {
    static func main() {
        FuzzDriver.run { data, size in
            data.map { fuzzOne(UnsafeRawPointer($0), size) } ?? 0
        }
    }
}
