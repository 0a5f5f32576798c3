/// The one place where user-facing words and numbers are put in a language.
///
/// Every sentence, table heading, legend and message that Coherence shows a person is written
/// through a `Localizer`: the library's explanations, the command-line tables and messages, the
/// diagrams and the report. It holds no state but the language, so it is cheap to pass around
/// and `Sendable`.
///
/// ```swift
/// let l = Localizer(.nl)
/// l.t(nl: "Samenvatting", en: "Summary")        // "Samenvatting"
/// l.count(3, .target)                            // "3 subdoelen"
/// l.number(-2.5)                                 // "−2,5"
/// l.euro(1_250_000)                              // "€ 1.250.000"
/// l.euro(1_250_000, style: .compact)             // "€ 1,25 mln"
/// ```
///
/// The argument labels `nl:` and `en:` are required, so the two languages cannot be swapped by
/// accident (the reason this type exists: three helpers with opposite argument orders did).
public struct Localizer: Sendable, Hashable {
    /// The language everything is written in.
    public let language: Language

    /// A localiser for one language.
    /// - Parameter language: The language of the output.
    public init(_ language: Language) {
        self.language = language
    }

    /// Whether the output is Dutch.
    public var isDutch: Bool { language == .nl }

    /// The text in this localiser's language.
    /// - Parameters:
    ///   - nl: The Dutch text.
    ///   - en: The English text.
    /// - Returns: `nl` for Dutch, `en` for English.
    /// - Complexity: O(1).
    @inlinable
    public func t(nl: String, en: String) -> String { language == .nl ? nl : en }

    /// A text given in both languages, in this localiser's language.
    /// - Parameter text: The text in Dutch and English.
    /// - Returns: The text in ``language``.
    public func callAsFunction(_ text: LocalizedText) -> String { text.text(in: language) }
}

/// A text in Dutch and in English, chosen when it is shown.
///
/// Results that carry a sentence for later (a diagnostic, a finding's explanation) carry a
/// `LocalizedText` rather than a `String`, so the reader's language is chosen at the edge.
public struct LocalizedText: Sendable, Hashable, Codable {
    /// The Dutch text.
    public var nl: String
    /// The English text.
    public var en: String

    /// A text in both languages.
    /// - Parameters:
    ///   - nl: The Dutch text.
    ///   - en: The English text.
    public init(nl: String, en: String) {
        self.nl = nl
        self.en = en
    }

    /// A text that reads the same in both languages (an id, a number, a name from the input).
    /// - Parameter both: The text.
    public init(verbatim both: String) {
        self.nl = both
        self.en = both
    }

    /// The text in a language.
    /// - Parameter language: The language.
    /// - Returns: ``nl`` or ``en``.
    public func text(in language: Language) -> String { language == .nl ? nl : en }

    /// Both texts with `other` appended (each in its own language).
    public static func + (lhs: LocalizedText, rhs: LocalizedText) -> LocalizedText {
        LocalizedText(nl: lhs.nl + rhs.nl, en: lhs.en + rhs.en)
    }
}
