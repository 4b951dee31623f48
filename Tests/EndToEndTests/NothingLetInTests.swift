import Foundation
import Testing

/// Issue 8, "nothing let in": what a lesson author writes reaches the page
/// only as text (raw HTML dropped by cmark's safe mode, `javascript:` links
/// emptied, every value escaped), data is read only from the lesson's folder,
/// and pages are written only under the output folder.
@Suite struct NothingLetInTests {
    static let hostile = #"""
    # Title <script>alert("t")</script> & "quotes" 'single'

    Prose with <script>alert(1)</script> raw HTML, <img src=x onerror=alert(2)> and
    <a href="javascript:alert(3)">a raw link</a>, a [markdown link](javascript:alert(4)),
    an [upper-case one](JAVASCRIPT:alert(5)), [data](data:text/html;base64,PHNjcmlwdD4=),
    [vb](vbscript:alert(9)), an autolink <javascript:alert(6)> and a
    [fine link](https://example.org/?a=1&b="2"). Math: $`a < b & c`$.

    <div onclick="alert(7)">block html</div>

    ## Section <b>bold</b> & "more"

    ```experiment data
    routine: train
    dataset: {csv: "data/x<y>&\"z'"}
    layers: [2, 2, 1]
    epochs: 10
    ```

    ```experiment broken
    routine: train
    dataset: {csv: "a<b>&\"c"}
    layers: [2, 2, 1]
    epochs: 10
    "<script>x</script>": 1
    ```

    ```compare table
    title: "<script>alert('c')</script> & \"quoted\""
    experiments: [data]
    ```

    ```listing code
    symbol: "<img src=x onerror=alert(8)>"
    ```
    """#

    @Test func hostileTextReachesThePageOnlyEscaped() throws {
        let workspace = try Workspace()
        try workspace.file("Package.swift", "// swift-tools-version: 6.1\n")
        try workspace.file("Sources/Demo/Demo.swift", "public func realThing() -> Int { 1 }\n")
        // A real data set whose file names hold every character HTML cares about.
        try workspace.file("lessons/data/x<y>&\"z'_train_X.csv", "0.1,0.2\n0.3,0.4\n0.5,0.1\n")
        try workspace.file("lessons/data/x<y>&\"z'_train_Y.csv", "0\n1\n0\n")
        let file = try workspace.lesson("0.1-hostile.md", Self.hostile)
        let run = try workspace.run("render", "--quiet")
        #expect(run.status == 1)
        // Terminal output is the author's text as written (it is not HTML).
        #expect(run.errorLines == [
            "\(file):22:16: error: csv dataset file 'a<b>&\"c_train_X.csv' not found (paths are relative to the lesson file)",
            "\(file):25:1: error: unknown parameter '<script>x</script>' for routine 'train' (see 'lessons routines')",
            "\(file):34:9: error: symbol '<img src=x onerror=alert(8)>' not found in Sources/",
        ], "stderr: \(run.stderr)")

        for page in ["output/0.1-hostile.html", "output/index.html"] {
            let html = try workspace.read(page)
            // Nothing executable: no script element, handler attribute or script URL.
            for needle in ["<script", "<img", "<div onclick", "javascript:alert(3)",
                           "href=\"javascript", "href=\"JAVASCRIPT", "href=\"data:", "href=\"vbscript", "<b>bold"] {
                #expect(!html.lowercased().contains(needle.lowercased()), "\(page) contains \(needle)")
            }
            // No tag has an event handler attribute (escaped text may quote one: it has no '<').
            let handler = try Regex(#"<[a-zA-Z][^>]*\son[a-z]+\s*="#)
            #expect(html.firstMatch(of: handler) == nil, "\(page) has an event handler attribute")
            #expect(!html.contains("alert(\"t\")"), "\(page): the title's quotes are escaped")
        }
        let html = try workspace.read("output/0.1-hostile.html")
        // Title and headings: raw HTML omitted, the rest escaped.
        #expect(html.contains("<title>Title alert(&quot;t&quot;) &amp; &quot;quotes&quot; &#39;single&#39; · DeepLessons</title>"))
        #expect(html.contains("Title <!-- raw HTML omitted -->alert(&quot;t&quot;)<!-- raw HTML omitted --> &amp; &quot;quotes&quot;"))
        // Prose: raw HTML omitted, script links emptied, a good link kept with its & escaped.
        #expect(html.contains("Prose with <!-- raw HTML omitted -->alert(1)<!-- raw HTML omitted --> raw HTML"))
        #expect(html.contains("<a href=\"\">markdown link</a>"))
        #expect(html.contains("<a href=\"\">upper-case one</a>"))
        #expect(html.contains("<a href=\"\">data</a>"))
        #expect(html.contains("<a href=\"\">vb</a>"))
        #expect(html.contains("<a href=\"\">javascript:alert(6)</a>"))
        #expect(html.contains("<a href=\"https://example.org/?a=1&amp;b=%222%22\">fine link</a>"))
        // A parameter value (the csv path), error messages quoting the author, a compare title.
        #expect(html.contains("<span class=\"chip-value\">{csv: data/x&lt;y&gt;&amp;&quot;z&#39;, classes: 2}</span>"))
        #expect(html.contains("<span class=\"message\">csv dataset file &#39;a&lt;b&gt;&amp;&quot;c_train_X.csv&#39; not found"))
        #expect(html.contains("<span class=\"message\">unknown parameter &#39;&lt;script&gt;x&lt;/script&gt;&#39; for routine"))
        #expect(html.contains("<span class=\"message\">symbol &#39;&lt;img src=x onerror=alert(8)&gt;&#39; not found in Sources/</span>"))
        #expect(html.contains("&lt;script&gt;alert(&#39;c&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;"))
        #expect(!html.contains("alert('c')"))
        // The experiment with the odd file names ran.
        #expect(try workspace.results("0.1-hostile").status(of: "data") == "ok")
        // Its CSV exports and SVG charts are escaped too (no raw '<' from the author).
        for svg in html.components(separatedBy: "<svg").dropFirst() {
            let body = svg.components(separatedBy: "</svg>")[0]
            #expect(!body.contains("<script") && !body.contains("x<y>"))
        }
    }

    // MARK: Reading only from the lesson's folder

    @Test func csvSymlinkOutOfTheLessonFolderIsRefused() throws {
        let workspace = try Workspace()
        try workspace.file("secret_train_X.csv", "1,2\n")
        try workspace.file("secret_train_Y.csv", "1\n")
        try FileManager.default.createDirectory(at: workspace.root.appendingPathComponent("lessons/data"),
                                                withIntermediateDirectories: true)
        for part in ["X", "Y"] {
            try FileManager.default.createSymbolicLink(
                atPath: workspace.root.appendingPathComponent("lessons/data/leak_train_\(part).csv").path,
                withDestinationPath: workspace.root.appendingPathComponent("secret_train_\(part).csv").path)
        }
        let file = try workspace.lesson("0.1-leak.md", MalformedInputTests.lesson(
            "```experiment leak\nroutine: train\ndataset: {csv: data/leak}\nlayers: [2, 2, 1]\nepochs: 10\n```"))
        let check = try workspace.run("check", file)
        #expect(check.status == 1)
        let folder = workspace.root.appendingPathComponent("lessons").path
        #expect(check.errorLines == [
            "\(file):7:16: error: csv dataset 'data/leak' is outside the lesson's folder (\(folder)); data files must be inside the folder tree of the lesson file",
        ], "stderr: \(check.stderr)")
    }

    // MARK: Writing only under the output folder

    static let plain = "# Plain\n\n\(MalformedInputTests.good)\n\n```experiment quick\nroutine: train\ndataset: circles\nlayers: [2, 2, 1]\nepochs: 20\nrecord_every: 10\n```\n"

    @Test func aPageSymlinkedOutOfTheOutputFolderIsRefused() throws {
        let workspace = try Workspace()
        try workspace.lesson("0.1-plain.md", Self.plain)
        try workspace.file("victim/page.html", "precious\n")
        try workspace.file("output/.keep", "")
        let victim = workspace.root.appendingPathComponent("victim/page.html").path
        try FileManager.default.createSymbolicLink(atPath: workspace.root.appendingPathComponent("output/0.1-plain.html").path,
                                                   withDestinationPath: victim)
        let run = try workspace.run("render", "--quiet")
        #expect(run.status == 1)
        #expect(run.errorLines == [
            "output/0.1-plain.html:1:1: error: refusing to write through 'output/0.1-plain.html': it is a symbolic link to '\(victim)', outside the output folder",
        ], "stderr: \(run.stderr)")
        #expect(try workspace.read("victim/page.html") == "precious\n")
        // Everything else was written.
        #expect(try workspace.results("0.1-plain").status(of: "quick") == "ok")
        #expect(workspace.exists("output/index.html"))
    }

    @Test func foldersSymlinkedOutOfTheOutputFolderAreRefused() throws {
        let workspace = try Workspace()
        try workspace.lesson("0.1-plain.md", Self.plain)
        try FileManager.default.createDirectory(at: workspace.root.appendingPathComponent("victim"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: workspace.root.appendingPathComponent("output"), withIntermediateDirectories: true)
        let victim = workspace.root.appendingPathComponent("victim").path
        for link in ["output/.cache", "output/0.1-plain"] {  // the cache and the page's CSV exports
            try FileManager.default.createSymbolicLink(atPath: workspace.root.appendingPathComponent(link).path,
                                                       withDestinationPath: victim)
        }
        let run = try workspace.run("render", "--quiet")
        #expect(run.status == 1, "stderr: \(run.stderr)")
        let output = workspace.root.appendingPathComponent("output").path
        let lines = run.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains("lessons/0.1-plain.md:8:1: warning: cannot cache the result of 'quick': refusing to write through '\(output)/.cache': it is a symbolic link to '\(victim)', outside the output folder"),
                "stderr: \(run.stderr)")
        #expect(lines.contains("output/0.1-plain/quick-cost.csv:1:1: error: refusing to write through '\(output)/0.1-plain': it is a symbolic link to '\(victim)', outside the output folder"),
                "stderr: \(run.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: victim) == [], "nothing was written outside")
        #expect(workspace.exists("output/0.1-plain.html"))
    }

    @Test func outputWithDotDotIsNormalizedAndStaysInside() throws {
        let workspace = try Workspace()
        try workspace.lesson("0.1-plain.md", Self.plain)
        let run = try workspace.run("render", "--quiet", "--output", "build/../site")
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(workspace.exists("site/0.1-plain.html") && workspace.exists("site/index.html"))
        #expect(!workspace.exists("build"), "nothing is created on the way of '..'")
        #expect(!workspace.exists("output"))
    }
}
