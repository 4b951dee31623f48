/// The one stylesheet, inlined in every page: system fonts, a ~70ch prose
/// measure, cards, tables with tabular figures, chart styling through CSS
/// custom properties, light and dark schemes, and print rules.
///
/// Print shows the full parameter tables: Chromium, Safari and current
/// Firefox hide a closed details' content in its `::details-content` part,
/// which no rule on its children reaches (and the Nu checker rejects that
/// pseudo-element), so each table has a print-only copy outside its details.
enum Stylesheet {
    static let css: String = [tokens, base, layout, prose, cards, tables, charts, code, site, print]
        .joined(separator: "\n")

    static let tokens = """
    :root{--bg:#fbfbfa;--surface:#ffffff;--surface-2:#f4f5f7;--text:#1d2125;--muted:#5c6570;\
    --faint:#8a939e;--border:#e2e5e9;--border-strong:#cdd2d8;--accent:#0a5fb4;--accent-soft:#e8f1fb;\
    --ok:#0b7a4b;--ok-soft:#e3f4ec;--bad:#b4321f;--bad-soft:#fcebe7;--warn:#8a5a00;--warn-soft:#fdf3dc;\
    --grid:#eceef1;--axis:#b9c0c8;--code-bg:#f5f6f8;\
    --tok-k:#a8267e;--tok-t:#1c6e8c;--tok-s:#b43b0e;--tok-n:#3e4fb8;--tok-c:#6b7480;--tok-a:#7d4c00;--tok-f:#2d5e2d;\
    --font:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue","Noto Sans","Liberation Sans",Arial,sans-serif;\
    --mono:ui-monospace,"SF Mono",SFMono-Regular,Menlo,Consolas,"DejaVu Sans Mono","Liberation Mono",monospace;\
    --serif:"Iowan Old Style","Palatino Linotype",Palatino,"Book Antiqua",Georgia,"DejaVu Serif",serif;\
    --radius:10px;--header-bg:rgba(251,251,250,.94);--shadow:0 1px 2px rgba(16,24,40,.04),0 2px 8px rgba(16,24,40,.05);\(Palette.declarations(dark: false))}
    @media (prefers-color-scheme:dark){:root{--bg:#0e1116;--surface:#151a21;--surface-2:#1b2129;--text:#e4e7eb;\
    --muted:#9ea7b3;--faint:#737d89;--border:#29313b;--border-strong:#38414d;--accent:#73b7ff;--accent-soft:#16273b;\
    --ok:#4fd19a;--ok-soft:#12301f;--bad:#ff8a75;--bad-soft:#3a1a15;--warn:#f2c14e;--warn-soft:#33290f;\
    --grid:#222a33;--axis:#4a5461;--code-bg:#11161c;\
    --tok-k:#f287c9;--tok-t:#6fd0e8;--tok-s:#f7a26b;--tok-n:#a9b4ff;--tok-c:#7f8a97;--tok-a:#e0b35a;--tok-f:#9fd69f;\
    --shadow:0 1px 2px rgba(0,0,0,.3),0 2px 10px rgba(0,0,0,.25);--header-bg:rgba(14,17,22,.94);\(Palette.declarations(dark: true))}}
    """

    static let base = """
    *,*::before,*::after{box-sizing:border-box}
    html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
    body{margin:0;background:var(--bg);color:var(--text);font-family:var(--font);font-size:17px;line-height:1.65;\
    font-feature-settings:"kern","liga";-webkit-font-smoothing:antialiased}
    a{color:var(--accent)}
    a:hover{color:var(--text)}
    :focus-visible{outline:2px solid var(--accent);outline-offset:2px;border-radius:3px}
    code,pre,kbd{font-family:var(--mono);font-size:.86em}
    math{font-size:1.08em;font-family:"STIX Two Math","Cambria Math","Latin Modern Math","STIX Math","TeX Gyre Pagella Math","DejaVu Math TeX Gyre",math}
    """

