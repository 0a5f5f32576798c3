import Testing
@testable import Coherence

/// The hand-written scanner of tag ids agrees with the regular expression it replaced.
@Suite("tag id scanner")
struct TagIDFormTests {
    /// The pattern the scanner replaced (kept here as the specification).
    nonisolated(unsafe) static let pattern = /(?:(sdg|goal|doel|target|subdoel)[\s\-_]*)?([0-9]{1,3})(?:\.([0-9]{1,3}|[a-z])(?![a-z0-9]))?/.ignoresCase()

    static let samples = [
        "11.6", "1.a", "1.A", "SDG 11", "SDG11", "sdg-11", "SDG_ 11.6", "Goal 3", "Doel 4.7", "Target 11.6:+2",
        "subdoel 12.5", "Subdoel12.b", "11.6.1", "11.1234", "11.6a", "11.ab", "11.6é", "1234", "17.10", "17.1",
        "SDG", "SDG x", "goals 3", "targets 11.6", "11", "11 - Duurzame steden", "11.6 (+2)", "3:-1", "1.3 versterkend",
        "", ".6", "1.", "1..2", "٣.٤", "1\u{301}.2", "SDG\u{A0}11", "sdg  -  7.2", "doel7", "target-1.c x", "999.999",
        "0.0", "01.06", "11.6\u{301}", "A1", "x 11.6",
    ]

    @Test("each sample: same match, number, suffix and end as the regular expression", arguments: samples)
    func agrees(_ text: String) {
        let scanned = TagIDForm(text)
        let matched = text.prefixMatch(of: Self.pattern)
        #expect((scanned == nil) == (matched == nil), "\(text)")
        guard let scanned, let matched else { return }
        #expect(scanned.number == Int(matched.output.2)!, "\(text)")
        #expect(scanned.suffix.map(String.init) == matched.output.3.map(String.init), "\(text)")
        #expect(scanned.end == matched.range.upperBound, "\(text)")
    }

    @Test("decimal-comma numbers are recognised as in the spreadsheet quirk")
    func decimalComma() {
        for yes in ["17,1", "1,3", "11,10", "1,123"] { #expect(ActionPlanReader.looksLikeDecimalComma(yes), "\(yes)") }
        for no in ["17.1", "123,1", "1,1234", ",1", "1,", "1,2,3", "a,1", "1, 2"] { #expect(!ActionPlanReader.looksLikeDecimalComma(no), "\(no)") }
    }
}

/// The byte-level reading of plain tags gives what the general reader gives.
@Suite("plain tags")
struct PlainTargetTagTests {
    static let samples = [
        "11.6", "1.a", "1.A", "11.6:+2", "11.6:-1", "11.6:0", "17.10", "17.1", "17.19", "11.6:+12", "3.9:-3",
        "11.60", "01.6", "11.06", "18.1", "11.6:", "11.6:+", "11.6: 2", "11.6:2.5", "11.6a", "1.ab", "11.6:+1234567",
    ]

    @Test("agrees with readTag or steps aside", arguments: samples)
    func agrees(_ item: String) {
        let catalogue = SDGCatalogue.standard
        var log = DiagnosticLog()
        let general = ActionPlanReader.readTag(item, at: SourceLocation(file: "t"), scale: .nilsson, catalogue: catalogue,
                                               allowScores: true, log: &log)
        guard let plain = ActionPlanReader.plainTargetTag(item, catalogue: catalogue, allowScores: true) else { return }
        #expect(plain == general, "\(item)")
        #expect(log.diagnostics.isEmpty, "\(item)")
    }

    @Test("the common forms are read on the fast path")
    func fastPathTaken() {
        for item in ["11.6", "1.a", "11.6:+2", "3.9:-3", "17.10"] {
            #expect(ActionPlanReader.plainTargetTag(item, catalogue: .standard, allowScores: true) != nil, "\(item)")
        }
        #expect(ActionPlanReader.plainTargetTag("11.6:+2", catalogue: .standard, allowScores: false) == nil)
        #expect(ActionPlanReader.plainTargetTag("SDG 11", catalogue: .standard, allowScores: true) == nil)
    }
}
