import Foundation

/// A column of an action plan: what one column of the sheet holds for every action.
///
/// Headers are recognised in English and Dutch, ignoring case, accents, spaces, `_`, `-`, `.`,
/// `:`, apostrophes and a note in brackets (`Budget (€)`, `SDG's`); a header that starts with a
/// known word is recognised by it (`Budget 2026-2031`, `Omschrijving van de actie`).
public enum ActionPlanColumn: String, Sendable, Hashable, Codable, CaseIterable {
    /// The action's id (`actie`, `action`, `id`, `nr`, `code`).
    case id
    /// The action's label (`omschrijving`, `titel`, `naam`, `label`, `title`, `description`).
    case label
    /// The policy domain that carries the action (`beleidsdomein`, `domein`, `domain`).
    case domain
    /// The budget in euro (`budget`, `bedrag`, `raming`, `amount`, `cost`).
    case budget
    /// SDG tags, per goal or per target, optionally scored (`sdg`, `sdg's`, `sdgs`, `doelen`, `targets`).
    case sdg
    /// Population groups reached, optionally scored (`doelgroepen`, `groepen`, `groups`).
    case groups
    /// Stakeholders involved (`stakeholders`, `partners`, `betrokkenen`).
    case stakeholders
    /// Where the action's effects land: here, elsewhere, later (`scope`, `reikwijdte`).
    case scope
    /// The policy objective of the plan's tree (`beleidsdoelstelling`, `policy objective`).
    case policyObjective
    /// The action plan of the plan's tree (`actieplan`, `action plan`).
    case actionPlan
    /// A longer explanation of the action (`toelichting`, `notes`).
    case description

    /// The header spellings accepted for each column, normalised (see ``normalise(_:)``), with the
    /// language they are written in (`nil` when both languages use the word).
    static let spellings: [(column: ActionPlanColumn, names: [String], language: Language?)] = [
        (.id, ["actie", "actienr", "actienummer", "nr", "nummer", "actiecode", "volgnummer"], .nl),
        (.id, ["action", "actionid", "actionno", "no", "number", "ref", "reference"], .en),
        (.id, ["id", "code"], nil),
        (.label, ["omschrijving", "titel", "naam", "actieomschrijving", "actietitel", "benaming", "actienaam", "korteomschrijving"], .nl),
        (.label, ["label", "title", "description", "name", "actionlabel", "actiontitle", "actionname"], .en),
        (.domain, ["beleidsdomein", "domein", "beleidsveld", "beleidsdomeinen"], .nl),
        (.domain, ["domain", "policydomain", "policyarea", "policyfield"], .en),
        (.budget, ["bedrag", "raming", "budgetraming", "kostprijs", "kosten", "uitgaven", "geraamdbedrag"], .nl),
        (.budget, ["amount", "cost", "costs", "estimate", "estimatedcost"], .en),
        (.budget, ["budget"], nil),
        (.sdg, ["doelen", "sdgdoelen", "sdgdoel", "subdoelen", "duurzameontwikkelingsdoelen", "sdgdoelstellingen"], .nl),
        (.sdg, ["targets", "target", "goals", "sdgtargets", "sdggoals", "sdgtags"], .en),
        (.sdg, ["sdg", "sdgs", "sdgcode", "sdgcodes"], nil),
        (.groups, ["doelgroepen", "doelgroep", "groepen", "groep", "lnobgroepen", "kwetsbaregroepen"], .nl),
        (.groups, ["groups", "group", "targetgroups", "targetgroup", "lnobgroups"], .en),
        (.groups, ["lnob"], nil),
        (.stakeholders, ["betrokkenen", "betrokkenpartners", "partnerorganisaties", "betrokken"], .nl),
        (.stakeholders, ["stakeholder", "involved", "involvedpartners"], .en),
        (.stakeholders, ["stakeholders", "partners", "partner"], nil),
        (.scope, ["reikwijdte"], .nl),
        (.scope, ["scope"], nil),
        (.policyObjective, ["beleidsdoelstelling", "beleidsdoelstellingen", "beleidsdoel", "bd"], .nl),
        (.policyObjective, ["policyobjective", "policygoal", "strategicobjective"], .en),
        (.actionPlan, ["actieplan", "actieplannen", "ap"], .nl),
        (.actionPlan, ["actionplan", "actionplans"], .en),
        (.description, ["toelichting", "uitleg", "opmerkingen", "beschrijving"], .nl),
        (.description, ["notes", "explanation", "details", "comments"], .en),
    ]

    /// The column and language for a normalised header name.
    static let byName: [String: (column: ActionPlanColumn, language: Language?)] = {
        var map: [String: (ActionPlanColumn, Language?)] = [:]
        for entry in spellings { for name in entry.names { map[name] = (entry.column, entry.language) } }
        return map
    }()

