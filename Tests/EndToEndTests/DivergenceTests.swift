import Foundation
import Testing

/// Issue 8, "numerical failure is a result, not a crash": a training run
/// whose parameters stop being finite stops there, is recorded with `inf`/
/// `nan` as strings, is plotted up to that point and does not abort the
/// lesson. PRODUCT §6 makes it a result, so its status is `ok` with the note
/// "diverged at epoch k" (the page's badge and a warning on stderr say it),
/// and `lessons run` exits 0.
///
/// A learning rate of 100 only saturates the sigmoid (finite parameters,
/// cost inf at worst); 10²⁰⁰ makes the first update ~10¹⁹⁹ and the second
/// overflow, so the parameters become infinite and then NaN. `init_scale:
/// 1e200` overflows the very first forward pass.
@Suite struct DivergenceTests {
    static let lesson = """
    # Diverging

    ```experiment blowup
    routine: train
    dataset: circles
    layers: [2, 4, 1]
    learning_rate: 1e200
    epochs: 100
    record_every: 1
    ```

    ```experiment huge-init
    routine: train
    dataset: circles
    layers: [2, 4, 1]
    initialization: random
    init_scale: 1e200
    epochs: 100
    record_every: 10
    ```

    ```experiment fine
    routine: train
    dataset: circles
    layers: [2, 4, 1]
    epochs: 100
    record_every: 50
    ```
    """

    @Test func divergedRunIsARecordedPlottedResult() throws {
        let workspace = try Workspace()
        let file = try workspace.lesson("0.1-diverging.md", Self.lesson)
        let run = try workspace.run("run", file, "--quiet")
        #expect(run.status == 0, "a diverged run is a result, not a failure; stderr: \(run.stderr)")
        let note = "diverged at epoch 2: the parameters stopped being finite, so training stopped there (try a smaller learning_rate)"
        #expect(run.stderr.split(separator: "\n").map(String.init) == [
            "\(file):3:1: warning: experiment 'blowup' \(note)",
            "\(file):12:1: warning: experiment 'huge-init' diverged at epoch 1: the parameters stopped being finite, so training stopped there (try a smaller learning_rate)",
        ], "stderr: \(run.stderr)")

        let results = try workspace.results("0.1-diverging")
        let blowup = try #require(results.experiment("blowup"))
        #expect(blowup["status"] as? String == "ok")
        #expect(blowup["error"] is NSNull)
        #expect((blowup["notes"] as? [String])?.first == note)
        let metrics = try #require(blowup["metrics"] as? [String: Any])
        #expect(metrics["final_cost"] as? String == "nan")
        #expect(metrics["epochs_run"] as? Double == 2)
        // Stopped early: epochs 0 (finite), 1 (inf: saturated outputs), 2 (nan: the parameters are gone).
        let cost = try #require((blowup["series"] as? [String: Any])?["cost"] as? [[Any]])
        #expect(cost.count == 3)
        #expect(cost.map { $0[0] as? Double } == [0, 1, 2])
        #expect((cost[0][1] as? Double).map(\.isFinite) == true)
        #expect(cost[1][1] as? String == "inf")
        #expect(cost[2][1] as? String == "nan")
        // The text form too: non-finite numbers are the strings PRODUCT §3.4 names.
        let json = try workspace.read("output/0.1-diverging.json")
        #expect(json.contains("\"final_cost\": \"nan\""))
        #expect(json.contains("[1, \"inf\"]") && json.contains("[2, \"nan\"]"), "\(json)")

        let huge = try #require(results.experiment("huge-init"))
        #expect(huge["status"] as? String == "ok")
        #expect(((huge["notes"] as? [String])?.first ?? "").hasPrefix("diverged at epoch 1:"))

        // The lesson went on: the other experiment ran to the end.
        let fine = try #require(results.experiment("fine"))
        #expect(fine["status"] as? String == "ok")
        #expect(fine["notes"] as? [String] == [])
        #expect(((fine["metrics"] as? [String: Any])?["final_cost"] as? Double).map(\.isFinite) == true)
        #expect(((fine["metrics"] as? [String: Any])?["epochs_run"] as? Double) == 100)

        // The page plots what there is, marks the gaps and says it diverged.
        let html = try workspace.read("output/0.1-diverging.html")
        let card = try #require(section(of: html, id: "experiment-blowup"))
        #expect(card.contains("<span class=\"badge failed\">diverged at epoch 2</span>"))
        #expect(card.contains("<li>\(note)</li>"))
        #expect(card.contains("<svg class=\"chart line-chart\" id=\"chart-blowup-cost\""))
        #expect(card.contains("Cost: inf at epoch 1; nan at epoch 2."))
        #expect(card.contains("class=\"gap-marker nan\""))
        let fineCard = try #require(section(of: html, id: "experiment-fine"))
        #expect(fineCard.contains("<span class=\"badge ok\">ok</span>"))
        #expect(fineCard.contains("<svg class=\"chart line-chart\" id=\"chart-fine-cost\""))

        // Deterministic, so it is cached like any result; a cached diverged
        // run is still reported.
        let again = try workspace.run("run", file, "--quiet", "--explain")
        #expect(again.status == 0)
        #expect(again.stderr.contains("0.1-diverging/blowup: reused"), "stderr: \(again.stderr)")
        #expect(again.stderr.contains("\(file):3:1: warning: experiment 'blowup' \(note)"))
        #expect(try workspace.read("output/0.1-diverging.html").contains("diverged at epoch 2</span>"))
    }

    /// `<section … id="ID" …>…</section>` of a card (cards do not nest sections).
    private func section(of html: String, id: String) -> String? {
        guard let start = html.range(of: "id=\"\(id)\""),
              let end = html.range(of: "</section>", range: start.upperBound..<html.endIndex) else { return nil }
        return String(html[start.lowerBound..<end.upperBound])
    }
}
