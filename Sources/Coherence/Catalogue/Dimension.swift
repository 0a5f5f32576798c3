/// One of the three dimensions of sustainable development, curated per target as its main dimension.
///
/// A target's dimension need not follow its goal: 11.6 (air quality and waste in cities) is
/// environmental although goal 11 is a Prosperity goal.
public enum Dimension: String, Codable, Sendable, CaseIterable {
    /// Social: people's well-being, rights, health, education, equality and institutions.
    case social
    /// Economic: growth, work, infrastructure, trade and finance.
    case economic
    /// Environmental: climate, resources, ecosystems, pollution and biodiversity.
    case environmental
}
