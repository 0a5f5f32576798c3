import Foundation
import Testing
@testable import Coherence

/// Reads an action plan from CSV text (and an ownership table, when given).
private func plan(_ csv: String, ownership: String? = nil, file: String = "plan.csv",
                  options: ActionPlanOptions = .init()) throws -> PolicyNetwork {
    let table = try Table.csv(csv, file: file)
    let owners = try ownership.map { try Table.csv($0, file: "eigenaarschap.csv") }
    return try ActionPlanReader.network(from: table, ownership: owners.map { [$0] } ?? [], options: options)
}

/// The errors reading a plan gives (empty when it reads).
private func planErrors(_ csv: String, file: String = "plan.csv") -> [Diagnostic] {
    do {
        _ = try plan(csv, file: file)
        return []
    } catch let error as InputError {
        return error.errors
    } catch {
        Issue.record("unexpected error \(error)")
        return []
    }
}

/// The contributions of an action: target id → (score, assumed).
private func contributions(_ network: PolicyNetwork, _ action: String) -> [String: (score: Double, assumed: Bool)] {
    guard let a = network.index(of: action) else { return [:] }
    var result: [String: (Double, Bool)] = [:]
    for edge in network.edges(.contribution, from: a) { result[network.nodes[edge.to].id] = (edge.score ?? .nan, edge.annotation.assumed) }
    return result
}

/// The group effects of an action: group id → (score, assumed).
private func effects(_ network: PolicyNetwork, _ action: String) -> [String: (score: Double, assumed: Bool)] {
    guard let a = network.index(of: action) else { return [:] }
    var result: [String: (Double, Bool)] = [:]
    for edge in network.edges(.groupEffect, from: a) { result[network.nodes[edge.to].id] = (edge.score ?? .nan, edge.annotation.assumed) }
    return result
}

@Suite("Action-plan import")
struct ActionPlanTests {
    // MARK: SDG tags

    @Test("every accepted spelling of a goal tag", arguments: [
        "SDG 11", "SDG11", "sdg 11", "SDG-11", "11", "Goal 11", "goal11", "Doel 11", " SDG 11 ", "SDG 11 - Duurzame steden en gemeenschappen",
        "SDG 11: Sustainable cities",
    ])
    func goalSpellings(_ text: String) throws {
        let tags = try ActionPlanReader.sdgTags(in: text)
        #expect(tags.map(\.id) == ["SDG11"])
        #expect(tags[0].score == nil)
    }

    @Test("every accepted spelling of a target tag with a score", arguments: [
        ("11.6:+2", 2.0), ("11.6: +2", 2), ("11.6:2", 2), ("11.6 = 2", 2), ("11.6 (+2)", 2), ("11.6 (reinforcing)", 2),
        ("11.6 (versterkend)", 2), ("11.6 reinforcing", 2), ("11.6 +2", 2), ("11.6:−2", -2), ("11.6 (–1)", -1),
        ("SDG 11.6: counteracting", -2), ("Target 11.6 (mogelijk makend)", 1), ("11.6: 0", 0), ("11.6 [indivisible]", 3),
    ])
    func scoredTargetSpellings(_ text: String, _ score: Double) throws {
        let tags = try ActionPlanReader.sdgTags(in: text)
        #expect(tags.map(\.id) == ["11.6"])
        #expect(tags[0].score == score)
    }

    @Test("lists of tags: `;`, `,`, `|` and line breaks; letters; scores and plain tags mixed")
    func tagLists() throws {
        #expect(try ActionPlanReader.sdgTags(in: "11.6, 3.9").map(\.id) == ["11.6", "3.9"])
        #expect(try ActionPlanReader.sdgTags(in: "11.6;3.9 | 1.a\n17.10").map(\.id) == ["11.6", "3.9", "1.a", "17.10"])
        let mixed = try ActionPlanReader.sdgTags(in: "11.6:+2; 3.9:+1; SDG 13, 8.3 (-1)")
        #expect(mixed.map(\.id) == ["11.6", "3.9", "SDG13", "8.3"])
        #expect(mixed.map(\.score) == [2, 1, nil, -1])
        // A decimal comma inside a score is not a separator: 1,5 is read (the builder then refuses it on a whole-number scale).
        #expect(try ActionPlanReader.sdgTags(in: "11.6:1,5, 3.9").map(\.score) == [1.5, nil])
        #expect(try ActionPlanReader.sdgTags(in: "3, 11, 13").map(\.id) == ["SDG3", "SDG11", "SDG13"])
        #expect(try ActionPlanReader.sdgTags(in: "  ").isEmpty)
    }

