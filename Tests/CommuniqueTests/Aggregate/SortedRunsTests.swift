import Foundation
import Testing
@testable import CommuniqueCore
@testable import CommuniqueOutput
@testable import CommuniqueStages

@Suite struct SortedRunsTests {
    /// Records with repeated keys and payloads of several lengths, in a scrambled order.
    static func records(_ count: Int, seed: UInt64) -> [(key: [UInt8], payload: [UInt8])] {
        var state = seed
        func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 33
        }
        return (0..<count).map { _ in
            let key = Array("k\(next() % 97)".utf8)
            let payload = (0..<Int(next() % 40)).map { _ in UInt8(truncatingIfNeeded: next()) }
            return (key, payload)
        }
    }

    static func sorted(_ records: [(key: [UInt8], payload: [UInt8])], runBytes: Int) throws -> [SortedRecord] {
        let spool = try RecordSpool(folder: TestSupport.temporaryFolder("runs"))
        var runs = SortedRuns(spool: spool, runBytes: runBytes)
        for record in records { runs.add(key: record.key, payload: record.payload) }
        var sorted = try runs.sorted()
        var out: [SortedRecord] = []
        while let record = try sorted.next() { out.append(record) }
        return out
    }

    @Test(arguments: [1 << 30, 4096, 512, 64])
    func recordsComeBackInByteOrderWhateverTheRunSize(runBytes: Int) throws {
        let records = Self.records(3000, seed: 7)
        let out = try Self.sorted(records, runBytes: runBytes)
        let expected = records.sorted { left, right in
            let byKey = ByteOrder.compare(left.key, right.key)
            return byKey != 0 ? byKey < 0 : ByteOrder.compare(left.payload, right.payload) < 0
        }
        #expect(out.count == records.count)
        #expect(out.map(\.key) == expected.map(\.key))
        #expect(out.map(\.payload) == expected.map(\.payload))
    }

    @Test func theOrderOfAddingDoesNotChangeTheStream() throws {
        let records = Self.records(2000, seed: 11)
        let forward = try Self.sorted(records, runBytes: 1000)
        let backward = try Self.sorted(records.reversed(), runBytes: 3000)
        #expect(forward.map(\.payload) == backward.map(\.payload))
        #expect(forward.map(\.key) == backward.map(\.key))
    }

    @Test func runsAbsorbedFromOthersGiveTheStreamOfEveryRecordAddedToOne() throws {
        let records = Self.records(2000, seed: 13)
        let spool = try RecordSpool(folder: TestSupport.temporaryFolder("runs"))
        // Three sorters, one with records only in memory, merged into the first.
        var parts = [SortedRuns(spool: spool, runBytes: 700), SortedRuns(spool: spool, runBytes: 1 << 30), SortedRuns(spool: spool, runBytes: 300)]
        for (index, record) in records.enumerated() { parts[index % 3].add(key: record.key, payload: record.payload) }
        var merged = parts[0]
        merged.absorb(parts[1])
        merged.absorb(parts[2])
        #expect(merged.count == records.count)
        var stream = try merged.sorted()
        var out: [SortedRecord] = []
        while let record = try stream.next() { out.append(record) }
        let whole = try Self.sorted(records, runBytes: 1000)
        #expect(out.map(\.key) == whole.map(\.key))
        #expect(out.map(\.payload) == whole.map(\.payload))
    }

    @Test func anEmptySpillYieldsNothing() throws {
        #expect(try Self.sorted([], runBytes: 64).isEmpty)
    }

    @Test func aPrefixSortsBeforeWhatExtendsIt() {
        #expect(ByteOrder.compare([1, 2], [1, 2, 0]) < 0)
        #expect(ByteOrder.compare([2], [1, 255]) > 0)
        #expect(ByteOrder.compare([], []) == 0)
    }
}
