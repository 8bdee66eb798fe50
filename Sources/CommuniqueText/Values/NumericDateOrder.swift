/// How to read an ambiguous numeric date such as "3/7/2017".
public enum NumericDateOrder: String, Sendable { case dayFirst = "day_first", monthFirst = "month_first", unknown }