    static let layout = """
    .site-header{position:sticky;top:0;z-index:10;background:var(--header-bg);border-bottom:1px solid var(--border)}
    .header-inner,.footer-inner{max-width:80rem;margin:0 auto;padding:.7rem 2rem;display:flex;align-items:center;gap:1.5rem}
    .site-name{font-weight:700;letter-spacing:-.01em;color:var(--text);text-decoration:none;display:flex;align-items:center;gap:.55rem;font-size:1.02rem}
    .logo{width:1.15rem;height:1.15rem;border-radius:5px;background:linear-gradient(135deg,#0072B2,#009E73 55%,#E69F00);display:inline-block}
    .header-nav{margin-left:auto;display:flex;gap:1.25rem;font-size:.9rem}
    .header-nav a{color:var(--muted);text-decoration:none}
    .header-nav a:hover{color:var(--accent)}
    .layout{max-width:80rem;margin:0 auto;padding:2.5rem 2rem 3rem;display:grid;grid-template-columns:14rem minmax(0,1fr);gap:3.5rem}
    .layout.no-toc{grid-template-columns:minmax(0,1fr)}
    .layout.no-toc main{max-width:none}
    main{min-width:0;max-width:58rem}
    .sidebar{position:relative}
    .toc{position:sticky;top:5rem;max-height:calc(100vh - 6rem);overflow:auto;font-size:.86rem;line-height:1.45;padding-right:.5rem}
    .toc-title{font-size:.72rem;font-weight:700;letter-spacing:.08em;text-transform:uppercase;color:var(--faint);margin:0 0 .7rem}
    .toc ol{list-style:none;margin:0;padding:0}
    .toc li{margin:.1rem 0}
    .toc ol ol{padding-left:.85rem;margin:.15rem 0 .4rem;border-left:1px solid var(--border)}
    .toc a{display:block;padding:.2rem .5rem;border-radius:6px;color:var(--muted);text-decoration:none}
    .toc a:hover{color:var(--text);background:var(--surface-2)}
    @media (max-width:62rem){.layout{grid-template-columns:minmax(0,1fr);gap:1.5rem;padding:1.5rem 1.1rem 2.5rem}\
    .toc{position:static;max-height:none;border:1px solid var(--border);border-radius:var(--radius);padding:.9rem 1rem;background:var(--surface)}\
    .header-inner,.footer-inner{padding:.6rem 1.1rem}.header-nav a:first-child{display:none}}
    """

    static let prose = """
    .lesson>p,.lesson>ul,.lesson>ol,.lesson>blockquote,.lesson>h1,.lesson>h2,.lesson>h3,.lesson>h4,.lesson>.lesson-intro,\
    .lesson>.math-display,.lesson>pre,.lesson>hr{max-width:70ch}
    h1,h2,h3,h4{line-height:1.25;letter-spacing:-.015em;font-weight:700;scroll-margin-top:5rem}
    h1{font-size:2.35rem;margin:0 0 .6rem;letter-spacing:-.025em}
    h2{font-size:1.55rem;margin:3rem 0 .8rem;padding-top:1.2rem;border-top:1px solid var(--border)}
    h3{font-size:1.2rem;margin:2.2rem 0 .6rem}
    h4{font-size:1rem;margin:1.6rem 0 .4rem}
    p,ul,ol{margin:0 0 1.05rem}
    li{margin:.25rem 0}
    blockquote{margin:1.4rem 0;padding:.2rem 1.2rem;border-left:3px solid var(--accent);color:var(--muted);background:var(--accent-soft);border-radius:0 8px 8px 0}
    hr{border:0;border-top:1px solid var(--border);margin:2.5rem 0}
    strong{font-weight:600}
    :not(pre)>code{background:var(--code-bg);border:1px solid var(--border);padding:.08em .32em;border-radius:5px;font-size:.84em}
    .math-display{margin:1.4rem 0;padding:.4rem 0;overflow-x:auto;overflow-y:hidden}
    .math-display math{font-size:1.18em}
    mtable.align-left mtd{text-align:left}
    mtable.align-rl mtd{padding-left:0;padding-right:0}
    mtable.align-rl mtd:nth-child(odd){text-align:right;text-align:-webkit-right}
    mtable.align-rl mtd:nth-child(even){text-align:left}
    mtable.align-left mtr+mtr mtd,mtable.align-rl mtr+mtr mtd{padding-top:.35em}
    .nowrap{white-space:nowrap}
    .math-source{color:var(--warn)}
    pre.math-source{background:var(--warn-soft);padding:.8rem 1rem;border-radius:8px}
    .lesson-intro{margin:0 0 2rem}
    .lesson-meta{display:flex;flex-wrap:wrap;align-items:center;gap:.45rem .9rem;color:var(--muted);font-size:.88rem;margin:.4rem 0 1rem}
    .meta-item{white-space:nowrap}
    a.meta-item{text-decoration:none}
    a.meta-item:hover{text-decoration:underline}
    """

