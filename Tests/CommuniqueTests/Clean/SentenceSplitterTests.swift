import Testing
@testable import CommuniqueCore
@testable import CommuniqueText
@testable import CommuniqueStages
@testable import CommuniqueSynth

@Suite struct SentenceSplitterTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var sentences: [String]
        var testDescription: String { text }
    }

    @Test(arguments: [
        Case(text: "Putin arrived. He met Japarov.", sentences: ["Putin arrived.", "He met Japarov."]),
        Case(text: "On Feb. 26-28, Putin toured the region.", sentences: ["On Feb. 26-28, Putin toured the region."]),
        Case(text: "The U.S. delegation left. Talks ended.", sentences: ["The U.S. delegation left.", "Talks ended."]),
        Case(text: "Mr. Lavrov and Dr. Ivanov spoke.", sentences: ["Mr. Lavrov and Dr. Ivanov spoke."]),
        Case(text: "Trade grew 4.1 percent to $81.2 billion. Exports rose.", sentences: ["Trade grew 4.1 percent to $81.2 billion.", "Exports rose."]),
        Case(text: "\"We agreed,\" Putin said. \"It is done.\" Atambayev nodded.", sentences: ["\"We agreed,\" Putin said.", "\"It is done.\"", "Atambayev nodded."]),
        Case(text: "Is it over? Yes! It is.", sentences: ["Is it over?", "Yes!", "It is."]),
        Case(text: "Vladimir V. Putin visited.", sentences: ["Vladimir V. Putin visited."]),
        Case(text: "A contract between Ports Global Pvt. Ltd. and Sdn. Bhd. firms was signed.", sentences: ["A contract between Ports Global Pvt. Ltd. and Sdn. Bhd. firms was signed."]),
        Case(text: "It ended at 5 p.m. on Monday.", sentences: ["It ended at 5 p.m. on Monday."]),
        Case(text: "  spaced   out \t text.  ", sentences: ["spaced out text."]),
        Case(text: "the figure was 11.2. next line lower case", sentences: ["the figure was 11.2. next line lower case"]),
        Case(text: "Talks ended in Astana.The sides signed documents.", sentences: ["Talks ended in Astana.", "The sides signed documents."]),
        Case(text: "The U.S.Navy and the A.Tokayev name stay whole.", sentences: ["The U.S.Navy and the A.Tokayev name stay whole."]),
    ])
    func splits(_ c: Case) {
        #expect(SentenceSplitter.sentences(Array(c.text.utf8)) == c.sentences)
    }

    func packed(_ word: String) -> UInt64? {
        Array(word.utf8).withUnsafeBufferPointer { SentenceSplitter.packedWord($0[...]) }
    }

    @Test func everyAbbreviationIsFoundWhateverItsCase() {
        for word in SentenceSplitter.abbreviations {
            #expect(packed(word).map(SentenceSplitter.isAbbreviation) == true, "\(word)")
            #expect(packed(word.uppercased()).map(SentenceSplitter.isAbbreviation) == true, "\(word)")
        }
    }

    @Test func otherWordsAreNot() {
        for word in ["m", "mrx", "decs", "us", "stop", "e.g.", "é"] {
            #expect(packed(word).map(SentenceSplitter.isAbbreviation) != true, "\(word)")
        }
        #expect(packed("approxim") == nil)
    }

    @Test func findsTheFirstTerminatorAtAnyOffset() {
        // Every position relative to the eight-byte words read at once, and the tail after them.
        for length in 1...20 {
            for position in 0..<length {
                for terminator in [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")] {
                    var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                    bytes[position] = terminator
                    if position + 1 < length { bytes[length - 1] = UInt8(ascii: ".") }
                    bytes.withUnsafeBufferPointer { p in
                        #expect(SentenceSplitter.nextTerminator(p[...], from: 0) == position)
                        #expect(SentenceSplitter.nextTerminator(p[...], from: position + 1) == (position + 1 < length ? length - 1 : length))
                    }
                }
            }
        }
        // Bytes next to the terminators' values, and a zero byte, are not terminators.
        let others: [UInt8] = [0x00, 0x2D, 0x2F, 0x20, 0x22, 0x3E, 0x40, 0xAE, 0xBF, 0xFF]
        others.withUnsafeBufferPointer { p in #expect(SentenceSplitter.nextTerminator(p[...], from: 0) == others.count) }
    }

    @Test func collapsesWhiteSpaceInEverySentence() {
        let paragraph = Array("\t A\n\r b  c.\tD \t".utf8)
        #expect(SentenceSplitter.sentences(paragraph) == ["A b c.", "D"])
        #expect(SentenceSplitter.sentences(Array(" \t\n ".utf8)) == [])
        #expect(SentenceSplitter.sentences(Array("x".utf8)) == ["x"])
    }

    @Test func collapsedWhiteSpaceIsWrittenInPlace() {
        let bytes = Array("  a \t\r\n b c  ".utf8)
        var out = [UInt8](repeating: 0xFF, count: bytes.count)
        let n = bytes.withUnsafeBufferPointer { bytes in out.withUnsafeMutableBufferPointer { SentenceSplitter.collapseWhiteSpace(bytes, into: $0) } }
        #expect(Array(out[0..<n]) == Array("a b c".utf8))
        let empty = [UInt8](" \n".utf8)
        #expect(empty.withUnsafeBufferPointer { bytes in out.withUnsafeMutableBufferPointer { SentenceSplitter.collapseWhiteSpace(bytes, into: $0) } } == 0)
    }
}
