import Foundation
import Testing
@testable import Coherence

/// Reads a plan (and an ownership table) from CSV text.
private func read(_ csv: String, ownership: String? = nil) throws -> PolicyNetwork {
    let owners = try ownership.map { try Table.csv($0, file: "eigenaarschap.csv") }
    return try ActionPlanReader.network(from: Table.csv(csv, file: "plan.csv"), ownership: owners.map { [$0] } ?? [])
}

/// Typos that silently change results — a second domain, stakeholder or group — get a did-you-mean
/// warning; cells outside the table are reported with their place.
@Suite("near misses and cells outside the table")
struct NearMissTests {
    @Test("the banded distance agrees with the full optimal-string-alignment distance for 0 to 3 edits")
    func bandedDistance() {
        let alphabet: [Character] = ["a", "b", "c"]
        var words: [String] = [""]
        var frontier: [String] = [""]
        for _ in 1...4 {
            frontier = frontier.flatMap { word in alphabet.map { word + String($0) } }
            words += frontier
        }
        let catalogue = SDGCatalogue.standard
        var disagreements: [String] = []
        for a in words { for b in words { for k in 0...3 where Suggestions.isWithin(k, Array(a), Array(b)) != (catalogue.editDistance(a, b) <= k) {
            disagreements.append("\(a)|\(b)|\(k)")
        } } }
        #expect(words.count == 121)
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
    }

    @Test("the near-miss rule: one edit from 4 characters, two from 8, case, accents and spaces do not count, digits must agree",
          arguments: [
            ("Mobilitiet", "Mobiliteit", true),        // transposition
            ("Mobilitijt", "Mobiliteit", true),        // two substitutions, 10 characters
            ("Senioreraad", "Seniorenraad", true),     // deletion
            ("Wonen", "Wonne", true),                  // transposition, 5 characters
            ("Wonen", "Woning", false),                // two edits on 5 characters
            ("Sport", "sport ", true),                 // only case and spaces
            ("Welzijn en zorg", "welzijnen Zorg", true),
            ("Économie", "economie", true),            // accents
            ("Domein 1", "Domein 2", false),           // numbered on purpose
            ("AP1.1", "AP1.2", false),
            ("ICT", "ICE", false),                     // too short for an edit
            ("Cultuur", "Onderwijs", false),
          ])
    func rule(a: String, b: String, near: Bool) {
        #expect(NearMiss.isNearMiss(a, b) == near)
        #expect(NearMiss.isNearMiss(b, a) == near)
    }

    @Test("a domain spelt differently in one row: a warning at that row naming the domain of the other rows")
    func domainTypo() throws {
        let network = try read("""
            omschrijving;beleidsdomein
            Fietspad;Mobilitiet
            Schoolstraat;Mobiliteit
            LEZ;Mobiliteit
            Sociale kruidenier;Welzijn
            Domein een;Domein 1
            Domein twee;Domein 2
            """)
        let warnings = network.warnings.filter { $0.message.contains("nearly the same name") }
        #expect(warnings.count == 1)   // not `Domein 1` and `Domein 2`
        #expect(warnings.first?.message == "the domain `Mobilitiet` (1 action) is nearly the same name as the domain `Mobiliteit` (2 actions), so a typing mistake may have made a second domain")
        #expect(warnings.first?.suggestion?.hasPrefix("Did you mean `Mobiliteit`?") == true)
        #expect(warnings.first?.location?.row == 2 && warnings.first?.location?.tableColumn == 2)
        // The typo still is its own domain: the warning tells, the reading does not guess.
        #expect(network.nodes(of: .domain).count == 5)
    }

