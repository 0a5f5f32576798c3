import ArgumentParser
import Coherence

/// The `coherence` command: policy-coherence analysis of local sustainability policy.
@main
struct CoherenceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coherence",
        abstract: "Policy-coherence analysis of local sustainability policy: spillovers between policy domains, Leave No One Behind gaps, SDG interactions.",
        discussion: """
            Inputs are model files (YAML or JSON), cross-impact matrices (CSV or XLSX) or action plans. \
            Without an input, commands use the bundled example (a fictional Flemish municipality).
            Problems in an input are listed all at once on standard error, and the exit status is 2.
            """,
        version: CoherenceVersion.current,
        subcommands: [
            ValidateCommand.self,
            RenderCommand.self,
            InfoCommand.self,
            TargetsCommand.self,
            ReportCommand.self,
            LNOBCommand.self,
            BalanceCommand.self,
            CoverageCommand.self,
            SpilloversCommand.self,
            ExportCommand.self,
            ImportCommand.self,
            TemplateCommand.self,
            InteractionsCommand.self,
            MicmacCommand.self,
            ClustersCommand.self,
            SensitivityCommand.self,
            CentralityCommand.self,
            GenerateCommand.self,
            BatchCommand.self,
            CompareCommand.self,
        ]
    )
}
