import Foundation

/// How a matrix reader treats cells beyond the scores of the scale.
///
/// Workshop spreadsheets sometimes hold a code such as `-100` for "a link exists but was not
/// quantified". Without options such a cell is refused as a score off the scale; with the code in
/// ``unscoredCodes`` it becomes an *unscored link*: kept in ``CrossImpactMatrix/unscored`` and
/// ``PolicyNetwork/unscoredLinks``, never turned into 0 or a score, and left out of every sum,
/// mean and count of scored cells.
public struct MatrixReadOptions: Sendable, Hashable {
    /// Numbers that mean "a link exists but was not quantified" (such as `-100`); each must lie
    /// outside the scale (see ``problems(scale:source:at:)``).
    public var unscoredCodes: [Double]

    /// Creates options.
    ///
    /// - Parameter unscoredCodes: codes for unscored links; none by default (such cells are refused).
    /// - Complexity: O(1).
    public init(unscoredCodes: [Double] = []) {
        self.unscoredCodes = unscoredCodes
    }

    /// No codes: every cell must be blank, a score or a label of the scale.
    public static let standard = MatrixReadOptions()

    /// These options with more codes added (duplicates dropped), as when a model's `matrices:`
    /// entry names codes and the command line names others.
    ///
    /// - Complexity: O(c²) for c codes (a handful).
    public func adding(_ codes: [Double]) -> MatrixReadOptions {
        var merged = unscoredCodes
        for code in codes where !merged.contains(code) { merged.append(code) }
        return MatrixReadOptions(unscoredCodes: merged)
    }

    /// Whether the text of a cell is one of the codes: a number written with an ASCII or Unicode
    /// minus (`−100`), a plus, a decimal comma (`-100,0`) or a decimal point, compared by value.
    ///
    /// - Complexity: O(length of the text + c).
    public func isUnscored(_ text: String) -> Bool {
        guard !unscoredCodes.isEmpty,
              let value = ScoreScale.parseNumber(MatrixReader.normaliseSigns(text)) else { return false }
        return unscoredCodes.contains { abs($0 - value) <= 1e-9 * max(1, abs($0)) }
    }

    /// The problems of the codes on a scale: a code that is not a finite number, or that lies on
    /// the scale (from its lowest to its highest score), where a cell holding it could not be told
    /// apart from a score.
    ///
    /// - Parameters:
    ///   - scale: the scale of the matrices the codes are for.
    ///   - source: how the user gave the codes, for messages: `--unscored-code` or `unscored:`.
    ///   - location: where they were given (a model file's `matrices:` entry), or `nil` for the command line.
    /// - Returns: one error per bad code; empty when every code can be used.
    /// - Complexity: O(c).
    public func problems(scale: ScoreScale, source: String = "--unscored-code", at location: SourceLocation? = nil) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for code in unscoredCodes {
            let written = ScoreScale.format(code)
            guard code.isFinite else {
                problems.append(Diagnostic(at: location, "the unscored code \(written) given with `\(source)` is not a finite number",
                                           expected: "a number outside the scale \(scale.rangeDescription), such as -100"))
                continue
            }
            if code >= scale.min - 1e-12, code <= scale.max + 1e-12 {
                problems.append(Diagnostic(
                    at: location,
                    "the unscored code \(written) given with `\(source)` lies on the scale \(scale.rangeDescription): a cell holding \(written) could not be told apart from a score",
                    expected: "a code outside \(scale.rangeDescription), such as -100", found: written,
                    suggestion: "Choose a code the workshop never uses as a score (-100, -99 or 999 are common)."))
            }
        }
        return problems
    }

    /// Whether an off-scale number looks like a code for "not quantified" rather than a slip:
    /// a whole number at least 9 and at least twice the scale's magnitude away from 0 (`-100`, `-99`, `999`).
    static func looksLikeCode(_ value: Double, scale: ScoreScale) -> Bool {
        value.isFinite && value == value.rounded() && abs(value) >= Swift.max(9, 2 * scale.magnitude) && !scale.contains(value)
    }

    /// The suggestion added to the error for a cell that holds a likely code: name the option and the model key.
    static func codeSuggestion(_ value: Double) -> String {
        let code = ScoreScale.format(value)
        return "If \(code) marks a link that exists but was not scored, read it as an unscored link with `--unscored-code \(code)` "
            + "(in a model file: `unscored: [\(code)]` in the matrix's `matrices:` entry); otherwise enter a score on the scale."
    }
}

extension MatrixReadOptions {
    /// Reads an unscored code as a user types it: `-100`, `−100` (Unicode minus or another dash),
    /// `+999`, `-100,0` or `-100.0`.
    ///
    /// - Returns: the value, or `nil` when the text is not a number.
    /// - Complexity: O(length of the text).
    public static func parseCode(_ text: String) -> Double? {
        ScoreScale.parseNumber(MatrixReader.normaliseSigns(Table.clean(text)))
    }
}
