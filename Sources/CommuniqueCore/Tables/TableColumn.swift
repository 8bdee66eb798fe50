/// A column as its row type declares it, once: what the schema says about it and how a row's
/// cell is rendered.
///
/// The constructors take the field as a closure and derive the column's type, and for a
/// vocabulary its allowed values, from the field's Swift type, so the schema, the CSV cells and
/// the data package cannot disagree. Closures rather than key paths: cells are rendered in the
/// workers' hot path, and a closure is a direct call.
public struct TableColumn<Row>: Sendable {
    /// The column as the schema and the data package describe it.
    public let column: Column
    /// The cell text of a row; empty means unknown.
    public let render: @Sendable (Row) -> String

    init(_ column: Column, render: @escaping @Sendable (Row) -> String) {
        self.column = column
        self.render = render
    }
}

public extension TableColumn {
    /// Free text, written as it is.
    static func text(_ name: String, _ description: String, required: Bool = false,
                     _ value: @escaping @Sendable (Row) -> String) -> TableColumn {
        TableColumn(Column(name, .string, description, required: required), render: value)
    }

    /// An ISO 8601 date or span, already written as text.
    static func isoDate(_ name: String, _ description: String, required: Bool = false,
                        _ value: @escaping @Sendable (Row) -> String) -> TableColumn {
        TableColumn(Column(name, .isoDate, description, required: required), render: value)
    }

    static func integer(_ name: String, _ description: String, required: Bool = false,
                        _ value: @escaping @Sendable (Row) -> Int?) -> TableColumn {
        TableColumn(Column(name, .integer, description, required: required)) { CellFormat.integer(value($0)) }
    }

    static func number(_ name: String, _ description: String, required: Bool = false,
                       _ value: @escaping @Sendable (Row) -> Double?) -> TableColumn {
        TableColumn(Column(name, .number, description, required: required)) { CellFormat.number(value($0)) }
    }

    static func boolean(_ name: String, _ description: String, required: Bool = false,
                        _ value: @escaping @Sendable (Row) -> Bool) -> TableColumn {
        TableColumn(Column(name, .boolean, description, required: required)) { CellFormat.boolean(value($0)) }
    }

    /// Several free values, `;`-joined and sorted.
    static func list(_ name: String, _ description: String, required: Bool = false,
                     _ value: @escaping @Sendable (Row) -> [String]) -> TableColumn {
        TableColumn(Column(name, .list, description, required: required)) { CellFormat.list(value($0)) }
    }

    /// One value of a vocabulary; nil is an empty cell.
    static func vocabulary<V: Vocabulary>(_ name: String, _ description: String, required: Bool = false,
                                          _ value: @escaping @Sendable (Row) -> V?) -> TableColumn {
        TableColumn(Column(name, .string, description, allowed: V.spellings, required: required)) { value($0)?.rawValue ?? "" }
    }

    /// Several values of a vocabulary, `;`-joined and sorted by their spelling.
    static func vocabularyList<V: Vocabulary>(_ name: String, _ description: String, required: Bool = false,
                                              _ value: @escaping @Sendable (Row) -> [V]) -> TableColumn {
        TableColumn(Column(name, .list, description, allowed: V.spellings, required: required)) {
            CellFormat.list(value($0).map { $0.rawValue })
        }
    }
}
