import Foundation
import Testing
@testable import Coherence

/// Tests of the embedded SDG catalogue: counts, pinned data, lookups, search, LNOB list and suggestions.
@Suite("SDG catalogue")
struct CatalogueTests {
    let catalogue = SDGCatalogue.standard

    // MARK: - Goals

    @Test func hasSeventeenGoalsInOrder() {
        #expect(catalogue.goals.count == 17)
        #expect(catalogue.goals.map(\.number) == Array(1...17))
        #expect(catalogue.goals.map(\.id) == (1...17).map { "SDG\($0)" })
        #expect(SDGCatalogue.version == "UNSD-2023")
    }

    @Test func goalColoursAreTheOfficialOnes() {
        let colours = ["#E5243B", "#DDA63A", "#4C9F38", "#C5192D", "#FF3A21", "#26BDE2", "#FCC30B", "#A21942",
                       "#FD6925", "#DD1367", "#FD9D24", "#BF8B2E", "#3F7E44", "#0A97D9", "#56C02B", "#00689D",
                       "#19486A"]
        #expect(catalogue.goals.map(\.colour) == colours)
    }

    @Test func goalFivePsAndLayers() {
        let fiveP: [FiveP] = [.people, .people, .people, .people, .people, .planet, .prosperity, .prosperity,
                              .prosperity, .prosperity, .prosperity, .planet, .planet, .planet, .planet, .peace,
                              .partnership]
        let layers: [WeddingCakeLayer] = [.society, .society, .society, .society, .society, .biosphere, .society,
                                          .economy, .economy, .economy, .society, .economy, .biosphere, .biosphere,
                                          .biosphere, .society, .partnership]
        #expect(catalogue.goals.map(\.fiveP) == fiveP)
        #expect(catalogue.goals.map(\.layer) == layers)
    }

    @Test func goalNames() {
        #expect(catalogue.goal(11)?.nameEN == "Sustainable Cities and Communities")
        #expect(catalogue.goal(11)?.nameNL == "Duurzame steden en gemeenschappen")
        #expect(catalogue.goal(1)?.nameNL == "Geen armoede")
        #expect(catalogue.goal(16)?.nameNL == "Vrede, justitie en sterke publieke diensten")
        #expect(catalogue.goal(17)?.nameNL == "Partnerschap om doelstellingen te bereiken")
        #expect(catalogue.goal(11)?.name(language: "nl-BE") == "Duurzame steden en gemeenschappen")
        #expect(catalogue.goal(11)?.name(language: "en") == "Sustainable Cities and Communities")
        #expect(catalogue.goals.allSatisfy { !$0.nameEN.isEmpty && !$0.nameNL.isEmpty })
    }

    // MARK: - Targets

