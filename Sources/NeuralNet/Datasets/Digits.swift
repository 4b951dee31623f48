/// The UCI handwritten digits (Alpaydin & Kaynak, 1998; CC BY 4.0) as
/// scikit-learn ships them: 1797 grey 8×8 images of the digits 0–9, each
/// pixel the count of "on" pixels in a 4×4 block of a 32×32 bitmap, 0–16.
/// The lesson on frameworks uses it where the course used SIGNS (64×64 hand
/// signs, 6 classes), which cannot be shipped.
///
/// The file `Resources/digits.csv` has one image per row: 64 pixels in
/// row-major order, then the label. Loaded, X is `(64, m)` with pixel
/// `(r, c)` of image `i` at `X[8r + c, i]`, scaled to [0, 1] by `/16`
/// (as the course divides SIGNS by 255), and Y is `(1, m)` of class indices.
public enum Digits {
    public static let count = 1797
    public static let side = 8
    public static let pixels = 64
    public static let classes = 10
    public static let maxIntensity = 16.0
    public static let defaultTestCount = 360
    public static let defaultSeed: UInt32 = 1
    static let resourceName = "digits.csv"

    /// Every image of the file at `path` (default: the shipped resource),
    /// in file order. Errors name the file, and the line and column of a
    /// bad value.
    public static func load(path: String? = nil) throws(DatasetError) -> (x: Matrix, y: Matrix) {
        let file: String
        if let path {
            file = path
        } else if let url = ResourceLocator.url(forResource: resourceName) {
            file = url.path
        } else {
            let looked = ResourceLocator.candidates(forResource: resourceName).map(\.path)
            throw DatasetError(file: resourceName, .unreadable(
                reason: "the bundled digits data is missing; looked at " + looked.joined(separator: ", ")))
        }
        let table = try CSVTable.read(file)
        guard table.width == pixels + 1 else {
            throw DatasetError(file: file, line: table.lines[0], .corrupt(
                reason: "expected \(pixels + 1) fields (\(pixels) pixels and a label), found \(table.width)"))
        }
        let m = table.rows.count
        var x = Matrix(rows: pixels, columns: m)
        var y = Matrix(rows: 1, columns: m)
        for (i, row) in table.rows.enumerated() {
            for p in 0..<pixels {
                let value = row[p]
                guard value == value.rounded(), value >= 0, value <= maxIntensity else {
                    throw DatasetError(file: file, line: table.lines[i], column: table.columns[i][p], .corrupt(
                        reason: "pixel \(p + 1) is '\(table.fields[i][p])', expected an integer 0–16"))
                }
                x[p, i] = value / maxIntensity
            }
            let label = row[pixels]
            guard label == label.rounded(), abs(label) < 1e9 else {
                throw DatasetError(file: file, line: table.lines[i], column: table.columns[i][pixels],
                                   .nonIntegerLabel(text: String(table.fields[i][pixels])))
            }
            guard label >= 0, label < Double(classes) else {
                throw DatasetError(file: file, line: table.lines[i], column: table.columns[i][pixels],
                                   .labelOutOfRange(label: Int(label), classes: classes))
            }
            y[0, i] = label
        }
        return (x, y)
    }
}

extension Dataset {
    /// The digits split into train and test with numpy's generator:
    ///
    ///     np.random.seed(seed); p = np.random.permutation(m)
    ///     train = p[:m - test_count]; test = p[m - test_count:]
    ///
    /// With the defaults, 1437 training and 360 test images, 10 classes.
    public static func digits(
        testCount: Int = Digits.defaultTestCount, seed: UInt32 = Digits.defaultSeed, path: String? = nil
    ) throws(DatasetError) -> Dataset {
        let all = try Digits.load(path: path)
        let m = all.x.columns
        guard testCount >= 0, testCount < m else {
            throw DatasetError(file: path ?? Digits.resourceName,
                               .tooFewExamples(needed: max(testCount, 0) + 1, found: m))
        }
        var random = NumpyRandom(seed: seed)
        let order = random.permutation(m)
        let train = order[..<(m - testCount)], test = order[(m - testCount)...]
        return Dataset(name: "digits",
                       trainX: all.x.selectingColumns(train), trainY: all.y.selectingColumns(train),
                       testX: all.x.selectingColumns(test), testY: all.y.selectingColumns(test),
                       classes: Digits.classes)
    }
}
