import Testing
@testable import CommuniqueCore

@Suite struct CellFormatTests {
    @Test(arguments: [
        ([String](), ""), ([""], ""), (["KZ"], "KZ"), (["RU", "KZ"], "KZ;RU"), (["RU", "", "KZ", "RU"], "KZ;RU"), (["", "CIS"], "CIS"),
    ])
    func listsAreSortedWithoutRepeatsOrBlanks(values: [String], cell: String) {
        #expect(CellFormat.list(values) == cell)
    }

    @Test(arguments: [(4_100_000_000.0, "4100000000"), (13.6, "13.6"), (-13, "-13"), (33.333333, "33.3333"), (0.00001, "0")])
    func numbersArePlain(value: Double, cell: String) {
        #expect(CellFormat.number(value) == cell)
    }
}
