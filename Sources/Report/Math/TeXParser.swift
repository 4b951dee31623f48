import Foundation

/// A recursive-descent parser for the TeX math the lessons use; see
/// `TeXSymbols` for the vocabulary. Anything else fails with a message
/// naming the command, so the caller can warn and show the source.
struct TeXParser {
    struct Failure: Error, Equatable {
        var message: String
    }

    private let characters: [Character]
    private var index = 0

    init(_ source: String) {
        characters = Array(source)
    }

    mutating func parse() throws -> [MathNode] {
        let nodes = try sequence(until: [])
        if index < characters.count {
            throw Failure(message: "unexpected '\(characters[index])' in math")
        }
        return nodes
    }

    // MARK: - Sequences and atoms

    /// Atoms with their scripts until one of `stops` (`}`, `&`, `\\`, `\right`, `\end`) or the end.
    private mutating func sequence(until stops: Set<String>) throws -> [MathNode] {
        var nodes: [MathNode] = []
        while true {
            skipSpaces()
            guard index < characters.count else { break }
            if let stop = peekStop(), stops.contains(stop) { break }
            if characters[index] == "}" { throw Failure(message: "unbalanced '}' in math") }
            if characters[index] == "^" || characters[index] == "_" {
                // A script with no base (`{}^2` written as `^2`).
                nodes.append(try scripts(on: .row([])))
                continue
            }
            guard var atom = try atom() else { continue }
            if Self.isUnary(atom, after: nodes) {
                if case .operator_(let sign, _, _) = atom { atom = .prefix(sign) }
            }
            nodes.append(try scripts(on: atom))
        }
        return nodes
    }

    /// Signs that are unary where TeX would make them ordinary: at the start of
    /// a group, after an opening bracket, a comma, a relation or another operator.
    static let signs: Set<String> = ["−", "+", "±", "∓"]
    /// Operators after which a sign is binary again (closing delimiters; bars are ambiguous, so binary).
    static let closers: Set<String> = [")", "]", "|", "‖", "}", "⟩", "⌋", "⌉", "!"]

    /// Whether `atom` is a sign used as a prefix, given the nodes before it in its group.
    static func isUnary(_ atom: MathNode, after previous: [MathNode]) -> Bool {
        guard case .operator_(let sign, _, _) = atom, signs.contains(sign) else { return false }
        let last = previous.last(where: { if case .space = $0 { return false } else { return true } })
        switch last {
        case nil: return true
        case .operator_(let symbol, _, _)?: return !closers.contains(symbol)
        case .prefix?, .function?, .ordinary?: return true
        case .scripts(.operator_(let symbol, _, _), _, _, _)?: return !closers.contains(symbol) // `\sum_i -x`
        case .scripts(.function, _, _, _)?: return true // `\max_i -x`
        default: return false
        }
    }

    /// The stop token at the cursor, if any.
    private func peekStop() -> String? {
        let c = characters[index]
        if c == "}" { return "}" }
        if c == "&" { return "&" }
        if c == "\\" {
            if index + 1 < characters.count && characters[index + 1] == "\\" { return "\\\\" }
            let name = peekCommand()
            if name == "right" || name == "end" || name == "cr" { return name == "cr" ? "\\\\" : name }
        }
        return nil
    }

    private func peekCommand() -> String {
        var cursor = index + 1
        var name = ""
        while cursor < characters.count, characters[cursor].isLetter {
            name.append(characters[cursor])
            cursor += 1
        }
        return name
    }

