/// Score labels as people type them, in English and (on the default scale) in Dutch, and the
/// did-you-means for labels typed wrong — in the language they were typed in.
///
/// English labels are the scale's own (`reinforcing`, `counteracting`); the Dutch names of the
/// default scale are ``MatrixReader/dutchLabels`` (`versterkend`, `tegenwerkend`, `onverenigbaar`, …).
/// Labels are compared folded: case, accents, `-`, `_` and repeated spaces do not count
/// (`Mogelijk-makend` is `mogelijk makend`).
enum ScoreWords {
    /// A label reduced for comparison: folded, `-` and `_` as spaces, spaces collapsed.
    static func key(_ text: String) -> String {
        PlanText.fold(String(text.map { $0 == "-" || $0 == "_" ? " " : $0 }))
    }

    /// The score a label names on `scale`: the scale's labels, and on the default scale the Dutch
    /// names too; `nil` for anything else (numbers are read elsewhere).
    ///
    /// - Complexity: O(length of the text).
    static func value(_ text: String, scale: ScoreScale) -> Double? {
        let k = key(text)
        if let value = scale.labels[k] { return value }
        return scale.isDefault ? MatrixReader.dutchLabels[k] : nil
    }

    /// Every label of `scale` with whether it is Dutch, English first.
    static func labels(_ scale: ScoreScale) -> [(word: String, dutch: Bool)] {
        scale.labels.keys.sorted().map { ($0, false) } + (scale.isDefault ? MatrixReader.dutchLabels.keys.sorted().map { ($0, true) } : [])
    }

    /// The label that `text` is a near miss of (``NearMiss``: a typing mistake), if any.
    static func nearMiss(_ text: String, scale: ScoreScale) -> String? {
        let typed = NearMiss.key(text)
        guard typed.count >= 4, !typed.contains(where: \.isNumber) else { return nil }
        return labels(scale).first { NearMiss.isNearMiss(typed, NearMiss.key($0.word)) }?.word
    }

    /// The labels closest to `text`, best first; when the nearest is Dutch, only Dutch ones (and
    /// only English ones when it is English), so that a Dutch typo gets a Dutch suggestion.
    static func closest(to text: String, scale: ScoreScale) -> [String] {
        let all = labels(scale)
        let near = Suggestions.closest(to: key(text), in: all.map(\.word))
        guard let first = near.first, let dutch = all.first(where: { $0.word == first })?.dutch else { return near }
        return near.filter { word in all.first { $0.word == word }?.dutch == dutch }
    }

    /// " or a label such as `reinforcing`" for the expected part of a message — `versterkend`
    /// when `text` is nearest to a Dutch label; empty when the scale has no labels.
    static func labelExample(for text: String, scale: ScoreScale) -> String {
        guard !scale.labels.isEmpty else { return "" }
        let dutch = closest(to: text, scale: scale).first.map { word in MatrixReader.dutchLabels[word] != nil && scale.labels[word] == nil } ?? false
        if dutch { return " or a label such as `versterkend` or `tegenwerkend`" }
        let example = scale.label(for: scale.max > 1 ? 2 : scale.max) ?? scale.labels.keys.sorted()[0]
        return " or a label such as `\(example)`"
    }
}
