import Testing
@testable import CommonMark

@Suite struct MarkdownDocumentTests {
    let source = """
    # Initialization

    Text with $`W^{[l]}`$ math and `code`.

    ```experiment he
    routine: train
    ```

    <script>alert(1)</script> and [bad](javascript:alert(1))

        indented
    """

    @Test func findsCodeBlocksWithLines() {
        let blocks = MarkdownDocument(source).codeBlocks
        #expect(blocks.count == 2)
        #expect(blocks[0].info == "experiment he")
        #expect(blocks[0].language == "experiment")
        #expect(blocks[0].argument == "he")
        #expect(blocks[0].startLine == 5)
        #expect(blocks[0].endLine == 7)
        #expect(blocks[0].literal == "routine: train\n")
        #expect(blocks[1].info == "")
    }

    @Test func headingsCarryTextAndLine() {
        let headings = MarkdownDocument(source).headings
        #expect(headings == [Heading(level: 1, text: "Initialization", line: 1)])
    }

    @Test func rendersSafelyWithReplacements() {
        let html = MarkdownDocument(source).renderHTML(
            codeBlock: { $0.language == "experiment" ? "<section>card</section>" : nil },
            inlineMath: { "<math>\($0)</math>" },
            headingID: { _ in "initialization" })
        #expect(html.contains("<h1 id=\"initialization\">\nInitialization\n</h1>"))
        #expect(html.contains("Text with <math>W^{[l]}</math> math and <code>code</code>."))
        #expect(html.contains("<section>card</section>"))
        #expect(!html.contains("routine: train"))
        #expect(!html.contains("<script>"))
        #expect(!html.contains("javascript:"))
    }

    @Test func punctuationAfterInlineMathIsHandedToTheHook() {
        let source = "Tiny: $`10^{-10}`$; then $`x`$). And $`y`$! Or $`z`$ alone, $`a`$\"quoted\" $`b`$ $`c`$.$`d`$."
        let html = MarkdownDocument(source).renderHTML(
            inlineMath: { "<m>\($0)</m>" },
            mathWithPunctuation: { "<k>\($0)\($1)</k>" })
        #expect(html.contains("Tiny: <k><m>10^{-10}</m>;</k> then <k><m>x</m>).</k> And <k><m>y</m>!</k> Or <m>z</m> alone,"))
        #expect(html.contains("<k><m>a</m>\"</k>quoted&quot; <m>b</m> <k><m>c</m>.</k><k><m>d</m>.</k>"))
        // Without the hook the punctuation stays in the text.
        let plain = MarkdownDocument(source).renderHTML(inlineMath: { "<m>\($0)</m>" })
        #expect(plain.contains("Tiny: <m>10^{-10}</m>; then <m>x</m>). And <m>y</m>!"))
    }
}
