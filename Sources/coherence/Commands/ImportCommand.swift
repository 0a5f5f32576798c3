import ArgumentParser

/// `coherence import`: turns spreadsheets into a model file.
///
/// Each kind of input is its own subcommand in its own file (`ImportMatrixCommand.swift`, …).
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn spreadsheets (cross-impact matrices, action plans) into a model file.",
        discussion: """
            Examples:
              coherence import matrix workshop-a.csv workshop-b.csv -o model.yaml
              coherence import matrix scores.xlsx --sheet Scores --language nl -o model.yaml
            """,
        subcommands: [
            ImportMatrixCommand.self,
            ImportPlanCommand.self,
        ]
    )
}
