import ArgumentParser
import Coherence

/// `coherence targets`: the SDG catalogue.
struct TargetsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "targets",
        abstract: "List SDG targets from the built-in catalogue: official text and short names in English and Dutch.",
        discussion: """
            Examples:
              coherence targets --goal 11
              coherence targets --search waste
              coherence targets --search afval --format csv
            """
    )

    @Option(help: "Only the targets of this goal (1–17).")
    var goal: Int?

    @Option(help: "Only targets whose text or short names (English or Dutch) contain all these words.")
    var search: String?

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let goal, !(1...17).contains(goal) {
            throw ValidationError("--goal must be a number from 1 to 17, not \(goal).")
        }
    }

    func run() throws {
        let catalogue = SDGCatalogue.standard
        var targets = catalogue.targets
        if let goal { targets = targets.filter { $0.goal == goal } }
        if let search {
            let found = Set(catalogue.search(search).map(\.id))
            targets = targets.filter { found.contains($0.id) }
        }
        switch output.format {
        case .json:
            let provenance = Provenance(inputs: ["catalogue"], inputHash: SHA256.hex(.init(SDGCatalogue.version.utf8)),
                                        parameters: ["goal": goal.map(String.init) ?? "", "search": search ?? ""])
            try CLI.emit(CLI.json(JSONEnvelope(provenance: provenance, result: targets)), to: output.output)
        case .csv:
            var csv = CSVDocument(dialect: output.csvDialect)
            csv.append(["target", "goal", "short_name_en", "short_name_nl", "dimension", "lnob_relevant", "text"])
            for t in targets {
                csv.append([.text(t.id), .number(Double(t.goal)), .text(t.shortNameEN), .text(t.shortNameNL),
                            .text(t.dimension.rawValue), .text(t.lnobRelevant ? "yes" : "no"), .text(t.text)])
            }
            try CLI.emit(csv.text, to: output.output)
        case .table:
            if targets.isEmpty {
                try CLI.emit("No targets match.\n", to: output.output)
                return
            }
            var text = ""
            for t in targets {
                text += "\(t.id)  \(t.shortNameEN) / \(t.shortNameNL)\n"
                text += wrap(t.text, indent: "      ") + "\n"
            }
            text += "\n\(targets.count) target\(targets.count == 1 ? "" : "s")\n"
            try CLI.emit(text, to: output.output)
        }
    }

    /// Wraps text at 96 columns with an indent.
    func wrap(_ text: String, indent: String) -> String {
        var lines: [String] = []
        var line = indent
        for word in text.split(separator: " ") {
            if line.count + word.count + 1 > 96, line != indent {
                lines.append(line)
                line = indent
            }
            line += (line == indent ? "" : " ") + word
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }
}
