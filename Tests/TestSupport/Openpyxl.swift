import Foundation

/// Runs `Scripts/xlsx/openpyxl_tool.py` with the repository's `.venv` Python (made by
/// `Scripts/setup.sh --python`, which `make test` runs): openpyxl looks into and fills workbooks
/// the way a spreadsheet user would.
public enum Openpyxl {
    /// The repository root.
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Why openpyxl could not be run.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// The JSON `inspect` prints for a workbook: per sheet its state, frozen pane, validations, notes and cells.
    public static func inspect(_ file: URL) throws -> [String: Any] {
        let result = try run(["inspect", file.path])
        guard let object = try JSONSerialization.jsonObject(with: Data(result.utf8)) as? [String: Any] else {
            throw Failure(description: "openpyxl_tool.py printed no JSON object")
        }
        return object
    }

    /// Sets cells (sheet, reference such as `C4`, value) in a copy of a workbook, saved by openpyxl as `output`.
    public static func fill(_ file: URL, output: URL, cells: [(sheet: String, cell: String, value: Any)]) throws {
        let list = cells.map { ["sheet": $0.sheet, "cell": $0.cell, "value": $0.value] }
        let json = output.deletingPathExtension().appendingPathExtension("cells.json")
        try JSONSerialization.data(withJSONObject: list).write(to: json)
        _ = try run(["fill", file.path, output.path, json.path])
    }

    private static func run(_ arguments: [String]) throws -> String {
        let python = root.appendingPathComponent(".venv/bin/python")
        guard FileManager.default.isExecutableFile(atPath: python.path) else {
            throw Failure(description: "no .venv: run `Scripts/setup.sh --python` from the repository root (`make test` does this)")
        }
        let result = try runProgram(python, [root.appendingPathComponent("Scripts/xlsx/openpyxl_tool.py").path] + arguments, in: root)
        guard result.status == 0 else { throw Failure(description: "openpyxl_tool.py \(arguments.first ?? "") failed: \(result.stderr)") }
        return result.stdout
    }
}
