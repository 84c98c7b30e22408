import Plot
import PortalHTTP

/// CANDIDATE (b) of docs/adr/0008: the home page in Plot, for the measurement only.
enum PlotShell {
    static func home(_ page: HomePage, _ s: ViewStrings) -> PlotViews.Body {
        .group(
            .h1(.text(s.text("home.heading"))),
            .p(.class("lead"), .text(s.text("home.lead"))),
            .form(.method(.get), .action("/search"), .class("search-form"), PlotViews.attribute("role", "search"),
                .label(PlotViews.attribute("for", "q"), .text(s.text("home.search.label"))),
                .div(.class("search-row"),
                    .input(.id("q"), .name("q"), .type(.search), .attribute(named: "autocomplete", value: "off")),
                    .button(.type(.submit), .text(s.text("home.search.button"))))),
            .h2(.text(s.text("home.entries"))),
            .ul(.class("tiles"), .forEach(page.entries) { entry in
                .li(.class("tile"), .a(.href(PlotViews.esc(entry.path)),
                    .span(.class("tile-title"), .text(s.text(entry.titleKey))),
                    .span(.class("tile-text"), .text(s.text(entry.descriptionKey)))))
            })
        )
    }
}
