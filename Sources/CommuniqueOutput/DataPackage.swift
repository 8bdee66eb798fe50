import CommuniqueCore
import Foundation

/// `datapackage.json`: a Frictionless Data Package (v1) describing the published tables.
///
/// Built from the same `TableSchema` declarations the writers use, so the descriptor and the
/// CSV files cannot drift. The bytes are deterministic: keys sorted, no dates, no absolute
/// paths, so the descriptor can live in git next to the tables it describes.
package struct DataPackage: Sendable {
    /// The package's name: lowercase ASCII letters, digits, `-`, `_` and `.`.
    package var name: String
    /// The tables, in the order their resources are listed.
    package var tables: [TableSchema]
    package var dialect: CSVDialect
    /// Rows per table. Frictionless v1 has no place for them (they are in `manifest.json`),
    /// so they are kept for callers but not written.
    package var rowCounts: [String: Int]

    package static let fileName = "datapackage.json"
    package static let title = "Communiqué: leaders' visits"
    package static let description = """
        Leaders' visits read from news articles: the visits, the documents signed, the trade \
        and economic figures and the delegations they report, each fact row with the article \
        it came from (`source_id`) and the sentence it was read from (`evidence`), plus \
        aggregates across articles. Every table is UTF-8 CSV (RFC 4180), gzip-compressed, \
        with one header row; an empty cell means unknown; dates are ISO 8601 at the \
        precision known, a span written `start/end`; several values in a cell are joined \
        with `;`, sorted.
        """

    package init(name: String, tables: [TableSchema], dialect: CSVDialect, rowCounts: [String: Int]) {
        self.name = Self.packageName(name)
        self.tables = tables
        self.dialect = dialect
        self.rowCounts = rowCounts
    }

    /// The descriptor's bytes: sorted keys, pretty printed, ending with a newline.
    package func json() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var bytes = Array(try encoder.encode(try descriptor()))
        bytes.append(0x0A)
        return bytes
    }

    /// The descriptor as a value; throws when two tables share a name.
    func descriptor() throws(DataPackageError) -> Descriptor {
        var seen: Set<String> = []
        for table in tables where !seen.insert(table.name).inserted {
            throw .duplicateTable(table.name)
        }
        return Descriptor(
            name: name, profile: "tabular-data-package", title: Self.title,
            description: Self.description,
            resources: tables.map { resource(for: $0, present: seen) })
    }

    func resource(for table: TableSchema, present: Set<String>) -> Resource {
        let excel = dialect.byteOrderMark
        return Resource(
            name: table.name,
            path: table.name + ".csv.gz",
            profile: "tabular-data-resource",
            title: table.title,
            description: Self.resourceDescription(table),
            format: "csv",
            mediatype: "text/csv",
            compression: "gz",
            encoding: excel ? "utf-8-sig" : "utf-8",
            dialect: Dialect(
                delimiter: ",", doubleQuote: true, header: true,
                lineTerminator: String(decoding: dialect.lineTerminator, as: UTF8.self),
                quoteChar: "\""),
            schema: Schema(
                fields: table.columns.map(Self.field(for:)),
                primaryKey: table.primaryKey,
                // A key into a table the package does not hold cannot be checked: leave it out.
                foreignKeys: table.foreignKeys.filter { present.contains($0.table) }.map {
                    ForeignKeyDescriptor(fields: $0.column,
                                         reference: .init(resource: $0.table, fields: $0.referencedColumn))
                },
                missingValues: [""]))
    }

    static func resourceDescription(_ table: TableSchema) -> String {
        var text = table.title + "."
        if !table.primaryKey.isEmpty {
            text += " One row per " + table.primaryKey.map { "`\($0)`" }.joined(separator: ", ") + "."
        }
        if let first = table.columns.first {
            text += " Rows sorted by `\(first.name)`."
        }
        text += " An empty cell means unknown."
        return text
    }

    static func field(for column: Column) -> Field {
        var field = Field(name: column.name, type: "string", description: column.description,
                          constraints: Constraints(required: column.required))
        switch column.type {
        case .string:
            field.constraints.enumeration = column.allowed
        case .integer:
            field.type = "integer"
        case .number:
            field.type = "number"
        case .boolean:
            field.type = "boolean"
            field.trueValues = ["true"]
            field.falseValues = ["false"]
        case .isoDate:
            field.constraints.pattern = isoDatePattern
            field.constraints.enumeration = column.allowed
            if !column.description.contains("ISO 8601") {
                field.description += " ISO 8601 at the precision known (`2017`, `2017-02`, `2017-02-28`); a span is `start/end`, open-ended `start/..`."
            }
        case .list:
            // A cell may hold several values, so an `enum` would reject `a;b`: a pattern of
            // `;`-joined allowed values checks the same thing.
            if let allowed = column.allowed, !allowed.isEmpty {
                field.constraints.pattern = listPattern(allowed)
            }
            if !column.description.contains("`;`") {
                field.description += " Several values are joined with `;`, sorted."
            }
        }
        return field
    }

    /// One ISO 8601 date at year, month or day precision.
    static let isoDateUnit = "[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?"

    /// A date, a span `start/end` of dates, or an open span `start/..`. Implicitly anchored,
    /// as Frictionless (XML Schema) patterns are.
    static let isoDatePattern = isoDateUnit + "(/(" + isoDateUnit + "|\\.\\.))?"

    /// One or more allowed values joined with `;`.
    static func listPattern(_ allowed: [String]) -> String {
        let alternatives = "(" + allowed.map(escapeRegex).joined(separator: "|") + ")"
        return alternatives + "(;" + alternatives + ")*"
    }

    static func escapeRegex(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\.^$|?*+()[]{}-".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }

    /// A Frictionless-valid package name: lowercase ASCII letters, digits, `-`, `_`, `.`.
    static func packageName(_ raw: String) -> String {
        var out = ""
        for scalar in raw.lowercased().unicodeScalars {
            switch scalar {
            case "a"..."z", "0"..."9", "-", "_", ".": out.unicodeScalars.append(scalar)
            default: if !out.hasSuffix("-") { out.append("-") }
            }
        }
        while out.hasPrefix("-") { out.removeFirst() }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "communique" : out
    }
}

