import CShims

/// The forms an article's bytes arrive in, and how the load stage makes them one: UTF-8 text
/// with LF line ends and no byte order mark.
///
/// - UTF-8 with a BOM (what Windows editors and spreadsheets write): the BOM is removed, so it
///   never reaches the title.
/// - UTF-16 LE or BE with a BOM: decoded; an unpaired surrogate is replaced with U+FFFD, like
///   invalid UTF-8 (`repaired_utf8`, or `not_utf8` under `invalid_utf8: skip`). Without a BOM,
///   UTF-16 has NUL bytes and is listed as `binary`, like any file the job cannot tell is text.
/// - CRLF (Windows) and CR alone (classic Mac OS, some exports): each becomes LF, so lines,
///   the headline and sentences split as they do in LF text.
package enum TextForm: Sendable, Equatable {
    case utf8, utf8BOM, utf16LE, utf16BE

    /// The form of `bytes`, read from its byte order mark.
    package static func of(_ bytes: [UInt8]) -> TextForm {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return .utf8BOM }
        // FF FE 00 00 is UTF-32 LE's mark: not a form the job reads (listed as binary).
        if bytes.starts(with: [0xFF, 0xFE]) && !bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return .utf16LE }
        if bytes.starts(with: [0xFE, 0xFF]) { return .utf16BE }
        return .utf8
    }

    /// The text's bytes as UTF-8 without a BOM, and whether decoding replaced anything (UTF-16
    /// with an unpaired surrogate or an odd last byte). UTF-8 itself is checked later.
    package static func utf8(_ bytes: [UInt8]) -> (bytes: [UInt8], replaced: Bool) {
        switch of(bytes) {
        case .utf8: return (bytes, false)
        case .utf8BOM: return (Array(bytes.dropFirst(3)), false)
        case .utf16LE: return decodeUTF16(bytes.dropFirst(2), bigEndian: false)
        case .utf16BE: return decodeUTF16(bytes.dropFirst(2), bigEndian: true)
        }
    }

    static func decodeUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> (bytes: [UInt8], replaced: Bool) {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let (first, second) = (UInt16(bytes[index]), UInt16(bytes[index + 1]))
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        let oddByte = index < bytes.endIndex
        let valid = String(validating: units, as: UTF16.self)
        let text = valid ?? String(decoding: units, as: UTF16.self)
        return (Array((oddByte ? text + "\u{FFFD}" : text).utf8), valid == nil || oddByte)
    }

    /// `bytes` with CRLF and lone CR made LF; the same array when it holds no CR.
    package static func unixLineEnds(_ bytes: [UInt8]) -> [UInt8] {
        let hasCR = bytes.withUnsafeBytes { raw in
            raw.count > 0 && communique_contains(raw.baseAddress!, raw.count, [UInt8(0x0D)], 1) != 0
        }
        guard hasCR else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0D {
                out.append(0x0A)
                if index + 1 < bytes.count && bytes[index + 1] == 0x0A { index += 1 }
            } else {
                out.append(byte)
            }
            index += 1
        }
        return out
    }
}
