/// The colours of every chart: the Okabe–Ito palette, which stays
/// distinguishable for the common forms of colour blindness, with a lighter
/// variant for dark backgrounds. Charts refer to them only through CSS custom
/// properties (`var(--c0)` …), which the stylesheet defines per scheme.
enum Palette {
    /// Series colours for light backgrounds: blue, vermillion, bluish green,
    /// reddish purple, orange, sky blue, grey.
    static let light = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#6B7280"]
    /// The same hues, lifted for dark backgrounds.
    static let dark = ["#5AB4F0", "#FF8C4A", "#2ECC9A", "#E9A2D0", "#F5B947", "#9BD6F7", "#A3AAB6"]
    /// Decision-region tints, one per series colour (light scheme): pale blue, pale vermillion, …
    static let regionsLight = ["#CFE3F3", "#F9D9C6", "#CDEBDF", "#F3DCEA", "#FBE8C4", "#DCEFFB", "#E5E7EB"]
    static let regionsDark = ["#1E3A52", "#4A2E22", "#1C4236", "#47304A", "#4A3B1C", "#244457", "#33363D"]
    /// The point colour of class `k`: class 0 vermillion, class 1 blue (as the
    /// course's red/blue plots), then the rest of the palette.
    static let classOrder = [1, 0, 2, 3, 4, 5, 6]

    static var count: Int { light.count }

    /// `var(--c3)` for series `index` (cycling).
    static func series(_ index: Int) -> String { "var(--c\(index % count))" }

    /// The CSS custom-property index of class `label`'s colour.
    static func classColor(_ label: Int) -> Int { classOrder[((label % count) + count) % count] }

    /// Custom-property declarations for one scheme.
    static func declarations(dark: Bool) -> String {
        let series = dark ? Self.dark : light
        let regions = dark ? regionsDark : regionsLight
        var out = ""
        for (index, color) in series.enumerated() { out += "--c\(index):\(color);" }
        for (label, color) in regions.enumerated() { out += "--r\(label):\(color);" }
        return out
    }
}
