import ArgumentParser
import Coherence
import CoherenceReport
import Foundation

/// `coherence report`: the whole analysis as a self-contained HTML page, Markdown, diagrams and JSON.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a report: index.html (self-contained), report.md, every diagram as SVG and PNG, and results.json.",
        discussion: """
            With no input, reports on the bundled example. An existing report folder is only replaced \
            with --force, and then as a whole: a run that is interrupted leaves the old report or the new one.

            With --compare BEFORE (a model, plan or matrices; join the files of one version with +), the \
            report gets a section "Wat is er veranderd" / "What changed" near the top: the domains diagram of \
            the difference, and what changed in the input and in every finding. With --without or --with, \
            the report is about the what-if variant, and the section compares the plan as it is with it \
            (or, with --compare too, BEFORE with the variant). comparison.json holds the whole comparison.

            Examples:
              coherence report -o report
              coherence report Models/example.yaml -o report --lang en --force
              coherence report Models/example-2027.yaml --compare Models/example.yaml -o rapport-2027
              coherence report Models/example.yaml --without bedrijventerrein -o wat-als
            """
    )

    @OptionGroup var input: ModelInput

    @Option(name: .shortAndLong, help: "The report folder to write.")
    var output: String = "report"

    @Option(help: "The report's language: nl or en (default: the model's).")
    var lang: Language?

    @Flag(help: "Replace an existing report folder.")
    var force = false

    @Option(name: .customLong("compare"),
            help: ArgumentHelp("An earlier version to compare with (a model, plan or matrices; files of one version joined with +): adds the section \"What changed\".",
                               valueName: "before"))
    var compareWith: String?

    @OptionGroup var whatIf: WhatIfOptions

    func run() throws {
        let loaded = try input.load()   // prints the read's warnings (refused under --strict)
        var network = loaded
        var changes: ReportComparison?
        var parameters = whatIf.parameters
        var extraFiles: [String] = []
        if !whatIf.isEmpty {
            network = try whatIf.apply(to: loaded, input: input)
            try CLI.warn(network.warnings, strict: input.strict.isOn)
            if let file = whatIf.withFile { extraFiles.append(file) }
        }
        if let compareWith {
            let before = try CompareVersions.read(compareWith, input: input)
            changes = ReportComparison(before: before, after: network)
            parameters["compare"] = compareWith
            extraFiles += CompareVersions.paths(compareWith)
        } else if !whatIf.isEmpty {
            let removed = whatIf.removed.map { loaded.node($0)?.label ?? $0 }
            let added = whatIf.withFile == nil ? [] : network.nodes(of: .action)
                .filter { loaded.node($0.id) == nil || whatIf.removed.contains($0.id) }.map(\.label)
            changes = ReportComparison(before: loaded, after: network, whatIf: Comparison.whatIfName(removed: removed, added: added))
        }
        parameters["language"] = (lang ?? network.language).rawValue
        var provenance = input.provenance(parameters: parameters)
        if !extraFiles.isEmpty {
            var data = Data(provenance.inputHash.utf8)
            for path in extraFiles { data.append((try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data()) }
            provenance = Provenance(inputs: provenance.inputs + extraFiles, inputHash: SHA256.hex(data), parameters: parameters)
        }
        let builder = ReportBuilder(network: network, language: lang, provenance: provenance, changes: changes)
        let files: [(path: String, data: Data)]
        do {
            files = try builder.files()
        } catch {
            CLI.printError("error: cannot build the report: \(error)")
            throw ExitCode(1)
        }
        let destination = URL(fileURLWithPath: output)
        do {
            try ReportFolderWriter(destination: destination, replace: force).write(files)
        } catch {
            CLI.printError("error: \(error.description)")
            if case .exists = error { throw ExitCode(CLI.badInputStatus) }
            throw ExitCode(1)
        }
        let index = destination.appendingPathComponent("index.html").standardizedFileURL.path
        print("Report written to \(output)/ (\(files.count) files). Open \(index) in a browser.")
    }
}

