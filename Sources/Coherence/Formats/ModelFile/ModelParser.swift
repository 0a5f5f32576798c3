import Foundation
import Yams

/// Walks the YAML tree of a model file, collecting declarations into a builder and every problem
/// into a log, each with its line and column.
struct ModelParser {
    let file: String
    let catalogue: SDGCatalogue
    var log = DiagnosticLog()
    var builder: PolicyNetworkBuilder
    var matrices: [MatrixReference] = []
    /// Links that exist without a score: inline `unscored: true` interactions, then matrix cells holding an unscored code.
    var unscored: [(link: UnscoredLink, location: SourceLocation?)] = []
    var visited = 0

    /// The largest number of YAML values read from one file (guards against alias bombs).
    static let valueLimit = 2_000_000

    /// A matrix file named under `matrices:`.
    struct MatrixReference {
        var path: String
        var expert: String?
        var sheet: String?
        var location: SourceLocation
        /// Codes that mean "a link exists but was not quantified" in this file (`unscored: [-100]`).
        var unscored: [Double] = []
    }

    init(file: String, catalogue: SDGCatalogue) {
        self.file = file
        self.catalogue = catalogue
        self.builder = PolicyNetworkBuilder(name: "", catalogue: catalogue)
    }

    func at(_ node: Yams.Node) -> SourceLocation { node.location(in: file) }

    // MARK: Generic readers

    /// The key–value pairs of a mapping, in file order; reports unknown and duplicate keys.
    mutating func mapping(_ node: Yams.Node, _ what: String, allowed: [String]) -> [String: Yams.Node]? {
        visited += 1
        guard case .mapping(let mapping) = node else {
            log.error(at(node), "\(what) must be a mapping of keys to values", expected: "keys such as \(allowed.prefix(3).map { "`\($0):`" }.joined(separator: ", "))",
                      found: node.kindDescription)
            return nil
        }
        var result: [String: Yams.Node] = [:]
        for (keyNode, value) in mapping {
            visited += 1
            let key = keyNode.scalarText ?? ""
            guard allowed.contains(key) else {
                log.error(at(keyNode), "unknown key `\(key)` in \(what)", expected: "one of " + allowed.map { "`\($0)`" }.joined(separator: ", "),
                          found: "`\(key)`", suggestion: Suggestions.didYouMean(Suggestions.closest(to: key, in: allowed, limit: 1).map { "\($0):" }))
                continue
            }
            if result[key] != nil {
                log.error(at(keyNode), "the key `\(key)` appears twice in \(what)")
                continue
            }
            result[key] = value
        }
        return result
    }

    /// The pairs of a mapping whose keys are ids (targets, groups), in file order.
    mutating func idMapping(_ node: Yams.Node, _ what: String) -> [(key: String, keyNode: Yams.Node, value: Yams.Node)]? {
        visited += 1
        guard case .mapping(let mapping) = node else {
            log.error(at(node), "\(what) must be a mapping of ids to scores", expected: "for example {\"11.6\": 2}", found: node.kindDescription)
            return nil
        }
        var seen = Set<String>()
        var result: [(String, Yams.Node, Yams.Node)] = []
        for (keyNode, value) in mapping {
            visited += 1
            guard let key = keyNode.scalarText else {
                log.error(at(keyNode), "a key in \(what) must be an id", found: keyNode.kindDescription)
                continue
            }
            if !seen.insert(key).inserted {
                log.error(at(keyNode), "the id `\(key)` appears twice in \(what)")
                continue
            }
            result.append((key, keyNode, value))
        }
        return result
    }

    /// A list's items.
    mutating func list(_ node: Yams.Node, _ what: String) -> [Yams.Node]? {
        visited += 1
        if node.isNull { return [] }
        guard case .sequence(let sequence) = node else {
            log.error(at(node), "\(what) must be a list", expected: "a list such as [a, b] or lines starting with `- `", found: node.kindDescription)
            return nil
        }
        visited += sequence.count
        return Array(sequence)
    }

