export const STYLE = `
:root { color-scheme: light; --ok: #1a7f37; --bad: #cf222e; --warn: #9a6700; --muted: #59636e; --line: #d1d9e0; --bar: #4c78a8; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0; color: #1f2328; background: #f6f8fa; }
#app { max-width: 1100px; margin: 0 auto; padding: 16px 20px 48px; }
header.decision { border-left: 8px solid var(--muted); background: #fff; padding: 12px 16px; border-radius: 6px; }
header.deploy { border-color: var(--ok); } header.block { border-color: var(--bad); } header.error { border-color: var(--warn); }
header h1 { margin: 0 0 4px; font-size: 22px; }
header.deploy #decision { color: var(--ok); } header.block #decision { color: var(--bad); } header.error #decision { color: var(--warn); }
.meta { color: var(--muted); margin: 4px 0; font-size: 12px; }
dl.counts { display: flex; gap: 20px; margin: 8px 0 0; }
dl.counts dt { color: var(--muted); font-size: 12px; } dl.counts dd { margin: 0 0 0 4px; font-weight: 600; }
dl.counts dt, dl.counts dd { display: inline; }
section { background: #fff; margin-top: 16px; padding: 8px 16px 12px; border-radius: 6px; }
h2 { font-size: 17px; margin: 6px 0 10px; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-size: 12px; color: var(--muted); font-weight: 600; }
tr.gate.fail.effect-block td.icon, .verdict-fail .verdict { color: var(--bad); font-weight: 600; }
tr.gate.pass td.icon, .verdict-pass .verdict { color: var(--ok); font-weight: 600; }
tr.gate.inconclusive td.icon, tr.gate.effect-warn td.icon, .verdict-inconclusive .verdict { color: var(--warn); font-weight: 600; }
ul.explanations { padding-left: 18px; }
figure.chart { margin: 8px 0 16px; } figcaption { font-weight: 600; margin-bottom: 4px; }
svg text { font-size: 11px; fill: #1f2328; } svg .tick { fill: var(--muted); }
svg .axis { stroke: #8c959f; } svg .grid { stroke: #eaeef2; }
svg .bar { fill: var(--bar); opacity: 0.85; } svg .whisker { stroke: #1f2328; stroke-width: 1.5; }
svg .trend-line { fill: none; stroke: var(--bar); stroke-width: 2; }
svg .point { fill: var(--bar); } svg .point.block { fill: var(--bad); } svg .point.error { fill: var(--warn); }
.filters { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-bottom: 8px; }
.filters input[type=search] { flex: 1; min-width: 220px; padding: 4px 6px; }
#match-count { color: var(--muted); }
details.item { border-bottom: 1px solid var(--line); padding: 4px 0; }
details.item summary { cursor: pointer; display: flex; gap: 8px; align-items: baseline; overflow: hidden; white-space: nowrap; }
summary .id { font-family: ui-monospace, monospace; font-weight: 600; } summary .cat { color: var(--muted); }
summary .preview { color: var(--muted); overflow: hidden; text-overflow: ellipsis; font-family: ui-monospace, monospace; font-size: 12px; }
.badge { font-size: 11px; border-radius: 10px; padding: 0 6px; background: #eaeef2; }
.badge.fail, .badge.error, .badge.regressed { background: #ffebe9; color: var(--bad); } .badge.improved { background: #dafbe1; color: var(--ok); }
.details { padding: 6px 0 6px 16px; }
.field h4, .judge h4 { margin: 8px 0 2px; font-size: 12px; color: var(--muted); }
pre { white-space: pre-wrap; word-break: break-word; background: #f6f8fa; padding: 6px 8px; margin: 0; border-radius: 4px; font-size: 12px; max-height: 320px; overflow: auto; }
pre.error { color: var(--bad); }
table.scores { width: auto; margin-top: 8px; }
.pager { display: flex; gap: 10px; align-items: center; margin-top: 8px; }
`;
