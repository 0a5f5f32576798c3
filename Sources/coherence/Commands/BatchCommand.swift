import ArgumentParser
import Coherence
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `coherence batch`: many models analysed in parallel, one summary row per model.
struct BatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Analyse many models in parallel on all cores: one CSV row of key figures per model.",
        discussion: """
            Every input is one model: a model file (.yaml, .json), or an action plan or matrices (.csv, .xlsx); \
            join the files of one model with + (plan.csv+ownership.csv+matrix.csv). Each row holds the counts, \
            the three most influential targets, direct and indirect spillovers, co-benefits, trade-offs and \
            unmanaged trade-offs, LNOB groups with status none/partial/full and the number of gaps, the shares \
            per SDG dimension (positive contributions and budget) and the goals and targets covered. \
            A file that cannot be read gives a row with its error and the batch goes on; the exit status is \
            then 2. Warnings about an input are printed on standard error and counted in the row's notes; \
            with --strict they make the row an error row. A progress bar is drawn on standard error when it is a terminal.

            Examples:
              coherence batch gemeenten/*.yaml -o summary.csv
              coherence batch a.yaml b.yaml plan.csv+eigenaarschap.csv -o summary.csv --csv-dialect excel-nl
            """
    )

    @Argument(help: ArgumentHelp("The models, one per argument (files of one model joined with +).", valueName: "input"))
    var inputs: [String]

    @Option(name: .shortAndLong, help: "Write the summary CSV here instead of standard output (written atomically).")
    var output: String?

    @Option(name: .customLong("csv-dialect"), help: "CSV dialect: standard (comma) or excel-nl (semicolon, decimal comma, BOM).")
    var csvDialect: CSVDialect = .standard

    @Option(help: "The most models analysed at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup var strict: StrictOption

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("Give at least one model file.") }
        if jobs < 1 { throw ValidationError("--jobs must be 1 or more, not \(jobs).") }
    }

    func run() async throws {
        let bar = isatty(STDERR_FILENO) == 1 ? BatchProgressBar() : nil
        let rows = await BatchAnalysis.run(inputs, width: jobs, strict: strict.isOn) { done, total in bar?.draw(done, of: total) }
        bar?.finish()
        for row in rows { try CLI.warn(row.warnings, strict: false) }
        try CLI.emit(BatchSummary.csv(rows, dialect: csvDialect), to: output)
        let failed = rows.filter { !$0.succeeded }
        for row in failed { CLI.printError("error: \(row.input): \(row.error ?? "")") }
        if !failed.isEmpty {
            CLI.printError("\(failed.count) of \(rows.count) models could not be analysed.")
            throw ExitCode(CLI.badInputStatus)
        }
    }
}

/// A one-line progress bar on standard error (only drawn when standard error is a terminal).
final class BatchProgressBar: Sendable {
    private let width = 30

    /// Redraws the bar: `[#########.....]  12/40`.
    func draw(_ done: Int, of total: Int) {
        let filled = total == 0 ? width : done * width / total
        let line = "\r[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] \(done)/\(total)"
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// Ends the bar's line.
    func finish() { FileHandle.standardError.write(Data("\n".utf8)) }
}
