/// Finds the first quoted field that is not closed on the line it opens on, reading the
/// document a piece at a time (a doubled quote inside a quoted field is an escaped quote, also
/// across two pieces). No manifest field spans lines, so such a quote would swallow the rows after it.
struct QuoteCheck {
    private var line = 1
    private var quoted = false
    private var atFieldStart = true
    /// A quote inside a quoted field was the last byte seen: the next one says whether it is doubled.
    private var pendingQuote = false
    private var found: Int?

    /// The line of the first unclosed quote, once everything is fed.
    var unclosedLine: Int? { found ?? (quoted && !pendingQuote ? line : nil) }

    mutating func feed(_ bytes: ArraySlice<UInt8>) {
        let quote = UInt8(ascii: "\"")
        for byte in bytes where found == nil {
            if pendingQuote {
                pendingQuote = false
                if byte == quote { continue }  // a doubled quote: still inside the field
                quoted = false
            }
            if quoted {
                if byte == quote {
                    pendingQuote = true
                } else if byte == 0x0A || byte == 0x0D {
                    found = line
                }
            } else {
                if byte == quote && atFieldStart { quoted = true }
                atFieldStart = byte == UInt8(ascii: ",") || byte == 0x0A || byte == 0x0D
                if byte == 0x0A { line += 1 }
            }
        }
    }
}
