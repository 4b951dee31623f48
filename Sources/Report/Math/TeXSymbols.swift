/// The TeX commands the converter knows, as Unicode.
enum TeXSymbols {
    static let greek: [String: String] = [
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ϵ", "varepsilon": "ε",
        "zeta": "ζ", "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ", "lambda": "λ",
        "mu": "μ", "nu": "ν", "xi": "ξ", "pi": "π", "varpi": "ϖ", "rho": "ρ", "varrho": "ϱ", "sigma": "σ",
        "varsigma": "ς", "tau": "τ", "upsilon": "υ", "phi": "ϕ", "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω",
        "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π", "Sigma": "Σ",
        "Upsilon": "Υ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
    ]

    /// Letter-like symbols that are identifiers, not operators.
    static let identifiers: [String: String] = [
        "partial": "∂", "nabla": "∇", "infty": "∞", "ell": "ℓ", "hbar": "ℏ", "emptyset": "∅",
        // Transpose marks (`W^\top`, `x^\intercal`) and their kin are ordinary symbols in TeX.
        "top": "⊤", "intercal": "⊺", "bot": "⊥", "prime": "′", "neg": "¬", "lnot": "¬",
    ]

    /// Operators and relations.
    static let operators: [String: String] = [
        "cdot": "⋅", "times": "×", "div": "÷", "pm": "±", "mp": "∓", "ast": "∗", "star": "⋆", "circ": "∘",
        "odot": "⊙", "otimes": "⊗", "oplus": "⊕", "bullet": "∙",
        "leftarrow": "←", "gets": "←", "rightarrow": "→", "to": "→", "Leftarrow": "⇐", "Rightarrow": "⇒",
        "leftrightarrow": "↔", "Leftrightarrow": "⇔", "mapsto": "↦", "implies": "⟹", "iff": "⟺",
        "approx": "≈", "ne": "≠", "neq": "≠", "le": "≤", "leq": "≤", "ge": "≥", "geq": "≥", "ll": "≪", "gg": "≫",
        "equiv": "≡", "sim": "∼", "simeq": "≃", "propto": "∝", "in": "∈", "notin": "∉", "subset": "⊂",
        "subseteq": "⊆", "cup": "∪", "cap": "∩", "forall": "∀", "exists": "∃", "mid": "∣", "colon": ":", "setminus": "∖", "cdotp": "⋅",
        "ldots": "…", "cdots": "⋯", "dots": "…", "vdots": "⋮", "ddots": "⋱",
        "lbrace": "{", "rbrace": "}", "langle": "⟨", "rangle": "⟩", "lVert": "‖", "rVert": "‖",
        "lvert": "|", "rvert": "|", "vert": "|", "Vert": "‖", "|": "‖", "{": "{", "}": "}",
        "lfloor": "⌊", "rfloor": "⌋", "lceil": "⌈", "rceil": "⌉",
        "sum": "∑", "prod": "∏", "int": "∫", "oint": "∮",
    ]

    /// Large operators whose scripts go under and over in display style.
    static let limitOperators: Set<String> = ["sum", "prod"]

    /// Named functions, set upright and followed by an invisible function application.
    static let functions: Set<String> = [
        "log", "ln", "exp", "sin", "cos", "tan", "tanh", "sinh", "cosh", "max", "min", "lim", "arg",
        "det", "sup", "inf", "argmax", "argmin", "sgn",
    ]
    /// Functions whose scripts are limits (`\lim_{ε→0}`, `\max_i`).
    static let limitFunctions: Set<String> = ["lim", "max", "min", "sup", "inf", "argmax", "argmin"]

    /// Space commands and their widths in em.
    static let spaces: [String: String] = [
        ",": "0.1667em", ":": "0.2222em", ">": "0.2222em", ";": "0.2778em", " ": "0.25em", "!": "-0.1667em",
        "quad": "1em", "qquad": "2em", "enspace": "0.5em", "thinspace": "0.1667em",
    ]

    /// Accents over a base: the character and whether it stretches.
    static let accents: [String: (String, Bool)] = [
        "hat": ("^", false), "widehat": ("^", true), "tilde": ("~", false), "widetilde": ("~", true),
        "bar": ("¯", false), "overline": ("‾", true), "vec": ("→", false), "dot": ("˙", false), "ddot": ("¨", false),
        "overrightarrow": ("→", true),
    ]

    /// Commands that are accepted and have no visible effect.
    static let ignored: Set<String> = ["displaystyle", "textstyle", "limits", "nolimits", "left.", "middle"]

    /// Delimiter sizes (`\big(`): the delimiter is kept, the size is left to the renderer.
    static let sizes: Set<String> = ["big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr", "biggl", "biggr"]

    /// Alphabet styles: `\mathbf{W}` → 𝐖. Nil for a style that uses `mathvariant` instead.
    static func styled(_ character: Character, style: String) -> String? {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return nil }
        let value = scalar.value
        let upper = value >= 65 && value <= 90, lower = value >= 97 && value <= 122, digit = value >= 48 && value <= 57
        func at(_ base: UInt32, _ offset: UInt32) -> String? { UnicodeScalar(base + offset).map { String($0) } }
        switch style {
        case "mathbf", "boldsymbol":
            if upper { return at(0x1D400, value - 65) }
            if lower { return at(0x1D41A, value - 97) }
            if digit { return at(0x1D7CE, value - 48) }
        case "mathcal", "mathscr":
            let holes: [Character: String] = ["B": "ℬ", "E": "ℰ", "F": "ℱ", "H": "ℋ", "I": "ℐ", "L": "ℒ", "M": "ℳ",
                                              "R": "ℛ", "e": "ℯ", "g": "ℊ", "o": "ℴ"]
            if let hole = holes[character] { return hole }
            if upper { return at(0x1D49C, value - 65) }
            if lower { return at(0x1D4B6, value - 97) }
        case "mathbb":
            let holes: [Character: String] = ["C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ"]
            if let hole = holes[character] { return hole }
            if upper { return at(0x1D538, value - 65) }
            if digit { return at(0x1D7D8, value - 48) }
        default: break
        }
        return nil
    }
}
