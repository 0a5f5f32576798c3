import Coherence
import Foundation
import FuzzSupport

/// libFuzzer harness for the action-plan reader (`ActionPlanReader`: CSV or XLSX plan, optional
/// ownership table, into a network).
///
/// The input is a plan file, optionally followed by `\n%%OWNERSHIP%%\n` and the bytes of a separate
/// ownership file (CSV, or XLSX when they start with `PK`). The plan is:
/// - an XLSX workbook (`fuzz/plan.xlsx`) when it starts with `PK`, passed on as it is;
/// - an XLSX workbook assembled in memory from parts written as text when it starts with `@@ `
///   (`@@ xl/workbook.xml`, its XML, `@@ xl/worksheets/sheet1.xml`, …; see `FuzzInput`), so the
///   fuzzer mutates the XML rather than the ZIP archive's checksummed bytes;
/// - else a CSV file (`fuzz/plan.csv`).
///
/// It follows `coherence import-plan`: the tables of the file (plan and ownership sheet), then the
/// network (`ActionPlanReader.network`), which runs every check of the network builder.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let input = Data(bytes: start, count: count)
    let (planPart, ownershipPart) = FuzzInput.split(input, at: "\n%%OWNERSHIP%%\n")
    let (plan, planFile) = FuzzInput.workbook(Data(planPart)).map { ($0, "fuzz/plan.xlsx") } ?? (Data(planPart), "fuzz/plan.csv")
    FuzzOracle.run { () throws(InputError) in
        let tables = try ActionPlanReader.tables(data: plan, file: planFile)
        var ownership = tables.ownership.map { [$0] } ?? []
        if let ownershipPart {
            let (bytes, file) = FuzzInput.workbook(Data(ownershipPart)).map { ($0, "fuzz/ownership.xlsx") }
                ?? (Data(ownershipPart), "fuzz/ownership.csv")
            ownership = [try ActionPlanReader.ownershipTable(data: bytes, file: file)]
        }
        _ = try ActionPlanReader.network(from: tables.plan, ownership: ownership)
    }
    return 0
}

/// The program's entry point: libFuzzer's driver on `fuzzOne` (see `FuzzDriver`).
@main
enum FuzzActionPlanMain {
    static func main() {
        FuzzDriver.run { data, size in
            data.map { fuzzOne(UnsafeRawPointer($0), size) } ?? 0
        }
    }
}
