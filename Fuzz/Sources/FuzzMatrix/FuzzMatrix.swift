import Coherence
import Foundation
import FuzzSupport

/// libFuzzer harness for the matrix reader (`MatrixReader`, CSV: square matrices and long tables).
///
/// The input is a CSV file named `fuzz/matrix.csv`. It is read as every expert's matrices
/// (`readAny`) and as one named expert's (`read(data:expert:)`), on the default −3…+3 scale; when
/// it reads, the matrices are also assembled into a network (`MatrixImport.network`), as
/// `coherence import` does. Inputs that start with `PK` go to the XLSX reader, as they would from
/// the command line.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let input = Data(bytes: start, count: count)
    let file = "fuzz/matrix.csv"
    FuzzOracle.run { () throws(InputError) in
        let matrices = try MatrixReader.readAny(data: input, file: file)
        _ = try MatrixImport.network(from: matrices, name: "fuzz")
    }
    FuzzOracle.run { () throws(InputError) in
        _ = try MatrixReader.read(data: input, file: file, expert: "a")
    }
    return 0
}

/// The program's entry point: libFuzzer's driver on `fuzzOne` (see `FuzzDriver`).
@main
enum FuzzMatrixMain {
    static func main() {
        FuzzDriver.run { data, size in
            data.map { fuzzOne(UnsafeRawPointer($0), size) } ?? 0
        }
    }
}