    @Test func has169TargetsInOfficialOrder() {
        #expect(catalogue.targets.count == 169)
        #expect(Set(catalogue.targets.map(\.id)).count == 169)
        #expect(catalogue.targets.prefix(9).map(\.id) == ["1.1", "1.2", "1.3", "1.4", "1.5", "1.a", "1.b", "2.1", "2.2"])
        #expect(catalogue.targets(ofGoal: 8).map(\.id) == ["8.1", "8.2", "8.3", "8.4", "8.5", "8.6", "8.7", "8.8",
                                                            "8.9", "8.10", "8.a", "8.b"])
        #expect(catalogue.targets.last?.id == "17.19")
        let perGoal = [7, 8, 13, 10, 9, 8, 5, 12, 8, 10, 10, 11, 5, 10, 12, 12, 19]
        #expect((1...17).map { catalogue.targets(ofGoal: $0).count } == perGoal)
        #expect(catalogue.targets.filter(\.isMeansOfImplementation).count == 62)
        #expect(catalogue.target("1.a")?.isMeansOfImplementation == true)
        #expect(catalogue.target("17.1")?.isMeansOfImplementation == true)
        #expect(catalogue.target("1.1")?.isMeansOfImplementation == false)
        #expect(catalogue.target("8.10")?.isMeansOfImplementation == false)
    }

    @Test func goalElevenHasTenTargets() {
        let ids = catalogue.targets(ofGoal: 11).map(\.id)
        #expect(ids == ["11.1", "11.2", "11.3", "11.4", "11.5", "11.6", "11.7", "11.a", "11.b", "11.c"])
        #expect(catalogue.targets(ofGoal: 18).isEmpty)
        #expect(catalogue.targets(ofGoal: 0).isEmpty)
    }

    @Test func officialTextOfTarget11_6() throws {
        let target = try #require(catalogue.target("11.6"))
        #expect(target.text == "By 2030, reduce the adverse per capita environmental impact of cities, including by paying special attention to air quality and municipal and other waste management")
        #expect(target.goal == 11)
        #expect(target.indicators.map(\.id) == ["11.6.1", "11.6.2"])
        #expect(target.indicators.map(\.code) == ["C110603", "C110602"])  // 11.6.1 was revised in 2020: new code
        #expect(target.indicators[1].text.hasPrefix("Annual mean levels of fine particulate matter"))
    }

    @Test func textsAreCleaned() {
        for target in catalogue.targets {
            #expect(target.text == target.text.trimmingCharacters(in: .whitespaces), "\(target.id)")
            #expect(!target.text.contains("\u{00A0}") && !target.text.contains("\u{2011}"), "\(target.id)")
            #expect(!target.text.contains("  "), "\(target.id)")
        }
        // A footnote marker glued to the last word is removed.
        #expect(catalogue.target("14.6")?.text.hasSuffix("fisheries subsidies negotiation") == true)
        #expect(catalogue.target("8.7")?.text.hasSuffix("child labour in all its forms") == true)
    }

    @Test func indicators() {
        #expect(catalogue.targets.reduce(0) { $0 + $1.indicators.count } == 248)
        #expect(catalogue.target("11.c")?.indicators.isEmpty == true)
        for target in catalogue.targets {
            for indicator in target.indicators {
                #expect(indicator.id.hasPrefix(target.id + "."), "\(indicator.id)")
                #expect(!indicator.text.isEmpty && indicator.code.hasPrefix("C"), "\(indicator.id)")
            }
        }
    }

    @Test func shortNamesHaveTwoToFiveWordsInBothLanguages() {
        for target in catalogue.targets {
            let en = target.shortNameEN.split(separator: " ").count
            let nl = target.shortNameNL.split(separator: " ").count
            #expect((2...5).contains(en), "\(target.id) EN: \(target.shortNameEN)")
            #expect((2...5).contains(nl), "\(target.id) NL: \(target.shortNameNL)")
        }
        #expect(Set(catalogue.targets.map(\.shortNameEN)).count == 169)
        #expect(Set(catalogue.targets.map(\.shortNameNL)).count == 169)
        #expect(catalogue.target("11.6")?.shortNameEN == "Urban air and waste")
        #expect(catalogue.target("11.6")?.shortNameNL == "Luchtkwaliteit en afval in steden")
        #expect(catalogue.target("12.5")?.shortName(language: "nl") == "Minder afval")
        #expect(catalogue.target("12.5")?.shortName(language: "en") == "Reduce waste generation")
    }

    @Test func curatedDimensions() {
        #expect(catalogue.target("11.6")?.dimension == .environmental)
        #expect(catalogue.target("7.2")?.dimension == .environmental)
        #expect(catalogue.target("8.4")?.dimension == .environmental)
        #expect(catalogue.target("1.5")?.dimension == .social)
        #expect(catalogue.target("8.1")?.dimension == .economic)
        // Every dimension is used, and the curation does not simply follow the goal.
        #expect(Set(catalogue.targets.map(\.dimension)) == Set(Dimension.allCases))
        #expect(Set(catalogue.targets(ofGoal: 11).map(\.dimension)).count > 1)
    }

    @Test func fivePBaselineCounts() {
        var counts: [FiveP: Int] = [:]
        for target in catalogue.targets { counts[catalogue.goal(of: target).fiveP, default: 0] += 1 }
        #expect(counts == [.people: 47, .prosperity: 45, .planet: 46, .peace: 12, .partnership: 19])
    }

    // MARK: - Lookup

    @Test(arguments: ["SDG11", "sdg 11", "SDG 11", "Goal 11", "goal11", "GOAL 11", " sdg11 ", "SDG-11", "doel 11"])
    func goalIDForms(_ text: String) {
        #expect(catalogue.goal(id: text)?.number == 11)
        #expect(catalogue.lookup(text) == .goal(catalogue.goals[10]))
    }

    @Test func targetIDForms() {
        #expect(catalogue.target("11.6")?.id == "11.6")
        #expect(catalogue.target(" 11.6 ")?.id == "11.6")
        #expect(catalogue.target("1.A")?.id == "1.a")
        #expect(catalogue.target("16.10")?.id == "16.10")
        #expect(catalogue.target("11.8") == nil)
        #expect(catalogue.target("SDG11") == nil)
        #expect(catalogue.goal(id: "11.6") == nil)
        for target in catalogue.targets {
            #expect(catalogue.target(target.id) == target)
            #expect(catalogue.target(target.id.uppercased()) == target)
        }
    }

    @Test func lookupClassifiesIDText() throws {
        let t116 = try #require(catalogue.target("11.6"))
        let t1a = try #require(catalogue.target("1.a"))
        #expect(catalogue.lookup("11.6") == .target(t116))
        #expect(catalogue.lookup("1.A") == .target(t1a))
        #expect(catalogue.lookup("11.8") == .unknownSDG("11.8"))
        #expect(catalogue.lookup("18.1") == .unknownSDG("18.1"))
        #expect(catalogue.lookup("1.z") == .unknownSDG("1.z"))
        #expect(catalogue.lookup("SDG19") == .unknownSDG("SDG19"))
        #expect(catalogue.lookup("goal 0") == .unknownSDG("SDG0"))
        #expect(catalogue.lookup("mobility") == .notAnSDGID)
        #expect(catalogue.lookup("11") == .notAnSDGID)
        #expect(catalogue.lookup("11.6.1") == .notAnSDGID)
        #expect(catalogue.lookup("") == .notAnSDGID)
        #expect(catalogue.lookup("sdg") == .notAnSDGID)
        #expect(catalogue.lookup("goals 11") == .notAnSDGID)
    }

    @Test func goalAndGroupHelpers() throws {
        let target = try #require(catalogue.target("11.6"))
        #expect(catalogue.goal(of: target).id == "SDG11")
        #expect(catalogue.goal(0) == nil)
        #expect(catalogue.goal(18) == nil)
        #expect(catalogue.goal(17)?.id == "SDG17")
    }

    // MARK: - Search

    @Test func searchWasteFindsUrbanWasteAndWasteGeneration() {
        let ids = catalogue.search("waste").map(\.id)
        #expect(ids.contains("11.6"))
        #expect(ids.contains("12.5"))
        #expect(!ids.contains("7.2"))
        #expect(catalogue.search("WASTE").map(\.id) == ids)
        // Official order.
        let positions = ids.compactMap { id in catalogue.targets.firstIndex { $0.id == id } }
        #expect(positions == positions.sorted())
    }

    @Test func dutchSearch() {
        let ids = catalogue.search("afval").map(\.id)
        #expect(ids.contains("11.6"))
        #expect(ids.contains("12.5"))
        #expect(!ids.contains("7.2"))
        #expect(catalogue.search("afval steden").map(\.id) == ["11.6"])
        #expect(catalogue.search("hernieuwbare").map(\.id) == ["7.2"])
    }

    @Test func searchIgnoresDiacriticsAndMatchesWordPrefixes() {
        #expect(catalogue.search("hygiene").map(\.id).contains("6.2"))
        #expect(catalogue.search("hygiëne").map(\.id).contains("6.2"))
        #expect(catalogue.search("efficientie").map(\.id).contains("7.3"))
        #expect(catalogue.search("renew").map(\.id).contains("7.2"))
        #expect(catalogue.search("fval").isEmpty)
        #expect(catalogue.search("zzzz").isEmpty)
        #expect(catalogue.search("").count == 169)
    }

    // MARK: - LNOB

    @Test func lnobRelevantTargetsArePinned() {
        let expected = [
            "1.1", "1.2", "1.3", "1.4", "1.5", "1.b", "2.1", "2.2", "2.3", "3.1", "3.2", "3.7", "3.8", "3.b", "4.1",
            "4.2", "4.3", "4.4", "4.5", "4.6", "4.a", "5.1", "5.2", "5.3", "5.4", "5.5", "5.6", "5.a", "5.b", "5.c",
            "6.1", "6.2", "7.1", "8.5", "8.6", "8.7", "8.8", "8.10", "8.b", "9.1", "9.c", "10.1", "10.2", "10.3",
            "10.4", "10.7", "10.c", "11.1", "11.2", "11.5", "11.7", "12.c", "13.b", "16.2", "16.3", "16.7", "16.9",
            "16.10", "16.b", "17.18",
        ]
        #expect(catalogue.lnobRelevantTargets.map(\.id) == expected)
        #expect(expected.count == 60)
        for id in ["3.8", "5.6", "7.1", "11.7"] {
            #expect(catalogue.target(id)?.lnobRelevant == true, "\(id) should be LNOB-relevant")
        }
        for id in ["17.12", "7.b"] {
            #expect(catalogue.target(id)?.lnobRelevant == false, "\(id) should not be LNOB-relevant")
        }
    }

    @Test func lnobWordsExplainTheList() {
        for target in catalogue.targets {
            if target.lnobRelevant {
                #expect(!target.lnobWords.isEmpty, "\(target.id) has no LNOB words")
                for word in target.lnobWords {
                    #expect(target.text.lowercased().contains(word), "\(target.id): \(word)")
                }
            } else {
                #expect(target.lnobWords.isEmpty, "\(target.id) is not relevant but has words")
            }
        }
        #expect(catalogue.target("7.1")?.lnobWords == ["universal access"])
        #expect(catalogue.target("11.7")?.lnobWords.first == "universal access")
        #expect(catalogue.target("10.1")?.lnobWords == ["bottom 40 per cent of the population"])
    }

    // MARK: - Groups

    @Test func tenDefaultGroups() {
        #expect(catalogue.groups.map(\.id) == [
            "low-income", "women-girls", "children-youth", "older-persons", "disability", "migration-background",
            "deprived-areas", "homeless", "digitally-excluded", "shock-affected",
        ])
        for group in catalogue.groups {
            #expect(!group.labelEN.isEmpty && !group.labelNL.isEmpty && !group.factors.isEmpty, "\(group.id)")
        }
        #expect(catalogue.group("migration-background")?.factors == [.discrimination, .governance])
        #expect(catalogue.group("homeless")?.factors == [.socioEconomicStatus, .shocksAndFragility])
        #expect(catalogue.group("low-income")?.labelNL == "mensen in armoede")
        #expect(catalogue.group("older-persons")?.label(language: "en") == "older persons")
        #expect(catalogue.group("nobody") == nil)
        // Together the groups cover all five UNDP factors.
        #expect(Set(catalogue.groups.flatMap(\.factors)) == Set(UNDPFactor.allCases))
    }

    // MARK: - Suggestions

    @Test func suggestionsForUnknownTargetOfKnownGoal() {
        let suggestions = catalogue.suggestions(for: "11.8")
        #expect(suggestions.contains("11.7"))
        #expect(suggestions.first == "11.7")
        #expect(suggestions.count == 3)
        #expect(catalogue.suggestions(for: "11.8", limit: 10).count == 10)
        #expect(catalogue.suggestions(for: "4.d").first == "4.c")
    }

    @Test func suggestionsForUnknownGoals() {
        let target = catalogue.suggestions(for: "18.1")
        #expect(target == ["1.1", "8.1", "10.1"])
        #expect(catalogue.suggestions(for: "SDG19") == ["SDG1", "SDG9", "SDG10"])
    }

    @Test func suggestionsForOtherText() {
        #expect(catalogue.suggestions(for: "11.6").isEmpty)
        #expect(catalogue.suggestions(for: "mobility").isEmpty)
        #expect(catalogue.suggestions(for: "11,6").contains("11.6"))
        #expect(catalogue.suggestions(for: "11.6.1").first == "11.6")
        #expect(catalogue.suggestions(for: "11.8", limit: 0).isEmpty)
    }

    // MARK: - Codable

    @Test func codableRoundTrip() throws {
        let target = try #require(catalogue.target("11.6"))
        let goal = catalogue.goal(of: target)
        let group = try #require(catalogue.group("homeless"))
        let decoder = JSONDecoder()
        let encoder = JSONEncoder()
        #expect(try decoder.decode(Target.self, from: encoder.encode(target)) == target)
        #expect(try decoder.decode(Goal.self, from: encoder.encode(goal)) == goal)
        let groupJSON = try encoder.encode(group)
        #expect(try decoder.decode(CatalogueGroup.self, from: groupJSON) == group)
        #expect(String(decoding: groupJSON, as: UTF8.self).contains("shocks-and-fragility"))
        #expect(UNDPFactor.socioEconomicStatus.rawValue == "socio-economic-status")
    }
}
