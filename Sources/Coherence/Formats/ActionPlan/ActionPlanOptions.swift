/// How an action plan is read into a model.
public struct ActionPlanOptions: Sendable {
    /// The model's name; default: the file's name without folder and extension.
    public var name: String?
    /// The model's language; default: the language most of the sheet's headers are written in
    /// (Dutch for `omschrijving`, `beleidsdomein` …), else English.
    public var language: Language?
    /// For a workbook: the sheet that holds the actions; default: the first visible sheet whose
    /// header looks like an action plan (an ownership sheet is never taken for the plan).
    public var sheet: String?
    /// The scale scores in the sheet are read on.
    public var scale: ScoreScale
    /// Resolves goal and target numbers and the default groups.
    public var catalogue: SDGCatalogue
    /// Codes such as `-100` that a plan writes after a tag for "contributes, not quantified"
    /// (`11.6:-100`): such a tag is read as a tag without a score (+1, marked assumed). Empty by
    /// default: the code is then refused as off the scale. The CLI's `--unscored-code` sets it,
    /// for plans and their matrices alike.
    public var unscoredCodes: [Double] = []

    /// Creates options.
    ///
    /// - Parameters:
    ///   - name: the model's name (default: from the file name).
    ///   - language: the model's language (default: from the headers).
    ///   - sheet: the plan's sheet in a workbook (default: found from the headers).
    ///   - scale: the score scale (default: Nilsson et al. 2016, −3…+3).
    ///   - catalogue: the SDG catalogue.
    public init(name: String? = nil, language: Language? = nil, sheet: String? = nil,
                scale: ScoreScale = .nilsson, catalogue: SDGCatalogue = .standard) {
        self.name = name
        self.language = language
        self.sheet = sheet
        self.scale = scale
        self.catalogue = catalogue
    }
}
