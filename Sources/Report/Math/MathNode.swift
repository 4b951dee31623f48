/// The tree a TeX formula parses into, one case per MathML construct.
indirect enum MathNode: Equatable {
    /// `<mi>`; `normal` sets `mathvariant="normal"` (upright capitals, `\mathrm`).
    case identifier(String, normal: Bool)
    case number(String)
    /// `<mo>`; `stretchy` nil leaves the operator dictionary's default.
    case operator_(String, stretchy: Bool?, fence: Bool)
    /// A sign used as a unary operator (`-r` in `U(-r, r)`): `<mo form="prefix">`, no binary spacing.
    case prefix(String)
    /// A character TeX sets as an ordinary symbol though MathML's operator
    /// dictionary spaces it (`/` in `a/b`): `<mo>` with no space either side.
    case ordinary(String)
    /// Primes after a base (`\sigma'`): U+2032 glyphs are already raised, so they follow
    /// the base on the baseline instead of being raised a second time by `<msup>`.
    case prime(String)
    case text(String)
    case space(String)
    case row([MathNode])
    case fraction(MathNode, MathNode)
    case root(MathNode, index: MathNode?)
    /// Scripts; `limits` puts them under/over (`\sum`, `\lim`, `\underbrace`).
    case scripts(base: MathNode, sub: MathNode?, sup: MathNode?, limits: Bool)
    case accent(MathNode, String, stretchy: Bool)
    /// A brace under (`\underbrace`) or over (`\overbrace`) the base.
    case brace(MathNode, under: Bool)
    /// `\left( … \right)`; empty strings for `.`.
    case fenced(open: String, MathNode, close: String)
    /// Environments: rows of cells, column alignment, and the fences around them.
    case table([[MathNode]], align: String, open: String, close: String)
    /// `\log`, `\operatorname{softmax}`: upright, followed by function application.
    case function(String)

    /// Whether scripts on this node go under and over.
    var takesLimits: Bool {
        switch self {
        case .operator_(let symbol, _, _): return symbol == "∑" || symbol == "∏"
        case .function(let name): return TeXSymbols.limitFunctions.contains(name)
        case .brace: return true
        default: return false
        }
    }
}
