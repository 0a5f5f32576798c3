/// Finds the catalogue's population groups by id, English or Dutch label, or a common synonym.
struct GroupNames: Sendable {
    private var byName: [String: String] = [:]
    /// Every id, label and synonym, for did-you-mean suggestions.
    private(set) var spellings: [String] = []
    /// The Dutch label of every group, to list them in messages.
    private(set) var labelsNL: [String] = []

    /// Synonyms plan owners use for the catalogue groups, in Dutch and English (folded).
    static let synonyms: [String: [String]] = [
        "low-income": ["armoede", "armen", "lage inkomens", "laag inkomen", "kansarmen", "low income", "poverty", "the poor", "low-income households"],
        "women-girls": ["vrouwen", "meisjes", "women", "girls"],
        "children-youth": ["kinderen", "jongeren", "jeugd", "kinderen en jeugd", "children", "youth", "young people"],
        "older-persons": ["senioren", "bejaarden", "older people", "elderly", "seniors", "older adults"],
        "disability": ["personen met een beperking", "mensen met een beperking", "mensen met een handicap", "people with disabilities",
                       "disabled people", "persons with a disability"],
        "migration-background": ["nieuwkomers", "vluchtelingen", "migranten", "mensen met een migratieachtergrond", "refugees", "migrants",
                                 "newcomers", "people with a migration background"],
        "deprived-areas": ["kwetsbare wijken", "afgelegen wijken", "bewoners van kwetsbare wijken", "deprived areas",
                           "deprived neighbourhoods", "remote neighbourhoods"],
        "homeless": ["daklozen", "thuislozen", "dakloze mensen", "homeless", "rough sleepers"],
        "digitally-excluded": ["laaggeletterden", "digitaal uitgeslotenen", "digitaal kwetsbaren", "low literacy", "digitally excluded"],
        "shock-affected": ["getroffenen van schokken", "getroffenen", "shock affected", "people hit by shocks"],
    ]

    init(catalogue: SDGCatalogue) {
        for group in catalogue.groups {
            for name in [group.id, group.labelEN, group.labelNL] + (Self.synonyms[group.id] ?? []) {
                let key = PlanText.fold(name)
                if byName[key] == nil { byName[key] = group.id }
            }
            spellings += [group.id, group.labelNL, group.labelEN] + (Self.synonyms[group.id] ?? [])
            labelsNL.append(group.labelNL)
        }
    }

    /// The group id a name refers to.
    func id(for name: String) -> String? { byName[PlanText.fold(name)] }

    /// Makes a model's own group known by its id and label (for actions added to a model: a plan
    /// may name the model's groups).
    mutating func add(id: String, label: String) {
        for name in [id, label] where byName[PlanText.fold(name)] == nil { byName[PlanText.fold(name)] = id }
        spellings += [id, label]
        labelsNL.append(label)
    }
}

extension ActionPlanReader {
    /// One entry of a list of names with an optional score: `ouderen`, `ouderen:+1`, `ouderen (−2)`, `ouderen -2`.
    struct ScoredName: Sendable, Hashable {
        var name: String
        var score: Double?
        /// Text after the name that should have been a score but is not.
        var badScore: String?
    }

    /// Splits a name list on `;`, `|`, line breaks and commas outside brackets, joining back the
    /// longest run of pieces whose join is a known name with a readable score
    /// (`mensen met een migratieachtergrond, vluchtelingen:+2` is one group).
    static func splitNames(_ text: String, isKnown: (String) -> Bool) -> [String] {
        var items: [String] = []
        for part in text.split(whereSeparator: { $0 == ";" || $0 == "|" || $0 == "\n" || $0 == "\r" }) {
            var pieces: [String] = []
            var current = ""
            var depth = 0
            for c in part {
                if c == "(" || c == "[" { depth += 1 } else if c == ")" || c == "]" { depth = max(0, depth - 1) }
                if c == ",", depth == 0 { pieces.append(current); current = "" } else { current.append(c) }
            }
            pieces.append(current)
            var i = 0
            while i < pieces.count {
                var taken = 1
                for j in stride(from: pieces.count, to: i + 1, by: -1) {
                    let entry = splitScore(pieces[i..<j].joined(separator: ","))
                    if entry.badScore == nil, isKnown(entry.name) { taken = j - i; break }
                }
                items.append(pieces[i..<(i + taken)].joined(separator: ","))
                i += taken
            }
        }
        return items.map(Table.clean).filter { !$0.isEmpty }
    }

    /// Separates a name from the score written after it (`:`, `=`, in brackets, or a signed number).
    static func splitScore(_ item: String, scale: ScoreScale = .nilsson) -> ScoredName {
        let text = Table.clean(item)
        if let colon = text.lastIndex(where: { $0 == ":" || $0 == "=" }) {
            let name = Table.clean(String(text[..<colon])), score = Table.clean(String(text[text.index(after: colon)...]))
            if let value = parseScore(score, scale: scale) { return ScoredName(name: name, score: value) }
            return ScoredName(name: name, score: nil, badScore: score)
        }
        if text.last == ")", let open = text.lastIndex(of: "(") {
            let inner = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
            if let value = parseScore(inner, scale: scale) {
                return ScoredName(name: Table.clean(String(text[..<open])), score: value)
            }
        }
        if let space = text.lastIndex(of: " ") {
            let last = MatrixReader.normaliseSigns(String(text[text.index(after: space)...]))
            if last.first == "+" || last.first == "-", let value = ScoreScale.parseNumber(last) {
                return ScoredName(name: Table.clean(String(text[..<space])), score: value)
            }
        }
        return ScoredName(name: text, score: nil)
    }

    /// The kind of stakeholder a word in brackets names (`Seniorenraad (burgers)`), in English or Dutch.
    static func stakeholderKind(_ word: String) -> StakeholderKind? {
        let key = PlanText.fold(word)
        if let kind = StakeholderKind(rawValue: key.replacingOccurrences(of: " ", with: "-")) { return kind }
        let words: [StakeholderKind: [String]] = [
            .administration: ["administratie", "bestuur", "intern", "eigen dienst", "gemeente", "stad", "ocmw"],
            .civilSociety: ["middenveld", "vereniging", "ngo", "ngo's", "civil society", "middenveldorganisatie"],
            .citizens: ["burgers", "inwoners", "adviesraad", "bewoners"],
            .privateSector: ["prive", "privesector", "bedrijf", "bedrijven", "ondernemers", "private sector", "business"],
            .knowledge: ["kennis", "kennisinstelling", "onderzoek", "research", "universiteit", "hogeschool"],
            .partnerMunicipality: ["partnergemeente", "stedenband", "partner municipality"],
            .other: ["andere", "overig", "overige"],
        ]
        return words.first { $0.value.contains(key) }?.key
    }
}
