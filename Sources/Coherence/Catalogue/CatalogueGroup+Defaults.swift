extension CatalogueGroup {
    /// The ten default LNOB groups of the catalogue (DESIGN.md §4), in their documented order.
    ///
    /// They are grounded in SDG target 17.18 (income, gender, age, race, ethnicity, migratory status,
    /// disability, geographic location) and UNDP's five factors. A model may use them without declaring them.
    public static let defaults: [CatalogueGroup] = [
        CatalogueGroup(id: "low-income", labelEN: "people in poverty", labelNL: "mensen in armoede",
                       factors: [.socioEconomicStatus]),
        CatalogueGroup(id: "women-girls", labelEN: "women and girls", labelNL: "vrouwen en meisjes",
                       factors: [.discrimination]),
        CatalogueGroup(id: "children-youth", labelEN: "children and young people", labelNL: "kinderen en jongeren",
                       factors: [.discrimination]),
        CatalogueGroup(id: "older-persons", labelEN: "older persons", labelNL: "ouderen",
                       factors: [.discrimination]),
        CatalogueGroup(id: "disability", labelEN: "persons with disabilities", labelNL: "personen met een handicap",
                       factors: [.discrimination]),
        CatalogueGroup(id: "migration-background", labelEN: "people with a migration background, refugees",
                       labelNL: "mensen met een migratieachtergrond, vluchtelingen",
                       factors: [.discrimination, .governance]),
        CatalogueGroup(id: "deprived-areas", labelEN: "people in deprived or remote neighbourhoods",
                       labelNL: "bewoners van kwetsbare of afgelegen wijken", factors: [.geography]),
        CatalogueGroup(id: "homeless", labelEN: "homeless people", labelNL: "dak- en thuislozen",
                       factors: [.socioEconomicStatus, .shocksAndFragility]),
        CatalogueGroup(id: "digitally-excluded", labelEN: "people with low literacy or without digital access",
                       labelNL: "laaggeletterden en digitaal uitgeslotenen", factors: [.governance]),
        CatalogueGroup(id: "shock-affected", labelEN: "people hit by shocks (flooding, heat, crises)",
                       labelNL: "getroffenen van schokken (overstroming, hitte, crisis)",
                       factors: [.shocksAndFragility]),
    ]
}
