/// An official SDG indicator that measures progress on a target.
public struct Indicator: Sendable, Hashable, Codable {
    /// The indicator number, e.g. `"11.6.1"`.
    public let id: String
    /// The official indicator text (trimmed).
    public let text: String
    /// The UN Statistics Division indicator code, e.g. `"C110601"`.
    public let code: String

    /// Creates an indicator.
    /// - Parameters:
    ///   - id: The indicator number, e.g. `"11.6.1"`.
    ///   - text: The official indicator text.
    ///   - code: The UNSD indicator code.
    public init(id: String, text: String, code: String) {
        self.id = id
        self.text = text
        self.code = code
    }
}
