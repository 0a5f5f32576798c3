import Coherence

/// Why a diagram would draw nothing but its title and legend, and what to add to the model so
/// that it draws something — in Dutch or English.
///
/// A legend without a picture looks like a bug, or worse, like a finding ("no trade-offs"). The
/// command line refuses to write such a picture and prints this instead (exit status 2); the
/// report leaves such figures out or says why in words.
public struct EmptyDiagram: Error, Sendable, Hashable, CustomStringConvertible {
    /// Why there is nothing to draw, as one clause ("the model has no interactions …").
    public var reason: String
    /// What to add or change so that the diagram draws something.
    public var remedy: String

    /// Creates the explanation.
    public init(reason: String, remedy: String) {
        self.reason = reason
        self.remedy = remedy
    }

    /// "nothing to draw: REASON. REMEDY" (or the Dutch words, as the reason and remedy are written).
    public var description: String { "\(reason). \(remedy)" }

    /// The diagrams this check knows.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case network, ego, radial, actions, micmac, clusters, lnob, coverage, domains, spillover
    }

    /// Whether a diagram drawn from `network` has nothing to show, and why.
    ///
    /// The rule per diagram: `network` and `clusters` are empty when no interaction is drawn (the
    /// model has none, or `minScore` hides them all); `micmac` when the model has no interactions;
    /// `ego` and `radial` when the node in the middle has no link drawn; `actions` when no action
    /// contributes to a goal or target; `lnob` when no action helps or burdens a group; `domains`
    /// when there are no domains, no ownership (so no spillovers can be found), or no spillovers.
    /// `coverage` (all 17 goals, tinted) and `spillover` (which refuses an empty choice itself)
    /// are never empty.
    ///
    /// - Parameters:
    ///   - diagram: the diagram as built.
    ///   - kind: which diagram it is.
    ///   - network: the model it was drawn from.
    ///   - minScore: the threshold the caller gave (`--min-score`), if any.
    ///   - ownershipDeclared: for `domains`: whether the model says which domain owns what.
    ///   - language: the language of the explanation (`nil`: the model's).
    /// - Returns: the explanation, or `nil` when the diagram shows something.
    /// - Complexity: O(nodes + edges of the diagram).
    public static func check(_ diagram: Diagram, kind: Kind, network: PolicyNetwork, minScore: Double? = nil,
                             ownershipDeclared: Bool = true, language: Language? = nil) -> EmptyDiagram? {
        let w = EmptyDiagramWording(DiagramText(network, override: language))
        let interactions = network.edges(of: .interaction).count
        let contentNodes = diagram.nodes.filter { !$0.id.hasPrefix("_") }
        switch kind {
        case .network, .clusters:
            guard contentNodes.isEmpty else { return nil }
            if interactions == 0 { return w.noInteractions }
            return w.allHidden(interactions, minScore: minScore)
        case .micmac:
            return interactions == 0 ? w.noInteractions : nil
        case .ego, .radial:
            guard diagram.edges.isEmpty else { return nil }
            return w.noNeighbours(contentNodes.first?.id ?? "", interactions: interactions)
        case .actions:
            guard diagram.edges.isEmpty else { return nil }
            return network.indices(of: .action).isEmpty ? w.noActions : w.noTags
        case .lnob:
            return diagram.edges.isEmpty ? w.noGroupEffects : nil
        case .domains:
            if network.indices(of: .domain).isEmpty { return w.noDomains }
            if !ownershipDeclared { return w.noOwnership }
            return diagram.edges.isEmpty ? w.noSpillovers : nil
        case .coverage, .spillover:
            return nil
        }
    }
}

/// The words of ``EmptyDiagram``, in Dutch and English.
struct EmptyDiagramWording {
    let text: DiagramText

    init(_ text: DiagramText) { self.text = text }

    private func make(_ nl: (String, String), _ en: (String, String)) -> EmptyDiagram {
        let (reason, remedy) = text.isDutch ? nl : en
        return EmptyDiagram(reason: reason, remedy: remedy)
    }

    var noInteractions: EmptyDiagram {
        make(("het model heeft geen wisselwerking tussen doelen, subdoelen of eigen doelstellingen (geen kruisimpactmatrix)",
              "Voeg een kruisimpactmatrix toe: als bestand na het actieplan (en de eigenaarstabel), onder `matrices:` in een model, of als `interactions:`; `coherence template matrix` maakt een lege matrix om in te vullen."),
             ("the model has no interactions between goals, targets or objectives (no cross-impact matrix)",
              "Add a cross-impact matrix: as a file after the action plan (and its ownership table), under `matrices:` in a model, or as `interactions:`; `coherence template matrix` writes an empty one to fill in."))
    }

