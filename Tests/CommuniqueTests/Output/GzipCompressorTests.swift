import Testing
@testable import CommuniqueKnowledge
@testable import CommuniqueOutput
@testable import CommuniqueStages

@Suite struct GzipCompressorTests {
    @Test func roundTripsThroughInflate() throws {
        var input: [UInt8] = []
        for i in 0..<200_000 { input.append(UInt8(truncatingIfNeeded: i &* 31 &+ i / 7)) }
        let compressed = try GzipCompressor().compress(input)
        #expect(try GzipDecompressor().decompress(compressed) == input)
        #expect(try GzipDecompressor().decompress(try GzipCompressor().compress([])) == [])
    }

    @Test func headerCarriesNoNameNoTimeAndUnknownOS() throws {
        let bytes = try GzipCompressor().compress(Array("visit_id,visitor\n".utf8))
        #expect(bytes[0] == 0x1F && bytes[1] == 0x8B, "gzip magic")
        #expect(bytes[2] == 8, "deflate")
        #expect(bytes[3] & 0x08 == 0, "no file name")
        #expect(Array(bytes[4..<8]) == [0, 0, 0, 0], "mtime 0")
        #expect(bytes[9] == 255, "OS unknown")
    }

    @Test func sameInputGivesSameBytes() throws {
        let input = Array(String(repeating: "Putin visited Bishkek. ", count: 500).utf8)
        #expect(try GzipCompressor().compress(input) == GzipCompressor().compress(input))
    }

    @Test func truncatedStreamIsAnError() throws {
        let bytes = try GzipCompressor().compress(Array(String(repeating: "abc", count: 1000).utf8))
        #expect(throws: GzipError.self) { try GzipDecompressor().decompress(Array(bytes.prefix(bytes.count / 2))) }
    }
}

@Suite struct GzipMemberTests {
    @Test func segmentsJoinIntoOneMemberWithTheCombinedChecksum() throws {
        let first = Array(String(repeating: "Trade reached $4.1 billion. ", count: 300).utf8)
        let second = Array("The leaders signed 18 documents.\n".utf8)
        let member = GzipMember.assemble([try DeflateSegment.compress(first, level: 6, last: false),
                                          try DeflateSegment.compress(second, level: 6, last: true)], level: 6)
        // zlib checks the CRC-32 and the length in the trailer while inflating.
        #expect(try GzipDecompressor().decompress(member) == first + second)
    }

    @Test(arguments: [(Int32(1), UInt8(4)), (6, 0), (9, 2)])
    func extraFlagsFollowTheLevel(level: Int32, flags: UInt8) throws {
        #expect(try GzipCompressor(level: level).compress(Array("abc".utf8))[8] == flags)
    }
}
