/// One of UNDP's five factors that leave people behind (UNDP, *What does it mean to leave no one behind?*, 2018).
public enum UNDPFactor: String, Codable, Sendable, CaseIterable {
    /// Discrimination by gender, age, disability, ethnicity, migratory status and other identity.
    case discrimination
    /// Geography: isolation, poor infrastructure or risk because of where people live.
    case geography
    /// Governance: weak institutions, lack of voice, access to information or to the state.
    case governance
    /// Socio-economic status: income, wealth, education and work.
    case socioEconomicStatus = "socio-economic-status"
    /// Shocks and fragility: disasters, conflict, climate, health and economic crises.
    case shocksAndFragility = "shocks-and-fragility"
}
