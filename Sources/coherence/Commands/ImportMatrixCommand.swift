import ArgumentParser
import Coherence
import Foundation

/// `coherence import matrix`: cross-impact matrices (square or long tables, CSV or XLSX) → a model file.
struct ImportMatrixCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "matrix",
        abstract: "Write a model file from cross-impact matrices: one square matrix per expert, or a long table.",
        discussion: """
            A square matrix has the ids in its first row and first column (the top-left cell may hold \
            anything, such as From\\to); cell (row, column) is how progress on the row influences \
            progress on the column, as a score (−3 … +3) or its label. The expert is the file's name. \
            A long table has one row per scored cell with the columns expert, from, to, score and \
            optionally rationale and confidence (Dutch headers: deskundige, van, naar, score, \
            motivering, zekerheid). Separators , ; and tab are detected; XLSX workbooks are read from \
            their first visible sheet or --sheet. Every bad cell is listed with its row, column and \
            both ids, and the exit status is 2. A workshop code for "a link exists but was not \
            quantified", such as -100, is refused unless it is given with --unscored-code (repeatable): \
            then such cells are kept as unscored links (written as `unscored: true`), left out of every sum.

            The model holds the scores as interactions with their experts; open it, add domains and \
            actions, and analyse it with the other commands.

            Examples:
              coherence import matrix workshop-a.csv workshop-b.csv -o model.yaml
              coherence import matrix scores.xlsx --sheet Scores --name "Workshop 2026" --language nl -o model.yaml
              coherence import matrix correlations.csv --scale -1..1 -o model.yaml
              coherence import matrix workshop.csv --unscored-code -100 -o model.yaml
            """
    )

    @Argument(help: ArgumentHelp("Matrix files (.csv, .tsv, .xlsx): square matrices or long tables.", valueName: "file"))
    var files: [String]

    @Option(help: "The model's name (default: the file name, or the number of files).")
    var name: String?

    @Option(help: "The model's language, nl or en: labels and reports.")
    var language: String = "en"

    @Option(name: .customLong("sheet"), help: "For XLSX files: the sheet to read (default: the first visible one).")
    var sheet: String?

    @Option(help: "A scale other than −3…+3, as MIN..MAX (any value in between is allowed), e.g. -1..1.")
    var scale: String?

    @Option(name: .shortAndLong, help: "Write the model to this file (written atomically); default: standard output.")
    var output: String?

    @OptionGroup var unscored: UnscoredCodeOptions

    @OptionGroup var limits: LimitOptions

    @OptionGroup var strict: StrictOption

    func validate() throws {
        if files.isEmpty { throw ValidationError("Give at least one matrix file.") }
        if Language(rawValue: language.lowercased()) == nil { throw ValidationError("--language must be nl or en, not \(language).") }
        if let scale, Self.parseScale(scale) == nil {
            throw ValidationError("--scale must be MIN..MAX with MIN < MAX, such as -1..1, not \(scale).")
        }
        try unscored.check(scale: scale.flatMap(Self.parseScale) ?? .nilsson)
    }

    /// Parses `MIN..MAX` (or `MIN…MAX`) into a continuous scale.
    static func parseScale(_ text: String) -> ScoreScale? {
        let parts = text.replacingOccurrences(of: "\u{2026}", with: "..").components(separatedBy: "..")
        guard parts.count == 2, let low = ScoreScale.parseNumber(parts[0]), let high = ScoreScale.parseNumber(parts[1]),
              low < high else { return nil }
        return ScoreScale(min: low, max: high)
    }

    func run() throws {
        let language = Language(rawValue: self.language.lowercased()) ?? .en
        let scale = scale.flatMap(Self.parseScale) ?? .nilsson
        let network = try CLI.guarding {
            try limits.apply {
                let matrices = try MatrixImport.read(files: files, sheet: sheet, scale: scale, options: unscored.matrixOptions)
                return try MatrixImport.network(from: matrices, name: name ?? MatrixImport.name(forFiles: files),
                                                language: language, scale: scale)
            }
        }
        try CLI.warn(network.warnings, strict: strict.isOn)
        try CLI.emit(ModelWriter.yaml(network), to: output)
        if let output, output != "-" {
            let ids = network.nodes.filter { [.goal, .target, .objective].contains($0.kind) }.count
            let experts = network.experts.count
            let cells = network.judgements.count
            let unscored = network.unscoredLinks.count
            CLI.printError("Wrote \(output): \(ids) ids, \(experts) expert\(experts == 1 ? "" : "s"), \(cells) scored cell\(cells == 1 ? "" : "s")"
                           + (unscored > 0 ? ", \(unscored) unscored link\(unscored == 1 ? "" : "s") (not quantified)." : "."))
        }
    }
}
