import Glibc

/// Which way a text writes decimals: "$585,76 million" (a comma before one or two digits and a
/// scale word) can only be a decimal comma, and a text that writes one writes "$1,858 billion" for
/// 1.858 billion too.
extension QuantityRecognizer {
    /// True when one of `sentences` has a number with a comma before one or two digits, then a
    /// space and a scale word of the lexicon ("585,76 million", "2,5 billion").
    public func writesDecimalComma(_ sentences: [Sentence]) -> Bool {
        sentences.contains { sentence in sentence.utf8.withUnsafeBufferPointer { hasDecimalComma($0) } }
    }

    func hasDecimalComma(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        func isDigit(_ index: Int) -> Bool { index >= 0 && index < bytes.count && bytes[index] >= 0x30 && bytes[index] <= 0x39 }
        guard let base = bytes.baseAddress else { return false }
        var index = 1
        // Each comma is found by memchr (vectorised: most bytes are none).
        while index < bytes.count, let comma = memchr(base + index, Int32(UInt8(ascii: ",")), bytes.count - index) {
            index = UnsafeRawPointer(comma) - UnsafeRawPointer(base)
            defer { index += 1 }
            guard isDigit(index - 1), isDigit(index + 1) else { continue }
            var end = index + 1
            while isDigit(end) { end += 1 }
            guard end - index - 1 <= 2, end < bytes.count, bytes[end] == UInt8(ascii: " ") else { continue }
            // The word after the space, hashed as the value lexicon hashes words.
            var hash = ValueLexicon.seed
            var letter = end + 1
            while letter < bytes.count, (bytes[letter] | 0x20) >= 0x61, (bytes[letter] | 0x20) <= 0x7A {
                hash = ValueLexicon.hashStep(hash, bytes[letter])
                letter += 1
            }
            if letter > end + 1, case .scale = lexicon.lexeme(hash) { return true }
        }
        return false
    }
}
