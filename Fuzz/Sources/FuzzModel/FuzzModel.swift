import Coherence
import Foundation
import FuzzSupport

/// libFuzzer harness for the model loader (`ModelReader`, YAML and strict JSON).
///
/// The input is a model file, optionally followed by `\n%%MATRIX%%\n` and the bytes of a matrix
/// file (CSV, or XLSX when they start with `PK`): every path under `matrices:` that the reader
/// agrees to open is served those bytes from memory. Without that part every matrix is "no such
/// file". The harness never reads the disk, so model text cannot make it wander (the reader itself
/// refuses absolute paths and `..` before it asks for a file).
///
/// Each input is read twice, as YAML (`model.yaml`) and as JSON (`model.json`), so that one corpus
/// serves both the YAML composer and the strict-JSON checker in front of it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let input = Data(bytes: start, count: count)
    let (model, matrix) = FuzzInput.split(input, at: "\n%%MATRIX%%\n")
    let model0 = Data(model)
    let loadFile = { (path: String) throws(InputError) -> (Data, String) in
        let shown = "fuzz/" + path
        guard let matrix else {
            throw InputError(at: SourceLocation(file: shown), "no such file")
        }
        return (Data(matrix), shown)
    }
    for format in ModelFileFormat.allCases {
        let file = "fuzz/model." + format.rawValue
        FuzzOracle.run { () throws(InputError) in
            _ = try ModelReader().read(data: model0, file: file, format: format, loadFile: loadFile)
        }
    }
    return 0
}

/// The program's entry point: libFuzzer's driver on `fuzzOne` (see `FuzzDriver`).
@main
enum FuzzModelMain {
    static func main() {
        FuzzDriver.run { data, size in
            data.map { fuzzOne(UnsafeRawPointer($0), size) } ?? 0
        }
    }
}
