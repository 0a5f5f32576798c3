import ArgumentParser
import Coherence
import Foundation

/// `coherence import plan`: an action plan kept in a spreadsheet (CSV or XLSX) → a model file.
struct ImportPlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Write a model file from an action plan kept in a spreadsheet: one row per action.",
        discussion: """
            Columns are found by their headers, in Dutch or English and in any order: the action's \
            label (omschrijving, titel, label) and its policy domain (beleidsdomein, domain) are \
            required; id (nr, actie), budget (bedrag, raming), SDG tags (sdg, sdg's, doelen, targets), \
            groups (doelgroepen), stakeholders (partners, betrokkenen), scope (reikwijdte) and the \
            plan's tree (beleidsdoelstelling, actieplan) are read when present. Other columns are \
            ignored with a warning.

            SDG tags may be per goal (SDG 11, SDG11, 11) or per target (11.6), with an optional score \
            (11.6:+2, 11.6 (reinforcing), 11.6 (versterkend)); a tag without a score counts as +1 \
            (enabling) and is marked assumed in the model; tags may also be joined by /, &, en, and or + \
            (SDG 7 / SDG 11 en SDG 13). Groups are named by id or by their Dutch or English label, \
            optionally scored (ouderen:+1; mensen in armoede:-2); a name the catalogue does not have is a \
            group of the plan's own (alleenstaande ouders). Budgets may use a \
            decimal comma and thousands separators (1.200.000, 1 200 000, € 1.200.000,50). Domains and \
            stakeholders are created from the sheet.

            Which domain owns which goals and targets comes from a sheet named eigenaarschap (or \
            ownership) in the workbook, or from --ownership FILE: a table with the columns \
            beleidsdomein and doelen (one goal or target per row, or a list). Without it the model has \
            no ownership and spillovers cannot be found; a warning says so.

            Every problem is listed at once with its sheet and cell (or row and column), and the exit \
            status is 2. Near misses of names (Mobilitiet next to Mobiliteit), an ownership row for a \
            domain without actions and cells outside the table are warnings; --strict makes them errors.

            Examples:
              coherence import plan Models/plans/actieplan-voorbeeld.csv --ownership Models/plans/eigenaarschap.csv -o model.yaml
              coherence import plan meerjarenplan.xlsx --sheet Acties --matrix workshop-a.csv workshop-b.csv -o model.yaml
            """
    )

    @Argument(help: ArgumentHelp("The action plan (.csv, .xlsx).", valueName: "file"))
    var file: String

    @Option(name: .customLong("sheet"), help: "For an XLSX plan: the sheet with the actions (default: the first that looks like a plan).")
    var sheet: String?

    @Option(help: ArgumentHelp("A table of which domain owns which goals and targets (.csv, .xlsx); replaces an ownership sheet in the workbook.",
                               valueName: "file"))
    var ownership: String?

    @Option(name: .customLong("matrix"), parsing: .upToNextOption,
            help: ArgumentHelp("Cross-impact matrices to add (.csv, .xlsx; one file per expert, or a long table).", valueName: "file"))
    var matrices: [String] = []

    @Option(help: "The model's name (default: the plan's file name).")
    var name: String?

    @Option(help: "The model's language, nl or en (default: the language of the plan's headers).")
    var language: String?

    @Option(name: .shortAndLong, help: "Write the model to this file (written atomically); default: standard output.")
    var output: String?

    @OptionGroup var unscored: UnscoredCodeOptions

    @OptionGroup var limits: LimitOptions

    @OptionGroup var strict: StrictOption

    func validate() throws {
        if let language, Language(rawValue: language.lowercased()) == nil {
            throw ValidationError("--language must be nl or en, not \(language).")
        }
        try unscored.check(scale: .nilsson)
    }

    func run() throws {
        let options = ActionPlanOptions(name: name, language: language.flatMap { Language(rawValue: $0.lowercased()) }, sheet: sheet)
        let network = try CLI.guarding {
            try limits.apply {
                try ActionPlanReader.read(contentsOf: URL(fileURLWithPath: file), displayName: file,
                                          ownership: ownership.map { URL(fileURLWithPath: $0) },
                                          matrices: matrices.map { URL(fileURLWithPath: $0) }, options: options,
                                          matrixOptions: unscored.matrixOptions)
            }
        }
        try CLI.warn(network.warnings, strict: strict.isOn)
        try CLI.emit(ModelWriter.yaml(network), to: output)
        if let output, output != "-" {
            let actions = network.indices(of: .action).count, domains = network.indices(of: .domain).count
            let tags = network.edges(of: .contribution)
            let assumed = tags.filter(\.annotation.assumed).count
            var parts = ["\(actions) action\(actions == 1 ? "" : "s") in \(domains) domain\(domains == 1 ? "" : "s")",
                         "\(tags.count) SDG tag\(tags.count == 1 ? "" : "s") (\(assumed) without a score, counted as +1)",
                         "\(network.edges(of: .groupEffect).count) group effects",
                         network.hasOwnership ? "\(network.edges(of: .ownership).count) owned goals and targets" : "no ownership"]
            if !network.experts.isEmpty { parts.append("\(network.experts.count) expert\(network.experts.count == 1 ? "" : "s")") }
            if !network.unscoredLinks.isEmpty { parts.append("\(network.unscoredLinks.count) unscored links") }
            CLI.printError("Wrote \(output): " + parts.joined(separator: ", ") + ".")
        }
    }
}
