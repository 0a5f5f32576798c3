/// One of the 17 Sustainable Development Goals, as described by the catalogue.
public struct Goal: Sendable, Hashable, Codable {
    /// The goal number, 1–17.
    public let number: Int
    /// The goal's node id, e.g. `"SDG11"`.
    public let id: String
    /// The goal's short English name, e.g. `"Sustainable Cities and Communities"`.
    public let nameEN: String
    /// The goal's Dutch name, e.g. `"Duurzame steden en gemeenschappen"`.
    public let nameNL: String
    /// The goal's official colour as a hex string, e.g. `"#FD9D24"`.
    public let colour: String
    /// The goal's place among the five Ps of the 2030 Agenda.
    public let fiveP: FiveP
    /// The goal's layer in the "wedding cake" view.
    public let layer: WeddingCakeLayer

    /// Creates a goal.
    /// - Parameters:
    ///   - number: The goal number, 1–17.
    ///   - nameEN: The English name.
    ///   - nameNL: The Dutch name.
    ///   - colour: The official colour as `#RRGGBB`.
    ///   - fiveP: The goal's P.
    ///   - layer: The goal's wedding-cake layer.
    public init(number: Int, nameEN: String, nameNL: String, colour: String, fiveP: FiveP, layer: WeddingCakeLayer) {
        self.number = number
        self.id = "SDG\(number)"
        self.nameEN = nameEN
        self.nameNL = nameNL
        self.colour = colour
        self.fiveP = fiveP
        self.layer = layer
    }

    /// The name in the given language: Dutch for `"nl"` (or any `nl-…` code), English otherwise.
    /// - Parameter language: A language code such as `"nl"`, `"nl-BE"` or `"en"`.
    /// - Returns: ``nameNL`` or ``nameEN``.
    public func name(language: String) -> String {
        catalogueLanguageIsDutch(language) ? nameNL : nameEN
    }
}

/// Whether a language code means Dutch (`nl`, `nl-BE`, `nl_NL`, case-insensitive).
func catalogueLanguageIsDutch(_ language: String) -> Bool {
    let code = language.lowercased()
    return code == "nl" || code.hasPrefix("nl-") || code.hasPrefix("nl_")
}
