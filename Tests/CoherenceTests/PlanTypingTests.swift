import Foundation
import Testing
@testable import Coherence

/// SDG tags, scores and headers of action plans as people type them.
@Suite("plans as people type them")
struct PlanTypingTests {
    /// The tags of a cell as `id` or `id=score`, or the first error's message.
    private func tags(_ text: String) -> [String] {
        do {
            return try ActionPlanReader.sdgTags(in: text).map { tag in tag.score.map { "\(tag.id)=\(ScoreScale.format($0, signed: true))" } ?? tag.id }
        } catch {
            return ["error: " + (error.errors.first?.message ?? "")]
        }
    }

    @Test("`/`, `&`, ` en `, ` and ` and `+` separate tags where a tag follows them", arguments: [
        ("SDG 7 / SDG 11 en SDG 13", ["SDG7", "SDG11", "SDG13"]),
        ("SDG 7/SDG 13", ["SDG7", "SDG13"]),
        ("11.6 and 3.9", ["11.6", "3.9"]),
        ("11.6 AND 3.9 En SDG 13", ["11.6", "3.9", "SDG13"]),
        ("SDG 7 & 13", ["SDG7", "SDG13"]),
        ("SDG 7 & SDG 13; 11.6:+2", ["SDG7", "SDG13", "11.6=+2"]),
        ("SDG 7 + SDG 13", ["SDG7", "SDG13"]),
        ("SDG 7 +SDG 13", ["SDG7", "SDG13"]),
        ("11.6 + 3.9", ["11.6", "3.9"]),
        ("Goal 4 + doel 5", ["SDG4", "SDG5"]),
        ("11.6 (+2) / 3.9 (versterkend)", ["11.6=+2", "3.9=+2"]),
    ])
    func separators(text: String, expected: [String]) {
        #expect(tags(text) == expected)
    }

    @Test("the ambiguous cases: `+` as the sign of a score, and words that belong to a name", arguments: [
        ("11.6:+2", ["11.6=+2"]),                       // `+` after `:` signs the score
        ("11.6 = +2", ["11.6=+2"]),                     // … after `=`
        ("SDG 7 +2", ["SDG7=+2"]),                      // … before a bare number
        ("SDG 7 + 2", ["SDG7=+2"]),                     // a bare number after a spaced `+` is a score, not goal 2
        ("11.6 +1", ["11.6=+1"]),
        ("SDG 11 - Duurzame steden en gemeenschappen", ["SDG11"]),   // ` en ` inside the name: no tag follows
        ("SDG 11 - Steden & gemeenschappen", ["SDG11"]),
        ("SDG 3: Gezondheid", ["SDG3"]),                // a one-word name after `:` is still a name
        ("SDG 7/13", ["SDG7", "SDG13"]),                // `/` after a prefixed goal
    ])
    func ambiguous(text: String, expected: [String]) {
        #expect(tags(text) == expected)
    }

    @Test("text that cannot be read apart is refused, with the message of the bare form", arguments: [
        ("7/13", "`7/13` could be a date or the goals 7 and 13, so it is not read"),
        ("3.9; 11,6:+2", "`11,6` looks like a number that a spreadsheet wrote with a decimal comma"),
        ("11,6 (versterkend)", "`11,6` looks like a number that a spreadsheet wrote with a decimal comma"),
        ("11,6", "`11,6` looks like a number that a spreadsheet wrote with a decimal comma"),
    ])
    func refused(text: String, message: String) {
        #expect(tags(text).first?.hasPrefix("error: " + message) == true, "\(tags(text))")
    }

    @Test("Dutch score labels are read wherever English ones are", arguments: [
        ("11.6:versterkend", 2.0), ("11.6 (tegenwerkend)", -2), ("11.6 onverenigbaar", -3), ("11.6: ondeelbaar", 3),
        ("11.6 (Mogelijk-makend)", 1), ("11.6 = beperkend", -1), ("11.6 (neutraal)", 0), ("11.6 (verenigbaar)", 0),
        ("11.6 (onlosmakelijk)", 3), ("11.6:opheffend", -3),
    ])
    func dutchLabels(text: String, score: Double) throws {
        #expect(try ActionPlanReader.sdgTags(in: text).first?.score == score)
        #expect(ScoreWords.value(String(text.split(whereSeparator: { "(): =".contains($0) }).dropFirst().joined(separator: " ")), scale: .nilsson) == score)
    }