    /// Subscripts and superscripts after `base`.
    private mutating func scripts(on base: MathNode) throws -> MathNode {
        var sub: MathNode?, sup: MathNode?
        var primes = ""
        while true {
            skipSpaces()
            guard index < characters.count else { break }
            let c = characters[index]
            if c == "'" {
                primes += "′"
                index += 1
            } else if c == "^" || c == "_" {
                index += 1
                let argument = try scriptArgument()
                if c == "^", argument == .identifier("′", normal: false) {
                    primes += "′" // `f^\prime` is `f'`
                } else if c == "^" {
                    if sup != nil { throw Failure(message: "double superscript in math") }
                    sup = argument
                } else {
                    if sub != nil { throw Failure(message: "double subscript in math") }
                    sub = argument
                }
            } else {
                break
            }
        }
        // `f'` is `f^{\prime}` in TeX. The Unicode prime is already a raised glyph,
        // and browsers other than Firefox raise it again in `<msup>` (far above the
        // base, detached from it), so the primes follow the base on the baseline and
        // other scripts attach after them: `f'^2` → (f′)², `f'_i` → (f′)ᵢ.
        let primed = primes.isEmpty ? base : .row([base, .prime(primes)])
        guard sub != nil || sup != nil else { return primed }
        return .scripts(base: primed, sub: sub, sup: sup, limits: base.takesLimits)
    }

    /// One token or a braced group after `^`/`_`.
    private mutating func scriptArgument() throws -> MathNode {
        skipSpaces()
        guard index < characters.count else { throw Failure(message: "missing script after '^' or '_'") }
        if characters[index].isNumber {
            // `x^10` in TeX takes one digit only.
            index += 1
            return .number(String(characters[index - 1]))
        }
        guard let atom = try atom() else { return .row([]) }
        return atom
    }

    /// A braced group as one row.
    private mutating func group() throws -> MathNode {
        skipSpaces()
        guard index < characters.count else { throw Failure(message: "missing argument in math") }
        guard characters[index] == "{" else {
            // A single token is a valid argument (`\frac12`, `\hat x`).
            if characters[index].isNumber {
                index += 1
                return .number(String(characters[index - 1]))
            }
            guard let atom = try atom() else { throw Failure(message: "missing argument in math") }
            return atom
        }
        index += 1
        let nodes = try sequence(until: ["}"])
        try expect("}")
        return nodes.count == 1 ? nodes[0] : .row(nodes)
    }

    /// The raw text of a braced argument (`\text{…}`, `\begin{…}`).
    private mutating func rawGroup() throws -> String {
        skipSpaces()
        guard index < characters.count, characters[index] == "{" else { throw Failure(message: "expected '{' in math") }
        index += 1
        var depth = 1, text = ""
        while index < characters.count {
            let c = characters[index]
            index += 1
            if c == "{" { depth += 1 } else if c == "}" {
                depth -= 1
                if depth == 0 { return text }
            } else if c == "\\", index < characters.count, "{}_%&#$ ".contains(characters[index]) {
                text.append(characters[index])
                index += 1
                continue
            }
            text.append(c)
        }
        throw Failure(message: "missing '}' in math")
    }

    private mutating func atom() throws -> MathNode? {
        let c = characters[index]
        if c == "{" { return try group() }
        if c == "\\" { return try command() }
        index += 1
        if c.isNumber || (c == "." && index < characters.count && characters[index].isNumber) {
            var number = String(c)
            while index < characters.count,
                  characters[index].isNumber || (characters[index] == "." && index + 1 < characters.count && characters[index + 1].isNumber) {
                number.append(characters[index])
                index += 1
            }
            return .number(number)
        }
        if c.isLetter { return .identifier(String(c), normal: false) }
        switch c {
        case "-": return .operator_("−", stretchy: nil, fence: false)
        case "*": return .operator_("∗", stretchy: nil, fence: false)
        case "/": return .ordinary("/")
        case "(", ")", "[", "]", "|": return .operator_(String(c), stretchy: false, fence: false)
        case "~": return .space("0.25em")
        case "#", "$", "%": throw Failure(message: "unexpected '\(c)' in math")
        default: return .operator_(String(c), stretchy: nil, fence: false)
        }
    }

    // MARK: - Commands

    private mutating func commandName() -> String {
        index += 1 // the backslash
        guard index < characters.count else { return "" }
        if !characters[index].isLetter {
            index += 1
            return String(characters[index - 1])
        }
        var name = ""
        while index < characters.count, characters[index].isLetter {
            name.append(characters[index])
            index += 1
        }
        return name
    }

