import ArgumentParser

/// `coherence template`: blank input files to fill in.
struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Write blank input files to fill in, such as a cross-impact matrix for a workshop.",
        discussion: """
            Example:
              coherence template matrix --targets 1.3,7.2,11.6,13.2 --lang nl -o workshop.csv
            """,
        subcommands: [
            TemplateMatrixCommand.self,
        ]
    )
}
