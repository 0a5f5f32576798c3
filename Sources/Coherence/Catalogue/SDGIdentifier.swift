/// The shape of a piece of id text: a goal form, a target form, or neither (parsing only, no catalogue).
///
/// Goal forms: a prefix `sdg`, `goal` or `doel` (Dutch), then optional spaces, `-` or `_`, then a number:
/// `SDG11`, `sdg 11`, `Goal 11`, `goal11`, `SDG-11`, `doel 11`. Target forms: a number, a dot, and a number or
/// one letter, optionally after `sdg` or `target`: `11.6`, `1.a`, `1.A`, `SDG 11.6`, `target 11.6`.
/// Case is ignored, surrounding white space is trimmed and leading zeros are dropped (`SDG011` → `SDG11`).
/// A bare number (`11`) is neither: it is too easily a custom id or a quantity.
enum SDGIdentifier: Sendable, Hashable {
    /// A goal form; `normalised` is `"SDG<number>"`.
    case goal(number: Int, normalised: String)
    /// A target form; `normalised` is `"<goal>.<suffix>"` with a lowercase letter suffix.
    case target(goal: Int, suffix: String, normalised: String)
    /// Not an SDG id form.
    case none

    /// Classifies `text` by shape alone.
    /// - Parameter text: Any id text.
    /// - Returns: The form, with its normalised spelling.
    /// - Complexity: O(n) in the length of `text`.
    static func parse(_ text: String) -> SDGIdentifier {
        var chars = Array(text.lowercased().unicodeScalars)
        while let first = chars.first, isSpace(first) { chars.removeFirst() }
        while let last = chars.last, isSpace(last) { chars.removeLast() }
        guard !chars.isEmpty, chars.count <= 40 else { return .none }

        var prefix = ""
        var i = 0
        while i < chars.count, chars[i].properties.isAlphabetic, chars[i].isASCII { i += 1 }
        if i > 0 {
            prefix = String(String.UnicodeScalarView(chars[0..<i]))
            while i < chars.count, isSeparator(chars[i]) { i += 1 }
        }
        let rest = Array(chars[i...])
        guard let (number, afterNumber) = readNumber(rest, from: 0) else { return .none }

        if afterNumber == rest.count {
            guard ["sdg", "goal", "doel"].contains(prefix) else { return .none }
            return .goal(number: number, normalised: "SDG\(number)")
        }
        guard prefix.isEmpty || prefix == "sdg" || prefix == "target",
              rest[afterNumber] == ".", afterNumber + 1 < rest.count else { return .none }
        let tail = afterNumber + 1
        if let (sub, end) = readNumber(rest, from: tail), end == rest.count {
            return .target(goal: number, suffix: String(sub), normalised: "\(number).\(sub)")
        }
        if tail == rest.count - 1, rest[tail].isASCII, rest[tail].properties.isAlphabetic {
            let suffix = String(Character(rest[tail]))
            return .target(goal: number, suffix: suffix, normalised: "\(number).\(suffix)")
        }
        return .none
    }

    /// The normalised spelling, or `nil` for ``none``.
    var normalised: String? {
        switch self {
        case .goal(_, let text), .target(_, _, let text): return text
        case .none: return nil
        }
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace
    }

    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "-" || scalar == "_" || scalar == "\u{00A0}"
    }

    /// Reads 1–3 ASCII digits starting at `start`.
    private static func readNumber(_ chars: [Unicode.Scalar], from start: Int) -> (Int, Int)? {
        var value = 0
        var i = start
        while i < chars.count, i - start < 4, let digit = asciiDigit(chars[i]) {
            value = value * 10 + digit
            i += 1
        }
        guard i > start, i - start <= 3 else { return nil }
        return (value, i)
    }

    private static func asciiDigit(_ scalar: Unicode.Scalar) -> Int? {
        scalar.value >= 48 && scalar.value <= 57 ? Int(scalar.value - 48) : nil
    }
}
