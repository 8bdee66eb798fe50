import Testing
@testable import CommuniqueCore

@Suite struct ByteRecordTests {
    @Test func fieldsComeBackInOrder() throws {
        var writer = ByteRecordWriter()
        for value in [0, 1, -1, 63, -64, 64, Int.max, Int.min] { writer.append(value) }
        writer.append("Astana – Ақорда")
        writer.append(2.5)
        writer.append(UInt64.max)
        writer.append(true)
        writer.append(bytes: [0, 255, 7])
        var reader = ByteRecordReader(writer.bytes[...])
        #expect(try (0..<8).map { _ in try reader.int() } == [0, 1, -1, 63, -64, 64, Int.max, Int.min])
        #expect(try reader.string() == "Astana – Ақорда")
        #expect(try reader.double() == 2.5)
        #expect(try reader.uint64() == UInt64.max)
        #expect(try reader.bool())
        #expect(Array(try reader.byteRun()) == [0, 255, 7])
        #expect(reader.isAtEnd)
    }

    @Test func bytesCutShortAreAnErrorNotACrash() {
        var writer = ByteRecordWriter()
        writer.append("a string of some length")
        for cut in 0..<writer.bytes.count {
            var reader = ByteRecordReader(writer.bytes[..<cut])
            #expect(throws: ByteRecordError.self) { _ = try reader.string() }
        }
        var reader = ByteRecordReader([0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01][...])
        #expect(throws: ByteRecordError.self) { _ = try reader.int() }
    }
}
