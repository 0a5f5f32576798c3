import Foundation

/// Labels and number formats for the sentences the LNOB, balance and coverage analyses write.
///
/// Catalogue nodes (goals, targets, default groups) are named in the report language even when the
/// model is in another one; declared nodes keep their declared label.
enum PlanWording {
    /// The label of a node in a language.
    static func label(_ network: PolicyNetwork, _ index: Int, _ language: Language) -> String {
        let node = network.nodes[index]
        guard node.fromCatalogue else { return node.label }
        let code = language.rawValue
        switch node.kind {
        case .goal: return SDGCatalogue.standard.goal(id: node.id)?.name(language: code) ?? node.label
        case .target: return SDGCatalogue.standard.target(node.id)?.shortName(language: code) ?? node.label
        case .group: return SDGCatalogue.standard.group(node.id)?.label(language: code) ?? node.label
        default: return node.label
        }
    }

    /// An action's label in quotation marks: “Lage-emissiezone in het centrum”.
    static func quoted(_ network: PolicyNetwork, _ index: Int) -> String {
        "\u{201C}\(network.nodes[index].label)\u{201D}"
    }

    /// A target named with its number and short name: `10.2 (Inclusion for all)`.
    static func target(_ id: String, _ language: Language) -> String {
        guard let target = SDGCatalogue.standard.target(id) else { return id }
        return "\(id) (\(target.shortName(language: language.rawValue)))"
    }

    /// A goal named by number: `SDG 11`.
    static func goal(_ number: Int) -> String { "SDG \(number)" }

    /// A score with its sign (`+2`, `−1`, `−1,3` in Dutch), at most two decimals.
    static func score(_ value: Double, _ language: Language) -> String {
        let rounded = (value * 100).rounded() / 100
        let text = ScoreScale.format(rounded, signed: true)
        return language == .nl ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// A plain number (no sign), at most two decimals, with a decimal comma in Dutch.
    static func number(_ value: Double, _ language: Language) -> String {
        let rounded = (value * 100).rounded() / 100
        let text = ScoreScale.format(rounded)
        return language == .nl ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// A percentage without decimals: `42 %` (Dutch) or `42%` (English).
    static func percent(_ share: Double, _ language: Language) -> String {
        let value = Int((share * 100).rounded())
        return language == .nl ? "\(value) %" : "\(value)%"
    }

    /// An amount in euro, short: `€ 3,2 mln` / `€ 3.2 M`, `€ 45 000`.
    static func euro(_ amount: Double, _ language: Language) -> String {
        if amount >= 1_000_000 {
            let millions = (amount / 100_000).rounded() / 10
            let text = ScoreScale.format(millions)
            return language == .nl ? "€ \(text.replacingOccurrences(of: ".", with: ",")) mln" : "€ \(text) M"
        }
        let whole = Int(amount.rounded())
        var digits = String(whole)
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(digits, at: 0)
        return "€ " + groups.joined(separator: language == .nl ? "." : ",")
    }

    /// A list joined the natural way: `a`, `a en b`, `a, b en c` (or `and`).
    static func list(_ items: [String], _ language: Language) -> String {
        let conjunction = language == .nl ? "en" : "and"
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        case 2: return "\(items[0]) \(conjunction) \(items[1])"
        default:
            return items.dropLast().joined(separator: ", ") + " \(conjunction) \(items.last!)"
        }
    }

    /// `1 actie` / `2 acties`, `1 action` / `2 actions`.
    static func actions(_ count: Int, _ language: Language) -> String {
        switch language {
        case .nl: return count == 1 ? "1 actie" : "\(count) acties"
        case .en: return count == 1 ? "1 action" : "\(count) actions"
        }
    }

    /// The name of a UNDP factor in a language.
    static func factor(_ factor: UNDPFactor, _ language: Language) -> String {
        switch (factor, language) {
        case (.discrimination, .nl): return "discriminatie"
        case (.discrimination, .en): return "discrimination"
        case (.geography, .nl): return "de plek waar ze wonen"
        case (.geography, .en): return "where they live"
        case (.governance, .nl): return "gebrekkige toegang tot bestuur, informatie en diensten"
        case (.governance, .en): return "poor access to governance, information and services"
        case (.socioEconomicStatus, .nl): return "hun sociaaleconomische positie"
        case (.socioEconomicStatus, .en): return "their socio-economic status"
        case (.shocksAndFragility, .nl): return "schokken en kwetsbaarheid"
        case (.shocksAndFragility, .en): return "shocks and fragility"
        }
    }
}
