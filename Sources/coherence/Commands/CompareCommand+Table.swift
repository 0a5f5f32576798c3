import Coherence

/// The terminal table of a comparison: the summary, then each part with its sentences.
struct CompareTable {
    let comparison: Comparison
    let title: String
    let language: Language
    /// The most sentences shown per part; the rest are counted (all are in `--format csv`).
    var limit = 12

    var text: String {
        let l = Localizer(language)
        let c = comparison
        var out = title + "\n"
        out += l.t(nl: "Voor: ", en: "Before: ") + version(c.before, l) + "\n"
        out += l.t(nl: "Na:   ", en: "After:  ") + version(c.after, l) + "\n"
        for part in ComparisonPart.allCases {
            let sentences = c.sentences(part)
            let note = c.note(part)
            if part != .summary && sentences.isEmpty && note == nil { continue }
            out += "\n" + l(part.heading) + (sentences.isEmpty || part == .summary ? "" : " (\(l.integer(sentences.count)))") + "\n"
            if let note { out += "  " + l(note) + "\n" }
            for sentence in sentences.prefix(limit) { out += "  • " + l(sentence) + "\n" }
            if sentences.count > limit {
                let rest = sentences.count - limit
                out += "  " + l.t(nl: "… en \(l.integer(rest)) andere (alle wijzigingen: --format csv of json)",
                                  en: "… and \(l.integer(rest)) more (every change: --format csv or json)") + "\n"
            }
        }
        return out
    }

    func version(_ v: ComparedVersion, _ l: Localizer) -> String {
        "\(v.name) (\(l.count(v.actions, .action)), \(l.euro(v.budget, style: .compact)), \(l.count(v.interactions, .interaction)))"
    }
}