    static let cards = """
    .card{background:var(--surface);border:1px solid var(--border);border-radius:var(--radius);box-shadow:var(--shadow);\
    margin:1.8rem 0 2.2rem;padding:1.15rem 1.35rem 1.2rem;scroll-margin-top:5rem}
    .card:target{border-color:var(--accent);outline:3px solid var(--accent-soft)}
    .card-header{display:flex;align-items:baseline;gap:.8rem;flex-wrap:wrap}
    .card-title{margin:0;font-size:1.12rem;display:flex;align-items:baseline;gap:.5rem;flex-wrap:wrap}
    .card-kind{font-size:.7rem;font-weight:700;letter-spacing:.08em;text-transform:uppercase;color:var(--faint)}
    .card-title code{background:none;border:0;padding:0;font-size:1.02rem;font-weight:600;color:var(--text)}
    .card-title .card-code{font-size:.85rem;font-weight:500;color:var(--muted)}
    .anchor{color:var(--faint);text-decoration:none;font-weight:400;opacity:0;transition:opacity .15s}
    .card-header:hover .anchor,.anchor:focus{opacity:1}
    .routine{margin-left:auto}
    .routine code{font-size:.78rem;color:var(--accent);background:var(--accent-soft);border:0;border-radius:999px;padding:.15rem .6rem}
    .card-meta{display:flex;flex-wrap:wrap;align-items:center;gap:.35rem .85rem;margin:.35rem 0 .7rem;font-size:.82rem;color:var(--muted)}
    .card-meta .source{font-family:var(--mono);font-size:.78rem}
    .badge{display:inline-block;font-size:.72rem;font-weight:600;letter-spacing:.02em;line-height:1.5;padding:.05rem .55rem;border-radius:999px;\
    border:1px solid transparent;white-space:nowrap}
    .badge.ok{color:var(--ok);background:var(--ok-soft)}
    .badge.failed{color:var(--bad);background:var(--bad-soft)}
    .badge.cached{color:var(--muted);border-color:var(--border-strong)}
    .badge.section{color:var(--accent);background:var(--accent-soft)}
    .chips{list-style:none;display:flex;flex-wrap:wrap;gap:.35rem;margin:0 0 1rem;padding:0}
    .chips li{margin:0;font-size:.78rem;font-family:var(--mono);border:1px solid var(--border);border-radius:6px;padding:.08rem .45rem;background:var(--surface-2)}
    .chips li.chip-more{font-family:var(--font);border-style:dashed;background:none}
    .chip-more a{text-decoration:none}
    .chip-key{color:var(--muted)}
    .chip-value{color:var(--text);font-weight:600}
    .metrics{display:grid;grid-template-columns:repeat(auto-fill,minmax(9.5rem,1fr));gap:.6rem;margin:0 0 1.1rem}
    .metric{border:1px solid var(--border);border-radius:8px;padding:.55rem .8rem;background:var(--surface-2)}
    .metric dt{font-size:.74rem;color:var(--muted);letter-spacing:.01em}
    .metric dd{margin:0;font-size:1.35rem;font-weight:600;font-variant-numeric:tabular-nums;letter-spacing:-.01em}
    .metric.bad dd{color:var(--bad)}
    .figures{display:flex;flex-wrap:wrap;gap:1rem 1.4rem;align-items:flex-start;margin:.4rem 0 .8rem}
    .chart-figure{margin:0;min-width:0}
    .chart-figure.wide{flex:3 1 26rem;max-width:44rem}
    .chart-figure.square{flex:2 1 16rem;max-width:26rem}
    .chart-figure figcaption{font-size:.8rem;color:var(--muted);margin-top:.25rem}
    .caption-row{display:flex;justify-content:space-between;gap:1rem;padding:0 .2rem}
    .download{white-space:nowrap;text-decoration:none}
    .download::before{content:"↓ "}
    .chart-note{display:block;font-size:.8rem;color:var(--warn);background:var(--warn-soft);border-radius:6px;padding:.35rem .65rem;margin:.45rem 0 0}
    .notes{margin:.2rem 0 .9rem;padding:.55rem .9rem .55rem 1.9rem;background:var(--surface-2);border-radius:8px;font-size:.9rem}
    .parameters{margin-top:.9rem;border-top:1px solid var(--border);padding-top:.6rem}
    .parameters summary{cursor:pointer;font-size:.86rem;font-weight:600;color:var(--muted);list-style-position:outside}
    .parameters summary:hover{color:var(--text)}
    .summary-note{font-weight:400;color:var(--faint);margin-left:.4rem}
    .params{margin-top:.6rem}
    .print-only{display:none}
    .params-title{margin:0;font-size:.86rem;font-weight:600;color:var(--muted)}
    .params tr.default{color:var(--muted)}
    .params tr.default code{color:var(--muted)}
    .problem{border:1px solid var(--bad);background:var(--bad-soft);border-radius:8px;padding:.7rem 1rem;margin:.6rem 0 1rem}
    .problem.warning{border-color:var(--warn);background:var(--warn-soft)}
    .problem-heading{margin:0 0 .35rem;font-weight:600;color:var(--bad)}
    .problem.warning .problem-heading{color:var(--warn)}
    .problem-list{list-style:none;margin:0;padding:0;font-size:.88rem}
    .problem-list li{margin:.2rem 0}
    .problem .location{font-family:var(--mono);font-size:.82rem;font-weight:600}
    .problem .severity{font-family:var(--mono);font-size:.82rem;color:var(--bad)}
    .problem.warning .severity{color:var(--warn)}
    .problem-card{border-color:var(--bad)}
    .not-run{color:var(--muted);font-style:italic}
    .artifact{margin:.8rem 0}
    .artifact-title{font-size:.86rem;font-weight:600;color:var(--muted);margin:0 0 .4rem}
    .matrix-list{display:flex;flex-wrap:wrap;gap:1rem 1.6rem}
    .matrix-name{margin:0 0 .2rem;font-size:.85rem}
    .matrix-name .mono{font-family:var(--mono);font-weight:600}
    .shape{color:var(--faint);font-size:.78rem}
    table.matrix{border-left:2px solid var(--text);border-right:2px solid var(--text);border-radius:3px;font-size:.76rem;margin:0;width:auto}
    table.matrix td{padding:.08rem .45rem;border:0;text-align:right;font-family:var(--mono)}
    td.more{color:var(--faint);text-align:center}
    """