    private mutating func command() throws -> MathNode? {
        let name = commandName()
        if let symbol = TeXSymbols.greek[name] {
            return .identifier(symbol, normal: name.first!.isUppercase)
        }
        if let symbol = TeXSymbols.identifiers[name] { return .identifier(symbol, normal: false) }
        if let width = TeXSymbols.spaces[name] { return .space(width) }
        if let symbol = TeXSymbols.operators[name] {
            let isFence = ["lVert", "rVert", "|", "langle", "rangle", "lbrace", "rbrace", "{", "}"].contains(name)
            return .operator_(symbol, stretchy: isFence ? false : nil, fence: false)
        }
        if TeXSymbols.functions.contains(name) { return .function(name) }
        if let (mark, stretchy) = TeXSymbols.accents[name] {
            return .accent(try group(), mark, stretchy: stretchy)
        }
        if TeXSymbols.ignored.contains(name) { return nil }
        if TeXSymbols.sizes.contains(name) { return try delimiter(stretchy: false) }
        switch name {
        case "frac", "dfrac", "tfrac":
            return .fraction(try group(), try group())
        case "sqrt":
            var rootIndex: MathNode?
            skipSpaces()
            if index < characters.count, characters[index] == "[" {
                index += 1
                rootIndex = .row(try sequenceUntilBracket())
            }
            return .root(try group(), index: rootIndex)
        case "underbrace": return .brace(try group(), under: true)
        case "overbrace": return .brace(try group(), under: false)
        case "text", "textrm", "mbox", "textit", "textbf":
            return .text(try rawGroup())
        case "operatorname":
            return .function(try rawGroup())
        case "mathrm", "mathbf", "mathcal", "mathscr", "mathbb", "boldsymbol", "mathit":
            return try styled(name)
        case "left":
            let open = try delimiterSymbol()
            let body = try sequence(until: ["right"])
            guard index < characters.count, commandName() == "right" else {
                throw Failure(message: "\\left without \\right in math")
            }
            return .fenced(open: open, .row(body), close: try delimiterSymbol())
        case "begin":
            return try environment(try rawGroup())
        case "tag":
            return .row([.space("2em"), .text("(" + (try rawGroup()) + ")")])
        case "\\": return nil // a line break outside an environment: ignored
        case "": throw Failure(message: "a lone '\\' at the end of math")
        default:
            throw Failure(message: "unsupported TeX command \\\(name)")
        }
    }

