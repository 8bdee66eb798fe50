import Testing
@testable import CommuniqueCore
@testable import CommuniqueText
@testable import CommuniqueKnowledge

@Suite struct HashRangeTableTests {
    @Test func findsEveryKeyInsertedAndNoOther() {
        var table = HashRangeTable(capacity: 100)
        for key in UInt64(0)..<100 { table.insert(key &* 0x9E37_79B9_7F4A_7C15, Int32(key)..<Int32(key + 3)) }
        for key in UInt64(0)..<100 { #expect(table.find(key &* 0x9E37_79B9_7F4A_7C15) == Int32(key)..<Int32(key + 3)) }
        #expect(table.find(12345) == nil)
    }

    @Test func anEmptyTableFindsNothing() {
        #expect(HashRangeTable().find(0) == nil)
    }
}
