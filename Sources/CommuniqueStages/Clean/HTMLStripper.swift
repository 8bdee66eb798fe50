import Glibc

/// Removes HTML debris from text: tags, script and style bodies, and the common entities.
package enum HTMLStripper {
    /// The text with tags replaced by spaces (or line breaks for block tags), or the text itself when it has no `<`.
    static func strip(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.withUnsafeBufferPointer({ Self.hasMarkup($0) }) else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == UInt8(ascii: "<"), i + 1 < n, Self.startsTag(bytes[i + 1]) {
                // Find the end of the tag within a bounded window, else keep the '<' as text.
                var j = i + 1
                let limit = min(n, i + 2048)
                while j < limit, bytes[j] != UInt8(ascii: ">") { j += 1 }
                guard j < limit else {
                    out.append(b)
                    i += 1
                    continue
                }
                let name = Self.tagName(bytes, i + 1, j)
                if name == "script" || name == "style" {
                    // Skip to the closing tag.
                    let closing = Array("</\(name)".utf8)
                    var k = j + 1
                    while k + closing.count <= n && !Self.matchesFolded(bytes, k, closing) { k += 1 }
                    j = min(n - 1, (k + closing.count <= n) ? Self.indexOf(UInt8(ascii: ">"), in: bytes, from: k) ?? n - 1 : n - 1)
                }
                out.append(Self.blockTags.contains(name) ? 0x0A : 0x20)
                i = j + 1
            } else if b == UInt8(ascii: "&") {
                if let (replacement, length) = Self.entity(bytes, i) {
                    out.append(contentsOf: replacement)
                    i += length
                } else {
                    out.append(b)
                    i += 1
                }
            } else {
                // Plain text up to the next '<' or '&' is copied in one go.
                let j = bytes.withUnsafeBufferPointer { Self.nextMarkup($0, from: i + 1) }
                out.append(contentsOf: bytes[i..<j])
                i = j
            }
        }
        return out
    }

    /// True when `bytes` has a '<' or an '&' (memchr, vectorised: most texts have neither).
    static func hasMarkup(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        return memchr(base, Int32(UInt8(ascii: "<")), bytes.count) != nil || memchr(base, Int32(UInt8(ascii: "&")), bytes.count) != nil
    }

    /// Index of the first '<' or '&' of `bytes` at or after `from`, or `bytes.count`.
    ///
    /// Reads eight bytes at a time (as `SentenceSplitter.nextTerminator` does): the text between
    /// two tags or entities is most of a page, and a byte-by-byte loop tested each byte twice.
    static func nextMarkup(_ bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        let n = bytes.count
        var i = from
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= n {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                let found = SentenceSplitter.zeroBytes(word ^ 0x3C3C_3C3C_3C3C_3C3C) | SentenceSplitter.zeroBytes(word ^ 0x2626_2626_2626_2626)
                if found != 0 { return i + found.trailingZeroBitCount / 8 }
                i += 8
            }
        }
        while i < n, bytes[i] != UInt8(ascii: "<"), bytes[i] != UInt8(ascii: "&") { i += 1 }
        return i
    }

    /// Tags that end a line of text; every other tag reads as a space.
    static let blockTags: Set<String> = ["p", "br", "div", "li", "h1", "h2", "h3", "h4", "tr", "/p", "/div", "/li", "/h1", "/h2", "/h3", "title", "/title"]

    static func startsTag(_ c: UInt8) -> Bool {
        (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A) || c == UInt8(ascii: "/") || c == UInt8(ascii: "!") || c == UInt8(ascii: "?")
    }

    static func tagName(_ bytes: [UInt8], _ from: Int, _ to: Int) -> String {
        var name: [UInt8] = []
        var k = from
        while k < to, name.count < 10 {
            let c = bytes[k]
            guard c == UInt8(ascii: "/") || (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A) || (c >= 0x30 && c <= 0x39) else { break }
            name.append(c < 0x80 && c >= 0x41 && c <= 0x5A ? c | 0x20 : c)
            k += 1
        }
        return String(decoding: name, as: UTF8.self)
    }

    static func matchesFolded(_ bytes: [UInt8], _ at: Int, _ pattern: [UInt8]) -> Bool {
        for (k, p) in pattern.enumerated() where bytes[at + k] | 0x20 != p | 0x20 { return false }
        return true
    }

    static func indexOf(_ byte: UInt8, in bytes: [UInt8], from: Int) -> Int? {
        var k = from
        while k < bytes.count {
            if bytes[k] == byte { return k }
            k += 1
        }
        return nil
    }

    static let entities: [(String, String)] = [
        ("&amp;", "&"), ("&quot;", "\""), ("&apos;", "'"), ("&#39;", "'"), ("&lt;", "<"), ("&gt;", ">"),
        ("&nbsp;", " "), ("&ndash;", "\u{2013}"), ("&mdash;", "\u{2014}"), ("&rsquo;", "\u{2019}"),
        ("&lsquo;", "\u{2018}"), ("&ldquo;", "\u{201C}"), ("&rdquo;", "\u{201D}"), ("&hellip;", "..."),
    ].map { ($0.0, $0.1) }

    static func entity(_ bytes: [UInt8], _ i: Int) -> ([UInt8], Int)? {
        for (name, value) in entities {
            let pattern = Array(name.utf8)
            if i + pattern.count <= bytes.count, matchesFolded(bytes, i, pattern) {
                return (Array(value.utf8), pattern.count)
            }
        }
        return nil
    }
}
