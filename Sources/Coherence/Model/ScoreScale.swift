import Foundation

/// The scale on which interactions, contributions and group effects are scored.
///
/// The default is the 7-point interaction scale of Nilsson, Griggs & Visbeck (2016), from −3
/// (*cancelling*) to +3 (*indivisible*). A model may declare another scale, such as −1…1 for
/// correlation-based matrices. Every threshold in the analyses is relative to the scale's
/// magnitude `s = max(|min|, |max|)`.
public struct ScoreScale: Sendable, Hashable, Codable {
    /// The lowest score.
    public let min: Double
    /// The highest score.
    public let max: Double
    /// The distance between allowed scores, or `nil` when any value in range is allowed.
    public let step: Double?
    /// Names for scores, such as `reinforcing` for +2, lowercased.
    public let labels: [String: Double]

    /// Creates a scale.
    public init(min: Double, max: Double, step: Double? = nil, labels: [String: Double] = [:]) {
        self.min = min
        self.max = max
        self.step = step
        self.labels = Dictionary(uniqueKeysWithValues: labels.map { ($0.key.lowercased(), $0.value) })
    }

    /// The 7-point scale of Nilsson et al. (2016): −3 cancelling … +3 indivisible, whole numbers.
    public static let nilsson = ScoreScale(
        min: -3, max: 3, step: 1,
        labels: [
            "indivisible": 3, "reinforcing": 2, "enabling": 1, "consistent": 0,
            "constraining": -1, "counteracting": -2, "cancelling": -3,
        ])

    /// The magnitude `s = max(|min|, |max|)` that every threshold is relative to.
    public var magnitude: Double { Swift.max(abs(min), abs(max)) }

    /// Whether this is the default 7-point scale.
    public var isDefault: Bool { self == .nilsson }

    /// The label of a score, when the scale names it.
    public func label(for score: Double) -> String? {
        labels.filter { $0.value == score }.keys.sorted().first
    }

    /// The range as users read it, e.g. `−3…+3`.
    public var rangeDescription: String {
        "\(Self.format(min, signed: true))…\(Self.format(max, signed: true))"
    }

    /// Whether a value lies on the scale (in range and on a step).
    public func contains(_ value: Double) -> Bool {
        guard value.isFinite, value >= min - 1e-12, value <= max + 1e-12 else { return false }
        if let step, step > 0 {
            let k = (value - min) / step
            return abs(k - k.rounded()) < 1e-9
        }
        return true
    }

    /// Reads a score written as a number (`2`, `+2`, `−2`, `-1.5`, `0,5`) or a label (`reinforcing`).
    ///
    /// - Returns: the value, or `nil` when the text is neither a number nor a label of this scale.
    ///   The value is not checked against the range: use ``contains(_:)``.
    public func parse(_ text: String) -> Double? {
        let trimmed = Self.trimmed(text)
        if !labels.isEmpty, let labelled = labels[trimmed.lowercased()] { return labelled }
        return Self.parseNumber(trimmed)
    }

    /// The text without spaces, line breaks and non-breaking spaces around it (most cells have none:
    /// then the text itself, without a trip through Foundation).
    private static func trimmed(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
              blank.contains(first) || blank.contains(last) else { return text }
        return text.trimmingCharacters(in: blank)
    }

    private static let blank = CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{00A0}"))

    /// Parses a plain number, accepting a leading `+`, the Unicode minus `−` and a decimal comma.
    public static func parseNumber(_ text: String) -> Double? {
        var t = trimmed(text)
        guard !t.isEmpty else { return nil }
        if t.unicodeScalars.contains("\u{2212}") { t = t.replacingOccurrences(of: "\u{2212}", with: "-") }
        if t.hasPrefix("+") { t.removeFirst() }
        if t.utf8.contains(UInt8(ascii: ",")), !t.utf8.contains(UInt8(ascii: ".")) { t = t.replacingOccurrences(of: ",", with: ".") }
        guard t.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "e" || $0 == "E") }),
              let value = Double(t), value.isFinite
        else { return nil }
        return value
    }

    /// Writes a number the short way: `2`, `-1`, `0.5`; with `signed`, `+2` and `−1`.
    public static func format(_ value: Double, signed: Bool = false) -> String {
        let body: String
        if value == value.rounded(), abs(value) < 1e15 {
            body = String(Int(abs(value)))
        } else {
            var s = String(format: "%.4f", abs(value))
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s.removeLast() }
            body = s
        }
        if value < 0 { return (signed ? "\u{2212}" : "-") + body }
        if signed && value > 0 { return "+" + body }
        return body
    }
}
