import ArgumentParser
import Coherence
import Foundation

/// `coherence compare`: two versions of a plan or a matrix side by side, or a plan and its what-if.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two versions of a plan or a matrix: new and resolved trade-offs, groups, gaps, balance, coverage and rankings, each change with what caused it.",
        discussion: """
            BEFORE and AFTER are each a model file (.yaml, .json), an action plan or matrices (.csv, .xlsx). \
            Join the files of one version with +, as batch does: plan.csv+eigenaarschap.csv+matrix.csv. \
            With one input, AFTER is its what-if variant (--without, --with); with none, the bundled example \
            is compared with the same plan one year on (Models/example-2027.yaml), or with its variant when \
            --without or --with is given. With two inputs, --without and --with change AFTER.

            Findings are matched by their stable ids (a spillover by its path), groups by id, gaps by kind and \
            subject, clusters by their largest overlap; every change says in one sentence what changed and, \
            when the input tells, why. JSON holds everything (with the provenance); CSV is one row per change.

            Examples:
              coherence compare
              coherence compare Models/example.yaml Models/example-2027.yaml --lang en
              coherence compare Models/example.yaml --without bedrijventerrein,kouterveld
              coherence compare Models/example.yaml --with extra-acties.yaml --format json -o wat-als.json
              coherence compare plan-2026.csv+eigenaarschap.csv plan-2027.csv+eigenaarschap.csv --format csv --csv-dialect excel-nl
            """
    )

    @OptionGroup var input: ModelInput

    @OptionGroup var whatIf: WhatIfOptions

    @Option(help: "The language of the sentences: nl or en (default: the later version's).")
    var lang: Language?

    @Option(help: "A title for the comparison (default: the two names, or the model and its what-if).")
    var title: String?

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if input.inputs.count > 2 {
            throw ValidationError("Give at most two versions (BEFORE and AFTER); join the files of one version with +, such as plan.csv+eigenaarschap.csv.")
        }
    }

    func run() throws {
        let versions = try CompareVersions.load(input: input, whatIf: whatIf)
        let language = Language.resolve(requested: lang, model: versions.after.language,
                                        environment: ProcessInfo.processInfo.environment)
        let comparison = compare(versions.before, versions.after)
        let heading = title.map { LocalizedText(verbatim: $0) } ?? comparison.title(whatIf: versions.whatIfName)
        var parameters = whatIf.parameters
        parameters["lang"] = language.rawValue
        parameters["title"] = heading.text(in: language)
        let provenance = versions.provenance(parameters: parameters)
        switch output.format {
        case .json:
            try CLI.emit(CLI.json(JSONEnvelope(provenance: provenance, result: comparison)), to: output.output)
        case .csv:
            try CLI.emit(comparison.csv(language: language, dialect: output.csvDialect, provenance: provenance), to: output.output)
        case .table:
            try CLI.emit(CompareTable(comparison: comparison, title: heading.text(in: language), language: language).text,
                         to: output.output)
        }
    }
}

/// The two versions a comparison (or a report's "what changed" section) is about, read from the
/// command line.
struct CompareVersions {
    var before: PolicyNetwork
    var after: PolicyNetwork
    /// The names of the files read, before then after (the bundled files by their display names).
    var files: [String]
    /// The hash of the bundled files, when the bundled example was read.
    var bundledHash: String?
    /// The name of the what-if, when AFTER is a variant.
    var whatIfName: LocalizedText?

    /// The paths of one version's argument (files joined with `+`).
    static func paths(_ argument: String) -> [String] {
        argument.split(separator: "+").map(String.init).filter { !$0.isEmpty }
    }

    /// Reads one version given as files joined with `+` with the input options.
    static func read(_ argument: String, input: ModelInput) throws -> PolicyNetwork {
        var side = input
        side.inputs = paths(argument)
        return try side.load()   // prints the read's warnings (refused under --strict)
    }

    /// Reads the versions: none, one or two inputs, and the what-if options (see `coherence compare --help`).
    static func load(input: ModelInput, whatIf: WhatIfOptions) throws -> CompareVersions {
        var result: CompareVersions
        switch input.inputs.count {
        case 0:
            let before = try CLI.guarding { try BundledExample.network(.adopted) }
            let after = whatIf.isEmpty ? try CLI.guarding { try BundledExample.network(.revised2027) } : before
            result = CompareVersions(before: before, after: after,
                                     files: [BundledExample.Version.adopted.displayName] + (whatIf.isEmpty ? [BundledExample.Version.revised2027.displayName] : []),
                                     bundledHash: BundledExample.hash(of: .adopted) + (whatIf.isEmpty ? BundledExample.hash(of: .revised2027) : ""))
        case 1:
            let before = try read(input.inputs[0], input: input)
            result = CompareVersions(before: before, after: before, files: paths(input.inputs[0]))
        default:
            result = CompareVersions(before: try read(input.inputs[0], input: input), after: try read(input.inputs[1], input: input),
                                     files: paths(input.inputs[0]) + paths(input.inputs[1]))
        }
        if !whatIf.isEmpty {
            let base = result.after
            result.after = try whatIf.apply(to: base, input: input)
            try CLI.warn(result.after.warnings, strict: input.strict.isOn)
            let removed = whatIf.removed.map { base.node($0)?.label ?? $0 }
            let added = whatIf.withFile == nil ? [] : result.after.nodes(of: .action)
                .filter { base.node($0.id) == nil || whatIf.removed.contains($0.id) }.map(\.label)
            result.whatIfName = Comparison.whatIfName(removed: removed, added: added)
            if let file = whatIf.withFile { result.files.append(file) }
        }
        return result
    }

    /// The provenance: every file read (the bundled example by name), one hash over their bytes.
    func provenance(parameters: [String: String]) -> Provenance {
        var data = Data(bundledHash.map { Data($0.utf8) } ?? Data())
        for path in files where !path.hasSuffix("(bundled)") {
            data.append((try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data())
        }
        return Provenance(inputs: files, inputHash: SHA256.hex(data), parameters: parameters)
    }
}