    /// How the column is named in messages: its English and main Dutch header.
    public var displayName: String {
        switch self {
        case .id: return "`id` (actie, nr)"
        case .label: return "`label` (omschrijving, titel)"
        case .domain: return "`domain` (beleidsdomein)"
        case .budget: return "`budget` (bedrag, raming)"
        case .sdg: return "`sdg` (sdg's, doelen, targets)"
        case .groups: return "`groups` (doelgroepen)"
        case .stakeholders: return "`stakeholders` (partners, betrokkenen)"
        case .scope: return "`scope` (reikwijdte)"
        case .policyObjective: return "`policy objective` (beleidsdoelstelling)"
        case .actionPlan: return "`action plan` (actieplan)"
        case .description: return "`notes` (toelichting)"
        }
    }

    /// Whether several columns of this kind are read together (their lists joined), as plans that
    /// keep a main and a secondary SDG column do.
    var mayRepeat: Bool { self == .sdg || self == .groups || self == .stakeholders }

    /// Recognises a header cell: exactly, then by its first two words, then by its first word
    /// (unless that word is too general, see ``genericWords``).
    ///
    /// - Returns: the column and the language of the spelling, or `nil` for an unknown header.
    static func recognise(_ header: String) -> (column: ActionPlanColumn, language: Language?)? {
        let whole = normalise(header)
        guard !whole.isEmpty else { return nil }
        if let hit = byName[whole] { return hit }
        let words = PlanText.words(PlanText.withoutBracketedNote(header))
        if words.count >= 2, let hit = byName[words[0] + words[1]] { return hit }
        if words.count >= 2, !genericWords.contains(words[0]), let hit = byName[words[0]] { return hit }
        return nil
    }

    /// Words too general to name a column when a header only starts with them (`Naam trekker` is
    /// not the action's label, `Code BBC` not its id).
    static let genericWords: Set<String> = [
        "naam", "name", "no", "nr", "id", "code", "ref", "number", "nummer", "groep", "group", "target", "targets",
        "goals", "doelen", "actie", "action", "partner", "notes", "details", "comments", "beschrijving", "uitleg", "kosten",
        "cost", "costs", "amount",
    ]

    /// A header reduced for matching: folded (lowercase, no accents), without a bracketed note,
    /// spaces, `_`, `-`, `.`, `:`, `/` or apostrophes.
    static func normalise(_ header: String) -> String {
        PlanText.fold(PlanText.withoutBracketedNote(header))
            .filter { !$0.isWhitespace && !"_-.:/'’`".contains($0) }
    }
}

/// Text helpers for reading spreadsheets written by hand.
enum PlanText {
    /// Lowercase, without accents, trimmed, inner white space collapsed to one space.
    static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {   // ASCII (most names): folding is lower-casing, on bytes
            var folded: [UInt8] = []
            folded.reserveCapacity(text.utf8.count)
            var pendingSpace = false
            for b in text.utf8 {
                if b == 32 || (9...13).contains(b) {
                    pendingSpace = !folded.isEmpty
                    continue
                }
                if pendingSpace { folded.append(32); pendingSpace = false }
                folded.append((65...90).contains(b) ? b | 0x20 : b)
            }
            return String(decoding: folded, as: UTF8.self)
        }
        return Table.clean(text)
            .folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: Locale(identifier: "en_US_POSIX"))
            .lowercased()
            .split(whereSeparator: { $0.isWhitespace })
            .joined(separator: " ")
    }

    /// The text before a note in brackets: `Budget (€)` → `Budget`.
    static func withoutBracketedNote(_ text: String) -> String {
        let cleaned = Table.clean(text)
        guard let bracket = cleaned.firstIndex(where: { $0 == "(" || $0 == "[" }), bracket != cleaned.startIndex else { return cleaned }
        return String(cleaned[..<bracket])
    }

    /// The folded words of a text (letters and digits; apostrophes dropped inside words).
    static func words(_ text: String) -> [String] {
        fold(text).replacingOccurrences(of: "'", with: "").replacingOccurrences(of: "’", with: "")
            .split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            .map(String.init)
    }

    /// An id made from a name: folded words joined by `-`, at most 48 characters (cut at a word).
    ///
    /// `Omgeving en klimaat` → `omgeving-en-klimaat`; `Welzijn & Zorg` → `welzijn-zorg`.
    static func slug(_ text: String) -> String {
        var result = ""
        for word in words(text) {
            let next = result.isEmpty ? word : result + "-" + word
            if next.count > 48 { if result.isEmpty { result = String(word.prefix(48)) }; break }
            result = next
        }
        return result
    }
}
