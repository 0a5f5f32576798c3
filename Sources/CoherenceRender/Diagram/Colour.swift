/// An opaque or translucent sRGB colour, written `#RRGGBB` or `#RRGGBBAA`.
///
/// `Colour` is the only way to give a colour to a diagram: it cannot hold a colour name,
/// a colour list, a gradient or anything else Graphviz would interpret, so every colour that
/// reaches Graphviz is a plain hexadecimal triplet (or quadruplet with alpha).
///
/// ```swift
/// let green = Colour(hex: "#2E7D32")!     // failable for input from files
/// let red: Colour = "#C62828"            // literal, checked when the program runs
/// ```
public struct Colour: Sendable, Hashable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// Red component, 0…255.
    public let red: UInt8
    /// Green component, 0…255.
    public let green: UInt8
    /// Blue component, 0…255.
    public let blue: UInt8
    /// Alpha (opacity) component, 0 (transparent) … 255 (opaque).
    public let alpha: UInt8

    /// Creates a colour from its components.
    /// - Parameters:
    ///   - red: Red component, 0…255.
    ///   - green: Green component, 0…255.
    ///   - blue: Blue component, 0…255.
    ///   - alpha: Opacity, 0…255 (default 255, opaque).
    public init(red: UInt8, green: UInt8, blue: UInt8, alpha: UInt8 = 255) {
        self.red = red
        self.green = green
        self.blue = blue
        self.alpha = alpha
    }

    /// Parses `#RRGGBB` or `#RRGGBBAA` (hex digits in either case).
    ///
    /// - Parameter hex: The colour text; nothing else is accepted (no names, no `#RGB`, no spaces).
    /// - Returns: The colour, or `nil` when `hex` is not in one of the two accepted forms.
    /// - Complexity: O(1).
    public init?(hex: String) {
        let scalars = Array(hex.unicodeScalars)
        guard scalars.count == 7 || scalars.count == 9, scalars[0] == "#" else { return nil }
        var bytes: [UInt8] = []
        var index = 1
        while index < scalars.count {
            guard let high = Colour.hexValue(scalars[index]), let low = Colour.hexValue(scalars[index + 1]) else {
                return nil
            }
            bytes.append(high << 4 | low)
            index += 2
        }
        self.init(red: bytes[0], green: bytes[1], blue: bytes[2], alpha: bytes.count == 4 ? bytes[3] : 255)
    }

    /// Creates a colour from a literal such as `"#FCC30B"`.
    ///
    /// A malformed literal is a programming error and stops the program; use ``init(hex:)``
    /// for text that comes from a file or a user.
    public init(stringLiteral value: String) {
        guard let colour = Colour(hex: value) else {
            preconditionFailure("Colour literal \(value.debugDescription) is not #RRGGBB or #RRGGBBAA")
        }
        self = colour
    }

    /// The colour as `#RRGGBB` (opaque) or `#RRGGBBAA` (translucent), upper-case.
    public var hex: String {
        var text = "#" + Colour.twoDigits(red) + Colour.twoDigits(green) + Colour.twoDigits(blue)
        if alpha != 255 { text += Colour.twoDigits(alpha) }
        return text
    }

    /// Same as ``hex``.
    public var description: String { hex }

    /// The same colour with another opacity.
    /// - Parameter alpha: Opacity, 0…255.
    public func withAlpha(_ alpha: UInt8) -> Colour {
        Colour(red: red, green: green, blue: blue, alpha: alpha)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let colour = Colour(hex: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected a colour as #RRGGBB or #RRGGBBAA, found \(text.debugDescription)")
        }
        self = colour
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(hex)
    }

    private static func hexValue(_ scalar: Unicode.Scalar) -> UInt8? {
        switch scalar {
        case "0"..."9": return UInt8(scalar.value - 48)
        case "a"..."f": return UInt8(scalar.value - 87)
        case "A"..."F": return UInt8(scalar.value - 55)
        default: return nil
        }
    }

    private static func twoDigits(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}

extension Colour {
    /// White, `#FFFFFF`.
    public static let white: Colour = "#FFFFFF"
    /// Black, `#000000`.
    public static let black: Colour = "#000000"
}
