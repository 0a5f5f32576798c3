import Foundation
import Yams

/// The two spellings of a model file.
public enum ModelFileFormat: String, Sendable, CaseIterable {
    /// YAML (the usual one).
    case yaml
    /// Strict JSON with the same structure.
    case json

    /// The format a file name implies: `.json` is JSON, anything else YAML.
    public init(path: String) {
        self = path.lowercased().hasSuffix(".json") ? .json : .yaml
    }
}

/// Reads model files (YAML or strict JSON) into a validated ``PolicyNetwork``.
///
/// The reader reports **every** problem of a file at once, each with file, line and column, what
/// was expected, what was found and a suggestion where one exists; matrix files named under
/// `matrices:` are read relative to the model file and their problems are reported with theirs.
///
/// ```swift
/// let network = try ModelReader().read(contentsOf: URL(fileURLWithPath: "Models/example.yaml"))
/// print(network.name, network.nodes(of: .action).count)
/// ```
public struct ModelReader: Sendable {
    /// The catalogue that resolves goal and target ids.
    public var catalogue: SDGCatalogue = .standard
    /// The largest file read, in bytes.
    public var byteLimit: Int = InputText.defaultByteLimit
    /// Options for every matrix file the model names (unscored codes given on the command line);
    /// a `matrices:` entry's own `unscored:` codes are added to these.
    public var matrixOptions: MatrixReadOptions = .standard

    /// Creates a reader with the standard catalogue and limits.
    public init() {}

    /// Reads a model file from disk, with the matrix files it names.
    ///
    /// - Parameters:
    ///   - url: the model file.
    ///   - displayName: the name used in messages; defaults to the path as given.
    /// - Throws: ``InputError`` with every problem found.
    public func read(contentsOf url: URL, displayName: String? = nil) throws(InputError) -> PolicyNetwork {
        let name = displayName ?? url.relativePath
        let data = try InputText.readFile(url, displayName: name, byteLimit: byteLimit)
        let base = url.deletingLastPathComponent()
        let baseName = (name as NSString).deletingLastPathComponent
        return try read(data: data, file: name, format: ModelFileFormat(path: url.path)) { path throws(InputError) in
            let matrixURL = path.hasPrefix("/") ? URL(fileURLWithPath: path) : base.appendingPathComponent(path)
            let shown = path.hasPrefix("/") || baseName.isEmpty ? path : (baseName as NSString).appendingPathComponent(path)
            return (try InputText.readFile(matrixURL, displayName: shown, byteLimit: byteLimit), shown)
        }
    }

    /// Reads a model from bytes, getting the matrix files it names from `loadFile`.
    ///
    /// - Parameters:
    ///   - data: the model file's bytes.
    ///   - file: its name in messages.
    ///   - format: YAML or JSON.
    ///   - loadFile: returns the bytes and display name of a file named in the model (relative to it).
    public func read(data: Data, file: String, format: ModelFileFormat,
                     loadFile: (String) throws(InputError) -> (Data, String)) throws(InputError) -> PolicyNetwork {
        let text = try InputText.decode(data, file: file)
        let root = try compose(text, file: file, format: format)
        var parser = ModelParser(file: file, catalogue: catalogue)
        parser.parse(root: root)
        if parser.visited > ModelParser.valueLimit {
            throw InputError(at: SourceLocation(file: file), "the file holds more than \(ModelParser.valueLimit) values (YAML aliases that expand without end?)")
        }
        let codeProblems = matrixOptions.problems(scale: parser.builder.scale, at: SourceLocation(file: file))
        if !codeProblems.isEmpty { throw InputError(codeProblems) }
        try readMatrices(&parser, loadFile: loadFile)
        var builder = parser.builder
        builder.report(contentsOf: parser.log.diagnostics)
        return try builder.build(unscored: parser.unscored)
    }

