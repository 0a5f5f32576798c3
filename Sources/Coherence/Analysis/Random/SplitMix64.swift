/// SplitMix64 (Steele, Lea & Flood 2014): a small, fast, seedable random number generator.
///
/// The system generator cannot be seeded, so every analysis that draws random numbers
/// (Louvain's node order, sensitivity samples) uses this one with an explicit seed. The output
/// for a given seed is fixed forever: the algorithm is written out here, not borrowed from a
/// library whose implementation might change. ``uniform(below:)`` and ``unitDouble()`` are
/// likewise defined here, not by the standard library's `random(in:using:)` (whose way of
/// turning bits into a number is not promised across Swift versions).
public struct SplitMix64: RandomNumberGenerator, Sendable, Hashable {
    /// The generator's state; it advances by the golden-ratio increment at each draw.
    public var state: UInt64

    /// The increment: 2⁶⁴ divided by the golden ratio, odd.
    public static let increment: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// Creates a generator whose first state is `seed`.
    public init(seed: UInt64) { state = seed }

    /// Creates the generator of one numbered stream of a seed: sample `i` of a run seeded with
    /// `seed` draws from `SplitMix64(seed: seed, stream: i)`, so its numbers do not depend on
    /// which thread draws them or how many threads there are.
    ///
    /// The first state is `mix(seed ⊕ mix(stream + 1))`: both parts go through the finaliser, so
    /// neighbouring seeds and neighbouring streams start far apart.
    public init(seed: UInt64, stream: UInt64) {
        state = Self.mix(seed ^ Self.mix(stream &+ 1))
    }

    /// The SplitMix64 finaliser (a bijective mix of 64 bits).
    @inlinable public static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The next 64 random bits.
    ///
    /// - Complexity: O(1).
    @inlinable public mutating func next() -> UInt64 {
        state &+= Self.increment
        return Self.mix(state)
    }

    /// A uniform double in [0, 1): the top 53 bits of the next draw times 2⁻⁵³.
    @inlinable public mutating func unitDouble() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A uniform integer in `0..<bound` (Lemire's multiply-and-reject method, unbiased).
    ///
    /// - Parameter bound: the exclusive upper bound, at least 1.
    /// - Complexity: O(1) expected.
    @inlinable public mutating func uniform(below bound: Int) -> Int {
        precondition(bound > 0, "uniform(below:) needs a positive bound")
        let b = UInt64(bound)
        var product = next().multipliedFullWidth(by: b)
        if product.low < b {
            let threshold = (0 &- b) % b
            while product.low < threshold {
                product = next().multipliedFullWidth(by: b)
            }
        }
        return Int(product.high)
    }

    /// Shuffles an array in place with the Fisher–Yates algorithm, drawing with ``uniform(below:)``
    /// from the last position down.
    ///
    /// - Complexity: O(n).
    public mutating func shuffle<T>(_ array: inout [T]) {
        var i = array.count - 1
        while i > 0 {
            let j = uniform(below: i + 1)
            if i != j { array.swapAt(i, j) }
            i -= 1
        }
    }
}
