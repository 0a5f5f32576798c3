import Coherence

/// The workloads' inputs: the options of `coherence generate` for each, so that the in-process
/// kernels and the files run.sh generates for the end-to-end runs and the peers are the same models.
public enum Workloads {
    /// W1, W2 and W5: all 169 targets, 30 % of the ordered pairs scored.
    public static let matrix169 = SyntheticModelOptions(targets: 169, actions: 1, domains: 1, interactionDensity: 0.3,
                                                        contributionsPerAction: 1, seed: 1)
    /// W3: 5,000 actions in 20 domains, 4 contributions each, on the 169 × 169 matrix at 30 %.
    public static let spillovers = SyntheticModelOptions(targets: 169, actions: 5_000, domains: 20, interactionDensity: 0.3,
                                                         contributionsPerAction: 4, seed: 1)
    /// W4: a signed graph of 2,000 nodes (169 targets + 1,831 objectives), about 10 links per node.
    public static let graph2000 = SyntheticModelOptions(targets: 169, objectives: 1_831, actions: 1, domains: 1,
                                                        interactionDensity: 0.005, contributionsPerAction: 1, seed: 1)
    /// W6: a region's plans — 50 domains, 4 contributions per action — at `contributions` contributions.
    public static func region(contributions: Int) -> SyntheticModelOptions {
        SyntheticModelOptions(targets: 169, actions: contributions / 4, domains: 50, interactionDensity: 0.3,
                              contributionsPerAction: 4, seed: 1)
    }
    /// The three W6 sizes.
    public static let regionSizes = [250_000, 500_000, 1_000_000]

    /// The network of a workload's options.
    public static func network(_ options: SyntheticModelOptions) -> PolicyNetwork {
        do {
            return try SyntheticModel(options: options).network()
        } catch {
            fatalError("the synthetic model could not be built: \(error)")
        }
    }
}
