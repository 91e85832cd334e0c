/// The inline CSS and JavaScript of ``HTMLReport``'s page. Nothing here loads anything.
enum HTMLReportAssets {
    /// Runs first: counts script errors into `data-errors` (and the last message into
    /// `data-last-error`) on the root element, so a headless browser's DOM dump shows them.
    static let errorRecorder = """
        (function(){var d=document.documentElement,n=0;function note(m){n+=1;d.setAttribute('data-errors',String(n));\
        d.setAttribute('data-last-error',String(m).slice(0,300));}\
        window.addEventListener('error',function(e){note(e.message||'error');});\
        window.addEventListener('unhandledrejection',function(e){note('unhandled rejection: '+(e.reason&&e.reason.message||e.reason));});})();
        """

    /// Runs last: the category filters (the CSS does the same with `:has()` when scripts are
    /// off), and marks of hidden categories leave the tab order.
    static let script = """
        (function(){var boxes=document.querySelectorAll('input[data-filter]');\
        function apply(box){var name=box.getAttribute('data-filter');document.body.classList.toggle('hide-'+name,!box.checked);\
        var marks=document.querySelectorAll('mark.a-'+name);for(var i=0;i<marks.length;i+=1){marks[i].tabIndex=box.checked?0:-1;}}\
        for(var i=0;i<boxes.length;i+=1){(function(box){box.addEventListener('change',function(){apply(box);});apply(box);})(boxes[i]);}\
        document.documentElement.setAttribute('data-js','ready');})();
        """

    /// Per category: what a hidden category looks like, once for the class the script sets and
    /// once for `:has()` (separate rules, so that a browser without `:has()` keeps the first).
    static var filterStyle: String {
        var rules = ""
        for category in ArtifactCategory.allCases.map(\.rawValue) {
            let name = HTMLText.identifier(category)
            for scope in ["body.hide-\(name)", "body:has(#f-\(name):not(:checked))"] {
                rules += "\(scope) mark.a-\(name){background:none;color:inherit;text-decoration:none;outline:none;border:0;padding:0}"
                rules += "\(scope) mark.a-\(name) .tag{display:none}"
                rules += "\(scope) mark.a-\(name):focus::after{content:none}"
                rules += "\(scope) tr.r-\(name){display:none}\n"
            }
        }
        return rules
    }

