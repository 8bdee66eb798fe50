import Testing
@testable import CommuniqueText

@Suite struct HashBitsTableTests {
    @Test func givesEveryKeyItsFlagsAndOtherKeysNone() {
        // Folded hashes of real words, and keys that collide in the low bits.
        var entries: [UInt64: UInt64] = [:]
        for word in ["the", "and", "including", "he", "will", "signing", "countries"] { entries[Tokenizer.foldedHash(word.utf8)] = UInt64(word.count) }
        for step in UInt64(1)...40 { entries[step << 40] = step }
        let table = HashBitsTable(entries)
        for (key, bits) in entries { #expect(table.bits(key) == bits) }
        #expect(table.bits(Tokenizer.foldedHash("visit".utf8)) == 0)
        #expect(table.bits(41 << 40) == 0)
    }

    @Test func keysWithNoFlagAreLeftOut() {
        let table = HashBitsTable([7: 0, 8: 2])
        #expect(table.bits(7) == 0)
        #expect(table.bits(8) == 2)
        #expect(HashBitsTable([:]).bits(0) == 0)
    }
}
