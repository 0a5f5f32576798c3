import ArgumentParser
import Coherence
import Foundation

/// A language for the interaction commands' tables, as a command-line value.
enum InteractionLanguage: String, ExpressibleByArgument, CaseIterable {
    case nl, en
    var language: Language { Language(rawValue: rawValue)! }
}

/// Words and numbers for the tables of `interactions`, `micmac`, `clusters`, `sensitivity` and
/// `centrality`, in the model's language (Dutch numbers take a decimal comma).
struct InteractionText {
    let language: Language

    init(_ network: PolicyNetwork, override: InteractionLanguage?) {
        language = override?.language ?? network.language
    }

    var dutch: Bool { language == .nl }

    /// The English or the Dutch text.
    func t(_ en: String, _ nl: String) -> String { dutch ? nl : en }

    /// A number with at most `decimals` decimals, trailing zeros dropped; a decimal comma in Dutch.
    func number(_ value: Double, decimals: Int = 2) -> String {
        guard value.isFinite else { return "" }
        var s = String(format: "%.\(decimals)f", value)
        if s.contains(".") {
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s.removeLast() }
        }
        if s == "-0" { s = "0" }
        return dutch ? s.replacingOccurrences(of: ".", with: ",") : s
    }

    /// A score with its sign: +2, −1, 0.
    func signed(_ value: Double) -> String {
        let body = number(abs(value))
        return value > 0 ? "+" + body : value < 0 ? "\u{2212}" + body : body
    }

    /// A share as a percentage: 45 %.
    func percent(_ share: Double) -> String { number(share * 100, decimals: 1) + " %" }

    /// A label cut to `width` characters.
    func label(_ label: String, width: Int = 40) -> String {
        label.count > width ? String(label.prefix(width - 1)) + "…" : label
    }

    /// The line the interaction commands print when the model has no interaction scores.
    var noInteractions: String {
        t("The model has no interaction scores (no cross-impact matrix), so there is nothing to analyse.\n",
          "Het model bevat geen interactiescores (geen kruisimpactmatrix), dus er valt niets te analyseren.\n")
    }

    /// The scale as people read it: −3…+3 (s = 3).
    func scale(_ scale: ScoreScale) -> String {
        "\(scale.rangeDescription) (s = \(number(scale.magnitude)))"
    }
}
