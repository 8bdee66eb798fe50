/// A three-letter ISO 4217 code packed into an integer, so tokens stay trivially copyable.
public struct CurrencyCode: Sendable, Equatable, Hashable {
    let packed: UInt32

    public init(_ code: String) {
        var p: UInt32 = 0
        for c in code.utf8.prefix(3) { p = p << 8 | UInt32(c) }
        packed = p
    }

    /// True for three capital ASCII letters.
    public static func isValid(_ code: String) -> Bool {
        code.utf8.count == 3 && code.utf8.allSatisfy { $0 >= 65 && $0 <= 90 }
    }

    public var string: String {
        let bytes = [UInt8(truncatingIfNeeded: packed >> 16), UInt8(truncatingIfNeeded: packed >> 8), UInt8(truncatingIfNeeded: packed)]
        return String(decoding: bytes, as: UTF8.self)
    }
}
