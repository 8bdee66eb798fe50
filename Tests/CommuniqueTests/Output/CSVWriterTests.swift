import Testing
@testable import CommuniqueCore
@testable import CommuniqueText
@testable import CommuniqueOutput
@testable import CommuniqueStages
@testable import CommuniquePipeline

@Suite struct CSVWriterTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var field: String
        var expected: String
        var testDescription: String { field.debugDescription }
    }

    @Test(arguments: [
        Case(field: "plain", expected: "plain"),
        Case(field: "", expected: ""),
        Case(field: "a,b", expected: "\"a,b\""),
        Case(field: "say \"hi\"", expected: "\"say \"\"hi\"\"\""),
        Case(field: "line\nbreak", expected: "\"line\nbreak\""),
        Case(field: "carriage\rreturn", expected: "\"carriage\rreturn\""),
        Case(field: " padded", expected: "\" padded\""),
        Case(field: "Türkiye – Кыргызстан 中国", expected: "Türkiye – Кыргызстан 中国"),
        Case(field: "4100000000", expected: "4100000000"),
    ])
    func quotesOnlyWhenNeeded(_ c: Case) {
        var out: [UInt8] = []
        CSVWriter().append(field: c.field, to: &out)
        #expect(String(decoding: out, as: UTF8.self) == c.expected)
    }

    @Test func documentRoundTripsThroughLibcsv() throws {
        let rows = [["1", "a,b", "say \"hi\""], ["2", "multi\nline", "Кыргызстан"], ["3", "", "x"]]
        let bytes = CSVWriter().document(header: ["id", "text", "more"], rows: rows)
        let parsed = try CSVReader().records(bytes).map(\.fields)
        #expect(parsed == [["id", "text", "more"]] + rows)
        #expect(bytes.last == 0x0A)
        #expect(!bytes.starts(with: [0xEF, 0xBB, 0xBF]))
    }

    @Test func excelDialectHasBOMAndCRLF() {
        let bytes = CSVWriter(dialect: .excel).document(header: ["a", "b"], rows: [["1", "2"]])
        #expect(Array(bytes) == [0xEF, 0xBB, 0xBF] + Array("a,b\r\n1,2\r\n".utf8))
    }
}
