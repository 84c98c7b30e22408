/// A data table: a caption (hidden when the heading above says the same), column headers, a row per
/// item. It sits in a region named by its caption that scrolls sideways on a narrow screen and can be
/// focused, so the keyboard reaches what is off screen (axe `scrollable-region-focusable`). `cells` writes one row's `td`s (or a `th(.scope("row"))` first); `after` adds closing rows
/// such as a total.
public struct Table<Row, Cells: HTMLContent, After: HTMLContent>: HTMLView {
    public struct Column: Sendable {
        public var title: Localized
        public var numeric: Bool
        /// Read by screen readers only (a column of buttons: "Actions").
        public var hidden: Bool

        public init(_ title: Localized, numeric: Bool = false, hidden: Bool = false) {
            self.title = title
            self.numeric = numeric
            self.hidden = hidden
        }
    }

    let caption: Localized
    let captionHidden: Bool
    let columns: [Column]
    let rows: [Row]
    let cells: (Row) -> Cells
    let after: After

    public init(caption: Localized, captionHidden: Bool = true, columns: [Column], rows: [Row],
                @HTMLBuilder cells: @escaping (Row) -> Cells, @HTMLBuilder after: () -> After) {
        self.caption = caption
        self.captionHidden = captionHidden
        self.columns = columns
        self.rows = rows
        self.cells = cells
        self.after = after()
    }

    public var body: some HTMLContent {
        div(.class("table-region"), .role("region"), .tabindex(0), .ariaLabel(caption)) {
            table {
                caption(.class(captionHidden ? "visually-hidden" : nil)) { caption }
                thead {
                    tr {
                        for column in columns {
                            th(.scope("col"), .class(column.numeric ? "numeric" : nil)) {
                                if column.hidden { span(.class("visually-hidden")) { column.title } } else { column.title }
                            }
                        }
                    }
                }
                tbody {
                    for row in rows { tr { cells(row) } }
                    after
                }
            }
        }
    }
}

extension Table where After == EmptyHTML {
    public init(caption: Localized, captionHidden: Bool = true, columns: [Column], rows: [Row], @HTMLBuilder cells: @escaping (Row) -> Cells) {
        self.init(caption: caption, captionHidden: captionHidden, columns: columns, rows: rows, cells: cells, after: { EmptyHTML() })
    }
}
