/// One of the 169 SDG targets, with its official text, indicators and the catalogue's curation.
public struct Target: Sendable, Hashable, Codable {
    /// The target number, e.g. `"11.6"` or `"1.a"` (letters are lowercase).
    public let id: String
    /// The number of the goal the target belongs to.
    public let goal: Int
    /// The official target text (trimmed, non-breaking spaces and hyphens made plain).
    public let text: String
    /// The official indicators of the target, in official order (11.c has none).
    public let indicators: [Indicator]
    /// A short English name of 2–5 words, for diagram labels.
    public let shortNameEN: String
    /// A short Dutch name of 2–5 words, for diagram labels and Dutch search.
    public let shortNameNL: String
    /// The target's main dimension, curated per target.
    public let dimension: Dimension
    /// Whether the target is relevant to Leave No One Behind (see DESIGN.md §7 and Scripts/catalogue/README.md).
    public let lnobRelevant: Bool
    /// The words of the official text (or of the hand review) that make the target LNOB-relevant; empty when it is not.
    public let lnobWords: [String]

    /// Whether this is a means-of-implementation target: a lettered target (e.g. `1.a`) or any target of goal 17.
    ///
    /// This is the 2030 Agenda's own split: 107 outcome targets and 62 means of implementation (the 43 lettered
    /// targets of goals 1–16 and the 19 targets of goal 17, "Partnerships for the Goals", which are numbered).
    public var isMeansOfImplementation: Bool {
        goal == 17 || id.last?.isLetter == true
    }

    /// Creates a target.
    /// - Parameters:
    ///   - id: The target number, e.g. `"11.6"`.
    ///   - goal: The goal number.
    ///   - text: The official text.
    ///   - indicators: The official indicators.
    ///   - shortNameEN: A short English name.
    ///   - shortNameNL: A short Dutch name.
    ///   - dimension: The main dimension.
    ///   - lnobRelevant: Whether the target is LNOB-relevant.
    ///   - lnobWords: The words that make it relevant.
    public init(
        id: String, goal: Int, text: String, indicators: [Indicator],
        shortNameEN: String, shortNameNL: String, dimension: Dimension,
        lnobRelevant: Bool, lnobWords: [String]
    ) {
        self.id = id
        self.goal = goal
        self.text = text
        self.indicators = indicators
        self.shortNameEN = shortNameEN
        self.shortNameNL = shortNameNL
        self.dimension = dimension
        self.lnobRelevant = lnobRelevant
        self.lnobWords = lnobWords
    }

    /// The short name in the given language: Dutch for `"nl"` (or any `nl-…` code), English otherwise.
    /// - Parameter language: A language code such as `"nl"`, `"nl-BE"` or `"en"`.
    /// - Returns: ``shortNameNL`` or ``shortNameEN``.
    public func shortName(language: String) -> String {
        catalogueLanguageIsDutch(language) ? shortNameNL : shortNameEN
    }

    /// Hashes the target by its id (ids are unique in a catalogue).
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
    }
}