    /// `\mathbf{W}` and friends: letters mapped to their Unicode alphabet.
    private mutating func styled(_ style: String) throws -> MathNode {
        let text = try rawGroup()
        // A plain word (`\mathrm{keep\_prob}`, `\mathrm{corrected}`) is one upright identifier.
        if style == "mathrm", !text.isEmpty, text.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == " " }) {
            return .identifier(text.trimmingCharacters(in: .whitespaces), normal: true)
        }
        if style == "mathrm" || style == "mathit" {
            var inner = TeXParser(text)
            let nodes = try inner.parse()
            // Runs of letters become one upright word: \mathrm{corrected}.
            var merged: [MathNode] = []
            for node in nodes {
                if case .identifier(let letter, _) = node, style == "mathrm" {
                    if case .identifier(let word, true)? = merged.last {
                        merged[merged.count - 1] = .identifier(word + letter, normal: true)
                    } else {
                        merged.append(.identifier(letter, normal: true))
                    }
                } else {
                    merged.append(node)
                }
            }
            return merged.count == 1 ? merged[0] : .row(merged)
        }
        var nodes: [MathNode] = []
        for character in text where !character.isWhitespace {
            if let mapped = TeXSymbols.styled(character, style: style) {
                nodes.append(.identifier(mapped, normal: false))
            } else if character.isNumber {
                nodes.append(.number(String(character)))
            } else if character.isLetter {
                nodes.append(.identifier(String(character), normal: false))
            } else {
                throw Failure(message: "unsupported content in \\\(style){\(text)}")
            }
        }
        return nodes.count == 1 ? nodes[0] : .row(nodes)
    }

    private mutating func sequenceUntilBracket() throws -> [MathNode] {
        var nodes: [MathNode] = []
        while index < characters.count, characters[index] != "]" {
            if let atom = try atom() { nodes.append(atom) }
        }
        try expect("]")
        return nodes
    }

    /// The delimiter after `\left`/`\right`/`\big`: `(`, `\{`, `\|`, `.`…
    private mutating func delimiterSymbol() throws -> String {
        skipSpaces()
        guard index < characters.count else { throw Failure(message: "missing delimiter in math") }
        let c = characters[index]
        if c == "\\" {
            let name = commandName()
            switch name {
            case "{", "lbrace": return "{"
            case "}", "rbrace": return "}"
            case "|", "Vert", "lVert", "rVert": return "‖"
            case "vert", "lvert", "rvert": return "|"
            case "langle": return "⟨"
            case "rangle": return "⟩"
            case "lfloor": return "⌊"
            case "rfloor": return "⌋"
            case "lceil": return "⌈"
            case "rceil": return "⌉"
            default: throw Failure(message: "unsupported delimiter \\\(name)")
            }
        }
        index += 1
        guard "()[]|./<>".contains(c) else { throw Failure(message: "unsupported delimiter '\(c)'") }
        if c == "." { return "" }
        if c == "<" { return "⟨" }
        if c == ">" { return "⟩" }
        return String(c)
    }

    private mutating func delimiter(stretchy: Bool) throws -> MathNode {
        let symbol = try delimiterSymbol()
        return .operator_(symbol, stretchy: stretchy, fence: false)
    }

    /// `cases`, `aligned`, matrices: cells split by `&`, rows by `\\`.
    private mutating func environment(_ name: String) throws -> MathNode {
        let fences: [String: (String, String, String)] = [
            "cases": ("{", "", "left left"), "aligned": ("", "", "right left"), "align": ("", "", "right left"),
            "align*": ("", "", "right left"), "gathered": ("", "", "center"), "matrix": ("", "", "center"),
            "pmatrix": ("(", ")", "center"), "bmatrix": ("[", "]", "center"), "vmatrix": ("|", "|", "center"),
            "array": ("", "", "center"),
        ]
        guard let (open, close, align) = fences[name] else {
            throw Failure(message: "unsupported environment \\begin{\(name)}")
        }
        if name == "array" { _ = try rawGroup() }
        var rows: [[MathNode]] = [], cells: [MathNode] = []
        while true {
            let cell = try sequence(until: ["&", "\\\\", "end"])
            cells.append(.row(cell))
            guard index < characters.count else { throw Failure(message: "\\begin{\(name)} without \\end{\(name)}") }
            if characters[index] == "&" {
                index += 1
            } else if characters[index] == "\\" && peekCommand() == "end" {
                _ = commandName()
                let ending = try rawGroup()
                guard ending == name else { throw Failure(message: "\\begin{\(name)} ended by \\end{\(ending)}") }
                rows.append(cells)
                break
            } else {
                index += characters[index + 1] == "\\" ? 2 : 3 // `\\` or `\cr`
                rows.append(cells)
                cells = []
            }
        }
        // A trailing `\\` leaves an empty last row.
        if let last = rows.last, last.count == 1, last[0] == .row([]) { rows.removeLast() }
        return .table(rows, align: align, open: open, close: close)
    }

    // MARK: - Helpers

    private mutating func skipSpaces() {
        while index < characters.count, characters[index].isWhitespace { index += 1 }
    }

    private mutating func expect(_ character: Character) throws {
        skipSpaces()
        guard index < characters.count, characters[index] == character else {
            throw Failure(message: "missing '\(character)' in math")
        }
        index += 1
    }
}
