extension Language {
    /// The language a run should speak: the one asked for, else the model's own, else the
    /// user's locale, else English.
    ///
    /// The locale is read from the environment the caller passes (a command-line tool passes
    /// its process environment), in POSIX order: `LC_ALL`, then `LC_MESSAGES`, then `LANG`;
    /// the first that is set and not empty decides. `nl`, `nl_BE.UTF-8`, `nl-NL` and `dutch`
    /// mean Dutch; `C`, `POSIX` and any other language mean English.
    /// - Parameters:
    ///   - requested: The language asked for explicitly (a `--lang` option), if any.
    ///   - model: The language the model declares (`language:` in a model file), if any.
    ///   - environment: Environment variables to read the locale from.
    /// - Returns: The language to use.
    public static func resolve(requested: Language?, model: Language? = nil, environment: [String: String] = [:]) -> Language {
        if let requested { return requested }
        if let model { return model }
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[key], !value.isEmpty else { continue }
            return Language(locale: value) ?? .en
        }
        return .en
    }

    /// The language of a locale name such as `nl_BE.UTF-8`, `en_GB`, `nl-NL` or `dutch`;
    /// `nil` for a language Coherence does not speak.
    /// - Parameter locale: A locale or language name.
    public init?(locale: String) {
        let lower = locale.lowercased()
        let code = lower.prefix { $0.isLetter }
        switch code {
        case "nl", "dutch", "nederlands", "vlaams", "flemish": self = .nl
        case "en", "english", "c", "posix": self = .en
        default: return nil
        }
    }
}
