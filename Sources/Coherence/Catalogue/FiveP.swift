/// One of the five Ps of the 2030 Agenda, the areas of critical importance its goals are grouped in.
///
/// People are goals 1–5, Prosperity 7–11, Planet 6 and 12–15, Peace 16 and Partnership 17.
public enum FiveP: String, Codable, Sendable, CaseIterable {
    /// People: end poverty and hunger, ensure dignity and equality (goals 1–5).
    case people
    /// Prosperity: prosperous and fulfilling lives in harmony with nature (goals 7–11).
    case prosperity
    /// Planet: protect the planet's natural resources and climate (goals 6, 12–15).
    case planet
    /// Peace: peaceful, just and inclusive societies (goal 16).
    case peace
    /// Partnership: the means of implementation through a global partnership (goal 17).
    case partnership
}
