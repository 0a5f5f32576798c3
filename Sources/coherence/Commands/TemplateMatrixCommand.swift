import ArgumentParser
import Coherence
import Foundation

/// `coherence template matrix`: a blank cross-impact matrix and its legend, for a workshop.
struct TemplateMatrixCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "matrix",
        abstract: "Write a blank cross-impact matrix for a workshop, with a legend of the ids and the scale.",
        discussion: """
            The matrix has the ids in its first row and first column and every cell blank; cell (row, \
            column) is for how progress on the row influences progress on the column. Beside it, \
            NAME-legend.csv lists each id with its short name and official text, the scores of the \
            scale (−3 cancelling … +3 indivisible) with their labels and meaning, and how to score. \
            Both files are CSV with a byte-order mark so Excel keeps accents; the filled-in matrix \
            goes straight into `coherence interactions` or `coherence import matrix`. Unknown ids \
            are errors with a did-you-mean (exit status 2).

            Examples:
              coherence template matrix --targets 1.3,7.2,11.6,13.2 -o workshop.csv
              coherence template matrix --targets 1.3,7.2 --goals 13 --lang nl -o workshop.csv
            """
    )

    @Option(parsing: .upToNextOption, help: "Targets for the rows and columns, separated by commas or spaces (1.3,7.2,…).")
    var targets: [String] = []

    @Option(parsing: .upToNextOption, help: "Goals for goal-level rows and columns, as numbers or ids (7,13 or SDG7).")
    var goals: [String] = []

    @Option(parsing: .upToNextOption, help: "Custom objectives (not SDG targets) for rows and columns, separated by commas.")
    var objectives: [String] = []

    @Option(help: "Language of the corner cell and the legend: nl or en.")
    var lang: String = "en"

    @Option(help: "CSV separator: ';' (Excel in a Dutch or Belgian locale) or ','. Default: ';' for nl, ',' for en.")
    var separator: String?

    @Option(name: .shortAndLong, help: "The matrix file to write (.csv); the legend is written beside it as NAME-legend.csv.")
    var output: String

    @OptionGroup var limits: LimitOptions

    func validate() throws {
        if Language(rawValue: lang.lowercased()) == nil { throw ValidationError("--lang must be nl or en, not \(lang).") }
        if let separator, ![";", ","].contains(separator) { throw ValidationError("--separator must be ';' or ',', not \(separator).") }
        if !output.lowercased().hasSuffix(".csv") { throw ValidationError("-o must name a .csv file, such as workshop.csv.") }
        if targets.isEmpty && goals.isEmpty && objectives.isEmpty {
            throw ValidationError("Give the rows and columns with --targets, --goals or --objectives.")
        }
    }

    /// Splits option values on commas (and, for SDG ids, spaces and semicolons): `--targets 1.3,7.2 11.6` → 1.3, 7.2, 11.6.
    static func split(_ values: [String], onSpaces: Bool = true) -> [String] {
        values.flatMap { $0.split(whereSeparator: { $0 == "," || (onSpaces && ($0 == " " || $0 == ";")) }).map(String.init) }
    }

    func run() throws {
        let language = Language(rawValue: lang.lowercased()) ?? .en
        let chosen: CSVSeparator = separator.flatMap(CSVSeparator.init(rawValue:)) ?? (language == .nl ? .semicolon : .comma)
        let template = try CLI.guarding {
            try MatrixTemplate(targets: Self.split(targets), goals: Self.split(goals), objectives: Self.split(objectives, onSpaces: false),
                               language: language, separator: chosen)
        }
        // n ids make n·(n − 1) cells, each a possible link: refuse a matrix larger than a model may be.
        let n = template.ids.count
        let (cells, overflow) = n.multipliedReportingOverflow(by: max(0, n - 1))
        let problems = limits.limits.diagnostics(nodes: n, edges: overflow ? Int.max : cells, what: "the matrix")
        if let first = problems.first {
            throw ValidationError(first.message + (first.suggestion.map { ". " + $0 } ?? "."))
        }
        let legend = MatrixTemplate.legendPath(for: output)
        try CLI.emit(template.matrixCSV, to: output)
        try CLI.emit(template.legendCSV, to: legend)
        print(language == .nl
              ? "Geschreven: \(output) (\(n) × \(n), leeg) en \(legend) (legende)."
              : "Wrote \(output) (\(n) × \(n), blank) and \(legend) (legend).")
    }
}
