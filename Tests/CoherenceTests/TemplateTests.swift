import Foundation
import Testing
@testable import Coherence

@Suite("Matrix templates")
struct TemplateTests {
    @Test("a blank square matrix: ids in the first row and column, corner text, every cell blank, CRLF and BOM")
    func blankMatrix() throws {
        let template = try MatrixTemplate(targets: ["1.3", "7.2"], goals: ["13"], language: .en, separator: .comma)
        #expect(template.ids == ["1.3", "7.2", "SDG13"])
        #expect(template.matrixCSV == "\u{FEFF}From\\to,1.3,7.2,SDG13\r\n1.3,,,\r\n7.2,,,\r\nSDG13,,,\r\n")
        let dutch = try MatrixTemplate(targets: ["1.3"], objectives: ["Air quality; city centre"], language: .nl, separator: .semicolon)
        #expect(dutch.matrixCSV == "\u{FEFF}Van\\naar;1.3;\"Air quality; city centre\"\r\n1.3;;\r\n\"Air quality; city centre\";;\r\n")
    }

    @Test("the blank matrix reads back as a square matrix with no scored cells; filled in, it reads its scores")
    func roundTrip() throws {
        for (language, separator) in [(Language.en, CSVSeparator.comma), (.nl, .semicolon)] {
            let template = try MatrixTemplate(targets: ["1.3", "7.2", "11.6"], goals: ["SDG13"], language: language, separator: separator)
            let matrix = try MatrixReader.read(data: Data(template.matrixCSV.utf8), file: "workshop.csv", expert: "a")
            #expect(matrix.ids == ["1.3", "7.2", "11.6", "SDG13"])
            #expect(matrix.cells.isEmpty)
            let s = separator.rawValue
            let filled = template.matrixCSV.replacingOccurrences(of: "\r\n1.3\(s)\(s)", with: "\r\n1.3\(s)\(s)reinforcing")
            let scored = try MatrixReader.read(data: Data(filled.utf8), file: "workshop.csv", expert: "a")
            #expect(scored.cells.map { "\($0.from)>\($0.to)=\($0.score)" } == ["1.3>7.2=2.0"])
        }
    }

    @Test("the legend lists ids with short names and official texts in the chosen language, then the scale")
    func legend() throws {
        let en = try MatrixTemplate(targets: ["7.2"], goals: ["13"], objectives: ["night life"], language: .en, separator: .comma).legendCSV
        let target = try #require(SDGCatalogue.standard.target("7.2"))
        let lines = en.dropFirst().components(separatedBy: "\r\n")
        #expect(en.hasPrefix("\u{FEFF}id,short name,official text\r\n"))
        let goal = try #require(SDGCatalogue.standard.goal(13))
        // Cells holding the separator or a quote are quoted, quotes doubled.
        func q(_ cell: String) -> String {
            cell.contains(",") || cell.contains("\"") ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
        }
        #expect(lines[1] == "7.2,\(q(target.shortNameEN)),\(q(target.text))")
        #expect(lines[2] == "SDG13,\(q(goal.nameEN)),\(q(goal.nameEN))")
        #expect(lines[3] == "night life,night life,custom objective")
        #expect(lines[4] == "")
        #expect(lines[5] == "score,label,meaning")
        #expect(lines[6] == "+3,indivisible,Inextricably linked to the achievement of another goal.")
        #expect(lines[12] == "-3,cancelling,Makes it impossible to reach another goal.")
        #expect(en.contains("how to score"))

        let nl = try MatrixTemplate(targets: ["7.2"], language: .nl, separator: .semicolon).legendCSV
        let nlLines = nl.dropFirst().components(separatedBy: "\r\n")
        #expect(nlLines[0] == "id;korte naam;officiële tekst (Engels)")
        #expect(nlLines[1].hasPrefix("7.2;\(target.shortNameNL);"))
        #expect(nlLines[3] == "score;label (mag in de matrix);Nederlandse naam;betekenis")
        #expect(nlLines[5] == "+2;reinforcing;versterkend;Helpt het andere doel rechtstreeks bereiken.")
        #expect(nl.contains("zo vult u de matrix in"))
    }

    @Test("every label and Dutch name in the legend is read back as its score")
    func legendLabelsAreAccepted() throws {
        for entry in MatrixTemplate.nilssonScale {
            #expect(ScoreScale.nilsson.parse(entry.label) == entry.score)
            #expect(MatrixReader.dutchLabels[entry.dutch] == entry.score)
        }
    }

    @Test("unknown ids are errors with a did-you-mean, all at once; duplicates are kept once")
    func unknownIDs() throws {
        let error = #expect(throws: InputError.self) {
            try MatrixTemplate(targets: ["11.8", "1.3", "mobility"], goals: ["18"], objectives: ["7.2", "=cmd"])
        }
        let messages = error?.diagnostics.map(\.description) ?? []
        #expect(messages.count == 5)
        #expect(messages[0] == "error: `11.8` is not an SDG target. Did you mean `11.7`, `11.6` or `11.5`?")
        #expect(messages[1].hasPrefix("error: `mobility` is not an SDG target (expected a target number such as `11.6`). Give custom objectives with --objectives."))
        #expect(messages[2].hasPrefix("error: `18` is not an SDG goal (expected a goal number from 1 to 17)"))
        #expect(messages[3] == "error: `7.2` is an SDG id, not a custom objective. Give it with --targets or --goals.")
        #expect(messages[4].contains("starts with `=`, which a spreadsheet reads as a formula"))
        #expect(try MatrixTemplate(targets: ["1.3", "1.3", "SDG 1.3"]).ids == ["1.3"])
        #expect(throws: InputError.self) { try MatrixTemplate(targets: []) }
    }

    @Test("the legend is written beside the matrix")
    func legendPath() {
        #expect(MatrixTemplate.legendPath(for: "workshop.csv") == "workshop-legend.csv")
        #expect(MatrixTemplate.legendPath(for: "out/ws.2026.csv") == "out/ws.2026-legend.csv")
        #expect(MatrixTemplate.legendPath(for: "workshop") == "workshop-legend.csv")
    }
}
