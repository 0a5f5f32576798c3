import Testing
@testable import Coherence

/// Per-cell aggregation over experts (DESIGN §4.1), worked out by hand.
@Suite struct ExpertsTests {
    /// Three experts; cell 7.2→13.2 scored 2, −1, 3; cell 13.2→7.2 scored 1 and 3 (e3 left it blank);
    /// cell 7.2→11.6 scored 0 by e1 only.
    static func network() throws -> PolicyNetwork {
        var builder = PolicyNetworkBuilder(name: "experts", language: .en)
        builder.addJudgement(InteractionJudgement(expert: "e1", from: "7.2", to: "13.2", score: 2))
        builder.addJudgement(InteractionJudgement(expert: "e2", from: "7.2", to: "13.2", score: -1,
                                                  annotation: EdgeAnnotation(confidence: .low)))
        builder.addJudgement(InteractionJudgement(expert: "e3", from: "7.2", to: "13.2", score: 3))
        builder.addJudgement(InteractionJudgement(expert: "e1", from: "13.2", to: "7.2", score: 1))
        builder.addJudgement(InteractionJudgement(expert: "e2", from: "13.2", to: "7.2", score: 3))
        builder.addJudgement(InteractionJudgement(expert: "e1", from: "7.2", to: "11.6", score: 0))
        return try builder.build()
    }

    @Test func perCellStatistics() throws {
        let report = expertAgreement(in: try Self.network())
        #expect(report.experts == ["e1", "e2", "e3"])
        let cell = try #require(report.cells.first { $0.from == "7.2" && $0.to == "13.2" })
        // mean (2 − 1 + 3)/3 = 4/3; median 2; deviations 2/3, −7/3, 5/3 → squares 4/9 + 49/9 + 25/9 = 78/9;
        // sample variance (78/9)/2 = 13/3; sd √(13/3) ≈ 2.0817.
        #expect(cell.n == 3)
        #expect(abs(cell.mean - 4.0 / 3) < 1e-15)
        #expect(cell.median == 2)
        #expect(abs(cell.sd - (13.0 / 3).squareRoot()) < 1e-12)
        #expect((cell.min, cell.max) == (-1, 3))
        #expect(cell.disagreement)
        #expect(cell.scores.map(\.expert) == ["e1", "e2", "e3"])
        #expect(cell.scores[1].confidence == .low)

        let pair = try #require(report.cells.first { $0.from == "13.2" && $0.to == "7.2" })
        // 1 and 3: mean 2, median (1 + 3)/2 = 2, sd √(((−1)² + 1²)/1) = √2.
        #expect(pair.n == 2 && pair.mean == 2 && pair.median == 2)
        #expect(abs(pair.sd - 2.0.squareRoot()) < 1e-15)
        #expect(!pair.disagreement)

        let single = try #require(report.cells.first { $0.to == "11.6" })
        // One expert: sd 0; a 0 is neither positive nor negative.
        #expect(single.n == 1 && single.sd == 0 && single.mean == 0 && !single.disagreement)
    }

    @Test func summaryCountsCellsAndExperts() throws {
        let report = expertAgreement(in: try Self.network())
        let summary = report.summary
        #expect(summary.expertCount == 3)
        #expect(summary.cellCount == 3)
        #expect(summary.cellsScoredByAll == 1)
        #expect(summary.cellsScoredByOne == 1)
        #expect(summary.disagreementCount == 1)
        #expect(report.disagreements.map(\.to) == ["13.2"])
        // mean sd over cells with n ≥ 2: (√(13/3) + √2)/2.
        #expect(abs(summary.meanSD - ((13.0 / 3).squareRoot() + 2.0.squareRoot()) / 2) < 1e-12)
        #expect(abs(summary.maxSD - (13.0 / 3).squareRoot()) < 1e-12)
        let e1 = try #require(summary.experts.first { $0.expert == "e1" })
        #expect(e1.cellsScored == 3 && e1.positive == 2 && e1.zero == 1 && e1.negative == 0 && e1.meanScore == 1)
        let e3 = try #require(summary.experts.first { $0.expert == "e3" })
        #expect(e3.cellsScored == 1 && e3.meanScore == 3)
    }

    @Test func theMeanFeedsTheOtherAnalyses() throws {
        let network = try Self.network()
        let matrix = InteractionMatrix(network)
        let report = expertAgreement(of: matrix)
        for cell in report.cells {
            let i = try #require(matrix.index(of: cell.from)), j = try #require(matrix.index(of: cell.to))
            #expect(matrix.score(from: i, to: j) == cell.mean)
        }
        // The edge carries the lowest confidence any expert gave.
        let i = try #require(matrix.index(of: "7.2")), j = try #require(matrix.index(of: "13.2"))
        let entry = try #require(matrix.row(i).first { matrix.columns[$0] == j })
        #expect(matrix.confidences[entry] == .low)
    }

    @Test func medianOfEvenCountsAndSDOfOne() {
        #expect(CellStatistics.median([3, 1, 2, 4]) == 2.5)
        #expect(CellStatistics.median([-3]) == -3)
        #expect(CellStatistics.sampleSD([2]) == 0)
        #expect(CellStatistics.sampleSD([1, 1, 1]) == 0)
    }

    @Test func matrixWithoutJudgementsIsOneExpert() throws {
        let matrix = try InteractionMatrix(ids: ["a", "b"], rows: [[nil, -2], [1, nil]])
        let report = expertAgreement(of: matrix)
        #expect(report.cells.count == 2)
        #expect(report.cells.allSatisfy { $0.n == 1 && $0.sd == 0 && !$0.disagreement })
        #expect(report.summary.disagreementCount == 0)
    }
}
