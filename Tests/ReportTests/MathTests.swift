import Foundation
import Testing
@testable import Report

@Suite struct MathTests {
    func mathml(_ tex: String) -> String {
        let output = MathRenderer.render(tex, display: false)
        #expect(output.problems.isEmpty, "\(output.problems)")
        // The content between <semantics><mrow> and </mrow><annotation.
        let html = output.html
        let start = html.range(of: "<semantics><mrow>")!.upperBound
        let end = html.range(of: "</mrow><annotation")!.lowerBound
        return String(html[start..<end])
    }

    @Test func scriptsAndBrackets() {
        #expect(mathml("W^{[l]}") == "<msup><mi>W</mi><mrow><mo stretchy=\"false\">[</mo><mi>l</mi><mo stretchy=\"false\">]</mo></mrow></msup>")
        #expect(mathml("x_i^2") == "<msubsup><mi>x</mi><mi>i</mi><mn>2</mn></msubsup>")
    }

    @Test func fractionsRootsGreek() {
        #expect(mathml(#"\frac{1}{m}"#) == "<mfrac><mn>1</mn><mi>m</mi></mfrac>")
        #expect(mathml(#"\sqrt{2}"#) == "<msqrt><mn>2</mn></msqrt>")
        #expect(mathml(#"\lambda \Delta"#) == "<mi>λ</mi><mi mathvariant=\"normal\">Δ</mi>")
    }

    @Test func slashIsSetWithoutOperatorSpace() {
        // TeX spaces `a/b` as three ordinary symbols; MathML's dictionary would pad the slash.
        #expect(mathml("a/b") == "<mi>a</mi><mo lspace=\"0\" rspace=\"0\">/</mo><mi>b</mi>")
    }

    @Test func sumHasLimits() {
        #expect(mathml(#"\sum_{i=1}^{m}"#) == "<munderover><mo>∑</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mi>m</mi></munderover>")
    }

    @Test func operatorsAndAccents() {
        #expect(mathml(#"a \cdot b \times c \leftarrow d \approx e \ne f \le g \ge h"#)
                == "<mi>a</mi><mo>⋅</mo><mi>b</mi><mo>×</mo><mi>c</mi><mo>←</mo><mi>d</mi><mo>≈</mo><mi>e</mi><mo>≠</mo><mi>f</mi><mo>≤</mo><mi>g</mi><mo>≥</mo><mi>h</mi>")
        #expect(mathml(#"\hat{y}"#) == "<mover accent=\"true\"><mi>y</mi><mo stretchy=\"false\">^</mo></mover>")
        #expect(mathml(#"\mathbf{W}"#) == "<mi>𝐖</mi>")
        #expect(mathml(#"\mathrm{grad}"#) == "<mi mathvariant=\"normal\">grad</mi>".replacingOccurrences(of: " mathvariant=\"normal\"", with: ""))
    }

    @Test func fencesAndNorms() {
        #expect(mathml(#"\left( x \right)"#) == "<mrow><mo fence=\"true\" stretchy=\"true\">(</mo><mi>x</mi><mo fence=\"true\" stretchy=\"true\">)</mo></mrow>")
        #expect(mathml(#"\|x\|"#) == "<mo stretchy=\"false\">‖</mo><mi>x</mi><mo stretchy=\"false\">‖</mo>")
    }

    @Test func unsupportedAndMalformedAreProblems() {
        #expect(MathRenderer.render(#"\foo x"#, display: true).problems == ["unsupported TeX command \\foo"])
        #expect(MathRenderer.render(#"\frac{1}{2"#, display: false).problems == ["missing '}' in math"])
        #expect(MathRenderer.render("x^", display: false).problems == ["missing script after '^' or '_'"])
        #expect(MathRenderer.render(#"\begin{weird}x\end{weird}"#, display: false).problems == ["unsupported environment \\begin{weird}"])
        #expect(MathRenderer.render(#"\left( x"#, display: false).problems == ["\\left without \\right in math"])
        #expect(MathRenderer.render(#"\foo"#, display: true).html.hasPrefix("<pre class=\"math-source\">"))
    }
}

@Suite struct HighlighterTests {
    @Test func tokens() {
        let lines = SwiftHighlighter.lines("let x: Double = 2.5 // half\nprint(\"a\\(x)b\")")
        #expect(lines.count == 2)
        #expect(lines[0] == "<span class=\"tok-k\">let</span> x: <span class=\"tok-t\">Double</span> = <span class=\"tok-n\">2.5</span> <span class=\"tok-c\">// half</span>")
        #expect(lines[1] == "<span class=\"tok-f\">print</span>(<span class=\"tok-s\">&quot;a\\(</span>x<span class=\"tok-s\">)b&quot;</span>)")
    }

    @Test func blockCommentsSpanLinesSafely() {
        let lines = SwiftHighlighter.lines("/* a\n<b> */ var")
        #expect(lines == ["<span class=\"tok-c\">/* a</span>", "<span class=\"tok-c\">&lt;b&gt; */</span> <span class=\"tok-k\">var</span>"])
    }
}

