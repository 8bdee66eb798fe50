import Foundation
import Testing
@testable import CommuniqueCore
@testable import CommuniqueText
@testable import CommuniqueKnowledge
@testable import CommuniqueOutput
@testable import CommuniqueStages
@testable import CommuniquePipeline

@Suite struct TableEncoderTests {
    static let schema = TableSchema(name: "notes", title: "Notes", columns: [Column("id", .integer, "Row number."), Column("text", .string, "Text.")], primaryKey: ["id"], foreignKeys: [])

    /// More rows than three segments hold, with fields that need quotes.
    static let rows: [[String]] = (0..<(3 * TableSource.rowsPerSegment + 17)).map { i in
        [String(i), i % 5 == 0 ? "said \"yes\", then left" : "row \(i) of the notes table"]
    }

    @Test func aTableOfSeveralSegmentsInflatesToItsCSV() throws {
        let file = try TableEncoder(dialect: .standard).encode(schema: Self.schema, rows: Self.rows)
        let expected = CSVWriter().document(header: Self.schema.header, rows: Self.rows)
        #expect(try GzipDecompressor().decompress(file) == expected)
    }

    @Test(arguments: [1, 6, 9])
    func bytesDoNotDependOnThreads(level: Int32) throws {
        let writer = CSVWriter()
        let source = TableSource(name: "notes", schema: Self.schema, count: Self.rows.count) { index, out in
            writer.append(record: Self.rows[index], to: &out)
        }
        let encoder = TableEncoder(dialect: .standard, level: level)
        let one = try encoder.encode([source, source], jobs: 1).map { try $0.get().bytes }
        let three = try encoder.encode([source, source], jobs: 3).map { try $0.get().bytes }
        #expect(one == three)
        #expect(one[0] == one[1])
        #expect(try GzipDecompressor().decompress(one[0]) == writer.document(header: Self.schema.header, rows: Self.rows))
    }

    @Test func gzipReadsTheFileAndChecksItsTrailer() throws {
        let folder = TestSupport.temporaryFolder("encoder")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/notes.csv.gz"
        TestSupport.write(try TableEncoder(dialect: .standard).encode(schema: Self.schema, rows: Self.rows), to: path)
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
        gzip.arguments = ["-dc", path]
        let pipe = Pipe()
        gzip.standardOutput = pipe
        try gzip.run()
        let text = pipe.fileHandleForReading.readDataToEndOfFile()
        gzip.waitUntilExit()
        #expect(gzip.terminationStatus == 0)
        #expect(Array(text) == CSVWriter().document(header: Self.schema.header, rows: Self.rows))
    }

    @Test func anEmptyTableIsItsHeader() throws {
        let file = try TableEncoder(dialect: .excel).encode(schema: Self.schema, rows: [])
        #expect(try GzipDecompressor().decompress(file) == [0xEF, 0xBB, 0xBF] + Array("id,text\r\n".utf8))
    }
}