    @Test("a misspelt label is refused with a did-you-mean in the language it was typed in")
    func labelTypos() throws {
        func error(_ text: String) -> Diagnostic? {
            do { _ = try ActionPlanReader.sdgTags(in: text); return nil } catch { return error.errors.first }
        }
        #expect(error("11.6:tegenwerkent")?.suggestion == "Did you mean `tegenwerkend`?")
        #expect(error("11.6:tegenwerkent")?.expected?.contains("`versterkend`") == true)
        #expect(error("11.6 (versterkent)")?.suggestion == "Did you mean `versterkend`?")
        #expect(error("11.6 (reinforcng)")?.suggestion == "Did you mean `reinforcing`?")
        #expect(error("11.6 (reinforcng)")?.expected?.contains("`reinforcing`") == true)
        // In a matrix cell too.
        let matrix = #expect(throws: InputError.self) {
            try MatrixReader.read(data: Data("x;a;b\na;;tegenwerkent\nb;1;\n".utf8), file: "m.csv", expert: "e")
        }
        #expect(matrix?.errors.first?.suggestion == "Did you mean `tegenwerkend`?")
        // And as a group's score.
        let table = try Table.csv("omschrijving;beleidsdomein;doelgroepen\nA;Welzijn;ouderen:versterkent\n", file: "plan.csv")
        let group = #expect(throws: InputError.self) { try ActionPlanReader.network(from: table) }
        #expect(group?.errors.first?.suggestion == "Did you mean `versterkend`?")
        // Dutch labels score groups and matrix cells as well.
        let cell = try MatrixReader.read(data: Data("x;a;b\na;;Tegenwerkend\nb;onverenigbaar;\n".utf8), file: "m.csv", expert: "e")
        #expect(cell.cells.map(\.score) == [-2, -3])
    }

    @Test("a number column and a title column keep both: the number is the id, the title the label", arguments: [
        ("Nr;Actie", "actie"), ("Nummer;Actie", "actie"), ("Code;Titel", "titel"), ("ID;Action", "action"),
        ("Actie;Nr", "actie"), ("Actienummer;Actie", "actie"),
    ])
    func numberAndTitle(headers: String, titleHeader: String) throws {
        let columns = headers.split(separator: ";").map(String.init)
        let numberFirst = ActionPlanColumn.normalise(columns[1]) == titleHeader
        let row = numberFirst ? "A7;Lage-emissiezone in het centrum" : "Lage-emissiezone in het centrum;A7"
        let table = try Table.csv("\(headers);Beleidsdomein\n\(row);Mobiliteit\n", file: "plan.csv")
        let network = try ActionPlanReader.network(from: table)
        #expect(network.node("A7")?.label == "Lage-emissiezone in het centrum")
        #expect(!network.warnings.contains { $0.message.contains("only that first column is used") })
    }

    @Test("`Nr`, `Actie` and a description-like `Omschrijving`: id, label and description; next to `Titel`, `Actie` is the description")
    func numberTitleAndDescription() throws {
        let described = try ActionPlanReader.network(from: Table.csv(
            "Nr;Actie;Omschrijving;Beleidsdomein\nA1;LEZ;Oudere dieselwagens mogen het centrum niet meer in;Mobiliteit\n", file: "plan.csv"))
        #expect(described.node("A1")?.label == "LEZ")
        #expect(described.node("A1")?.description == "Oudere dieselwagens mogen het centrum niet meer in")
        let titled = try ActionPlanReader.network(from: Table.csv(
            "Nr;Titel;Actie;Beleidsdomein\nA1;LEZ;Oudere dieselwagens weren;Mobiliteit\n", file: "plan.csv"))
        #expect(titled.node("A1")?.label == "LEZ")
        #expect(titled.node("A1")?.description == "Oudere dieselwagens weren")
        // With a label and a description already, `Actie` has nowhere to go: said, not silent.
        let full = try ActionPlanReader.network(from: Table.csv(
            "Nr;Actie;Omschrijving;Toelichting;Beleidsdomein\nA1;x;LEZ;uitleg;Mobiliteit\n", file: "plan.csv"))
        #expect(full.warnings.contains { $0.message.contains("`Actie` is read as") })
    }
}
