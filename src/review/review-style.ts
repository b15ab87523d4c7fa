// The stylesheet served as /review/assets/review.css (a file, so the CSP needs no 'unsafe-inline'). Claims are
// shaded by kind, mentions underlined in the explorer's entity colours: solid when resolved, dashed when new.
export const REVIEW_STYLE = `* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.4 system-ui, sans-serif; color: #1d232a; display: flex; flex-direction: column; height: 100vh; }
header { padding: 8px 12px; background: #f3f5f7; border-bottom: 1px solid #d5dade; }
h1 { font-size: 16px; margin: 0 0 6px; }
h2 { font-size: 14px; margin: 10px 0 4px; }
h3 { font-size: 13px; margin: 8px 0 4px; }
#extract-form { display: grid; grid-template-columns: 2fr 1fr; gap: 6px 12px; }
#extract-form .fields { display: grid; grid-template-columns: 1fr 1fr; gap: 4px 10px; align-content: start; }
#extract-form .fields > label input { flex: 1; min-width: 0; }
#extract-form .token { grid-column: 1 / -1; }
label { display: inline-flex; align-items: center; gap: 6px; }
label.article { display: flex; flex-direction: column; align-items: stretch; gap: 2px; }
#article { width: 100%; height: 96px; font: inherit; }
input, select, button, textarea { font: inherit; padding: 3px 6px; }
.token summary { cursor: pointer; }
#status { margin: 0; padding: 4px 12px; color: #4a545e; border-bottom: 1px solid #eef0f2; }
#status.error { color: #b3261e; }
main { flex: 1; display: flex; min-height: 0; }
main[hidden] { display: none; }
#text { flex: 1; min-width: 0; overflow-y: auto; padding: 12px 18px; white-space: pre-wrap; font: 16px/1.7 Georgia, serif; }
main > aside { width: 460px; overflow-y: auto; padding: 6px 14px; border-left: 1px solid #d5dade; background: #fbfcfd; }
.legend { margin: 4px 0; font-size: 12px; color: #4a545e; }
.legend span { padding: 0 4px; margin-right: 4px; }
.claim.kind-quote, .legend .kind-quote { background: #fde2a7; }
.claim.kind-report, .legend .kind-report { background: #cfe3ff; }
.claim.kind-analysis, .legend .kind-analysis { background: #e8d8f8; }
.claim.kind-fact, .legend .kind-fact { background: #d7f0db; }
.claim.dropped { background: #eceff1; color: #7a848c; text-decoration: line-through; }
.mention { text-decoration-line: underline; text-decoration-thickness: 2px; text-underline-offset: 3px; cursor: pointer; }
.mention.new { text-decoration-style: dashed; }
.mention.kind-person { text-decoration-color: #2f6fdf; }
.mention.kind-institution { text-decoration-color: #8e44ad; }
.mention.kind-track { text-decoration-color: #e67e22; }
.mention.kind-event { text-decoration-color: #16a085; }
.mention.dropped { text-decoration-color: #b0b8be; }
.claim { cursor: pointer; }
.seg.sel { background-color: #ffcfc8; box-shadow: inset 0 -3px 0 #d93025; }
#entities, #claims, #relations, .problems, .created-claims { list-style: none; margin: 0; padding: 0; }
.item { border-top: 1px solid #e3e6e9; padding: 6px 4px; cursor: pointer; }
.item.selected { background: #e8f0fe; }
.item.dropped, .item.pruned { opacity: 0.55; }
.item .head { display: flex; gap: 8px; align-items: baseline; }
.item .title { font-weight: 600; flex: 1; }
.item.entity.resolved .title { color: #1e7b34; }
.confidence, .reason, .evidence { color: #68737d; font-size: 12px; }
.reason, .evidence { margin: 2px 0; }
.field { display: flex; margin: 3px 0; font-size: 12px; }
.field input, .field textarea, .field select { flex: 1; min-width: 0; }
.field textarea { height: 54px; }
.pruned-note { display: none; margin: 2px 0; color: #b3261e; font-size: 12px; }
.item.pruned .pruned-note { display: block; }
.actions { display: flex; gap: 8px; margin: 10px 0; }
.changes { border-collapse: collapse; font-size: 12px; width: 100%; }
.changes th, .changes td { text-align: left; border-bottom: 1px solid #e3e6e9; padding: 2px 4px; vertical-align: top; overflow-wrap: anywhere; }
.problem { color: #b3261e; margin: 2px 0; }
button.link { border: 0; background: none; padding: 0; color: #1a5fb4; text-decoration: underline; cursor: pointer; }
`;
