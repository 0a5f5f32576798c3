import ArgumentParser
import Coherence
import Foundation

/// Helpers shared by the commands: printing, exit statuses, writing output.
enum CLI {
    /// The exit status for bad input files.
    static let badInputStatus: Int32 = 2

    /// Runs `body`; an ``InputError`` is printed to standard error and becomes exit status 2.
    static func guarding<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as InputError {
            report(error)
            throw ExitCode(badInputStatus)
        }
    }

    /// Prints every diagnostic of an input error to standard error, errors first in input order.
    static func report(_ error: InputError) {
        let errors = error.diagnostics.filter { $0.severity == .error }
        for diagnostic in error.diagnostics { printError(diagnostic.description) }
        if errors.count > 1 { printError("\(errors.count) problems found.") }
    }

    /// Prints the warnings of a read (diagnostics that did not stop it) to standard error: the one
    /// place where every command prints them.
    ///
    /// With `strict` (`--strict`), warnings are errors: they are printed as errors, with a line that
    /// says why, and the run stops with exit status 2 before any output is written.
    static func warn(_ diagnostics: [Diagnostic], strict: Bool) throws {
        let warnings = diagnostics.filter { $0.severity == .warning }
        guard strict, !warnings.isEmpty else {
            for diagnostic in warnings { printError(diagnostic.description) }
            return
        }
        for diagnostic in warnings { printError(diagnostic.escalated.description) }
        printError(warnings.count == 1 ? "1 warning is an error under --strict." : "\(warnings.count) warnings are errors under --strict.")
        throw ExitCode(badInputStatus)
    }

    /// Says on standard error how many links exist without a score, when there are any.
    static func noteUnscored(_ network: PolicyNetwork) {
        if let note = unscoredNote(network) { printError("note: " + note) }
    }

    /// "N links exist but are not quantified; they are left out of the sums", or `nil` when there are none.
    static func unscoredNote(_ network: PolicyNetwork, language: Language = .en) -> String? {
        let n = network.unscoredLinks.count
        guard n > 0 else { return nil }
        if language == .nl {
            return n == 1 ? "1 verband bestaat maar is niet gekwantificeerd; het telt niet mee in de sommen."
                : "\(n) verbanden bestaan maar zijn niet gekwantificeerd; ze tellen niet mee in de sommen."
        }
        return n == 1 ? "1 link exists but is not quantified; it is left out of the sums."
            : "\(n) links exist but are not quantified; they are left out of the sums."
    }

    /// Writes a line to standard error.
    static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Writes output to a file atomically, or to standard output for `-` or no file.
    static func emit(_ text: String, to path: String?) throws {
        try emit(Data(text.utf8), to: path)
    }

    /// Writes bytes to a file atomically, or to standard output for `-` or no file.
    static func emit(_ data: Data, to path: String?) throws {
        guard let path, path != "-" else {
            FileHandle.standardOutput.write(data)
            return
        }
        do {
            try AtomicFile.write(data, to: URL(fileURLWithPath: path))
        } catch {
            printError("error: cannot write \(path): \(error.localizedDescription)")
            throw ExitCode(1)
        }
    }

    /// Encodes a value as pretty, key-sorted JSON.
    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}

/// Output formats of the analysis commands.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

/// The output options most commands share.
struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Output format: table, json or csv.")
    var format: OutputFormat = .table

    @Option(name: .customLong("csv-dialect"), help: "CSV dialect: standard (comma) or excel-nl (semicolon, decimal comma, BOM).")
    var csvDialect: CSVDialect = .standard

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output (written atomically).")
    var output: String?
}

extension CSVDialect: ExpressibleByArgument {}

/// A JSON document: the result with its provenance.
struct JSONEnvelope<Result: Encodable>: Encodable {
    let provenance: Provenance
    let result: Result
}
extension Language: ExpressibleByArgument {}