    /// A text value.
    mutating func text(_ node: Yams.Node?, _ what: String, required: Bool = false, in context: Yams.Node? = nil) -> String? {
        guard let node else {
            if required, let context {
                log.error(at(context), "\(what) is missing", expected: "`\(what.split(separator: " ").last ?? ""):`")
            }
            return nil
        }
        visited += 1
        guard let text = node.scalarText, !node.isNull else {
            if node.isNull && !required { return nil }
            log.error(at(node), "\(what) must be text", found: node.kindDescription)
            return nil
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty && required {
            log.error(at(node), "\(what) is empty", expected: "text")
            return nil
        }
        return trimmed
    }

    /// A list of texts (a single text counts as a list of one).
    mutating func texts(_ node: Yams.Node?, _ what: String) -> [(String, Yams.Node)] {
        guard let node else { return [] }
        if case .scalar = node, !node.isNull { return [(node.scalarText!.trimmingCharacters(in: .whitespaces), node)] }
        guard let items = list(node, what) else { return [] }
        return items.compactMap { item in text(item, "an entry of \(what)").map { ($0, item) } }
    }

    /// A number.
    mutating func number(_ node: Yams.Node?, _ what: String) -> Double? {
        guard let node, !node.isNull else { return nil }
        visited += 1
        guard let text = node.scalarText, let value = ScoreScale.parseNumber(text) else {
            log.error(at(node), "\(what) must be a number", found: node.kindDescription)
            return nil
        }
        return value
    }

    /// A value of a closed set (an enum), with a did-you-mean.
    mutating func choice<T: RawRepresentable & CaseIterable>(_ node: Yams.Node?, _ what: String, as type: T.Type) -> T? where T.RawValue == String {
        guard let text = text(node, what), let node else { return nil }
        if let value = T(rawValue: text.lowercased()) { return value }
        let options = T.allCases.map(\.rawValue)
        log.error(at(node), "`\(text)` is not a valid \(what)", expected: "one of " + options.map { "`\($0)`" }.joined(separator: ", "),
                  found: "`\(text)`", suggestion: Suggestions.didYouMean(Suggestions.closest(to: text, in: options, limit: 1)))
        return nil
    }

    /// A score with its annotation: a number, a label, or a mapping `{score, confidence, rationale, source, scope, assumed}`.
    mutating func score(_ node: Yams.Node, _ what: String, defaultScope: Scope) -> (Double, EdgeAnnotation)? {
        visited += 1
        var annotation = EdgeAnnotation(scope: defaultScope)
        var scoreNode = node
        if case .mapping = node {
            guard let fields = mapping(node, what, allowed: ["score", "confidence", "rationale", "source", "scope", "assumed"]) else { return nil }
            guard let value = fields["score"] else {
                log.error(at(node), "\(what) has no `score:`", expected: "`score:` with a number or a label")
                return nil
            }
            scoreNode = value
            annotation.confidence = choice(fields["confidence"], "confidence", as: Confidence.self)
            annotation.rationale = text(fields["rationale"], "rationale")
            annotation.source = text(fields["source"], "source")
            if let scope = choice(fields["scope"], "scope", as: Scope.self) { annotation.scope = scope }
            if let assumed = fields["assumed"] {
                switch assumed.scalarText?.lowercased() {
                case "true", "yes": annotation.assumed = true
                case "false", "no": annotation.assumed = false
                default: log.error(at(assumed), "`assumed` must be true or false", found: assumed.kindDescription)
                }
            }
        }
        guard let text = scoreNode.scalarText, !scoreNode.isNull else {
            log.error(at(scoreNode), "\(what) needs a score", expected: "a number on the scale \(builder.scale.rangeDescription) or a label such as `reinforcing`",
                      found: scoreNode.kindDescription)
            return nil
        }
        guard let value = builder.scale.parse(text) else {
            let labels = builder.scale.labels.keys.sorted()
            log.error(at(scoreNode), "`\(text)` is not a score", expected: "a number on the scale \(builder.scale.rangeDescription)" + (labels.isEmpty ? "" : " or one of its labels"),
                      found: "`\(text)`", suggestion: Suggestions.didYouMean(Suggestions.closest(to: text, in: labels, limit: 1)))
            return nil
        }
        return (value, annotation)
    }
}
