import Foundation

/// Where a result comes from: every JSON, CSV and report output carries one.
public struct Provenance: Sendable, Hashable, Codable {
    /// The version of coherence that computed the result.
    public var toolVersion: String
    /// The version of the SDG catalogue.
    public var catalogueVersion: String
    /// SHA-256 of the input files' bytes (in the order given), or of the bundled example.
    public var inputHash: String
    /// The input files as given.
    public var inputs: [String]
    /// The parameters of the analysis, by name.
    public var parameters: [String: String]
    /// The random seed, for analyses that draw random numbers.
    public var seed: UInt64?

    /// Creates a provenance record.
    public init(inputs: [String], inputHash: String, parameters: [String: String] = [:], seed: UInt64? = nil) {
        self.toolVersion = CoherenceVersion.current
        self.catalogueVersion = SDGCatalogue.version
        self.inputHash = inputHash
        self.inputs = inputs
        self.parameters = parameters
        self.seed = seed
    }
}

/// The version of this package.
public enum CoherenceVersion {
    /// The version string, `major.minor.patch`.
    public static let current = "0.1.0"
}
