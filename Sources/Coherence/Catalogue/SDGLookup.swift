/// What a piece of id text means in the SDG catalogue.
public enum SDGLookup: Sendable, Hashable {
    /// The text names a goal (`SDG11`, `sdg 11`, `Goal 11`, …).
    case goal(Goal)
    /// The text names a target (`11.6`, `1.a`, `1.A`, …).
    case target(Target)
    /// The text looks like an SDG id but names none (`11.8`, `18.1`, `SDG19`); the payload is the normalised text (`"11.8"`, `"SDG19"`).
    case unknownSDG(String)
    /// The text is not an SDG id at all (e.g. `"mobility"`), so it may be a custom id.
    case notAnSDGID
}