    /// Parses the text into a YAML tree, refusing what is not strict JSON when the file is JSON.
    func compose(_ text: String, file: String, format: ModelFileFormat) throws(InputError) -> Yams.Node {
        if format == .json {
            do {
                try StrictJSON.validate(text)
            } catch {
                throw InputError(at: SourceLocation(file: file, line: error.line, column: error.column),
                                 "invalid JSON: \(error.message)", found: error.found,
                                 suggestion: error.message.contains("trailing comma") ? "Remove the comma." : nil)
            }
        }
        if let depth = Self.nestingTooDeep(text) {
            throw InputError(at: SourceLocation(file: file, line: depth, column: nil),
                             "the file is nested too deeply (more than \(Self.maxNesting) levels)")
        }
        let node: Yams.Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw Self.diagnose(error, file: file)
        } catch {
            throw InputError(at: SourceLocation(file: file), "cannot read the file: \(error)")
        }
        guard let node else {
            throw InputError(at: SourceLocation(file: file), "the file is empty", expected: "a model starting with `coherence: 1`")
        }
        return node
    }

    /// The deepest nesting the reader accepts.
    static let maxNesting = 64

    /// The line at which flow or block nesting first exceeds ``maxNesting``, if it does.
    static func nestingTooDeep(_ text: String) -> Int? {
        var depth = 0, line = 1
        var inQuote: Character? = nil
        for c in text {
            if c == "\n" { line += 1 }
            if let q = inQuote { if c == q { inQuote = nil }; continue }
            switch c {
            case "\"", "'": if depth > 0 { inQuote = c }
            case "[", "{": depth += 1; if depth > maxNesting { return line }
            case "]", "}": depth = max(0, depth - 1)
            default: break
            }
        }
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let indent = rawLine.prefix { $0 == " " || $0 == "-" }.count
            if indent > maxNesting * 4 { return lineNumber }
        }
        return nil
    }

    /// Turns a YAML syntax error into a diagnostic with its line and column.
    static func diagnose(_ error: YamlError, file: String) -> InputError {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let extra = context.map { " (\($0.text) at line \($0.mark.line))" } ?? ""
            return InputError(at: SourceLocation(file: file, line: mark.line, column: mark.column),
                              "invalid YAML: \(problem)\(extra)",
                              suggestion: problem.contains("tab") ? "Indent with spaces, not tabs." :
                                  "Check the indentation and the quotes on this line and the line before.")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return InputError(at: SourceLocation(file: file, line: context.mark.line, column: context.mark.column),
                              "a key appears twice in the same mapping: \(duplicates.joined(separator: ", "))")
        case .reader(let problem, _, _, _):
            return InputError(at: SourceLocation(file: file), "cannot read the file: \(problem)")
        default:
            return InputError(at: SourceLocation(file: file), "invalid YAML: \(error)")
        }
    }

    /// Reads each matrix named under `matrices:` (a square matrix, or a long table with one or
    /// more experts) and adds its cells as the experts' judgements, and its unscored cells (with the
    /// entry's `unscored:` codes and ``matrixOptions``) as unscored links.
    func readMatrices(_ parser: inout ModelParser, loadFile: (String) throws(InputError) -> (Data, String)) throws(InputError) {
        var experts: [String: SourceLocation] = [:]
        for reference in parser.matrices {
            // Model text never reads files outside the model's folder (an uploaded model must not read /etc/passwd).
            if reference.path.hasPrefix("/") || reference.path.hasPrefix("~")
                || reference.path.split(whereSeparator: { $0 == "/" || $0 == "\\" }).contains("..") {
                parser.log.error(reference.location, "the matrix file `\(reference.path)` lies outside the model's folder",
                                 suggestion: "Put the matrix files in the model's folder (or a folder below it) and give a relative path such as `matrices/expert-a.csv`.")
                continue
            }
            let matrices: [CrossImpactMatrix]
            do {
                let (data, shown) = try loadFile(reference.path)
                matrices = try MatrixReader.readAny(data: data, file: shown, scale: parser.builder.scale,
                                                    expert: reference.expert,
                                                    sheet: reference.sheet, catalogue: catalogue,
                                                    options: matrixOptions.adding(reference.unscored))
            } catch {
                var diagnostics = error.diagnostics
                if diagnostics.count == 1, diagnostics[0].message == "no such file" {
                    diagnostics[0] = Diagnostic(at: reference.location, "the matrix file `\(reference.path)` does not exist",
                                                suggestion: "Paths under `matrices:` are relative to the model file.")
                }
                parser.log.append(contentsOf: diagnostics)
                continue
            }
            for matrix in matrices {
                let expert = matrix.expert
                if let first = experts[expert] {
                    parser.log.error(reference.location, "two matrices for the same expert `\(expert)` (first at \(first))",
                                     suggestion: "Give each matrix its own expert with {file: …, expert: …}.")
                    continue
                }
                experts[expert] = reference.location
                parser.log.append(contentsOf: matrix.warnings)
                let declared = Set(parser.builder.declarations.map(\.id))
                for id in matrix.ids where !declared.contains(id) {
                    if case .notAnSDGID = catalogue.lookup(id) {
                        parser.builder.addObjective(id: id, label: id, at: matrix.idLocations[id])
                    }
                }
                for (cell, judgement) in zip(matrix.cells, matrix.judgements) {
                    parser.builder.addJudgement(judgement, at: cell.location)
                }
                for (cell, link) in zip(matrix.unscored, matrix.unscoredLinks) {
                    parser.unscored.append((link, cell.location))
                }
            }
        }
    }
}

extension PolicyNetworkBuilder {
    /// Adds diagnostics found while reading.
    public mutating func report(contentsOf diagnostics: [Diagnostic]) {
        extraDiagnostics.append(contentsOf: diagnostics)
    }
}