    static let style = """
        :root{color-scheme:light;--ink:#1b1b1b;--muted:#5a5a5a;--line:#c9c9c9;--paper:#fff;--soft:#f4f5f7;--focus:#1a5fb4}
        *{box-sizing:border-box}
        html{-webkit-text-size-adjust:100%}
        body{margin:0;color:var(--ink);background:var(--paper);font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",sans-serif}
        a{color:#0b4f9c}
        a:focus-visible,[tabindex]:focus-visible,input:focus-visible,summary:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
        .skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5em 1em;z-index:20}
        .skip:focus{left:.5rem}
        .page-header,main,.page-footer{max-width:76rem;margin:0 auto;padding:0 1rem}
        .page-header{padding-top:1rem;border-bottom:1px solid var(--line)}
        h1{font-size:1.6rem;margin:.2em 0}
        h2{font-size:1.35rem;margin:1.6em 0 .5em;padding-top:.4em;border-top:3px solid var(--ink)}
        h3{font-size:1.1rem;margin:1.2em 0 .4em}
        .counts{color:var(--muted);margin:.2em 0 .6em}
        nav ul{list-style:none;padding:0;margin:.4em 0 .8em;display:flex;flex-wrap:wrap;gap:.4em 1.2em}
        .page-footer{color:var(--muted);font-size:.85rem;border-top:1px solid var(--line);margin-top:2rem;padding-bottom:2rem}
        .none{color:var(--muted);font-style:italic}
        .scroll{overflow-x:auto;max-width:100%;margin:.4em 0 1em}
        table{border-collapse:collapse}
        caption{text-align:left;color:var(--muted);font-size:.9rem;padding:.2em 0 .4em;caption-side:top}
        th,td{border:1px solid var(--line);padding:.3em .5em;vertical-align:top;text-align:left}
        thead th{background:var(--soft)}
        td.num{text-align:right;font-variant-numeric:tabular-nums}
        .summary th[scope=row]{font-weight:normal;font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.9rem}
        .mt{white-space:nowrap}
        .mt meter{width:5.5em;height:1em;vertical-align:-.15em}
        .mt-value{font-variant-numeric:tabular-nums;font-weight:600}
        .mt-level{font-size:.8rem;text-transform:uppercase;letter-spacing:.04em;padding:0 .3em;border:1px solid currentColor;border-radius:3px}
        .mt-high .mt-level{color:#8a1c1c;border-style:solid;border-width:2px}
        .mt-medium .mt-level{color:#7a4b00;border-style:dashed}
        .mt-low .mt-level{color:#1d5e2a;border-style:dotted}
        .mt-inline{color:var(--muted);white-space:nowrap}
        a.doc{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.85em;overflow-wrap:anywhere}
        .cid{font-family:ui-monospace,"DejaVu Sans Mono",monospace;background:var(--ink);color:#fff;padding:0 .35em;border-radius:3px;font-size:.9em}
        .count{color:var(--muted);font-weight:normal;font-size:.9rem}
        .cluster{border:1px solid var(--line);border-radius:6px;padding:.2em 1em .6em;margin:1.2em 0}
        .cluster h3{margin-top:.6em}
        blockquote.canonical{margin:.4em 0;padding:.3em .9em;border-left:5px solid var(--ink);background:var(--soft);font-size:1.05rem}
        blockquote.canonical p{margin:.2em 0}
        .facts,.meta{display:grid;grid-template-columns:max-content 1fr;gap:.15em 1em;margin:.5em 0}
        .facts div,.meta div{display:contents}
        dt{color:var(--muted)}
        dd{margin:0}
        .evidence{color:var(--muted);font-size:.88em}
        table.align{font-size:.95rem}
        table.align th[scope=row]{min-width:11em;max-width:15em;font-weight:normal;font-size:.85rem;background:var(--soft);position:sticky;left:0;z-index:1}
        table.align td{min-width:2.5em}
        table.align td.w1{min-width:7em}
        table.align td.w2{min-width:11em}
        table.align td.w3{min-width:15em}
        table.align td.w4{min-width:24em}
        table.align td.gap{background:repeating-linear-gradient(90deg,#fafafa 0 6px,#fff 6px 12px)}
        tr.canonical-row td{font-weight:600;background:#f8f8f0}
        .row-title{display:block;color:var(--muted);font-style:italic}
        .badge{display:inline-block;font-size:.72rem;text-transform:uppercase;letter-spacing:.04em;border:1px solid var(--ink);border-radius:3px;padding:0 .25em;font-weight:600}
        .badge.outlier{border-style:dashed;color:#8a1c1c;text-transform:none;letter-spacing:0}
        .tag{display:inline-block;font-size:.68rem;line-height:1.1;font-weight:600;color:#333;margin-left:.2em;vertical-align:super;text-decoration:none;font-style:normal;letter-spacing:.01em}
        table.align .tag,.legend .tag{display:block;margin:0;vertical-align:baseline}
        .d{display:inline-block;padding:0 .15em;border-radius:2px}
        .d-moved{background:#ecd7f5;text-decoration:underline double #6a2c87;text-underline-offset:3px}
        .d-moved-away{border:1px dashed #6a2c87;color:#6a2c87;font-style:italic}
        .d-substitution{background:#ffd9d4;text-decoration:underline solid #a3231a 2px;text-underline-offset:3px}
        .d-insertion{background:#d5f0cf;outline:1.5px dashed #2f6b25;outline-offset:-1.5px}
        .d-omission{background:repeating-linear-gradient(135deg,#eee 0 4px,#fff 4px 8px);color:#555;border:1px solid #aaa}
        .d-number-format{background:#d6e8fb;text-decoration:underline dotted #17508e 2px;text-underline-offset:3px}
        .d-spelling{background:#fff1b3;text-decoration:underline wavy #7a5a00;text-underline-offset:3px}
        .d-typography{background:#e6e6e6;text-decoration:underline dashed #444;text-underline-offset:3px}
        .legend{background:var(--soft);border-radius:6px;padding:.1em 1em .5em}
        .legend h3{font-size:1rem}
        .legend-list{list-style:none;padding:0;margin:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(17rem,1fr));gap:.5em 1.2em}
        .legend-list li{display:flex;gap:.6em;align-items:flex-start;font-size:.9rem}
        .legend-list .d{min-width:6.5em;text-align:center;flex:none}
        .fragments{margin:.4em 0 .1em}
        .fragment-list{margin:.1em 0 .4em;padding-left:1.2em}
        .label{font-weight:600}
        .single-list{padding-left:0;list-style:none}
        .single-list li.cluster{margin:.5em 0;padding:.4em .8em}
        .who{color:var(--muted)}
        .filters{background:rgba(255,255,255,.97);border:1px solid var(--line);border-radius:6px;padding:.3em .8em .5em;margin:.5em 0 1em;display:flex;flex-wrap:wrap;gap:.3em 1em}
        .filters legend{font-weight:600;padding:0 .3em}
        .filter{white-space:nowrap;cursor:pointer}
        .filter .n{color:var(--muted);font-size:.85em}
        article.doc{border-top:1px solid var(--line);margin-top:1.5em}
        article.doc h3{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:1.05rem;overflow-wrap:anywhere}
        .headline{font-weight:600;font-size:1.1rem;margin:.2em 0}
        .meta .source dd{overflow-wrap:anywhere;font-size:.85em;color:var(--muted)}
        .warnings{color:#8a1c1c}
        .text{white-space:pre-wrap;overflow-wrap:break-word;font-family:Georgia,"DejaVu Serif",serif;font-size:1.02rem;line-height:1.75;max-width:46rem;margin:.6em 0}
        .quote{background:#eef3fa;box-shadow:inset 0 -1px 0 #9bb3d1}
        .qref{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.72rem;vertical-align:super;margin-left:.15em;white-space:nowrap}
        :target{scroll-margin-top:4.5rem}
        .quote:target,.cluster:target,li:target,mark:target{outline:3px solid #e0a800;outline-offset:2px}
        mark.a{position:relative;color:inherit;padding:0 .1em;border-radius:2px;cursor:help;text-underline-offset:3px}
        mark.a-title{background:#ffe2bf;text-decoration:underline solid #9a4d00 2px}
        mark.a-entity{background:#d6e8fb;text-decoration:underline double #17508e}
        mark.a-number{background:#d5f0cf;text-decoration:underline dotted #2f6b25 2px}
        mark.a-word-order{background:#ecd7f5;text-decoration:underline wavy #6a2c87}
        mark.a-calque{background:#ffd9d4;text-decoration:underline dashed #a3231a 2px}
        mark.a-grammar{background:#fff1b3;outline:1px solid #7a5a00}
        mark.a-typography{background:#e4e4f7;outline:1px dotted #2d2d80}
        mark.a-debris{color:#6e6e6e;background:repeating-linear-gradient(135deg,#ececec 0 5px,#f8f8f8 5px 10px);text-decoration:line-through #9a9a9a}
        mark.a .tag{color:#333}
        mark.a-debris .tag{color:#555}
        .sample{padding:0 .3em}
        mark.a:focus{outline:3px solid var(--focus);outline-offset:1px}
        mark.a:focus::after{content:attr(data-tip);position:absolute;left:0;top:calc(100% + 6px);z-index:10;width:max-content;max-width:min(24rem,80vw);white-space:normal;background:#1b1b1b;color:#fff;font:500 .85rem/1.4 system-ui,sans-serif;padding:.35em .6em;border-radius:4px;text-decoration:none;box-shadow:0 2px 6px rgba(0,0,0,.3)}
        .artifact-list{margin:.5em 0 1em}
        .artifact-list summary{cursor:pointer;font-weight:600}
        .artifact-list table{font-size:.9rem}
        code{font-size:.85em;overflow-wrap:anywhere}
        @media (min-width:40.01rem){.filters{position:sticky;top:0;z-index:5}}
        @media (max-width:40rem){
        body{font-size:15px}
        .page-header,main,.page-footer{padding:0 .6rem}
        h1{font-size:1.3rem}
        .cluster{padding:.1em .6em .5em}
        .facts,.meta{grid-template-columns:1fr}
        dt{font-size:.85em;margin-top:.2em}
        table.align th[scope=row]{min-width:7.5em;max-width:8.5em}
        table.align td.w3{min-width:13em}
        .summary meter{display:none}
        .summary th,.summary td{padding:.25em .35em}
        .summary th[scope=row]{font-size:.78rem;overflow-wrap:anywhere;min-width:6em}
        table.align td.w4{min-width:19em}
        .mt meter{width:3.5em}
        .text{font-size:1rem;line-height:1.7}
        mark.a:focus::after{position:fixed;left:.5rem;right:.5rem;bottom:.5rem;top:auto;width:auto;max-width:none}
        .filters{gap:.2em .8em}
        }
        @media print{.filters,.skip,nav{display:none}.scroll{overflow:visible}}
        """
}
