import Foundation
import Testing
@testable import Coherence

/// Sensitivity of the ranking (DESIGN §4.2) and Kendall's τ_b.
@Suite struct SensitivityTests {
    @Test func sameSeedSameResultOnAnyNumberOfThreads() throws {
        let matrix = try CommunitiesTests.randomMatrix(nodes: 30, seed: 5)
        let one = sensitivity(of: matrix, options: SensitivityOptions(samples: 300, seed: 9, workers: 1))
        let again = sensitivity(of: matrix, options: SensitivityOptions(samples: 300, seed: 9, workers: 1))
        let two = sensitivity(of: matrix, options: SensitivityOptions(samples: 300, seed: 9, workers: 2))
        let five = sensitivity(of: matrix, options: SensitivityOptions(samples: 300, seed: 9, workers: 5))
        #expect(one == again)
        #expect(one == two)
        #expect(one == five)
        let other = sensitivity(of: matrix, options: SensitivityOptions(samples: 300, seed: 10, workers: 2))
        #expect(other != one)
        #expect(one.kendallTau.mean > 0.5 && one.kendallTau.max <= 1 && one.kendallTau.min >= -1)
        #expect(one.nodes.map(\.baselineRank) == Array(1...30))
    }

    @Test func severalExpertsAreResampledDeterministically() throws {
        let network = try Self.twoExperts()
        let a = sensitivity(in: network, options: SensitivityOptions(samples: 200, seed: 3, workers: 1))
        let b = sensitivity(in: network, options: SensitivityOptions(samples: 200, seed: 3, workers: 3))
        #expect(a == b)
        #expect(a.resamplesExperts && a.experts == ["e1", "e2"])
    }

    @Test func moveProbabilitiesFollowConfidence() throws {
        // One cell per confidence, all at 0 (room to move both ways): low 0.5, none/medium 0.25, high 0.1.
        let confidences: [Confidence?] = [.low, nil, .medium, .high]
        var rows = [[Double?]](repeating: [Double?](repeating: nil, count: 5), count: 5)
        var conf = [[Confidence?]](repeating: [Confidence?](repeating: nil, count: 5), count: 5)
        for (k, c) in confidences.enumerated() {
            rows[k][4] = 0
            conf[k][4] = c
        }
        let matrix = try InteractionMatrix(ids: ["a", "b", "c", "d", "z"], rows: rows, confidences: conf)
        var sampler = SensitivitySampler(matrix: matrix, weight: 0.5)
        let n = 20_000
        var moved = [Int](repeating: 0, count: 4), up = [Int](repeating: 0, count: 4)
        for i in 0..<n {
            sampler.sample(i, seed: 1)
            for k in 0..<4 where sampler.values[k] != 0 {
                moved[k] += 1
                if sampler.values[k] > 0 { up[k] += 1 }
                #expect(abs(sampler.values[k]) == 1)   // one step of s/3 = 1
            }
        }
        let expected = [0.5, 0.25, 0.25, 0.1]
        for k in 0..<4 {
            #expect(abs(Double(moved[k]) / Double(n) - expected[k]) < 0.02)
            #expect(abs(Double(up[k]) / Double(moved[k]) - 0.5) < 0.04)
        }
    }

    @Test func scoresAreHeldAtTheScaleEnds() throws {
        // +3 with low confidence: it can only move down, so it changes in about 1/4 of the samples.
        let matrix = try InteractionMatrix(ids: ["a", "b"], rows: [[nil, 3], [-3, nil]],
                                           confidences: [[nil, .low], [.low, nil]])
        var sampler = SensitivitySampler(matrix: matrix, weight: 0.5)
        var changed = 0
        for i in 0..<10_000 {
            sampler.sample(i, seed: 2)
            #expect(sampler.values[0] <= 3 && sampler.values[1] >= -3)
            if sampler.values[0] != 3 {
                changed += 1
                #expect(sampler.values[0] == 2)
            }
        }
        #expect(abs(Double(changed) / 10_000 - 0.25) < 0.02)
    }

    @Test func aCellOnlyOneExpertScoredIsBlankWhenThatExpertIsNotDrawn() throws {
        let network = try Self.twoExperts()
        let matrix = InteractionMatrix(network)
        var sampler = SensitivitySampler(matrix: matrix, weight: 0.5)
        // 13.2 → 7.2 is scored by e1 only: blank when both draws are e2, probability 1/4.
        let i = try #require(matrix.index(of: "13.2")), j = try #require(matrix.index(of: "7.2"))
        let entry = try #require(matrix.row(i).first { matrix.columns[$0] == j })
        var blank = 0
        for s in 0..<8000 {
            sampler.sample(s, seed: 4)
            if sampler.values[entry].isNaN { blank += 1 }
        }
        #expect(abs(Double(blank) / 8000 - 0.25) < 0.02)
    }

    @Test func withoutExpertResamplingTheMeansAreStepped() throws {
        let network = try Self.twoExperts()
        let matrix = InteractionMatrix(network)
        var sampler = SensitivitySampler(matrix: matrix, weight: 0.5, resampleExperts: false)
        #expect(!sampler.resamplesExperts)
        for s in 0..<500 {
            sampler.sample(s, seed: 4)
            for k in 0..<matrix.entryCount {
                // Never blank, and at most one step (1) from the mean.
                #expect(!sampler.values[k].isNaN && abs(sampler.values[k] - matrix.values[k]) <= 1 + 1e-12)
            }
        }
        let report = sensitivity(in: network, options: SensitivityOptions(samples: 100, seed: 1, resampleExperts: false))
        #expect(!report.resamplesExperts)
    }

