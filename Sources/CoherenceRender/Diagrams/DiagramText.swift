import Coherence

/// Words, numbers and node labels of the model-based diagrams (network, ego, radial, actions,
/// MICMAC, clusters) in Dutch or English.
///
/// Diagrams speak the model's language unless the caller overrides it (`--lang`). Dutch numbers
/// take a decimal comma; negative numbers use a true minus sign (−).
public struct DiagramText: Sendable, Hashable {
    /// The language of titles, legends and labels.
    public let language: Language

    /// Creates the wording for a language.
    /// - Parameter language: Dutch or English.
    public init(_ language: Language) {
        self.language = language
    }

    /// The wording for a network: the override when given, else the model's language.
    /// - Parameters:
    ///   - network: The model.
    ///   - override: A language chosen by the caller, or `nil`.
    public init(_ network: PolicyNetwork, override: Language?) {
        self.language = override ?? network.language
    }

    /// Whether the wording is Dutch.
    public var isDutch: Bool { language == .nl }

    /// Picks the Dutch or English text.
    /// - Parameters:
    ///   - dutch: The Dutch text.
    ///   - english: The English text.
    /// - Returns: The text in ``language``.
    public func pick(_ dutch: String, _ english: String) -> String { isDutch ? dutch : english }

    /// A number, rounded to two decimals, with a decimal comma in Dutch.
    /// - Parameters:
    ///   - value: The number; negative values get a minus sign (−).
    ///   - signed: Prefix positive numbers with `+`.
    /// - Returns: The text, for example `+1,5` or `−2`.
    public func number(_ value: Double, signed: Bool = true) -> String {
        let text = ScoreScale.format((value * 100).rounded() / 100, signed: signed)
        return isDutch ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// The name of a node in this language: for SDG targets and goals the catalogue's short name
    /// in ``language``; for every other node its label from the model.
    /// - Parameter node: The node.
    /// - Returns: Its name (without the target number).
    public func name(of node: Node) -> String {
        switch node.kind {
        case .target:
            if let target = SDGCatalogue.standard.target(node.id) {
                let name = isDutch ? target.shortNameNL : target.shortNameEN
                if !name.isEmpty { return name }
            }
        case .goal:
            if let goal = SDGCatalogue.standard.goal(id: node.id) { return isDutch ? goal.nameNL : goal.nameEN }
        default:
            break
        }
        return node.label
    }

    /// The drawn label of a goal, target or other node: "11.6" and the short name on the next line
    /// for a target, "SDG 11" and the goal's name for a goal, the wrapped label otherwise.
    /// - Parameters:
    ///   - node: The node.
    ///   - width: Wrap the name at this many characters.
    /// - Returns: Plain label text with line breaks.
    public func label(of node: Node, width: Int = 22) -> String {
        let name = LNOBDiagrams.wrap(name(of: node), width: width)
        switch node.kind {
        case .target: return "\(node.id)\n\(name)"
        case .goal:
            if let goal = SDGCatalogue.standard.goal(id: node.id) { return "SDG \(goal.number)\n\(name)" }
            return name
        default: return name
        }
    }

    /// The heading of a legend: "Legende" or "Legend".
    public var legendTitle: String { pick("Legende", "Legend") }

    /// Legend entries for the sign (and optionally the width) of interaction scores.
    /// - Parameters:
    ///   - includeWidths: Also explain the widths of |score| 1, 2 and 3.
    ///   - includeZero: Also explain the dotted grey line of a zero score.
    /// - Returns: Entries for a ``Legend``.
    public func signEntries(includeWidths: Bool = true, includeZero: Bool = true) -> [LegendEntry] {
        var entries = Palette.signLegendEntries(
            positive: pick("versterkt (synergie)", "reinforces (synergy)"),
            negative: pick("belemmert (afweging)", "constrains (trade-off)"),
            neutral: includeZero ? "consistent (0)" : nil, includeWidths: false)
        if includeWidths {
            for magnitude in 1...3 {
                entries.append(LegendEntry(
                    .line(colour: Palette.neutral, style: .solid, width: Palette.penWidth(forScore: Double(magnitude))),
                    pick("sterkte \(magnitude)", "strength \(magnitude)")))
            }
        }
        return entries
    }

    /// Legend swatches for the goals whose colours a diagram uses, in goal order.
    /// - Parameter goals: Goal numbers (duplicates are ignored).
    /// - Returns: One entry per goal: its official colour and "SDG n name".
    public func goalEntries(_ goals: some Sequence<Int>) -> [LegendEntry] {
        Set(goals).sorted().compactMap { number in
            guard let goal = SDGCatalogue.standard.goal(number) else { return nil }
            return LegendEntry(.swatch(Colour(hex: goal.colour) ?? Palette.neutral),
                               "SDG \(number) \(isDutch ? goal.nameNL : goal.nameEN)")
        }
    }

    /// The note that weak links are hidden.
    /// - Parameter minScore: The threshold.
    /// - Returns: "Links with |score| below 2 are hidden (n of m)." in ``language``.
    public func hiddenNote(minScore: Double, hidden: Int, total: Int) -> String {
        pick("Verbanden met |score| onder \(number(minScore, signed: false)) zijn verborgen (\(hidden) van \(total)).",
             "Links with |score| below \(number(minScore, signed: false)) are hidden (\(hidden) of \(total)).")
    }

    /// The note for the width encoding.
    public var widthNote: String {
        pick("Dikte van een pijl: sterkte van het verband (gemiddelde van de experts).",
             "Arrow width: strength of the link (mean of the experts).")
    }
}