/// Why a data package could not be described.
package enum DataPackageError: Error, Equatable, CustomStringConvertible {
    case duplicateTable(String)

    package var description: String {
        switch self {
        case .duplicateTable(let name): return "table \(name) is listed twice in the data package"
        }
    }
}

// MARK: - The descriptor's JSON shape (Frictionless v1 names)

package extension DataPackage {
    struct Descriptor: Encodable, Equatable {
        var name: String
        var profile: String
        var title: String
        var description: String
        var resources: [Resource]
    }

    struct Resource: Encodable, Equatable {
        var name: String
        var path: String
        var profile: String
        var title: String
        var description: String
        var format: String
        var mediatype: String
        var compression: String
        var encoding: String
        var dialect: Dialect
        var schema: Schema
    }

    struct Dialect: Encodable, Equatable {
        var delimiter: String
        var doubleQuote: Bool
        var header: Bool
        var lineTerminator: String
        var quoteChar: String
    }

    struct Schema: Encodable, Equatable {
        var fields: [Field]
        var primaryKey: [String]
        var foreignKeys: [ForeignKeyDescriptor]
        var missingValues: [String]

        package func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(fields, forKey: .fields)
            if !primaryKey.isEmpty { try container.encode(primaryKey, forKey: .primaryKey) }
            if !foreignKeys.isEmpty { try container.encode(foreignKeys, forKey: .foreignKeys) }
            try container.encode(missingValues, forKey: .missingValues)
        }

        enum CodingKeys: String, CodingKey { case fields, primaryKey, foreignKeys, missingValues }
    }

    struct Field: Encodable, Equatable {
        var name: String
        var type: String
        var description: String
        var constraints: Constraints
        var trueValues: [String]?
        var falseValues: [String]?
    }

    struct Constraints: Encodable, Equatable {
        var required: Bool
        var enumeration: [String]?
        var pattern: String?

        enum CodingKeys: String, CodingKey {
            case required, enumeration = "enum", pattern
        }
    }

    struct ForeignKeyDescriptor: Encodable, Equatable {
        struct Reference: Encodable, Equatable {
            var resource: String
            var fields: String
        }

        var fields: String
        var reference: Reference
    }
}
