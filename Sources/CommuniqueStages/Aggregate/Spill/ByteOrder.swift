#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The order of byte strings: unsigned bytes compared in turn, a prefix before what extends it.
package enum ByteOrder {
    /// Negative, zero or positive as `left` sorts before, with or after `right`.
    package static func compare(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Int {
        let common = min(left.count, right.count)
        if common > 0 {
            let result = memcmp(left.baseAddress!, right.baseAddress!, common)
            if result != 0 { return Int(result) }
        }
        return left.count - right.count
    }

    package static func compare(_ left: [UInt8], _ right: [UInt8]) -> Int {
        left.withUnsafeBufferPointer { l in right.withUnsafeBufferPointer { r in compare(l, r) } }
    }
}
