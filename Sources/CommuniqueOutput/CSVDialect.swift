/// The byte-level shape of a CSV file.
package struct CSVDialect: Sendable, Hashable {
    /// A UTF-8 byte order mark before the header (Excel on Windows needs it to read UTF-8).
    package var byteOrderMark: Bool
    package var lineTerminator: [UInt8]

    /// The contract's dialect: UTF-8 without BOM, LF line ends.
    package static let standard = CSVDialect(byteOrderMark: false, lineTerminator: [0x0A])
    /// For spreadsheet users on Windows: BOM and CRLF.
    package static let excel = CSVDialect(byteOrderMark: true, lineTerminator: [0x0D, 0x0A])

    /// The dialect a pipeline or the CLI names: `csv` or `excel`.
    package static func named(_ name: String) -> CSVDialect? {
        switch name {
        case "csv", "standard": return .standard
        case "excel": return .excel
        default: return nil
        }
    }
}
