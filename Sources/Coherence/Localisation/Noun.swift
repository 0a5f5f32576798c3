/// A noun in Dutch and English, singular and plural, so that counts read right: `1 subdoel`,
/// `2 subdoelen`, `1 target`, `2 targets`.
///
/// The nouns of Coherence's own vocabulary are defined once, here, as static members: one Dutch
/// term per concept (the glossary in the DocC catalog lists them with their meaning). Use them
/// through ``Localizer/count(_:_:)`` and ``Localizer/noun(_:count:)``.
public struct Noun: Sendable, Hashable {
    /// Dutch singular.
    public var nlOne: String
    /// Dutch plural.
    public var nlOther: String
    /// English singular.
    public var enOne: String
    /// English plural.
    public var enOther: String

    /// A noun with its four forms.
    /// - Parameters:
    ///   - nl: Dutch singular and plural.
    ///   - en: English singular and plural.
    public init(nl: (one: String, other: String), en: (one: String, other: String)) {
        self.nlOne = nl.one
        self.nlOther = nl.other
        self.enOne = en.one
        self.enOther = en.other
    }
}

extension Noun {
    /// One of the 17 Sustainable Development Goals: *doel*.
    public static let goal = Noun(nl: ("doel", "doelen"), en: ("goal", "goals"))
    /// One of the 169 targets of the goals: *subdoel*.
    public static let target = Noun(nl: ("subdoel", "subdoelen"), en: ("target", "targets"))
    /// A planned action of the multi-year plan: *actie*.
    public static let action = Noun(nl: ("actie", "acties"), en: ("action", "actions"))
    /// A municipal policy domain: *beleidsdomein*.
    public static let domain = Noun(nl: ("beleidsdomein", "beleidsdomeinen"), en: ("policy domain", "policy domains"))
    /// A population group at risk of being left behind: *groep*.
    public static let group = Noun(nl: ("groep", "groepen"), en: ("group", "groups"))
    /// A stakeholder involved in an action: *partner*.
    public static let stakeholder = Noun(nl: ("partner", "partners"), en: ("stakeholder", "stakeholders"))
    /// A negative effect on a target another domain (or nobody) is responsible for: *trade-off*
    /// (a loanword in Dutch policy texts).
    public static let tradeOff = Noun(nl: ("trade-off", "trade-offs"), en: ("trade-off", "trade-offs"))
    /// A positive effect on a target another domain is responsible for: *meekoppelkans*, the
    /// Flemish planning term for a chance to serve another domain's goal along the way.
    public static let coBenefit = Noun(nl: ("meekoppelkans", "meekoppelkansen"), en: ("co-benefit", "co-benefits"))
    /// A scored link between two targets: *wisselwerking*.
    public static let interaction = Noun(nl: ("wisselwerking", "wisselwerkingen"), en: ("interaction", "interactions"))
    /// A person who scored a cross-impact matrix: *expert*.
    public static let expert = Noun(nl: ("expert", "experts"), en: ("expert", "experts"))
    /// A finding of an analysis: *bevinding*.
    public static let finding = Noun(nl: ("bevinding", "bevindingen"), en: ("finding", "findings"))
    /// A problem in an input file: *probleem*.
    public static let problem = Noun(nl: ("probleem", "problemen"), en: ("problem", "problems"))
    /// A warning about an input file: *waarschuwing*.
    public static let warning = Noun(nl: ("waarschuwing", "waarschuwingen"), en: ("warning", "warnings"))
    /// A file: *bestand*.
    public static let file = Noun(nl: ("bestand", "bestanden"), en: ("file", "files"))
    /// A time something happens: *keer*.
    public static let time = Noun(nl: ("keer", "keer"), en: ("time", "times"))
}

extension Localizer {
    /// A count with its noun in the right number: `1 subdoel`, `3 subdoelen`, `1.250 acties`.
    /// - Parameters:
    ///   - count: How many.
    ///   - noun: What.
    /// - Returns: The count, a space and the noun.
    public func count(_ count: Int, _ noun: Noun) -> String {
        integer(count) + " " + self.noun(noun, count: count)
    }

    /// A noun in the form that goes with a count: singular for exactly one, plural otherwise
    /// (`0 subdoelen`, as both languages say).
    /// - Parameters:
    ///   - noun: The noun.
    ///   - count: How many there are (default 2: the plural).
    /// - Returns: The noun in ``language``.
    public func noun(_ noun: Noun, count: Int = 2) -> String {
        switch (language, count == 1) {
        case (.nl, true): return noun.nlOne
        case (.nl, false): return noun.nlOther
        case (.en, true): return noun.enOne
        case (.en, false): return noun.enOther
        }
    }

    /// One of two texts by a count: the first for exactly one, the second otherwise — for verbs
    /// and phrases that agree with a count (`1 actie raakt`, `2 acties raken`).
    /// - Parameters:
    ///   - count: How many.
    ///   - one: The text for one, in both languages.
    ///   - other: The text for any other count, in both languages.
    /// - Returns: The chosen text in ``language``.
    public func plural(_ count: Int, one: LocalizedText, other: LocalizedText) -> String {
        self(count == 1 ? one : other)
    }
}
