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
