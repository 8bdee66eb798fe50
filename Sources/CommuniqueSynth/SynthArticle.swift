/// One generated file and its row of `manifest.csv`.
package struct SynthArticle: Sendable {
    var sourceID: String
    var kind: ArticleKind
    var bytes: [UInt8]
    /// ISO date at day, month or year precision, or empty.
    var published: String
    var outlet: String
    var url: String

    var fileName: String { sourceID + ".txt" }

    /// The manifest row, `source_id,published,outlet,url`, with RFC 4180 quoting where needed.
    var manifestRow: String {
        [sourceID, published, outlet, url].map(Self.quoted).joined(separator: ",")
    }

    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        var quoted = "\""
        for character in field {
            if character == "\"" { quoted.append("\"") }
            quoted.append(character)
        }
        return quoted + "\""
    }
}
