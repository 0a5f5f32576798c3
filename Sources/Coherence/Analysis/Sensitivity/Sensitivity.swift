import Foundation

/// How robust the ranking by total is to the uncertainty of the scores (DESIGN §4.2).
///
/// Per sample, each scored cell moves one step s/3 up or down with probability 0.5 (low
/// confidence), 0.25 (medium, or none given) or 0.1 (high), either direction equally likely, held at
/// the scale's ends; blank cells stay blank. With several experts each sample also resamples the
/// experts with replacement: E draws pick E experts, then each drawn expert's scores are stepped with
/// that expert's own confidence and averaged per cell over the drawn experts who scored it (a cell
/// none of them scored is blank in that sample; the DocC article "Interaction analyses" gives the
/// exact order of draws).
/// Sample i draws only from `SplitMix64(seed: seed, stream: i)`, so the result is the same on any
/// number of cores. Each sample is ranked by total = out + w · second order (ties by id).
///
/// Per node: median rank, the 5–95 % interval of its rank, best and worst rank, and the share of
/// samples in the top k. Kendall's τ_b of each sample's totals against the baseline totals (equal
/// totals count as ties) is summarised over the samples.
///
/// Negative scores keep their sign, as in ``influence(in:options:)``; a step moves a score toward or
/// past 0 like any other (−1 may become 0 or −2).
///
/// - Parameters:
///   - network: the network.
///   - options: samples, seed, k, w, threads.
///   - progress: called with (samples done, N) as samples finish, from worker threads, in increasing order.
/// - Returns: the report; with no samples or no nodes, the baseline alone.
/// - Complexity: O(N · (m·E + n log n)) time over all cores, O(N · n) memory for the ranks.
public func sensitivity(in network: PolicyNetwork, options: SensitivityOptions = .init(),
                        progress: (@Sendable (Int, Int) -> Void)? = nil) -> SensitivityReport {
    sensitivity(of: InteractionMatrix(network), options: options, progress: progress)
}

/// Sensitivity of an interaction matrix; see ``sensitivity(in:options:progress:)``.
public func sensitivity(of matrix: InteractionMatrix, options: SensitivityOptions = .init(),
                        progress: (@Sendable (Int, Int) -> Void)? = nil) -> SensitivityReport {
    let n = matrix.count
    let total = max(0, options.samples)
    var baseline = SensitivitySampler(matrix: matrix, weight: options.secondOrderWeight,
                                      resampleExperts: options.resampleExperts)
    baseline.rank(matrix.values)
    let baselineKeys = baseline.keys
    let baselineTotals = baseline.vectors.total
    let baselineRanks = Ranking.ranks(of: baseline.order)
    let store = SampleStore(samples: total, nodes: n)
    let workers = max(1, min(options.workers ?? ProcessInfo.processInfo.activeProcessorCount, max(total, 1)))
    let chunk = max(1, total / (workers * 16))
    let schedule = SampleSchedule(total: total, chunk: chunk, progress: progress)
    if total > 0, n > 0 {
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            var sampler = SensitivitySampler(matrix: matrix, weight: options.secondOrderWeight,
                                             resampleExperts: options.resampleExperts)
            while let range = schedule.next() {
                for i in range {
                    sampler.sample(i, seed: options.seed)
                    store.record(sample: i, order: sampler.order, tau: KendallTau.tauB(keys: baselineKeys, sampler.keys))
                }
                schedule.finished(range.count)
            }
        }
    }
    return SensitivityAssembly.report(matrix: matrix, options: options, samples: total, store: store,
                                      baselineRanks: baselineRanks, baselineTotals: baselineTotals,
                                      resamplesExperts: baseline.resamplesExperts)
}

/// The ranks and τ of every sample, written by worker threads into disjoint rows.
final class SampleStore: @unchecked Sendable {
    let samples: Int
    let nodes: Int
    /// rankBase[i · n + v]: the rank of node v in sample i.
    private let rankBase: UnsafeMutablePointer<Int32>
    /// tauBase[i]: τ_b of sample i, NaN when undefined.
    private let tauBase: UnsafeMutablePointer<Double>

    init(samples: Int, nodes: Int) {
        self.samples = samples
        self.nodes = nodes
        rankBase = .allocate(capacity: max(1, samples * nodes))
        rankBase.initialize(repeating: 0, count: max(1, samples * nodes))
        tauBase = .allocate(capacity: max(1, samples))
        tauBase.initialize(repeating: .nan, count: max(1, samples))
    }

    deinit {
        rankBase.deallocate()
        tauBase.deallocate()
    }

    /// Records sample i (each sample is written by exactly one thread).
    func record(sample i: Int, order: [Int], tau value: Double?) {
        let row = rankBase + i * nodes
        for (position, v) in order.enumerated() { row[v] = Int32(position + 1) }
        tauBase[i] = value ?? .nan
    }

    /// The ranks of node v over all samples.
    func ranks(of v: Int) -> [Int32] {
        (0..<samples).map { rankBase[$0 * nodes + v] }
    }

    /// τ of every sample.
    func taus() -> [Double] { (0..<samples).map { tauBase[$0] } }
}

/// Hands out ranges of sample indices to workers and reports progress in order.
final class SampleSchedule: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int
    private let chunk: Int
    private var nextStart = 0
    private var completed = 0
    private let progress: (@Sendable (Int, Int) -> Void)?

    init(total: Int, chunk: Int, progress: (@Sendable (Int, Int) -> Void)?) {
        self.total = total
        self.chunk = chunk
        self.progress = progress
    }

    func next() -> Range<Int>? {
        lock.lock()
        defer { lock.unlock() }
        guard nextStart < total else { return nil }
        let range = nextStart..<min(total, nextStart + chunk)
        nextStart = range.upperBound
        return range
    }

    func finished(_ count: Int) {
        lock.lock()
        defer { lock.unlock() }
        completed += count
        progress?(completed, total)
    }
}
