import Coherence

/// The report's own words, in Dutch and English.
struct ReportWording: Sendable {
    let language: Language

    var isDutch: Bool { language == .nl }

    func t(_ nl: String, _ en: String) -> String { isDutch ? nl : en }

    var reportTitle: String { t("Beleidscoherentie-analyse", "Policy-coherence analysis") }
    var summary: String { t("Samenvatting", "Summary") }
    var interactions: String { t("Wisselwerking tussen doelen", "Interactions between targets") }
    var spillovers: String { t("Spillovers tussen beleidsdomeinen", "Spillovers between policy domains") }
    var lnob: String { t("Niemand achterlaten (LNOB)", "Leave No One Behind (LNOB)") }
    var balance: String { t("Evenwicht tussen de dimensies van duurzaamheid", "Balance across the dimensions of sustainability") }
    var coverage: String { t("Dekking van de SDG's", "Coverage of the SDGs") }
    var participation: String { t("Participatie en betrokkenheid", "Participation and involvement") }
    var method: String { t("Methode en bronnen", "Method and references") }

    // The warnings of the read, in the method section.
    var inputNotesHeading: String { t("Opmerkingen bij de invoer", "Notes on the input") }
    func inputNotesIntro(_ n: Int) -> String {
        t("Bij het inlezen \(n == 1 ? "gaf de invoer 1 waarschuwing" : "gaf de invoer \(n) waarschuwingen"). De analyse liep door, maar kijk ze na: een tikfout in een naam maakt bijvoorbeeld een nieuw beleidsdomein of een nieuwe doelgroep, en dat verandert de cijfers. De meldingen staan in het Engels, zoals de tool ze geeft.",
          "Reading the input gave \(n == 1 ? "1 warning" : "\(n) warnings"). The analysis went on, but check \(n == 1 ? "it" : "them"): a typing mistake in a name, for example, makes a new policy domain or a new group, and that changes the figures.")
    }
    func moreInputNotes(_ n: Int) -> String {
        t("… en nog \(n) (zie `coherence validate`)", "… and \(n) more (see `coherence validate`)")
    }

    func number(_ value: Double, decimals: Int = 1) -> String {
        var text = String(format: "%.\(decimals)f", value)
        if decimals > 0 {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        if text == "-0" { text = "0" }
        text = text.replacingOccurrences(of: "-", with: "\u{2212}")
        return isDutch ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    func signed(_ value: Double) -> String { (value > 0 ? "+" : "") + number(value) }

    func percent(_ share: Double) -> String { number(share * 100, decimals: 0) + " %" }

    func euro(_ value: Double) -> String {
        if value >= 1_000_000 { return "€ " + number(value / 1_000_000, decimals: 1) + t(" mln", " M") }
        if value >= 10_000 { return "€ " + number(value / 1_000, decimals: 0) + t(" k", "k") }
        return "€ " + number(value, decimals: 0)
    }

    func scope(_ scope: Scope) -> String {
        switch scope {
        case .here: return t("hier en nu", "here and now")
        case .elsewhere: return t("elders", "elsewhere")
        case .later: return t("later", "later")
        }
    }

    func management(_ management: Management?) -> String {
        switch management {
        case .managed?: return t("beheerd", "managed")
        case .partly?: return t("deels beheerd", "partly managed")
        case .unmanaged?: return t("niet beheerd", "unmanaged")
        case nil: return ""
        }
    }

    func status(_ status: LNOBStatus) -> String {
        switch status {
        case .none: return t("geen", "none")
        case .partial: return t("gedeeltelijk", "partial")
        case .full: return t("volledig", "full")
        }
    }

    func coverageStatus(_ status: CoverageStatus) -> String {
        switch status {
        case .covered: return t("gedekt", "covered")
        case .onlyContradicted: return t("enkel tegengewerkt", "only contradicted")
        case .notAddressed: return t("niet aangepakt", "not addressed")
        }
    }
}
