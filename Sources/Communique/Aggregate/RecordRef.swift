/// Where a fact row's record lives: the article (its position in the input) and the row in it.
struct RecordRef: Sendable {
    var article: Int32
    var row: Int32
}
