/// Latin letters with diacritics read as their base letter, so that "Phạm Minh Chính", "Việt Nam"
/// and "Türkiye" match the knowledge's "Pham Minh Chinh", "Viet Nam" and "Turkiye" (and the
/// other way round). Covers U+00C0...U+024F (Latin-1 Supplement letters, Latin Extended-A and -B)
/// and U+1E00...U+1EFF (Latin Extended Additional: Vietnamese); a letter with no single base
/// letter (ß, æ, ə) keeps its bytes.
enum LatinFold {
    /// The lower-case base letter of each code point from U+00C0, "." where there is none.
    static let extended: [UInt8] = Array((""
        + "aaaaaa.ceeeeiiii.nooooo.ouuuuy..aaaaaa.ceeeeiiii.nooooo.ouuuuy.y"
        + "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii..jjkk.llllll."
        + ".llnnnnnn...oooooo..rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzz."
        + "b.................f....i........oo.............uu....zz........."
        + ".............aaiioouuuuuuuuuu.aaaa....ggkkoooo..j...gg..nnaa...."
        + "aaaaeeeeiiiioooorrrruuuusstt..hh......aaeeooooooooyy............"
        + "................"
    ).utf8)

    /// The lower-case base letter of each code point from U+1E00, "." where there is none.
    static let additional: [UInt8] = Array((""
        + "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmm"
        + "mmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvv"
        + "wwwwwwwwwwxxxxyyzzzzzzhtwy......aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeee"
        + "eeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy......"
    ).utf8)

    static let none = UInt8(ascii: ".")

    /// The base letter of the UTF-8 sequence at `index` and the sequence's length in bytes, or nil
    /// when the bytes there are no folded letter.
    @inline(__always)
    static func letter<Bytes: Collection>(_ bytes: Bytes, at index: Bytes.Index) -> (letter: UInt8, width: Int)? where Bytes.Element == UInt8 {
        let lead = bytes[index]
        if lead >= 0xC3 && lead <= 0xC9 {
            let next = bytes.index(after: index)
            guard next != bytes.endIndex else { return nil }
            let trail = bytes[next]
            guard trail & 0xC0 == 0x80 else { return nil }
            let scalar = Int(lead & 0x1F) << 6 | Int(trail & 0x3F)
            guard scalar >= 0xC0, scalar - 0xC0 < extended.count else { return nil }
            let letter = extended[scalar - 0xC0]
            return letter == none ? nil : (letter, 2)
        }
        if lead == 0xE1 {
            let second = bytes.index(after: index)
            guard second != bytes.endIndex else { return nil }
            let middle = bytes[second]
            guard middle >= 0xB8 && middle <= 0xBB else { return nil }
            let third = bytes.index(after: second)
            guard third != bytes.endIndex else { return nil }
            let trail = bytes[third]
            guard trail & 0xC0 == 0x80 else { return nil }
            let letter = additional[Int(middle & 0x03) << 6 | Int(trail & 0x3F)]
            return letter == none ? nil : (letter, 3)
        }
        return nil
    }
}