    @Test("unknown goals and targets, indicators and unreadable scores are refused with suggestions")
    func badTags() {
        func message(_ text: String) -> Diagnostic? {
            do { _ = try ActionPlanReader.sdgTags(in: text); return nil } catch { return error.errors.first }
        }
        let unknownTarget = message("11.8")
        #expect(unknownTarget?.message.contains("`11.8` is not an SDG target") == true)
        #expect(unknownTarget?.suggestion?.contains("`11.7`") == true)
        #expect(message("SDG 18")?.message.contains("there are 17 goals") == true)
        #expect(message("11.6.1")?.message.contains("indicator") == true)
        let typo = message("11.6 (reinforcng)")
        #expect(typo?.suggestion == "Did you mean `reinforcing`?")
        #expect(message("klimaat")?.message.contains("is not an SDG tag") == true)
        #expect(message("3D-printing")?.message.contains("is not an SDG tag") == true)
    }

    @Test("`17,1` — what Dutch Excel makes of 17.10 or 17.1 — is refused, never read as 17.1")
    func excelMangledComma() throws {
        for text in ["17,1", "11.6; 17,1", "3,4"] {
            do {
                let tags = try ActionPlanReader.sdgTags(in: text)
                Issue.record("`\(text)` was read as \(tags.map(\.id))")
            } catch {
                #expect(error.errors.count == 1)
                #expect(error.errors[0].message.contains("decimal comma"))
            }
        }
        do {
            _ = try ActionPlanReader.sdgTags(in: "17,1")
        } catch {
            // Both targets it could have been are named, and the goals reading too.
            #expect(error.errors[0].message.contains("`17.1`") && error.errors[0].message.contains("`17.10`"))
            #expect(error.errors[0].message.contains("goals 17 and 1"))
        }
        // With a space after the comma it is a list of goals.
        #expect(try ActionPlanReader.sdgTags(in: "17, 1").map(\.id) == ["SDG17", "SDG1"])
    }

    @Test("columns headed by a goal or target hold a mark (+1, assumed) or a score")
    func markColumns() throws {
        let csv = """
            Omschrijving;Domein;SDG 1;SDG 11 Duurzame steden;11.6;SDG's
            A;Wonen;x;;+2;SDG 13
            B;Wonen;;ja;versterkend;
            C;Wonen;nee;-1;;
            """
        let network = try plan(csv)
        #expect(contributions(network, "a")["SDG1"]! == (1, true))
        #expect(contributions(network, "a")["11.6"]! == (2, false))
        #expect(contributions(network, "a")["SDG13"]! == (1, true))
        #expect(contributions(network, "a").count == 3)
        #expect(contributions(network, "b")["SDG11"]! == (1, true))
        #expect(contributions(network, "b")["11.6"]! == (2, false))
        #expect(contributions(network, "c").count == 1)
        #expect(contributions(network, "c")["SDG11"]! == (-1, false))
        let errors = planErrors(csv + "\nD;Wonen;misschien;;;\n")
        #expect(errors.count == 1)
        #expect(errors.first?.message.contains("neither a mark nor a score") == true)
        #expect(errors.first?.location?.row == 5 && errors.first?.location?.tableColumn == 3)
    }

    // MARK: Budgets

    @Test("amounts with decimal comma or point and thousands separators", arguments: [
        ("1.200.000", 1_200_000.0), ("1 200 000", 1_200_000), ("1\u{00A0}200\u{00A0}000", 1_200_000), ("€ 1.200.000,50", 1_200_000.5),
        ("1,200,000.50", 1_200_000.5), ("1.200", 1200), ("25,000", 25000), ("1200,50", 1200.5), ("1200.5", 1200.5),
        ("0,125", 0.125), ("€ 6.200.000,-", 6_200_000), ("EUR 45.000", 45000), ("45000 euro", 45000), ("1'200'000", 1_200_000),
        ("7,5", 7.5), ("980", 980),
    ])
    func amounts(_ text: String, _ value: Double) {
        #expect(ActionPlanReader.amount(text) == value)
    }

