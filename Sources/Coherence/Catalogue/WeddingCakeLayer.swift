/// A layer of the Stockholm Resilience Centre's "wedding cake" view of the SDGs.
///
/// The economy is embedded in society, which is embedded in the biosphere; goal 17 sits on top as
/// the partnership that holds the layers together.
public enum WeddingCakeLayer: String, Codable, Sendable, CaseIterable {
    /// The biosphere: water, climate, life below water and on land (goals 6, 13, 14, 15).
    case biosphere
    /// Society: goals 1–5, 7, 11 and 16.
    case society
    /// The economy: goals 8, 9, 10 and 12.
    case economy
    /// Partnership: goal 17.
    case partnership
}
