// The workspace's own layout, on top of COBRO_UI_CSS (shared/ui/styles.ts), using the same
// palette variables so both colour schemes keep their contrast.
export const WORKSPACE_CSS = `
html, body { margin: 0; background: #ffffff; }
@media (prefers-color-scheme: dark) { html, body { background: #1c1f24; } }
.cobro.cobro-workspace { min-height: 100vh; background: var(--cobro-surface); font-size: 14px; }
.cobro .cobro-skip { position: absolute; inset-inline-start: 8px; inset-block-start: -40px; padding: 6px 10px; background: var(--cobro-accent);
  color: var(--cobro-on-accent); border-radius: 6px; z-index: 10; }
.cobro .cobro-skip:focus { inset-block-start: 8px; }
.cobro .cobro-ws-header { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 24px; padding: 10px 20px; border-bottom: 1px solid var(--cobro-border);
  background: var(--cobro-surface-2); }
.cobro .cobro-ws-header h1 { font-size: 18px; margin: 0; }
.cobro .cobro-ws-nav { display: flex; flex-wrap: wrap; gap: 4px; list-style: none; margin: 0; padding: 0; }
.cobro .cobro-ws-nav a { display: inline-block; padding: 6px 12px; border-radius: 6px; color: var(--cobro-text); text-decoration: none; font-weight: 600; }
.cobro .cobro-ws-nav a:hover { background: var(--cobro-hover); }
.cobro .cobro-ws-nav a[aria-current="page"] { background: var(--cobro-selected); box-shadow: inset 0 -3px 0 var(--cobro-accent); }
.cobro a { color: var(--cobro-accent); }
.cobro .cobro-ws-main { padding: 16px 20px 40px; max-width: 1400px; }
.cobro .cobro-view h2 { font-size: 20px; margin: 0 0 12px; }
.cobro .cobro-view-head { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 8px; margin-bottom: 8px; }
.cobro .cobro-view-head h2 { margin: 0; }
.cobro .cobro-panel { margin: 12px 0; padding: 12px 14px; border: 1px solid var(--cobro-border); border-radius: 8px; background: var(--cobro-surface); }
.cobro .cobro-panel h3 { margin-top: 0; }
.cobro .cobro-columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(320px, 1fr)); gap: 0 16px; }
.cobro .cobro-danger { border-color: var(--cobro-error); color: var(--cobro-error); }
.cobro .cobro-danger:hover { background: var(--cobro-hover); }

.cobro .cobro-filters { display: flex; flex-wrap: wrap; gap: 0 10px; align-items: flex-end; }
/* The filters share the row evenly (the search twice as wide), each never narrower than its label
   on one line, so the labels stay on one line and the controls below them end on one line. */
.cobro .cobro-filters > .cobro-field { flex: 1 1 0; }
.cobro .cobro-filters > .cobro-filter-query { flex: 2 1 0; min-width: 14em; }
.cobro .cobro-filters label { white-space: nowrap; }
.cobro .cobro-filters select { min-width: 7em; }
.cobro .cobro-filter-reset { margin-bottom: 8px; }
.cobro .cobro-vtable { border: 1px solid var(--cobro-border); border-radius: 8px; overflow: hidden; }
/* Columns sized to what they hold: the name (with its address below) and the next action are the
   longest; lateness, step and state wrap to a second line before anything is cut. */
.cobro .cobro-vtable .cobro-vrow { display: grid;
  grid-template-columns: minmax(11em, 1.3fr) minmax(7.5em, 0.7fr) minmax(8.5em, 0.85fr) minmax(8em, 0.95fr) minmax(9em, 1.1fr) minmax(10em, 1.35fr) minmax(10.5em, 1fr);
  align-items: center; border-bottom: 1px solid var(--cobro-border); }
.cobro .cobro-skip-table .cobro-vrow { grid-template-columns: 6em 1fr; }
.cobro .cobro-skip-table .cobro-reason-cell { white-space: normal; line-height: 1.35; }
.cobro .cobro-skip-table .cobro-reason-cell strong { display: block; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.cobro .cobro-reason-headline { font-weight: 600; margin: 0 0 2px; }
.cobro .cobro-vhead .cobro-vrow { background: var(--cobro-surface-2); font-weight: 600; color: var(--cobro-muted); min-height: 36px; }
.cobro .cobro-vcell { padding: 2px 8px; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.cobro .cobro-vcell.cobro-vtext { white-space: normal; line-height: 1.3; }
.cobro .cobro-vclamp { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden; overflow-wrap: anywhere; }
.cobro .cobro-vcell.cobro-num { text-align: end; font-variant-numeric: tabular-nums; }
.cobro .cobro-vname { display: flex; flex-direction: column; }
.cobro .cobro-vname a { font-weight: 600; overflow: hidden; text-overflow: ellipsis; }
.cobro .cobro-vname .cobro-muted { font-size: 12px; overflow: hidden; text-overflow: ellipsis; }
.cobro .cobro-vbody .cobro-vrow:hover { background: var(--cobro-hover); }
.cobro .cobro-sev-dot { display: inline-block; width: 8px; height: 8px; margin-inline-end: 6px; border-radius: 50%; background: var(--cobro-sev-mark); vertical-align: middle; }
.cobro .cobro-sort { border: 0; background: transparent; padding: 2px 0; min-height: 0; font-weight: 600; color: var(--cobro-muted); }
.cobro .cobro-sort:hover { background: transparent; text-decoration: underline; }

.cobro .cobro-modal-backdrop { position: fixed; inset: 0; display: flex; align-items: flex-start; justify-content: center; padding: 6vh 16px; background: rgba(0, 0, 0, 0.4); z-index: 20; overflow: auto; }
.cobro .cobro-confirm { width: min(480px, 100%); }

.cobro .cobro-stats { display: grid; grid-template-columns: repeat(auto-fit, minmax(200px, 1fr)); gap: 12px; margin: 0 0 8px; }
.cobro .cobro-stats > div { padding: 12px 14px; border: 1px solid var(--cobro-border); border-radius: 8px; background: var(--cobro-surface-2); }
.cobro .cobro-stats dt { font-weight: 600; }
.cobro .cobro-stat { font-size: 18px; font-weight: 700; }
.cobro .cobro-link-list li { padding: 3px 0; }
.cobro .cobro-aging { margin: 0; }
.cobro .cobro-aging svg { display: block; overflow: visible; }
/* A line of the card's colour between segments, so neighbours never run together. */
.cobro .cobro-aging-bar { stroke: var(--cobro-surface); stroke-width: 2; }
.cobro .cobro-aging-label { fill: var(--cobro-text); font-size: 14px; font-weight: 600; }
.cobro .cobro-legend { display: flex; flex-wrap: wrap; gap: 4px 14px; list-style: none; margin: 6px 0 10px; padding: 0; }
.cobro .cobro-legend-swatch { display: inline-block; width: 14px; height: 14px; margin-inline-end: 6px; border-radius: 3px; vertical-align: middle; forced-color-adjust: none; }
.cobro caption { text-align: start; font-weight: 600; padding: 4px 0; }

.cobro .cobro-debtor-columns { display: grid; grid-template-columns: minmax(0, 1.6fr) minmax(280px, 1fr); gap: 16px; align-items: start; }
@media (max-width: 900px) { .cobro .cobro-debtor-columns { grid-template-columns: 1fr; } }
.cobro .cobro-card-in-page { padding: 12px 16px 16px; border: 1px solid var(--cobro-border); border-radius: 10px; background: var(--cobro-surface); }
.cobro .cobro-manage-row { display: flex; justify-content: space-between; align-items: center; gap: 8px; padding: 3px 0; border-bottom: 1px solid var(--cobro-border); }
.cobro .cobro-manage-row .cobro-buttons { margin-top: 0; flex-wrap: nowrap; }

.cobro .cobro-templates { display: grid; grid-template-columns: minmax(240px, 1fr) minmax(0, 2.2fr); gap: 16px; align-items: start; }
@media (max-width: 900px) { .cobro .cobro-templates { grid-template-columns: 1fr; } }
.cobro .cobro-templates-list > ul { max-height: 70vh; overflow: auto; }
.cobro .cobro-templates-list .cobro-tag { white-space: nowrap; flex: none; align-self: flex-start; }
.cobro .cobro-row-button[aria-current="true"] { background: var(--cobro-selected); border-color: var(--cobro-accent); }
.cobro .cobro-template-editor textarea { line-height: 1.5; }
.cobro .cobro-template-editor .cobro-source { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.cobro .cobro-subject-field input { width: 100%; box-sizing: border-box; }
.cobro .cobro-editor-toolbar { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 8px; margin: 4px 0 8px; }
.cobro .cobro-editor-toolbar .cobro-check { margin: 0; }
.cobro .cobro-insert { position: relative; }
.cobro .cobro-insert-menu { position: absolute; z-index: 5; top: calc(100% + 4px); left: 0; width: min(34em, 80vw); max-height: 60vh; overflow: auto; padding: 8px 10px; border: 1px solid var(--cobro-border); border-radius: 8px; background: var(--cobro-surface); box-shadow: 0 6px 20px rgb(0 0 0 / 0.18); }
.cobro .cobro-insert-menu h4 { margin: 6px 0 4px; font-size: 0.85em; text-transform: none; }
.cobro .cobro-insert-menu li { padding: 2px 0; }
.cobro .cobro-editor-hint { margin: 0 0 4px; font-size: 0.9em; }
.cobro .cobro-findings { margin: 4px 0 8px; }
.cobro .cobro-finding { padding: 4px 8px; margin: 0 0 4px; border-radius: 6px; background: var(--cobro-notice-bg); color: var(--cobro-notice-text); }
.cobro .cobro-preview { margin-top: 12px; }

.cobro .cobro-ladder { align-items: flex-end; }
.cobro .cobro-ladder > * { flex: 1 1 7em; }
.cobro .cobro-narrow { max-width: 40em; }
.cobro .cobro-weekdays { display: flex; flex-wrap: wrap; gap: 4px 14px; }
.cobro .cobro-method { margin-bottom: 8px; }
.cobro .cobro-sites-intro, .cobro .cobro-sites-panel { max-width: 44em; }
.cobro .cobro-sites-list { list-style: none; margin: 0; padding: 0; }
.cobro .cobro-sites-row { display: flex; align-items: center; justify-content: space-between; gap: 12px; min-height: 36px; padding: 4px 0; border-bottom: 1px solid var(--cobro-border); }
.cobro .cobro-sites-row:last-child { border-bottom: 0; }
.cobro .cobro-sites-name { overflow-wrap: anywhere; font-weight: 600; }

.cobro .cobro-job { display: flex; flex-direction: column; gap: 4px; margin: 12px 0; max-width: 480px; }
.cobro .cobro-job progress { width: 100%; height: 14px; }
.cobro .cobro-counts { display: grid; grid-template-columns: repeat(auto-fill, minmax(170px, 1fr)); gap: 8px; margin: 0 0 10px; }
.cobro .cobro-counts > div { padding: 8px 10px; border: 1px solid var(--cobro-border); border-radius: 6px; }
.cobro .cobro-counts dd { font-size: 18px; font-weight: 700; }
.cobro details { margin: 8px 0; }
.cobro summary { cursor: pointer; font-weight: 600; }
.cobro .cobro-proposed { margin: 12px 0; padding: 10px; border: 1px solid var(--cobro-border-strong); border-radius: 8px; }
.cobro .cobro-skipped { margin: 12px 0; }
`;
