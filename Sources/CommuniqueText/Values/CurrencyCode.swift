/// A three-letter ISO 4217 code packed into an integer, so tokens stay trivially copyable.
public struct CurrencyCode: Sendable, Equatable {
    let packed: UInt32

    init(_ code: String) {
        var p: UInt32 = 0
        for c in code.utf8.prefix(3) { p = p << 8 | UInt32(c) }
        packed = p
    }

    var string: String {
        let bytes = [UInt8(truncatingIfNeeded: packed >> 16), UInt8(truncatingIfNeeded: packed >> 8), UInt8(truncatingIfNeeded: packed)]
        return String(decoding: bytes, as: UTF8.self)
    }
}
