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

            Examples:
              coherence report -o report
              coherence report Models/example.yaml -o report --lang en --force
            """
    )

    @OptionGroup var input: ModelInput

    @Option(name: .shortAndLong, help: "The report folder to write.")
    var output: String = "report"

    @Option(help: "The report's language: nl or en (default: the model's).")
    var lang: Language?

    @Flag(help: "Replace an existing report folder.")
    var force = false

    func run() throws {
        let network = try input.load()
        let builder = ReportBuilder(network: network, language: lang,
                                    provenance: input.provenance(parameters: ["language": (lang ?? network.language).rawValue]))
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