    func allHidden(_ n: Int, minScore: Double?) -> EmptyDiagram {
        let threshold = minScore.map { text.number($0, signed: false) } ?? "2"
        return make(("alle \(n == 1 ? "1 verband is" : "\(n) verbanden zijn") zwakker dan --min-score \(threshold)",
                     "Geef een lagere --min-score (0 toont alles)."),
                    ("all \(n == 1 ? "1 link is" : "\(n) links are") weaker than --min-score \(threshold)",
                     "Give a lower --min-score (0 shows everything)."))
    }

    func noNeighbours(_ id: String, interactions: Int) -> EmptyDiagram {
        make(("`\(id)` heeft geen verbanden om rond te tekenen",
              interactions == 0 ? "Het model heeft geen kruisimpactmatrix: voeg er een toe (`coherence template matrix`), of kies met --node een actie (ego)."
                  : "Kies een ander knooppunt met --node (`coherence interactions` toont de verbonden), of scoor `\(id)` in de matrix."),
             ("`\(id)` has no links to draw around it",
              interactions == 0 ? "The model has no cross-impact matrix: add one (`coherence template matrix`), or choose an action with --node (ego)."
                  : "Choose another node with --node (`coherence interactions` lists the linked ones), or score `\(id)` in the matrix."))
    }

    var noActions: EmptyDiagram {
        make(("het model heeft geen acties", "Voeg acties toe: rijen van het actieplan, of `actions:` in een model."),
             ("the model has no actions", "Add actions: rows of the action plan, or `actions:` in a model."))
    }

    var noTags: EmptyDiagram {
        make(("geen enkele actie draagt bij aan een doel of subdoel",
              "Vul de kolom `SDG's` van het actieplan in (zoals `SDG 11; 11.6:+2`), of `targets:` bij de acties van een model."),
             ("no action contributes to a goal or target",
              "Fill in the plan's `sdg` column (such as `SDG 11; 11.6:+2`), or `targets:` of the actions of a model."))
    }

    var noGroupEffects: EmptyDiagram {
        make(("geen enkele actie noemt een doelgroep die ze helpt of belast",
              "Vul de kolom `doelgroepen` van het actieplan in (zoals `ouderen:+1; mensen in armoede:-1`), of `groups:` bij de acties van een model; `coherence lnob` meldt de groepen nu als niet ingevuld."),
             ("no action names a group it helps or burdens",
              "Fill in the plan's `groups` (doelgroepen) column (such as `older-persons:+1; low-income:-1`), or `groups:` of the actions of a model; `coherence lnob` reports the groups as not filled in."))
    }

    var noDomains: EmptyDiagram {
        make(("het model heeft geen beleidsdomeinen", "Voeg beleidsdomeinen toe: de kolom `beleidsdomein` van het actieplan, of `domains:` in een model."),
             ("the model has no policy domains", "Add policy domains: the plan's `domain` (beleidsdomein) column, or `domains:` in a model."))
    }

    var noOwnership: EmptyDiagram {
        make(("het model zegt niet welk beleidsdomein eigenaar is van welke doelen en subdoelen, dus spillovers tussen domeinen zijn niet te vinden",
              "Geef een eigenaarstabel (kolommen `beleidsdomein` en `doelen`) na het actieplan, een blad `eigenaarschap` in de werkmap, of `owns:` per domein in een model."),
             ("the model does not say which policy domain owns which goals and targets, so spillovers between domains cannot be found",
              "Give an ownership table (columns `domain` and `goals`, or `beleidsdomein` and `doelen`) after the action plan, a sheet `ownership` in the workbook, or `owns:` per domain in a model."))
    }

    var noSpillovers: EmptyDiagram {
        make(("geen enkele actie van een domein draagt bij aan een doel of subdoel van een ander domein: er zijn geen spillovers tussen domeinen",
              "Er is niets fout; `coherence spillovers` zegt hetzelfde in woorden. Met een kruisimpactmatrix worden ook onrechtstreekse spillovers gevonden."),
             ("no action of one domain contributes to a goal or target another domain owns: there are no spillovers between domains",
              "Nothing is wrong; `coherence spillovers` says the same in words. With a cross-impact matrix, indirect spillovers are found too."))
    }
}
