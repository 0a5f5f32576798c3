/// The report's stylesheet: readable on screen and on paper, DejaVu Sans first (the diagrams' font).
enum ReportStyle {
    static let css = """
    :root{--ink:#1d2433;--muted:#5b6475;--rule:#d9dde5;--alert:#C62828;--notice:#B26A00;--info:#2E7D32;--bg:#fff}
    *{box-sizing:border-box}
    body{margin:0;font-family:"DejaVu Sans",Verdana,Arial,sans-serif;color:var(--ink);background:var(--bg);line-height:1.5;font-size:15px}
    header{padding:2rem 2rem 1rem;border-bottom:4px solid #19486A}
    h1{margin:0 0 .3rem;font-size:1.7rem;line-height:1.25}
    .subtitle{margin:0;color:var(--muted)}
    main{max-width:72rem;margin:0 auto;padding:1rem 2rem 3rem}
    h2{margin-top:2.5rem;padding-bottom:.3rem;border-bottom:1px solid var(--rule);font-size:1.35rem}
    h3{font-size:1.05rem;margin:1.4rem 0 .4rem}
    nav.toc ol{display:flex;flex-wrap:wrap;gap:.3rem 1.4rem;padding-left:1.2rem;margin:.5rem 0 1.5rem}
    nav.toc a{color:#00689D}
    .findings{display:grid;grid-template-columns:repeat(auto-fill,minmax(20rem,1fr));gap:.8rem;margin:1rem 0 2rem}
    .finding{border-left:6px solid var(--info);background:#f6f8f6;padding:.6rem .9rem;border-radius:4px}
    .finding h3{margin:.1rem 0 .3rem}
    .finding p{margin:0}
    .finding.alert{border-color:var(--alert);background:#fdf3f3}
    .finding.notice{border-color:var(--notice);background:#fdf8ef}
    .callout{border-left:4px solid var(--notice);background:#fdf8ef;padding:.5rem .8rem}
    .table-wrap{overflow-x:auto;margin:.6rem 0 1.2rem}
    table{border-collapse:collapse;width:100%;font-size:.88rem}
    caption{text-align:left;font-weight:bold;padding:.3rem 0}
    th,td{border-bottom:1px solid var(--rule);padding:.3rem .5rem;text-align:left;vertical-align:top}
    th{background:#f1f3f7}
    td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
    figure{margin:1.2rem 0 2rem}
    .diagram{overflow-x:auto;border:1px solid var(--rule);border-radius:4px;padding:.5rem;background:#fff}
    .diagram svg{max-width:100%;height:auto;display:block;margin:0 auto}
    figcaption{color:var(--muted);font-size:.9rem;margin-top:.4rem}
    details.data summary{cursor:pointer;color:#00689D;margin-top:.4rem}
    footer{max-width:72rem;margin:0 auto;padding:1rem 2rem 2rem;color:var(--muted);font-size:.8rem;border-top:1px solid var(--rule)}
    @media print{
      body{font-size:10.5pt}
      header{padding:0 0 .5rem}
      main{max-width:none;padding:0}
      nav.toc{display:none}
      h2{break-after:avoid}
      figure,table,.finding{break-inside:avoid}
      details.data{display:none}
      .diagram{border:none}
      a{color:inherit;text-decoration:none}
    }
    """
}
