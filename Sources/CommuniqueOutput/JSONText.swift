/// JSON text for the parts of `manifest.json` that are written as a stream rather than through
/// `JSONEncoder`: the same bytes the encoder gives with `.prettyPrinted, .sortedKeys,
/// .withoutEscapingSlashes` (a test holds the two together).
package enum JSONText {
    static let hex = Array("0123456789abcdef".utf8)

    /// `text` as a JSON string, quotes included: `"` and `\` escaped, control characters as
    /// `\b \t \n \f \r` or `\u00XX`, everything else as it is.
    package static func quoted(_ text: String) -> [UInt8] {
        var out: [UInt8] = [0x22]
        for byte in text.utf8 {
            switch byte {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x08: out += [0x5C, 0x62]
            case 0x09: out += [0x5C, 0x74]
            case 0x0A: out += [0x5C, 0x6E]
            case 0x0C: out += [0x5C, 0x66]
            case 0x0D: out += [0x5C, 0x72]
            case 0..<0x20: out += [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            default: out.append(byte)
            }
        }
        out.append(0x22)
        return out
    }
}