    static let tables = """
    table{border-collapse:collapse;font-variant-numeric:tabular-nums;font-size:.9rem;margin:0 0 1rem}
    .table-wrap{overflow-x:auto;margin:.2rem 0 1rem}
    th,td{text-align:left;padding:.42rem .8rem;border-bottom:1px solid var(--border);vertical-align:baseline}
    thead th{font-size:.75rem;font-weight:600;letter-spacing:.03em;color:var(--muted);border-bottom:1.5px solid var(--border-strong)}
    tbody th{font-weight:500}
    th a,td a{text-decoration:none}
    th a:hover code,td a:hover code{border-color:var(--accent)}
    caption{white-space:nowrap}
    .num{text-align:right;white-space:nowrap}
    td.best{font-weight:700;color:var(--ok)}
    td.missing{color:var(--faint)}
    caption{caption-side:top;text-align:left;font-size:.86rem;font-weight:600;color:var(--muted);padding:0 0 .4rem}
    .compare-table{min-width:60%}
    .swatch{display:inline-block;width:.75rem;height:.75rem;border-radius:3px;background:var(--c);margin-right:.5rem;vertical-align:-.05rem}
    """

    static let charts = """
    svg.chart{display:block;width:100%;height:auto;font-family:var(--font);overflow:visible}
    .chart text{fill:var(--text);font-size:12px}
    .chart .tick{fill:var(--muted);font-size:11.5px;font-variant-numeric:tabular-nums}
    .chart .axis-title{font-size:12.5px;font-weight:600;fill:var(--muted)}
    .chart .gridline{stroke:var(--grid);stroke-width:1}
    .chart .frame{fill:none;stroke:var(--axis);stroke-width:1}
    .chart .line{fill:none;stroke:var(--c);stroke-width:2.2;stroke-linejoin:round;stroke-linecap:round}
    .chart .dot{fill:var(--c);stroke:var(--surface);stroke-width:1.5}
    .chart .gap-marker{fill:var(--c)}
    .chart .gap-marker.nan{fill:var(--surface);stroke:var(--c);stroke-width:2}
    .chart .swatch{fill:var(--c)}
    .chart .legend-label{font-size:12px;fill:var(--text)}
    .chart .pt{fill:var(--c);stroke:var(--surface);stroke-width:.8}
    .chart .bar rect{fill:var(--c)}
    .chart .bar-value{font-size:11px;fill:var(--muted)}
    .chart .threshold{stroke:var(--text);stroke-width:1.2;stroke-dasharray:5 4}
    .chart .threshold-label{font-size:11px;fill:var(--text)}
    .chart .image-back{fill:#000}
    .chart .caption{font-size:11px;fill:var(--muted)}
    """

