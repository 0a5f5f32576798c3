/// Which class of each lens a goal, target or objective falls in, the catalogue's baseline, and class names.
enum BalanceClassification {
    /// The class ids of a lens in display order (baseline classes first).
    static func classIDs(_ lens: BalanceLensKind) -> [String] {
        switch lens {
        case .dimension: return Dimension.allCases.map(\.rawValue) + ["governance", "partnership", "objective"]
        case .fiveP: return FiveP.allCases.map(\.rawValue) + ["objective"]
        case .weddingCake: return WeddingCakeLayer.allCases.map(\.rawValue) + ["objective"]
        }
    }

    /// The class of a node in a lens: a target by its curated dimension or its goal's P or layer; a
    /// goal-level tag by its goal's P (People social, Prosperity economic, Planet environmental, Peace
    /// `governance`, Partnership `partnership`) or layer; a custom objective is `objective`.
    static func classID(of node: Int, in network: PolicyNetwork, lens: BalanceLensKind) -> String {
        let catalogue = SDGCatalogue.standard
        let n = network.nodes[node]
        let target = n.kind == .target ? catalogue.target(n.id) : nil
        guard let number = network.goalNumber(of: node), let goal = catalogue.goal(number) else { return "objective" }
        switch lens {
        case .dimension:
            if let target { return target.dimension.rawValue }
            switch goal.fiveP {
            case .people: return Dimension.social.rawValue
            case .prosperity: return Dimension.economic.rawValue
            case .planet: return Dimension.environmental.rawValue
            case .peace: return "governance"
            case .partnership: return "partnership"
            }
        case .fiveP: return goal.fiveP.rawValue
        case .weddingCake: return goal.layer.rawValue
        }
    }

    /// The catalogue's own number of targets per class of a lens (the baseline); classes without a
    /// baseline are absent.
    ///
    /// - Complexity: O(169).
    static func baseline(_ lens: BalanceLensKind) -> [String: Int] {
        let catalogue = SDGCatalogue.standard
        var counts: [String: Int] = [:]
        for target in catalogue.targets {
            let goal = catalogue.goal(target.goal)!
            switch lens {
            case .dimension: counts[target.dimension.rawValue, default: 0] += 1
            case .fiveP: counts[goal.fiveP.rawValue, default: 0] += 1
            case .weddingCake: counts[goal.layer.rawValue, default: 0] += 1
            }
        }
        return counts
    }

    /// The class name for tables.
    static func label(_ id: String, lens: BalanceLensKind, _ language: Language) -> String {
        let nl = language == .nl
        switch (lens, id) {
        case (.dimension, "social"): return nl ? "sociaal" : "social"
        case (.dimension, "economic"): return nl ? "economisch" : "economic"
        case (.dimension, "environmental"): return nl ? "milieu" : "environmental"
        case (.dimension, "governance"): return nl ? "vrede en bestuur (doelniveau)" : "peace and governance (goal level)"
        case (.dimension, "partnership"): return nl ? "partnerschap (doelniveau)" : "partnership (goal level)"
        case (.fiveP, "people"): return "People"
        case (.fiveP, "prosperity"): return "Prosperity"
        case (.fiveP, "planet"): return "Planet"
        case (.fiveP, "peace"): return "Peace"
        case (.fiveP, "partnership"): return "Partnership"
        case (.weddingCake, "biosphere"): return nl ? "biosfeer" : "biosphere"
        case (.weddingCake, "society"): return nl ? "samenleving" : "society"
        case (.weddingCake, "economy"): return nl ? "economie" : "economy"
        case (.weddingCake, "partnership"): return nl ? "partnerschap" : "partnership"
        case (_, "objective"): return nl ? "eigen doelstellingen" : "own objectives"
        default: return id
        }
    }

    /// Classes as the subject of a sentence, joined the natural way: `sociale en economische doelen en
    /// milieudoelen`, `People-, Planet- en Peace-doelen`, `doelen van de biosfeer en de economie`;
    /// `social, economic and environmental goals`. Always a plural noun phrase.
    static func phrases(_ ids: [String], lens: BalanceLensKind, _ language: Language) -> String {
        guard language == .nl else {
            let adjectives = ids.map { label($0, lens: lens, .en) }
            return PlanWording.list(adjectives, .en) + " goals"
        }
        switch lens {
        case .dimension:
            let adjectives = ids.compactMap { ["social": "sociale", "economic": "economische"][$0] }
            var parts: [String] = []
            if !adjectives.isEmpty { parts.append(PlanWording.list(adjectives, .nl) + " doelen") }
            if ids.contains("environmental") { parts.append("milieudoelen") }
            parts += ids.filter { !["social", "economic", "environmental"].contains($0) }.map { label($0, lens: lens, .nl) }
            return PlanWording.list(parts, .nl)
        case .fiveP:
            let names = ids.map { label($0, lens: lens, .nl) }
            guard names.count > 1 else { return "\(names.first ?? "")-doelen" }
            return PlanWording.list(names.dropLast().map { $0 + "-" } + [names.last! + "-doelen"], .nl)
        case .weddingCake:
            let names = ids.map { id -> String in
                switch id {
                case "biosphere": return "de biosfeer"
                case "society": return "de samenleving"
                case "economy": return "de economie"
                case "partnership": return "het partnerschap"
                default: return label(id, lens: lens, .nl)
                }
            }
            return "doelen van " + PlanWording.list(names, .nl)
        }
    }
}
