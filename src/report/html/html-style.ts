/** report.html's stylesheet, inlined into the page (no external files: see html-report.ts). */
export const STYLE = `
:root{--fg:#101828;--muted:#667085;--line:#eaecf0;--bg:#f9fafb;--pass:#067647;--pass-bg:#ecfdf3;--marginal:#b54708;--marginal-bg:#fffaeb;--fail:#b42318;--fail-bg:#fef3f2;--unknown:#175cd3;--unknown-bg:#eff8ff;--error:#c11574;--error-bg:#fdf2fa}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:14px/1.45 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:1080px;margin:0 auto;padding:24px}
h1{font-size:18px;margin:0 0 16px;color:var(--muted);font-weight:600}
h2{font-size:16px;margin:28px 0 10px}
.banner{display:flex;gap:20px;align-items:center;padding:18px 22px;border-radius:10px;border:1px solid}
.verdict-pass{background:var(--pass-bg);border-color:#abefc6;color:var(--pass)}
.verdict-marginal{background:var(--marginal-bg);border-color:#fedf89;color:var(--marginal)}
.verdict-fail{background:var(--fail-bg);border-color:#fecdca;color:var(--fail)}
.verdict-inconclusive{background:var(--unknown-bg);border-color:#b2ddff;color:var(--unknown)}
.verdict-error{background:var(--error-bg);border-color:#fcceee;color:var(--error)}
.verdict-word{font-size:34px;font-weight:800;letter-spacing:.04em}
.verdict-line{font-size:16px;font-weight:600}
.target{color:var(--fg);margin-top:4px;word-break:break-all}
.stopped{margin:6px 0 0;color:var(--marginal)}
.pill{display:inline-block;margin-left:8px;padding:1px 10px;border-radius:999px;font-size:12px;font-weight:600;background:#f2f4f7;color:#344054;vertical-align:middle}
.pill-fail{background:var(--fail);color:#fff}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(140px,1fr));gap:10px;margin-top:16px}
.card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:10px 12px}
.card-label{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.05em}
.card-value{font-size:18px;font-weight:700;margin-top:2px}
table{width:100%;border-collapse:collapse;background:#fff;border:1px solid var(--line);border-radius:8px}
th,td{padding:8px 10px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
thead th{background:#f2f4f7;font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:#475467}
.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
.has-errors{color:var(--fail);font-weight:600}
.origin{color:var(--muted);font-size:12px}
code{font:12.5px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;overflow-wrap:anywhere}
/* A threshold wraps only where breakable-threshold.ts put a <wbr> or a space. */
code.threshold{overflow-wrap:normal;word-break:normal}
.table-wrap{overflow-x:auto;max-width:100%}
.limit{min-width:7em}
.note{min-width:16em;color:#344054}
.slo-table td:nth-child(2){min-width:19em}
.no-errors{margin:0 0 14px}
.badge{display:inline-block;min-width:76px;text-align:center;padding:2px 8px;border-radius:6px;font-size:12px;font-weight:700}
.badge-pass{background:var(--pass-bg);color:var(--pass)}
.badge-marginal{background:var(--marginal-bg);color:var(--marginal)}
.badge-fail{background:var(--fail-bg);color:var(--fail)}
.badge-inconclusive{background:var(--unknown-bg);color:var(--unknown)}
.badge-error{background:var(--error-bg);color:var(--error)}
.reasons{margin:6px 0 0;padding-left:18px}
figure{margin:0 0 14px;background:#fff;border:1px solid var(--line);border-radius:8px;padding:10px 12px}
figcaption{font-weight:600;margin-bottom:4px}
.chart{display:block;max-width:100%;height:auto}
.chart .grid{stroke:#eaecf0}
.chart .axis{stroke:#98a2b3}
.chart .tick{fill:#667085;font-size:11px}
.chart .axis-label{fill:#475467;font-size:11px}
.chart .legend{fill:#344054;font-size:12px}
.chart .guide{font-size:11px;font-weight:600}
.settings th{width:180px;color:#475467;font-weight:600;background:#fcfcfd}
.muted{color:var(--muted)}
footer{margin-top:28px;color:var(--muted);font-size:12px}
footer a{color:inherit}
/* Narrow screens: the SLO table stacks into one block per threshold; wide tables scroll in their frame. */
@media (max-width:720px){
main{padding:12px}
.banner{flex-direction:column;align-items:flex-start;gap:6px;padding:14px 16px}
.verdict-word{font-size:26px}
.slo-table thead{display:none}
.slo-table,.slo-table tbody,.slo-table tr,.slo-table td{display:block;width:100%}
.slo-table tr{border-bottom:1px solid var(--line)}
.slo-table td{border:0;padding:4px 12px;text-align:left;white-space:normal}
.slo-table td:first-child{padding-top:10px}
.slo-table td:last-child{padding-bottom:10px}
.slo-table td::before{content:attr(data-label);display:block;font-size:11px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
.slo-table td:first-child::before{display:none}
.note{min-width:0}
.slo-table td:nth-child(2){min-width:0}
/* A table of many figures keeps each row on one line and scrolls in its frame instead. */
.wide td,.wide th{white-space:nowrap}
.settings th{width:auto}
/* The charts shrink with the window: their text is set larger so it stays readable. */
.chart .tick,.chart .axis-label,.chart .guide{font-size:14px}
}
`;
