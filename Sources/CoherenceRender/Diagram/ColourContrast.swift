import Foundation

/// Text colour that stays readable on a coloured fill (WCAG 2 relative luminance and contrast ratio).
///
/// Diagrams fill nodes with the official SDG colours, which range from dark (#19486A, goal 17)
/// to light (#FCC30B, goal 7). ``textColour(on:)`` picks whichever of ``lightText`` (white) and
/// ``darkText`` (near-black) has the larger contrast ratio with the fill, so goal 7 gets dark text
/// and goal 1 (#E5243B) white text.
public enum ColourContrast {
    /// Text colour for dark fills: white.
    public static let lightText: Colour = "#FFFFFF"
    /// Text colour for light fills: a near-black grey, softer than pure black.
    public static let darkText: Colour = "#1A1A1A"

    /// The WCAG 2 relative luminance of a colour, 0 (black) … 1 (white).
    ///
    /// A translucent colour is first composited over white, the background of every diagram.
    /// - Parameter colour: The colour.
    /// - Returns: The relative luminance.
    /// - Complexity: O(1).
    public static func relativeLuminance(_ colour: Colour) -> Double {
        let opacity = Double(colour.alpha) / 255
        func channel(_ value: UInt8) -> Double {
            let composited = (Double(value) / 255) * opacity + (1 - opacity)
            return composited <= 0.040_45 ? composited / 12.92 : pow((composited + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(colour.red) + 0.7152 * channel(colour.green) + 0.0722 * channel(colour.blue)
    }

    /// The WCAG 2 contrast ratio of two colours, 1 (none) … 21 (black on white).
    /// - Parameters:
    ///   - first: One colour.
    ///   - second: The other colour; the order does not matter.
    /// - Returns: `(L_lighter + 0.05) / (L_darker + 0.05)`.
    /// - Complexity: O(1).
    public static func contrastRatio(_ first: Colour, _ second: Colour) -> Double {
        let a = relativeLuminance(first)
        let b = relativeLuminance(second)
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    /// The text colour, ``lightText`` or ``darkText``, with the larger contrast against a fill.
    /// - Parameter background: The fill colour behind the text.
    /// - Returns: ``lightText`` on dark fills, ``darkText`` on light ones (ties go to dark text).
    /// - Complexity: O(1).
    public static func textColour(on background: Colour) -> Colour {
        contrastRatio(lightText, background) > contrastRatio(darkText, background) ? lightText : darkText
    }
}
