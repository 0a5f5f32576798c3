import ArgumentParser
import Coherence
import Foundation

/// The input of an analysis command: a model file, one or more matrix files, or nothing (the bundled example).
struct ModelInput: ParsableArguments {
    @Argument(help: ArgumentHelp("A model file (.yaml, .json), cross-impact matrices (.csv, .xlsx): square matrices, one file per expert, or long tables (expert, from, to, score), or an action plan (.csv, .xlsx; then an ownership table and matrices may follow). Default: the bundled example.",
                                 valueName: "input"))
    var inputs: [String] = []

    @Option(name: .customLong("sheet"), help: "For XLSX matrices: the sheet to read (default: the first).")
    var sheet: String?

    @Option(name: .customLong("max-input-mb"), help: "The largest input file to read, in MB (default: 50).")
    var maxInputMB: Int = InputText.defaultByteLimit / 1_048_576

    @OptionGroup var unscored: UnscoredCodeOptions

    @OptionGroup var limits: LimitOptions

    @OptionGroup var strict: StrictOption

    func validate() throws {
        // Matrices and plans alone are on the default scale; a model's own scale is checked when it is read.
        if kind == .matrices { try unscored.check(scale: .nilsson) }
    }

    /// What the input files are.
    enum Kind { case bundled, model, matrices }

    var kind: Kind {
        guard let first = inputs.first else { return .bundled }
        let lower = first.lowercased()
        if lower.hasSuffix(".csv") || lower.hasSuffix(".xlsx") || lower.hasSuffix(".xlsm") || lower.hasSuffix(".tsv") || lower.hasSuffix(".txt") { return .matrices }
        return .model
    }

    /// Reads the input into a network; on bad input prints every problem and exits with status 2.
    ///
    /// Networks are built under `--max-nodes` and `--max-edges`; matrix cells holding an
    /// `--unscored-code` become unscored links, and unless `noteUnscored` is false a note on
    /// standard error says how many were left out of the sums. The read's warnings are printed on
    /// standard error (``CLI/warn(_:strict:)``); with `--strict` they stop the run with status 2.
    func load(noteUnscored: Bool = true) throws -> PolicyNetwork {
        let network = try CLI.guarding { try limits.apply { try read() } }
        try CLI.warn(network.warnings, strict: strict.isOn)
        if noteUnscored { CLI.noteUnscored(network) }
        return network
    }

    /// Reads the input (see ``load(noteUnscored:)``).
    private func read() throws -> PolicyNetwork {
        let byteLimit = max(1, maxInputMB) * 1_048_576
        InputText.byteLimit = byteLimit
        let matrixOptions = unscored.matrixOptions
        switch kind {
        case .bundled:
            return try BundledExample.network()
        case .model:
            guard inputs.count == 1 else {
                throw ValidationError("Give one model file, or only matrix files (.csv, .xlsx).")
            }
            var reader = ModelReader()
            reader.byteLimit = byteLimit
            reader.matrixOptions = matrixOptions
            return try reader.read(contentsOf: URL(fileURLWithPath: inputs[0]), displayName: inputs[0])
        case .matrices:
            // an action plan (+ ownership, matrices)
            if let plan = try ActionPlanReader.networkIfPlan(paths: inputs, sheet: sheet, matrixOptions: matrixOptions) { return plan }
            let matrices = try MatrixImport.read(files: inputs, sheet: sheet, options: matrixOptions)
            return try MatrixImport.network(from: matrices, name: MatrixImport.name(forFiles: inputs))
        }
    }

    /// The provenance of results computed from this input.
    func provenance(parameters: [String: String] = [:], seed: UInt64? = nil) -> Provenance {
        if inputs.isEmpty {
            return Provenance(inputs: [BundledExample.displayName], inputHash: BundledExample.hash, parameters: parameters, seed: seed)
        }
        var data = Data()
        for path in inputs { data.append((try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data()) }
        return Provenance(inputs: inputs, inputHash: SHA256.hex(data), parameters: parameters, seed: seed)
    }
}