    @Test("an ownership row naming a domain with no actions: a warning, with a did-you-mean when it is a near miss")
    func ownershipTypo() throws {
        let plan = "omschrijving;beleidsdomein;sdg\nFietspad;Mobiliteit;11.2\nLEZ;Mobiliteit;11.6\nRenovatie;Wonen;11.1\n"
        let network = try read(plan, ownership: "beleidsdomein;doelen\nMobilitijt;11.2, 11.6\nWonen;11.1\nCultuur;11.4\n")
        let warnings = network.warnings.filter { $0.message.contains("has no actions") }
        #expect(warnings.count == 2)
        #expect(warnings[0].location?.file == "eigenaarschap.csv" && warnings[0].location?.row == 2)
        #expect(warnings[0].message.hasPrefix("the ownership table names the domain `Mobilitijt`, which has no actions in the plan: it owns 2 goals or targets"))
        #expect(warnings[0].suggestion?.hasPrefix("Did you mean `Mobiliteit`?") == true)
        #expect(warnings[1].message.contains("`Cultuur`") && warnings[1].suggestion?.hasPrefix("Check the name") == true)
        // The typo changes what counts as a spillover: the real domain owns nothing.
        #expect(network.owners(of: network.index(of: "11.2")!).map { network.nodes[$0].id } == ["mobilitijt"])
        // Spelt right, there is no warning about it.
        let right = try read(plan, ownership: "beleidsdomein;doelen\nMobiliteit;11.2, 11.6\nWonen;11.1\n")
        #expect(!right.warnings.contains { $0.message.contains("no actions") || $0.message.contains("nearly") })
    }

    @Test("stakeholders and the plan's own groups named nearly alike: a warning at the less used one")
    func stakeholdersAndGroups() throws {
        let network = try read("""
            omschrijving;beleidsdomein;partners;doelgroepen
            A;Welzijn;Seniorenraad;mantelzorgers
            B;Welzijn;Seniorenraad;mantelzorgers
            C;Welzijn;Senioreraad;mantelzorger
            """)
        let warnings = network.warnings.filter { $0.message.contains("nearly the same name") }
        #expect(warnings.map(\.message) == [
            "the stakeholder `Senioreraad` (1 action) is nearly the same name as the stakeholder `Seniorenraad` (2 actions), so a typing mistake may have made a second stakeholder",
            "the group `mantelzorger` (1 action) is nearly the same name as the group `mantelzorgers` (2 actions), so a typing mistake may have made a second group",
        ])
        #expect(warnings.allSatisfy { $0.location?.row == 4 })
    }

    @Test("cells outside the header's columns are reported with their place: plans, ownership tables, long tables, workbooks")
    func outsideCells() throws {
        let network = try read("omschrijving;beleidsdomein;sdg\nFietspad;Mobiliteit;3.6; 11.2\nLEZ;Mobiliteit;11.6;;x;y\n",
                               ownership: "beleidsdomein;doelen;;opmerking\nMobiliteit;11.6;11.2;nee\n")
        let outside = network.warnings.filter { $0.message.contains("outside") }.map { "\($0.location?.file ?? ""):\($0.location?.row ?? 0):\($0.location?.tableColumn ?? 0)" }
        #expect(outside == ["plan.csv:2:4", "plan.csv:3:5", "plan.csv:3:6", "eigenaarschap.csv:2:3"])
        #expect(network.warnings.contains { $0.message == "the column `opmerking` of the ownership table is neither the domain nor goals or targets, and is not read" })
        // One warning per column, naming every row.
        let many = try Table.csv("a;b\n1;2;x\n3;4;y\n5;6\n7;8;z\n", file: "t.csv").outsideHeaderWarnings(below: 0, table: "the table")
        #expect(many.map(\.message) == ["3 cells stand outside the table in column C, which has no header (rows 2, 3 and 5, the first `x`), so they are not read"])
        // In a workbook the place is the cell.
        let sheet = Table(file: "w.xlsx", sheet: "Plan", rows: [["a", "b"], ["1", "2", "x"]])
        #expect(sheet.outsideHeaderWarnings(below: 0, table: "the table").first?.location?.description == "w.xlsx: sheet Plan, cell C2")
        // A long table: a column it does not read, and a cell under no header.
        let long = try MatrixReader.readAny(data: Data("expert,from,to,score,datum\nanna,1.3,7.2,2,2026,extra\n".utf8), file: "long.csv")
        #expect(long[0].warnings.map(\.message) == [
            "the column `datum` is not a column of a long table and is not read",
            "`extra` stands outside the long table: column F has no header, so it is not read",
        ])
    }
}
