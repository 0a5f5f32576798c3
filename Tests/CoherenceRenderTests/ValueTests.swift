import Foundation
import Testing
@testable import CoherenceRender

@Suite("Typed attribute values")
struct ValueTests {
    @Test("Colour accepts #RRGGBB and #RRGGBBAA only", arguments: [
        ("#2E7D32", "#2E7D32"), ("#fcc30b", "#FCC30B"), ("#FFFFFF80", "#FFFFFF80"), ("#000000FF", "#000000"),
    ])
    func colourParses(input: String, hex: String) throws {
        let colour = try #require(Colour(hex: input))
        #expect(colour.hex == hex)
    }

    @Test("Colour rejects names, short forms, lists and junk", arguments: [
        "red", "#FFF", "#GGGGGG", "2E7D32", "#2E7D32 ", " #2E7D32", "#2E7D32:#FFFFFF", "#2E7D3", "#2E7D32F", "",
        "/etc/passwd", "#ＦＦＦＦＦＦ",
    ])
    func colourRejects(input: String) {
        #expect(Colour(hex: input) == nil)
    }

    @Test func colourComponentsAndCodable() throws {
        let colour = Colour(red: 0x19, green: 0x48, blue: 0x6A)
        #expect(colour.hex == "#19486A")
        #expect(colour.withAlpha(0x40).hex == "#19486A40")
        let data = try JSONEncoder().encode([colour])
        #expect(String(decoding: data, as: UTF8.self) == "[\"#19486A\"]")
        #expect(try JSONDecoder().decode([Colour].self, from: data) == [colour])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Colour].self, from: Data("[\"blue\"]".utf8)) }
    }

    @Test func boundedValuesRejectOrClamp() throws {
        // Values held in variables: `PenWidth(0.05)` with a literal would be a literal coercion.
        let values: [Double] = [0.05, 10.5, .nan, .infinity, 2.2, 5, 48, 1e9]
        #expect(PenWidth(values[0]) == nil)
        #expect(PenWidth(values[1]) == nil)
        #expect(PenWidth(values[2]) == nil)
        #expect(PenWidth(values[3]) == nil)
        #expect(PenWidth(values[4])?.value == 2.2)
        #expect(PenWidth(clamping: 500).value == 10)
        #expect(PenWidth(clamping: -1).value == 0.1)
        #expect(PenWidth(clamping: .nan).value == 0.1)
        #expect(FontSize(values[5]) == nil)
        #expect(FontSize(values[6])?.value == 48)
        #expect(FontSize(clamping: 1000).value == 48)
        #expect(Coordinate(values[7]) == nil)
        let literal: FontSize = 11
        #expect(literal.value == 11)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([PenWidth].self, from: Data("[11]".utf8)) }
        #expect(try JSONDecoder().decode([PenWidth].self, from: Data("[2.5]".utf8)).first?.value == 2.5)
    }

    @Test("WCAG luminance and contrast")
    func contrast() {
        #expect(abs(ColourContrast.contrastRatio(.black, .white) - 21) < 1e-9)
        #expect(abs(ColourContrast.relativeLuminance(.white) - 1) < 1e-12)
        #expect(ColourContrast.relativeLuminance(.black) == 0)
        // A translucent colour is composited over white: fully transparent black is white.
        #expect(abs(ColourContrast.relativeLuminance(Colour.black.withAlpha(0)) - 1) < 1e-12)
    }

    @Test("Text colour contrasts with SDG fills", arguments: [
        ("#FCC30B", ColourContrast.darkText),  // 7, light yellow
        ("#FD9D24", ColourContrast.darkText),  // 11, orange
        ("#26BDE2", ColourContrast.darkText),  // 6, light blue
        ("#E5243B", ColourContrast.lightText),  // 1, red
        ("#C5192D", ColourContrast.lightText),  // 4
        ("#A21942", ColourContrast.lightText),  // 8
        ("#19486A", ColourContrast.lightText),  // 17, dark blue
        ("#00689D", ColourContrast.lightText),  // 16
        ("#F5F5F5", ColourContrast.darkText),  // default node fill
    ])
    func textColour(fill: String, expected: Colour) throws {
        let background = try #require(Colour(hex: fill))
        #expect(ColourContrast.textColour(on: background) == expected)
        #expect(ColourContrast.contrastRatio(expected, background) >= 4.5)
    }

    @Test("Palette encodes the sign twice and the magnitude as width")
    func palette() {
        #expect(Palette.colour(forScore: 2) == "#2E7D32")
        #expect(Palette.colour(forScore: -0.5) == "#C62828")
        #expect(Palette.colour(forScore: 0) == Palette.neutral)
        #expect(Palette.lineStyle(forScore: 3) == .solid)
        #expect(Palette.lineStyle(forScore: -3) == .dashed)
        #expect(Palette.lineStyle(forScore: 0) == .dotted)
        #expect(Palette.penWidth(forScore: 1).value == 1.0)
        #expect(Palette.penWidth(forScore: -2).value == 2.2)
        #expect(Palette.penWidth(forScore: 3).value == 3.6)
        #expect(Palette.penWidth(forScore: 0).value == 0.6)
        // On a −1…1 scale, |score| 1 is the strongest: the same width as 3 on the 7-point scale.
        #expect(Palette.penWidth(forScore: -1, scaleMagnitude: 1).value == 3.6)
        let style = Palette.edgeStyle(forScore: -2)
        #expect(style.colour == Palette.negative && style.lineStyle == .dashed && style.penWidth?.value == 2.2)
        let entries = Palette.signLegendEntries()
        #expect(entries.count == 6)
        #expect(entries.map(\.text).prefix(2) == ["positive (synergy)", "negative (trade-off)"])
    }
}
