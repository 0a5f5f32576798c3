/// A population group at risk of being left behind (an LNOB group), with the UNDP factors it stands for.
public struct CatalogueGroup: Sendable, Hashable, Codable {
    /// The group id used in model files, e.g. `"low-income"`.
    public let id: String
    /// The English label, e.g. `"people in poverty"`.
    public let labelEN: String
    /// The Dutch label, e.g. `"mensen in armoede"`.
    public let labelNL: String
    /// The UNDP factors that leave this group behind.
    public let factors: [UNDPFactor]

    /// Creates a group.
    /// - Parameters:
    ///   - id: The group id.
    ///   - labelEN: The English label.
    ///   - labelNL: The Dutch label.
    ///   - factors: The UNDP factors.
    public init(id: String, labelEN: String, labelNL: String, factors: [UNDPFactor]) {
        self.id = id
        self.labelEN = labelEN
        self.labelNL = labelNL
        self.factors = factors
    }

    /// The label in the given language: Dutch for `"nl"` (or any `nl-…` code), English otherwise.
    /// - Parameter language: A language code such as `"nl"` or `"en"`.
    /// - Returns: ``labelNL`` or ``labelEN``.
    public func label(language: String) -> String {
        catalogueLanguageIsDutch(language) ? labelNL : labelEN
    }
}
