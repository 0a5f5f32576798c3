/// The allowed range of one kind of bounded attribute value (see ``Bounded``).
public protocol AttributeBounds: Sendable {
    /// The smallest and largest value accepted.
    static var range: ClosedRange<Double> { get }
    /// What the value is, for messages (for example "pen width").
    static var name: String { get }
}

/// A number that is guaranteed to lie within the range of its ``AttributeBounds``.
///
/// Diagram attributes that take numbers use these types (``PenWidth``, ``FontSize`` …), so an
/// absurd value — a pen 500 points wide, a 0-point font, `NaN` — cannot reach Graphviz.
///
/// ```swift
/// let width: PenWidth = 2.2                  // literal: checked when the program runs
/// let fromFile = PenWidth(userValue)         // nil when out of range or not finite
/// let forced = PenWidth(clamping: userValue) // pulled into 0.1…10
/// ```
///
/// Note that `PenWidth(2.2)` with a *literal* argument is a literal coercion in Swift (not the
/// failable initializer): it is non-optional and stops the program when out of range.
public struct Bounded<Bounds: AttributeBounds>: Sendable, Hashable, Comparable, Codable,
    ExpressibleByFloatLiteral, ExpressibleByIntegerLiteral, CustomStringConvertible
{
    /// The value, always within `Bounds.range`.
    public let value: Double

    /// The value if it is finite and within range.
    /// - Parameter value: The candidate value.
    /// - Returns: `nil` when `value` is not finite or lies outside `Bounds.range`.
    public init?(_ value: Double) {
        guard value.isFinite, Bounds.range.contains(value) else { return nil }
        self.value = value
    }

    /// The value pulled into range (`NaN` becomes the lower bound).
    /// - Parameter value: The candidate value.
    public init(clamping value: Double) {
        if value.isNaN {
            self.value = Bounds.range.lowerBound
        } else {
            self.value = min(max(value, Bounds.range.lowerBound), Bounds.range.upperBound)
        }
    }

    /// A literal value; out of range is a programming error and stops the program.
    public init(floatLiteral value: Double) {
        guard let bounded = Self(value) else {
            preconditionFailure("\(Bounds.name) \(value) is outside \(Bounds.range.lowerBound)…\(Bounds.range.upperBound)")
        }
        self = bounded
    }

    /// A literal value; out of range is a programming error and stops the program.
    public init(integerLiteral value: Int) {
        self.init(floatLiteral: Double(value))
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let number = try container.decode(Double.self)
        guard let bounded = Self(number) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "\(Bounds.name) must be within \(Bounds.range.lowerBound)…\(Bounds.range.upperBound), found \(number)")
        }
        self = bounded
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.value < rhs.value }

    public var description: String { "\(value)" }
}

/// Bounds of ``PenWidth``: 0.1…10 points.
public enum PenWidthBounds: AttributeBounds {
    public static let range: ClosedRange<Double> = 0.1...10
    public static let name = "pen width"
}

/// Bounds of ``FontSize``: 6…48 points.
public enum FontSizeBounds: AttributeBounds {
    public static let range: ClosedRange<Double> = 6...48
    public static let name = "font size"
}

/// Bounds of ``NodeDimension``: 0.02…20 inches.
public enum NodeDimensionBounds: AttributeBounds {
    public static let range: ClosedRange<Double> = 0.02...20
    public static let name = "node width or height"
}

/// Bounds of ``ArrowSize``: 0.2…3 (a factor of Graphviz's default arrow).
public enum ArrowSizeBounds: AttributeBounds {
    public static let range: ClosedRange<Double> = 0.2...3
    public static let name = "arrow size"
}

/// Bounds of ``Spacing``: 0.02…10 inches.
public enum SpacingBounds: AttributeBounds {
    public static let range: ClosedRange<Double> = 0.02...10
    public static let name = "spacing"
}

/// Bounds of ``EdgeWeight``: 0…1000 (rounded to a whole number when drawn).
public enum EdgeWeightBounds: AttributeBounds {
    public static let range: ClosedRange<Double> = 0...1000
    public static let name = "edge weight"
}

/// Bounds of ``Coordinate``: −100 000…100 000 points.
public enum CoordinateBounds: AttributeBounds {
    public static let range: ClosedRange<Double> = -100_000...100_000
    public static let name = "coordinate"
}

/// Line width in points, 0.1…10.
public typealias PenWidth = Bounded<PenWidthBounds>
/// Font size in points, 6…48.
public typealias FontSize = Bounded<FontSizeBounds>
/// Minimum node width or height in inches, 0.02…20.
public typealias NodeDimension = Bounded<NodeDimensionBounds>
/// Arrow-head size as a factor, 0.2…3.
public typealias ArrowSize = Bounded<ArrowSizeBounds>
/// Distance between nodes or ranks in inches, 0.02…10.
public typealias Spacing = Bounded<SpacingBounds>
/// How strongly the dot layout keeps an edge short and straight, 0…1000 (whole numbers).
public typealias EdgeWeight = Bounded<EdgeWeightBounds>
/// A position in points, −100 000…100 000.
public typealias Coordinate = Bounded<CoordinateBounds>
