/// Writes `MathNode`s as MathML Core markup (what browsers render natively).
struct MathMLWriter {
    var display: Bool

    func write(_ nodes: [MathNode]) -> String {
        nodes.map(write).joined()
    }

    /// A node as exactly one MathML element (scripts and fractions need that for their children).
    func single(_ node: MathNode) -> String {
        if case .row(let nodes) = node, nodes.count != 1 { return "<mrow>\(write(nodes))</mrow>" }
        if case .row(let nodes) = node { return single(nodes[0]) }
        if case .function = node { return "<mrow>\(write(node))</mrow>" }
        return write(node)
    }

    func write(_ node: MathNode) -> String {
        switch node {
        case .identifier(let name, let normal):
            return "<mi\(normal && name.count == 1 ? " mathvariant=\"normal\"" : "")>\(HTML.escape(name))</mi>"
        case .number(let digits):
            return "<mn>\(HTML.escape(digits))</mn>"
        case .operator_(let symbol, let stretchy, let fence):
            var attributes = ""
            if fence { attributes += " fence=\"true\"" }
            if let stretchy { attributes += " stretchy=\"\(stretchy)\"" }
            return "<mo\(attributes)>\(HTML.escape(symbol))</mo>"
        case .prefix(let symbol):
            return "<mo form=\"prefix\" lspace=\"0\" rspace=\"0\">\(HTML.escape(symbol))</mo>"
        case .ordinary(let symbol):
            return "<mo lspace=\"0\" rspace=\"0\">\(HTML.escape(symbol))</mo>"
        case .prime(let primes):
            return "<mo form=\"postfix\" lspace=\"0\" rspace=\"0\">\(HTML.escape(primes))</mo>"
        case .text(let text):
            // Edge spaces would collapse; non-breaking ones keep `\text{ if }` apart.
            var kept = text
            if kept.hasPrefix(" ") { kept = "\u{A0}" + kept.dropFirst() }
            if kept.hasSuffix(" ") { kept = kept.dropLast() + "\u{A0}" }
            return "<mtext>\(HTML.escape(kept))</mtext>"
        case .space(let width):
            return "<mspace width=\"\(width)\"></mspace>"
        case .row(let nodes):
            return nodes.count == 1 ? write(nodes[0]) : "<mrow>\(write(nodes))</mrow>"
        case .fraction(let numerator, let denominator):
            return "<mfrac>\(single(numerator))\(single(denominator))</mfrac>"
        case .root(let base, let index):
            if let index { return "<mroot>\(single(base))\(single(index))</mroot>" }
            return "<msqrt>\(write(base))</msqrt>"
        case .scripts(let base, let sub, let sup, let limits):
            let b = single(base)
            switch (sub, sup) {
            case let (sub?, sup?):
                return limits ? "<munderover>\(b)\(single(sub))\(single(sup))</munderover>"
                    : "<msubsup>\(b)\(single(sub))\(single(sup))</msubsup>"
            case let (sub?, nil):
                return limits ? "<munder>\(b)\(single(sub))</munder>" : "<msub>\(b)\(single(sub))</msub>"
            case let (nil, sup?):
                return limits ? "<mover>\(b)\(single(sup))</mover>" : "<msup>\(b)\(single(sup))</msup>"
            case (nil, nil):
                return b
            }
        case .accent(let base, let mark, let stretchy):
            return "<mover accent=\"true\">\(single(base))<mo stretchy=\"\(stretchy)\">\(HTML.escape(mark))</mo></mover>"
        case .brace(let base, let under):
            return under
                ? "<munder accentunder=\"true\">\(single(base))<mo stretchy=\"true\">⏟</mo></munder>"
                : "<mover accent=\"true\">\(single(base))<mo stretchy=\"true\">⏞</mo></mover>"
        case .fenced(let open, let body, let close):
            let left = open.isEmpty ? "" : "<mo fence=\"true\" stretchy=\"true\">\(HTML.escape(open))</mo>"
            let right = close.isEmpty ? "" : "<mo fence=\"true\" stretchy=\"true\">\(HTML.escape(close))</mo>"
            return "<mrow>\(left)\(write(body))\(right)</mrow>"
        case .table(let rows, let align, let open, let close):
            // Browsers implementing MathML Core ignore `columnalign`; the class
            // lets the stylesheet align the cells too.
            let cls = align == "left left" ? " class=\"align-left\"" : align == "right left" ? " class=\"align-rl\"" : ""
            // Cells of a display formula keep display style (full-size fractions).
            let style = display ? " displaystyle=\"true\"" : ""
            var table = "<mtable\(cls) columnalign=\"\(align)\"\(style)>"
            for row in rows {
                table += "<mtr>" + row.map { "<mtd>\(write($0))</mtd>" }.joined() + "</mtr>"
            }
            table += "</mtable>"
            guard !open.isEmpty || !close.isEmpty else { return table }
            let left = open.isEmpty ? "" : "<mo fence=\"true\" stretchy=\"true\">\(HTML.escape(open))</mo>"
            let right = close.isEmpty ? "" : "<mo fence=\"true\" stretchy=\"true\">\(HTML.escape(close))</mo>"
            return "<mrow>\(left)\(table)\(right)</mrow>"
        case .function(let name):
            return "<mi>\(HTML.escape(name))</mi><mo rspace=\"0.1667em\">\u{2061}</mo>"
        }
    }
}