    static let code = """
    pre.code{background:var(--code-bg);border:1px solid var(--border);border-radius:8px;padding:.85rem 0;overflow-x:auto;\
    font-size:.8rem;line-height:1.6;margin:.4rem 0 1rem;tab-size:4}
    pre.code code{display:block;min-width:max-content;font-size:1em;background:none;border:0;padding:0}
    pre.code .line{padding:0 1.1rem}
    pre.code.numbered .line{counter-increment:line;padding-left:0}
    pre.code.numbered .line::before{content:counter(line);display:inline-block;width:3.2rem;padding-right:.9rem;margin-right:1rem;\
    text-align:right;color:var(--faint);border-right:1px solid var(--border);-webkit-user-select:none;user-select:none}
    .tok-k{color:var(--tok-k);font-weight:600}.tok-t{color:var(--tok-t)}.tok-s{color:var(--tok-s)}.tok-n{color:var(--tok-n)}
    .tok-c{color:var(--tok-c);font-style:italic}.tok-a{color:var(--tok-a)}.tok-f{color:var(--tok-f)}
    .lesson>pre:not(.code){background:var(--code-bg);border:1px solid var(--border);border-radius:8px;padding:.85rem 1.1rem;overflow-x:auto;line-height:1.55}
    """

    static let site = """
    .pager{display:grid;grid-template-columns:1fr 1fr;gap:1rem;margin:3.5rem 0 0;max-width:70ch}
    .pager a{display:flex;flex-direction:column;border:1px solid var(--border);border-radius:var(--radius);padding:.8rem 1rem;\
    text-decoration:none;background:var(--surface)}
    .pager a:hover{border-color:var(--accent)}
    .pager-next{text-align:right;grid-column:2}
    .pager-label{font-size:.78rem;color:var(--muted)}
    .pager-title{font-weight:600}
    .site-footer{border-top:1px solid var(--border);margin-top:2rem;color:var(--muted);font-size:.8rem}
    .site-footer .footer-inner{flex-direction:column;align-items:flex-start;gap:.4rem;padding-top:1.2rem;padding-bottom:2rem}
    .stamp{display:flex;flex-wrap:wrap;gap:.3rem 1.6rem;margin:0}
    .stamp div{display:flex;gap:.4rem}
    .stamp dt{color:var(--faint)}
    .stamp dd{margin:0;font-family:var(--mono);font-size:.95em;color:var(--text)}
    .footer-note{margin:0;color:var(--faint)}
    .hero{margin:0 0 2.2rem;max-width:70ch}
    .hero h1{font-size:2.8rem}
    .lede{font-size:1.15rem;color:var(--muted);line-height:1.55}
    .lesson-list{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(22rem,1fr));gap:1.1rem}
    .lesson-card{margin:0;background:var(--surface);border:1px solid var(--border);border-radius:var(--radius);box-shadow:var(--shadow);padding:1rem 1.2rem .6rem}
    .lesson-card:hover{border-color:var(--border-strong)}
    .lesson-card-head{display:flex;align-items:baseline;gap:.7rem}
    .lesson-number{font-family:var(--mono);font-size:.9rem;font-weight:700;color:var(--accent)}
    .lesson-card-title{margin:0;padding:0;border:0;font-size:1.2rem;flex:1}
    .lesson-card-title a{color:var(--text);text-decoration:none}
    .lesson-card-title a::after{content:" →";color:var(--faint)}
    .lesson-card-title a:hover{color:var(--accent)}
    .lesson-card .lesson-meta{margin:.2rem 0 .6rem}
    table.headline{width:100%;font-size:.84rem;margin:0 0 .5rem}
    table.headline th,table.headline td{padding:.3rem .5rem}
    table.headline code{font-size:.82rem}
    table.headline thead .num{white-space:normal}
    """

    static let print = """
    @media print{:root{--bg:#fff;--surface:#fff;--surface-2:#f6f6f6;--text:#000;--shadow:none}\
    body{font-size:11pt}.site-header,.sidebar,.pager,.header-nav,.download,.anchor{display:none}\
    .layout{display:block;padding:0;max-width:none}main{max-width:none}\
    .card{break-inside:avoid;box-shadow:none}.chart-figure{break-inside:avoid}\
    details>summary{list-style:none}details:not([open])>*:not(summary){display:block}a{color:inherit;text-decoration:none}\
    h2{break-after:avoid}h3{break-after:avoid}.chip-more{display:none}\
    details.parameters{display:none}.print-only{display:block}}
    """
}