    @Test("text that is not an amount, and blank amounts")
    func notAmounts() {
        for text in ["1.20.000", "12,34,5", "1.200.000.50,3,2", "ongeveer 5000", "1,2 mio"] {
            if case .unreadable = ActionPlanReader.readAmount(text) {} else { Issue.record("`\(text)` was read as an amount") }
        }
        for text in ["", "-", "n.v.t.", "nvt", "n/a"] { #expect(ActionPlanReader.readAmount(text) == .blank) }
    }

    // MARK: Headers

    @Test("Dutch headers, `;`, decimal comma, thousands separators and the plan's tree: the bundled example plan")
    func dutchExamplePlan() throws {
        let url = repositoryRoot.appendingPathComponent("Models/plans/actieplan-voorbeeld.csv")
        let network = try ActionPlanReader.read(contentsOf: url, displayName: "actieplan-voorbeeld.csv")
        #expect(network.language == .nl)
        #expect(network.name == "actieplan-voorbeeld")
        #expect(network.indices(of: .action).count == 26)
        #expect(network.indices(of: .domain).count == 9)
        // `Nr` is the id and `Actie` (titles of several words) the label.
        let lez = try #require(network.node("1.1.1"))
        #expect(lez.label == "Lage-emissiezone in het centrum")
        #expect(lez.domain == "mobiliteit")
        #expect(lez.budget == 1_200_000)
        #expect(lez.plan == ["BD1 Een klimaatneutrale en gezonde gemeente", "AP1.1 Minder uitstoot door verkeer"])
        #expect(lez.description == "Oudere dieselwagens mogen het centrum niet meer in vanaf 2028.")
        #expect(network.node("1.1.2")?.budget == 3_450_000)        // `€ 3.450.000`
        #expect(network.node("1.1.3")?.budget == 185_000.5)        // `185.000,50`
        #expect(network.node("1.1.4")?.budget == 60_000)           // `60 000`
        #expect(network.node("1.3.3")?.budget == 6_200_000)        // `€ 6.200.000,-`
        #expect(network.node("4.1.2")?.budget == nil)              // blank
        // The tree: headings rows, and a new policy objective starts a new branch.
        #expect(network.node("2.2.4")?.plan == ["BD2 Niemand achterlaten", "AP2.2 Toegankelijke dienstverlening"])
        #expect(network.node("4.2.2")?.plan == ["BD4 Samen werken aan een duurzame wereld", "AP4.2 Participatie en transversaal werken"])
        // Scope per action, and on its contributions.
        #expect(network.node("4.1.1")?.defaultScope == .elsewhere)
        #expect(network.node("1.3.2")?.defaultScope == .later)
        let drinking = try #require(network.index(of: "4.1.1"))
        #expect(network.edges(.contribution, from: drinking).allSatisfy { $0.annotation.scope == .elsewhere })
        // Tags: scored targets are given, plain tags and goals are +1 assumed.
        let lezTags = contributions(network, "1.1.1")
        #expect(lezTags["11.6"]! == (2, false))
        #expect(lezTags["3.9"]! == (1, false))
        #expect(lezTags["8.3"]! == (-1, false))
        let cycle = contributions(network, "1.1.2")
        #expect(Set(cycle.keys) == ["SDG11", "SDG3", "SDG13"])
        #expect(cycle.values.allSatisfy { $0 == (1, true) })
        #expect(contributions(network, "1.1.3")["11.2"]! == (2, false))     // `11.2 (versterkend)`
        #expect(contributions(network, "1.1.3")["13.2"]! == (1, true))
        #expect(Set(contributions(network, "1.2.3").keys) == ["SDG7", "SDG11", "SDG13"])   // bare `7; 11; 13`
        // Stakeholders declared from the sheet with their kinds; a later mention finds the same one.
        let brug = try #require(network.node("de-brug"))
        #expect(brug.stakeholderKind == .civilSociety)
        #expect(network.node("handelaarsvereniging-leiewaarde-centrum")?.stakeholderKind == .privateSector)
        #expect(network.node("gemeente-kowetto")?.stakeholderKind == .partnerMunicipality)
        let housingFirst = try #require(network.index(of: "2.1.4"))
        #expect(network.edges(.involvement, from: housingFirst).map { network.nodes[$0.to].id } == ["de-brug"])
        // Without an ownership table: no ownership, and a warning that says how to give it.
        #expect(!network.hasOwnership)
        #expect(network.warnings.contains { $0.message.contains("spillovers") && $0.suggestion?.contains("eigenaarschap") == true })
    }

    @Test("English headers in another order, `,` separated, ids derived from labels")
    func englishHeaders() throws {
        let csv = """
            Domain,Description,SDGs,Budget (EUR),Groups,Partners,Scope,Policy objective,Action plan
            Mobility,Low-emission zone,"11.6:+2, 3.9:+1",\"1,200,000.50\",people in poverty:-1; older persons,Shopkeepers (private sector),here,PO1 Clean air,AP1.1 Traffic
            Mobility,Low-emission zone,SDG 11,980,,,,,
            Welfare,Social tariffs,SDG 1,"25,000",low-income:+2,,elsewhere,PO2 No one left behind,
            """
        let network = try plan(csv, file: "plan-en.csv")
        #expect(network.language == .en)
        #expect(network.indices(of: .action).map { network.nodes[$0].id } == ["low-emission-zone", "low-emission-zone-2", "social-tariffs"])
        let lez = try #require(network.node("low-emission-zone"))
        #expect(lez.budget == 1_200_000.5)
        #expect(lez.plan == ["PO1 Clean air", "AP1.1 Traffic"])
        // A blank tree cell repeats the row above …
        #expect(network.node("low-emission-zone-2")?.plan == ["PO1 Clean air", "AP1.1 Traffic"])
        // … and a new policy objective starts a new branch (no action plan carried over).
        #expect(network.node("social-tariffs")?.plan == ["PO2 No one left behind"])
        #expect(network.node("social-tariffs")?.budget == 25_000)
        #expect(network.node("mobility")?.kind == .domain)
        #expect(network.node("mobility")?.label == "Mobility")
        #expect(effects(network, "low-emission-zone")["low-income"]! == (-1, false))
        #expect(effects(network, "low-emission-zone")["older-persons"]! == (1, true))
        #expect(network.node("shopkeepers")?.stakeholderKind == .privateSector)
        // The repeated label is flagged.
        #expect(network.warnings.contains { $0.message.contains("already used in row 2") })
    }

    @Test("headers ignore case, accents, spaces and notes; unknown columns are ignored with a warning")
    func headerSpellings() throws {
        for header in ["OMSCHRIJVING;Beleids domein;SDG's", "Titel;Domein;Doelen", "Label;Domain;Targets", "Omschrijving van de actie;Beleidsdomein (dienst);SDG-doelen",
                       "omschrijving;beleidsdomein;sdgs", "Title;Policy domain;Goals"] {
            let network = try plan(header + "\nFietspad;Mobiliteit;SDG 11\n")
            #expect(network.node("fietspad")?.label == "Fietspad", "header \(header)")
            #expect(contributions(network, "fietspad")["SDG11"] != nil, "header \(header)")
        }
        let network = try plan("Omschrijving;Beleidsdomein;Trekker;Omschrjving 2\nFietspad;Mobiliteit;Jan;x\n")
        let warnings = network.warnings.filter { $0.message.contains("is not an action-plan column") }
        #expect(warnings.count == 2)
        #expect(warnings[0].location?.tableColumn == 3)
        #expect(warnings[1].suggestion?.hasPrefix("Did you mean `omschrijving`") == true)
    }

    @Test("a missing label or domain column is an error naming the headers expected")
    func missingRequiredColumns() {
        let errors = planErrors("Nr;Budget;SDG\n1;1.000;SDG 11\n")
        #expect(errors.count == 2)
        #expect(errors[0].message.contains("no column for the action's label"))
        #expect(errors[0].expected?.contains("`omschrijving`") == true)
        #expect(errors[1].message.contains("no column for the action's policy domain"))
        #expect(errors[1].expected?.contains("`beleidsdomein`") == true)
        #expect(errors[0].location?.row == 1)
        let nothing = planErrors("a;b;c\n1;2;3\n")
        #expect(nothing.count == 1)
        #expect(nothing[0].message.contains("no header row"))
        let misspelt = planErrors("Nr;Titelx;Beleidsdomen\n1;a;b\n")
        #expect(misspelt.first?.suggestion == "Did you mean: `Titelx` → `titel`, `Beleidsdomen` → `beleidsdomein`?")
    }

    // MARK: Groups

    @Test("groups by id, by English or Dutch label and by synonym; scores; plain groups are +1 assumed")
    func groups() throws {
        let csv = """
            omschrijving;beleidsdomein;doelgroepen
            A;Welzijn;"ouderen:+1; mensen in armoede:-2"
            B;Welzijn;people in poverty (+2), older-persons
            C;Welzijn;"mensen met een migratieachtergrond, vluchtelingen; Senioren"
            D;Welzijn;getroffenen van schokken (overstroming, hitte, crisis):-1, homeless people -1
            E;Welzijn;Personen met een handicap = versterkend
            """
        let network = try plan(csv)
        #expect(effects(network, "a")["older-persons"]! == (1, false))
        #expect(effects(network, "a")["low-income"]! == (-2, false))
        #expect(effects(network, "b")["low-income"]! == (2, false))
        #expect(effects(network, "b")["older-persons"]! == (1, true))
        // A Dutch label with a comma in it is one group; `Senioren` is a synonym of older persons.
        #expect(Set(effects(network, "c").keys) == ["migration-background", "older-persons"])
        #expect(effects(network, "c").values.allSatisfy { $0 == (1, true) })
        #expect(effects(network, "d")["shock-affected"]! == (-1, false))
        #expect(effects(network, "d")["homeless"]! == (-1, false))
        #expect(effects(network, "e")["disability"]! == (2, false))
    }

    @Test("a group not in the catalogue is the plan's own; one within an edit or two of a catalogue group gets a did-you-mean warning")
    func ownGroupsNearCatalogue() throws {
        let network = try plan("omschrijving;beleidsdomein;doelgroepen\nA;Welzijn;\"oudren; mensen in armoed\"\nB;Welzijn;peeople in poverty\n")
        // Each typo became a group of the plan's own (its slug as id, the name as written as label) …
        #expect(Set(effects(network, "a").keys) == ["oudren", "mensen-in-armoed"])
        #expect(network.node("peeople-in-poverty")?.label == "peeople in poverty")
        #expect(network.node("oudren")?.kind == .group)
        // … and each has a warning at its cell that names the catalogue group meant.
        let warnings = network.warnings.filter { $0.message.contains("not a catalogue group") }
        #expect(warnings.count == 3)
        #expect(warnings.contains { $0.suggestion?.hasPrefix("Did you mean `ouderen` (older-persons)?") == true
            && $0.location?.row == 2 && $0.location?.tableColumn == 3 })
        #expect(warnings.contains { $0.suggestion?.hasPrefix("Did you mean `mensen in armoede` (low-income)?") == true })
        #expect(warnings.contains { $0.suggestion?.hasPrefix("Did you mean `people in poverty` (low-income)?") == true && $0.location?.row == 3 })
    }

    @Test("the plan's own groups: declared once with a slug id, found again by any spelling, scored like catalogue groups, no warning when far from the catalogue")
    func ownGroups() throws {
        let csv = """
            omschrijving;beleidsdomein;doelgroepen
            A;Welzijn;"alleenstaande ouders:+2; mantelzorgers"
            B;Welzijn;"Alleenstaande Ouders (-1); ouderen"
            C;Welzijn;-
            D;Welzijn;geen
            """
        let network = try plan(csv)
        #expect(effects(network, "a")["alleenstaande-ouders"]! == (2, false))
        #expect(effects(network, "a")["mantelzorgers"]! == (1, true))
        #expect(effects(network, "b")["alleenstaande-ouders"]! == (-1, false))
        #expect(effects(network, "b")["older-persons"]! == (1, true))
        // `-` and `geen` name no group.
        #expect(effects(network, "c").isEmpty && effects(network, "d").isEmpty)
        let own = network.nodes(of: .group).filter { !$0.fromCatalogue }
        #expect(own.map(\.id) == ["alleenstaande-ouders", "mantelzorgers"])
        #expect(own.first?.label == "alleenstaande ouders")
        #expect(!network.warnings.contains { $0.message.contains("group") })
        // LNOB checks them with the catalogue's ten.
        let lnob = lnobAnalysis(in: network)
        #expect(lnob.groups.count == 12)
        // A "group" without a letter is refused.
        let errors = planErrors("omschrijving;beleidsdomein;doelgroepen\nA;Welzijn;12\n")
        #expect(errors.first?.message == "`12` is not a group")
    }

    // MARK: Ownership

    @Test("an ownership table: one per row or a list per row, blank domain repeats, goals own their targets")
    func ownershipTable() throws {
        let csv = """
            omschrijving;beleidsdomein;sdg
            Lage-emissiezone;Mobiliteit;"11.6:+2; 3.9:+1"
            Sociale tarieven;Welzijn en zorg;SDG 1
            """
        let owners = """
            Beleidsdomein;Doelen
            mobiliteit;11.2, 9.1
            ;3.6
            Welzijn en zorg;SDG 1
            Omgeving;11.6
            """
        let network = try plan(csv, ownership: owners)
        #expect(network.hasOwnership)
        #expect(!network.warnings.contains { $0.message.contains("spillovers") })
        let mobility = try #require(network.index(of: "mobiliteit"))
        #expect(Set(network.edges(.ownership, from: mobility).map { network.nodes[$0.to].id }) == ["11.2", "9.1", "3.6"])
        // The domain named only in the ownership table is declared from it.
        #expect(network.node("omgeving")?.kind == .domain)
        let target = try #require(network.index(of: "11.6"))
        #expect(network.owners(of: target).map { network.nodes[$0].id } == ["omgeving"])
        let welfare = try #require(network.index(of: "welzijn-en-zorg"))
        #expect(network.owns(domain: welfare, try #require(network.index(of: "SDG1"))))
        // The example ownership table covers the example plan's nine domains.
        let plan = repositoryRoot.appendingPathComponent("Models/plans/actieplan-voorbeeld.csv")
        let table = repositoryRoot.appendingPathComponent("Models/plans/eigenaarschap.csv")
        let example = try ActionPlanReader.read(contentsOf: plan, displayName: "actieplan-voorbeeld.csv", ownership: table)
        #expect(example.indices(of: .domain).count == 9)
        #expect(example.indices(of: .domain).allSatisfy { !example.edges(.ownership, from: $0).isEmpty })
    }

    @Test("ownership takes no scores and names known targets")
    func badOwnership() {
        do {
            _ = try plan("omschrijving;beleidsdomein\nA;Mobiliteit\n", ownership: "domein;doelen\nMobiliteit;11.2:+2\n;11.9\n")
            Issue.record("read")
        } catch let error as InputError {
            #expect(error.errors.count == 2)
            #expect(error.errors[0].message.contains("ownership takes none"))
            #expect(error.errors[1].message.contains("`11.9` is not an SDG target"))
            #expect(error.errors[1].location?.file == "eigenaarschap.csv" && error.errors[1].location?.row == 3)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    // MARK: Errors

    @Test("a broken sheet: every problem at once, each by row and column")
    func brokenSheet() {
        let csv = """
            Nr;Omschrijving;Beleidsdomein;Budget;SDG;Doelgroepen;Reikwijdte
            1;Fietspad;Mobiliteit;1.20.000;11.8;ouderen;hier
            2;Speelplein;;5000;SDG 11;kinderen:veel;overal
            3;;Welzijn;;SDG 1;;
            4;Sociale kruidenier;Welzijn;1000;"17,1; SDG 19";armen:+5;
            """
        let errors = planErrors(csv)
        let places = errors.map { "\($0.location?.row ?? 0):\($0.location?.tableColumn ?? 0)" }
        // Row 2: budget (D) and target (E); row 3: domain (C), group (F) and scope (G); row 4: no label;
        // row 5: 17,1 and SDG 19 (E) and a group score off the scale (F, reported by the builder).
        #expect(places == ["2:4", "2:5", "3:3", "3:6", "3:7", "4:2", "5:5", "5:5", "5:6"])
        #expect(errors[0].message.contains("`1.20.000` is not an amount"))
        #expect(errors[1].suggestion?.contains("`11.7`") == true)
        #expect(errors[2].message.contains("no policy domain"))
        #expect(errors[3].message.contains("`veel` after `kinderen` is not a score"))
        #expect(errors[4].message.contains("`overal` is not a scope"))
        #expect(errors[5].message.contains("no label"))
        #expect(errors[6].message.contains("decimal comma"))
        #expect(errors[7].message.contains("there are 17 goals"))
        #expect(errors[8].message.contains("+5"))
        #expect(errors[0].description.hasPrefix("plan.csv: row 2 (1), column 4 (Budget): error:"))
    }

    @Test("ids that are SDG numbers are renamed with a warning; derived ids avoid domain ids")
    func idCollisions() throws {
        let csv = "nr;omschrijving;beleidsdomein\n1.2;Fietspad;Mobiliteit\n;Mobiliteit;Mobiliteit\n;2030;Omgeving\n"
        let network = try plan(csv)
        #expect(network.node("actie-1.2")?.label == "Fietspad")
        #expect(network.warnings.contains { $0.message.contains("`1.2` is an SDG number") })
        #expect(network.node("mobiliteit")?.kind == .domain)
        #expect(network.node("mobiliteit-2")?.kind == .action)
        #expect(network.node("actie-2030")?.label == "2030")
    }

    // MARK: Workbooks

    @Test("an XLSX plan: title row, numbers as stored, ownership sheet, Excel-mangled targets refused by cell")
    func workbook() throws {
        let plan = XLSXFixture.Sheet(name: "Acties", rows: [
            ["Meerjarenplan 2026-2031"],
            ["Actie", "Beleidsdomein", "Raming", "SDG", "Doelgroepen"],
            ["Lage-emissiezone in het centrum", "Mobiliteit", .number("1200000"), "11.6:+2; 3.9", "ouderen"],
            ["Sociale tarieven voor iedereen", "Welzijn", .number("95000.5"), .number("1"), ""],
            ["Ontharding van de speelplaatsen", "Omgeving", "1.100.000", .number("11.6"), ""],
        ])
        let owners = XLSXFixture.Sheet(name: "Eigenaarschap", rows: [
            ["Domein", "Doelen"], ["Mobiliteit", "11.2"], ["Omgeving", .number("11.6")], ["Welzijn", "SDG 1"],
        ])
        let data = try XLSXFixture(sheets: [owners, plan]).data()
        let tables = try ActionPlanReader.tables(data: data, file: "plan.xlsx")
        #expect(tables.plan.sheet == "Acties")
        #expect(tables.ownership?.sheet == "Eigenaarschap")
        #expect(InputSniffer.kind(of: tables.plan) == .actionPlan)
        #expect(InputSniffer.kind(of: tables.ownership!) == .ownership)
        let network = try ActionPlanReader.network(from: tables.plan, ownership: [tables.ownership!], options: .init(name: "Werkboek"))
        #expect(network.name == "Werkboek")
        let lez = try #require(network.node("lage-emissiezone-in-het-centrum"))
        #expect(lez.budget == 1_200_000)
        #expect(network.node("sociale-tarieven-voor-iedereen")?.budget == 95_000.5)
        #expect(network.node("ontharding-van-de-speelplaatsen")?.budget == 1_100_000)
        #expect(contributions(network, "sociale-tarieven-voor-iedereen")["SDG1"]! == (1, true))
        #expect(contributions(network, "ontharding-van-de-speelplaatsen")["11.6"]! == (1, true))
        #expect(network.hasOwnership)
        // From disk, and where a model is expected: the ownership sheet is found the same way.
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("plan-\(UUID().uuidString).xlsx")
        try data.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let fromDisk = try ActionPlanReader.read(contentsOf: file, displayName: "plan.xlsx")
        #expect(fromDisk.name == "plan")
        #expect(fromDisk.language == .nl)
        #expect(fromDisk.edges(of: .ownership).count == 3)
        #expect(try InputSniffer.kind(data: data, file: "plan.xlsx") == .actionPlan)
        let direct = try #require(try ActionPlanReader.networkIfPlan(paths: [file.path]))
        #expect(direct.nodes == fromDisk.nodes && direct.edges == fromDisk.edges)

        // 17.1 stored as a number could be 17.1 or 17.10; a date could be 1.3 or 3.1.
        let broken = XLSXFixture.Sheet(name: "Plan", rows: [
            ["Omschrijving", "Domein", "SDG", "Budget"],
            ["A", "Welzijn", .number("17.1"), .date("45352")],
            ["B", "Welzijn", .date("45352"), "veel"],
        ])
        let brokenData = try XLSXFixture(sheets: [broken]).data()
        do {
            _ = try ActionPlanReader.network(from: try ActionPlanReader.tables(data: brokenData, file: "kapot.xlsx").plan)
            Issue.record("read")
        } catch {
            let errors = error.errors
            #expect(errors.map { $0.location?.cell ?? "" }.sorted() == ["C2", "C3", "D2", "D3"])
            #expect(errors.allSatisfy { $0.location?.sheet == "Plan" })
            let c2 = try #require(errors.first { $0.location?.cell == "C2" })
            let c3 = try #require(errors.first { $0.location?.cell == "C3" })
            #expect(c2.message.contains("`17.1` or `17.10`"))
            #expect(c3.message.contains("date") && c3.message.contains("`1.3` or `3.1`"))
            #expect(c2.description.hasPrefix("kapot.xlsx: sheet Plan, cell C2 (a): error:"))
        }
    }

    // MARK: Sniffing, matrices, writing

    @Test("the sniffer tells plans, ownership tables, long tables and matrices apart")
    func sniffer() throws {
        let kinds = try ["Omschrijving;Beleidsdomein;SDG\nA;B;11", "Beleidsdomein;Doelen\nA;11.6", "Domein;Bezit\nA;11.6",
                         "expert,from,to,score\na,1.1,1.2,2", ";11.6;3.9\n11.6;;2\n3.9;1;\n"]
            .map { InputSniffer.kind(of: try Table.csv($0, file: "x.csv")) }
        #expect(kinds == [.actionPlan, .ownership, .ownership, .longMatrix, .matrix])
        let matrix = try Data(contentsOf: repositoryRoot.appendingPathComponent("Models/matrices/workshop-2026-expert-a.csv"))
        #expect(try InputSniffer.kind(data: matrix, file: "a.csv") == .matrix)
    }

    @Test("a plan given where a model is expected: ownership and matrices found by their headers")
    func networkIfPlan() throws {
        let root = repositoryRoot.path
        let network = try #require(try ActionPlanReader.networkIfPlan(paths: [
            root + "/Models/plans/actieplan-voorbeeld.csv", root + "/Models/plans/eigenaarschap.csv",
            root + "/Models/matrices/workshop-2026-expert-a.csv", root + "/Models/matrices/workshop-2026-expert-b.csv",
        ]))
        #expect(network.hasOwnership)
        #expect(Set(network.experts) == ["workshop-2026-expert-a", "workshop-2026-expert-b"])
        #expect(!network.edges(of: .interaction).isEmpty)
        #expect(try ActionPlanReader.networkIfPlan(paths: [root + "/Models/matrices/workshop-2026-expert-a.csv"]) == nil)
    }

    @Test("the written model reads back to the same network, assumed tags included")
    func roundTrip() throws {
        let url = repositoryRoot.appendingPathComponent("Models/plans/actieplan-voorbeeld.csv")
        let owners = repositoryRoot.appendingPathComponent("Models/plans/eigenaarschap.csv")
        let network = try ActionPlanReader.read(contentsOf: url, displayName: "plan.csv", ownership: owners)
        let yaml = ModelWriter.yaml(network)
        #expect(yaml.contains("assumed: true"))
        let again = try readModel(yaml)
        #expect(again.nodes == network.nodes)
        #expect(again.edges == network.edges)
    }
}