@Suite struct MathSpacingTests {
    func mathml(_ tex: String) -> String { MathTests().mathml(tex) }
    static let minus = "<mo form=\"prefix\" lspace=\"0\" rspace=\"0\">−</mo>"

    @Test func leadingMinusIsUnary() {
        #expect(mathml("U(-r, r)") == "<mi>U</mi><mo stretchy=\"false\">(</mo>\(Self.minus)<mi>r</mi><mo>,</mo><mi>r</mi><mo stretchy=\"false\">)</mo>")
        #expect(mathml("-x") == "\(Self.minus)<mi>x</mi>")
        #expect(mathml("e^{-z}") == "<msup><mi>e</mi><mrow>\(Self.minus)<mi>z</mi></mrow></msup>")
        #expect(mathml("a = -b") == "<mi>a</mi><mo>=</mo>\(Self.minus)<mi>b</mi>")
        #expect(mathml("[-1, -2]").components(separatedBy: Self.minus).count == 3)
        #expect(mathml(#"x \cdot -1"#).contains(Self.minus))
        #expect(mathml(#"\left( -x \right)"#).contains(Self.minus))
        #expect(mathml(#"\sum_i -x_i"#).contains(Self.minus))
        #expect(mathml(#"a \leftarrow \qquad -b"#).contains(Self.minus))
        #expect(mathml("+x") == "<mo form=\"prefix\" lspace=\"0\" rspace=\"0\">+</mo><mi>x</mi>")
    }

    @Test func minusBetweenOperandsIsBinary() {
        #expect(mathml("a - b") == "<mi>a</mi><mo>−</mo><mi>b</mi>")
        #expect(mathml("(a) - b") == "<mo stretchy=\"false\">(</mo><mi>a</mi><mo stretchy=\"false\">)</mo><mo>−</mo><mi>b</mi>")
        #expect(mathml("x^2 - 1") == "<msup><mi>x</mi><mn>2</mn></msup><mo>−</mo><mn>1</mn>")
        #expect(mathml(#"\|x\|_2 - 1"#).contains("<mo>−</mo>"))
        #expect(mathml(#"\frac{1}{2} - x"#).contains("<mo>−</mo>"))
        #expect(mathml(#"\left( x \right) - 1"#).contains("<mo>−</mo>"))
        #expect(!mathml(#"\underbrace{a}_{b} - c"#).contains("prefix"))
    }

    @Test func transposeAndFriends() {
        #expect(mathml(#"W^\top"#) == "<msup><mi>W</mi><mi>⊤</mi></msup>")
        #expect(mathml(#"x^{\intercal}"#) == "<msup><mi>x</mi><mi>⊺</mi></msup>")
        #expect(mathml(#"a \mid b"#) == "<mi>a</mi><mo>∣</mo><mi>b</mi>")
        for tex in [#"\ldots"#, #"\cdots"#, #"a \odot b"#, #"\infty"#, #"x \sim y"#, #"\mathcal{N}"#, #"\varepsilon"#] {
            #expect(!mathml(tex).isEmpty, "\(tex)")
        }
    }

    static let prime = "<mo form=\"postfix\" lspace=\"0\" rspace=\"0\">′</mo>"

    @Test func primesFollowTheBaseLikeTeX() {
        // Not `<msup>`: Chromium and WebKit raise the already-raised U+2032 a second time.
        #expect(mathml(#"\sigma'(z)"#) == "<mrow><mi>σ</mi>\(Self.prime)</mrow><mo stretchy=\"false\">(</mo><mi>z</mi><mo stretchy=\"false\">)</mo>")
        #expect(mathml("f''") == "<mrow><mi>f</mi><mo form=\"postfix\" lspace=\"0\" rspace=\"0\">′′</mo></mrow>")
        #expect(mathml(#"f^\prime"#) == mathml("f'"))
        #expect(mathml("f'^2") == "<msup><mrow><mi>f</mi>\(Self.prime)</mrow><mn>2</mn></msup>")
        #expect(mathml("f'_i") == "<msub><mrow><mi>f</mi>\(Self.prime)</mrow><mi>i</mi></msub>")
    }

    /// Every formula the lessons write converts without a problem (no warnings on the page).
    @Test func everyLessonFormulaConverts() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../lessons").standardized
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.filter { $0.hasSuffix(".md") } ?? []
        var formulas = 0
        for file in files {
            let source = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            var tex: [String] = []
            let inline = try NSRegularExpression(pattern: #"\$`(.+?)`\$"#)
            for match in inline.matches(in: source, range: NSRange(source.startIndex..., in: source)) {
                tex.append(String(source[Range(match.range(at: 1), in: source)!]))
            }
            let display = try NSRegularExpression(pattern: "```math\\n(.*?)```", options: [.dotMatchesLineSeparators])
            for match in display.matches(in: source, range: NSRange(source.startIndex..., in: source)) {
                tex.append(String(source[Range(match.range(at: 1), in: source)!]))
            }
            for formula in tex {
                formulas += 1
                let output = MathRenderer.render(formula, display: false)
                #expect(output.problems.isEmpty, "\(file): \(formula): \(output.problems)")
            }
        }
        if !files.isEmpty { #expect(formulas > 0) }
    }
}
