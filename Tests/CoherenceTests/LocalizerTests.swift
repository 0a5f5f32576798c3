import Coherence
import Testing

@Suite("Localizer: words, plurals, numbers, euro, lists, language")
struct LocalizerTests {
    let nl = Localizer(.nl)
    let en = Localizer(.en)

    @Test("t(nl:en:) picks by language; LocalizedText likewise")
    func texts() {
        #expect(nl.t(nl: "Samenvatting", en: "Summary") == "Samenvatting")
        #expect(en.t(nl: "Samenvatting", en: "Summary") == "Summary")
        let text = LocalizedText(nl: "fout", en: "error") + LocalizedText(verbatim: ":")
        #expect(nl(text) == "fout:")
        #expect(en(text) == "error:")
    }

    @Test("numbers: decimal comma, grouping by thousands, U+2212, no −0, trailing zeros dropped")
    func numbers() {
        #expect(nl.number(-2.5) == "\u{2212}2,5")
        #expect(en.number(-2.5) == "\u{2212}2.5")
        #expect(nl.number(1_250_000) == "1.250.000")
        #expect(en.number(1_250_000) == "1,250,000")
        #expect(nl.number(1250) == "1.250")
        #expect(nl.number(999) == "999")
        #expect(nl.number(123_456.789) == "123.456,79")
        #expect(nl.number(2.0) == "2")
        #expect(nl.number(2.0, minimumDecimals: 1) == "2,0")
        #expect(nl.number(-0.001) == "0")           // rounds to zero: no minus sign
        #expect(nl.number(20.3333, decimals: 2) == "20,33")
        #expect(nl.number(1e15) == "1.000.000.000.000.000")
        #expect(nl.number(.infinity) == "∞")
        #expect(nl.number(-.infinity) == "\u{2212}∞")
    }

    @Test("data style: no grouping, ASCII minus, the language's decimal separator")
    func dataStyle() {
        #expect(nl.number(-1234.5, style: .data) == "-1234,5")
        #expect(en.number(-1234.5, style: .data) == "-1234.5")
        #expect(nl.integer(-1_000_000, style: .data) == "-1000000")
        #expect(nl.integer(-1_000_000) == "\u{2212}1.000.000")
        #expect(en.integer(1000) == "1,000")
        #expect(en.integer(100) == "100")
    }

    @Test("signed: + for positive, U+2212 for negative, bare 0")
    func signedNumbers() {
        #expect(nl.signed(2) == "+2")
        #expect(nl.signed(-1.5) == "\u{2212}1,5")
        #expect(nl.signed(0) == "0")
        #expect(nl.signed(0.001) == "0")
        #expect(en.signed(37) == "+37")
    }

    @Test("percent and euro in nl-BE and English")
    func percentAndEuro() {
        #expect(nl.percent(0.45) == "45\u{00A0}%")
        #expect(en.percent(0.45) == "45%")
        #expect(nl.percent(0.4567, decimals: 1) == "45,7\u{00A0}%")
        #expect(nl.euro(1_250_000) == "€\u{00A0}1.250.000")
        #expect(en.euro(1_250_000) == "€1,250,000")
        #expect(nl.euro(1_250_000, style: .compact) == "€\u{00A0}1,25\u{00A0}mln")
        #expect(en.euro(1_250_000, style: .compact) == "€1.25M")
        #expect(nl.euro(6_000_000, style: .compact) == "€\u{00A0}6\u{00A0}mln")
        #expect(nl.euro(2_400_000_000, style: .compact) == "€\u{00A0}2,4\u{00A0}mld")
        #expect(nl.euro(45_000, style: .compact) == "€\u{00A0}45.000")
        #expect(nl.euro(45_000.4) == "€\u{00A0}45.000")
    }

    @Test("counts agree with their noun: 1 subdoel, 0 and 2 subdoelen")
    func plurals() {
        #expect(nl.count(1, .target) == "1 subdoel")
        #expect(nl.count(0, .target) == "0 subdoelen")
        #expect(nl.count(2, .target) == "2 subdoelen")
        #expect(en.count(1, .target) == "1 target")
        #expect(en.count(1250, .action) == "1,250 actions")
        #expect(nl.count(1250, .action) == "1.250 acties")
        #expect(nl.plural(1, one: LocalizedText(nl: "wordt", en: "is"), other: LocalizedText(nl: "worden", en: "are")) == "wordt")
        #expect(en.plural(3, one: LocalizedText(nl: "wordt", en: "is"), other: LocalizedText(nl: "worden", en: "are")) == "are")
    }

    @Test("lists joined as sentences, long ones cut with a count of the rest")
    func lists() {
        #expect(nl.list([]) == "")
        #expect(nl.list(["a"]) == "a")
        #expect(nl.list(["a", "b"]) == "a en b")
        #expect(en.list(["a", "b", "c"]) == "a, b and c")
        #expect(nl.list(["a", "b", "c", "d", "e"], limit: 3) == "a, b, c en 2 andere")
        #expect(en.list(["a", "b", "c"], limit: 3) == "a, b and c")
        #expect(nl.date(year: 2026, month: 12, day: 3) == "3 december 2026")
        #expect(en.date(year: 2026, month: 12, day: 3) == "3 December 2026")
    }

    @Test("language: option, then model, then LC_ALL, LC_MESSAGES, LANG, then English")
    func resolution() {
        #expect(Language.resolve(requested: .en, model: .nl, environment: ["LANG": "nl_BE.UTF-8"]) == .en)
        #expect(Language.resolve(requested: nil, model: .nl, environment: ["LANG": "en_GB.UTF-8"]) == .nl)
        #expect(Language.resolve(requested: nil, environment: ["LANG": "nl_BE.UTF-8"]) == .nl)
        #expect(Language.resolve(requested: nil, environment: ["LC_ALL": "C", "LANG": "nl_BE.UTF-8"]) == .en)
        #expect(Language.resolve(requested: nil, environment: ["LC_ALL": "", "LC_MESSAGES": "nl_NL", "LANG": "en_US"]) == .nl)
        #expect(Language.resolve(requested: nil, environment: ["LANG": "fr_BE.UTF-8"]) == .en)
        #expect(Language.resolve(requested: nil, environment: [:]) == .en)
    }
}
