import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses SVG and collects element names and the text of `<text>` and `<title>` elements.
final class SVGInspector: NSObject, XMLParserDelegate {
    private(set) var elements: [String] = []
    private(set) var texts: [String] = []
    private(set) var titles: [String] = []
    private(set) var attributeValues: [String] = []
    private var current: String?
    private var buffer = ""

    /// Parses `data`; returns nil when it is not well-formed XML.
    static func inspect(_ data: Data) -> SVGInspector? {
        let inspector = SVGInspector()
        let parser = XMLParser(data: data)
        parser.delegate = inspector
        return parser.parse() ? inspector : nil
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        elements.append(elementName)
        attributeValues.append(contentsOf: attributes.values)
        if elementName == "text" || elementName == "title" {
            current = elementName
            buffer = ""
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if current != nil { buffer += string }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        guard elementName == current else { return }
        if elementName == "text" { texts.append(buffer) } else { titles.append(buffer) }
        current = nil
    }
}
