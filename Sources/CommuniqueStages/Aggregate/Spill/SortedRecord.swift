/// One record of a `SortedRuns` stream.
package struct SortedRecord: Sendable {
    package var key: [UInt8]
    package var payload: [UInt8]
}