    @Test func aClearLeaderStaysOnTop() throws {
        // a sends +3 to everyone, with high confidence; the others send nothing.
        let ids = ["a", "b", "c", "d"]
        var rows = [[Double?]](repeating: [Double?](repeating: nil, count: 4), count: 4)
        var conf = [[Confidence?]](repeating: [Confidence?](repeating: nil, count: 4), count: 4)
        for j in 1..<4 { rows[0][j] = 3; conf[0][j] = .high }
        rows[1][2] = 1
        let report = sensitivity(of: try InteractionMatrix(ids: ids, rows: rows, confidences: conf),
                                 options: SensitivityOptions(samples: 200, seed: 1, topK: 1))
        let a = try #require(report.nodes.first)
        #expect(a.id == "a" && a.baselineRank == 1 && a.medianRank == 1 && a.rankLow == 1 && a.rankHigh == 1)
        #expect(a.topKProbability == 1 && a.bestRank == 1 && a.worstRank == 1)
        #expect(report.nodes.dropFirst().allSatisfy { $0.topKProbability == 0 })
    }

    @Test func progressIsReportedUpToTheTotal() throws {
        let matrix = try CommunitiesTests.randomMatrix(nodes: 10, seed: 2)
        let log = ProgressLog()
        _ = sensitivity(of: matrix, options: SensitivityOptions(samples: 100, seed: 1, workers: 2)) { done, total in
            log.append(done, total)
        }
        let calls = log.calls
        #expect(calls.last?.0 == 100 && calls.allSatisfy { $0.1 == 100 })
        #expect(zip(calls, calls.dropFirst()).allSatisfy { $0.0 < $1.0 })
    }

    @Test func percentilesInterpolateLinearly() {
        // numpy.percentile([1, 2, 3, 4], 5) = 1.15; 50 → 2.5; 95 → 3.85.
        let values: [Double] = [1, 2, 3, 4]
        #expect(abs(SensitivityAssembly.percentile(values, 0.05)! - 1.15) < 1e-12)
        #expect(SensitivityAssembly.percentile(values, 0.5) == 2.5)
        #expect(abs(SensitivityAssembly.percentile(values, 0.95)! - 3.85) < 1e-12)
        #expect(SensitivityAssembly.percentile([], 0.5) == nil)
    }

    @Test func kendallTauB() {
        #expect(KendallTau.tauB([1, 2, 3, 4, 5], [1, 2, 3, 4, 5]) == 1)
        #expect(KendallTau.tauB([1, 2, 3, 4, 5], [5, 4, 3, 2, 1]) == -1)
        // x = 1,2,2,3; y = 1,3,2,3: concordant 4, discordant 0; one tie in x, one in y:
        // τ_b = 4 / √((6 − 1)(6 − 1)) = 0.8.
        #expect(abs(KendallTau.tauB([1, 2, 2, 3], [1, 3, 2, 3])! - 0.8) < 1e-15)
        // x = 1,1,2,2; y = 1,2,1,2: one concordant, one discordant → 0.
        #expect(KendallTau.tauB([1, 1, 2, 2], [1, 2, 1, 2]) == 0)
        // One swap out of 10 pairs, no ties: (9 − 1)/10 = 0.8.
        #expect(abs(KendallTau.tauB([1, 2, 3, 4, 5], [2, 1, 3, 4, 5])! - 0.8) < 1e-15)
        // x all tied: undefined.
        #expect(KendallTau.tauB([1, 1, 1], [1, 2, 3]) == nil)
        #expect(KendallTau.tauB([1], [1]) == nil)
    }

    @Test func kendallTauBAgreesWithThePairCount() {
        var generator = SplitMix64(seed: 77)
        for _ in 0..<50 {
            let n = 2 + generator.uniform(below: 30)
            let x = (0..<n).map { _ in Double(generator.uniform(below: 6)) }
            let y = (0..<n).map { _ in Double(generator.uniform(below: 6)) }
            var c = 0.0, d = 0.0, tx = 0.0, ty = 0.0
            for i in 0..<n {
                for j in (i + 1)..<n {
                    let p = (x[i] - x[j]) * (y[i] - y[j])
                    if p > 0 { c += 1 } else if p < 0 { d += 1 }
                    if x[i] == x[j] { tx += 1 }
                    if y[i] == y[j] { ty += 1 }
                }
            }
            let n0 = Double(n * (n - 1) / 2)
            let denominator = ((n0 - tx) * (n0 - ty)).squareRoot()
            let expected: Double? = denominator > 0 ? (c - d) / denominator : nil
            let got = KendallTau.tauB(x, y)
            #expect((expected == nil) == (got == nil))
            if let expected, let got { #expect(abs(expected - got) < 1e-12) }
        }
    }

    static func twoExperts() throws -> PolicyNetwork {
        var builder = PolicyNetworkBuilder(name: "two", language: .en)
        for (expert, score) in [("e1", 3.0), ("e2", 1.0)] {
            builder.addJudgement(InteractionJudgement(expert: expert, from: "7.2", to: "13.2", score: score))
            builder.addJudgement(InteractionJudgement(expert: expert, from: "13.2", to: "11.6", score: -score + 1))
            builder.addJudgement(InteractionJudgement(expert: expert, from: "11.6", to: "7.2", score: 2))
        }
        builder.addJudgement(InteractionJudgement(expert: "e1", from: "13.2", to: "7.2", score: -2,
                                                  annotation: EdgeAnnotation(confidence: .low)))
        return try builder.build()
    }
}

/// Collects progress calls from worker threads.
final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [(Int, Int)] = []

    func append(_ done: Int, _ total: Int) {
        lock.lock()
        storage.append((done, total))
        lock.unlock()
    }

    var calls: [(Int, Int)] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}
