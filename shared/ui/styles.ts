// One stylesheet for every component. Every rule sits under the root class `.cobro` (each
// component renders it), so it can be dropped into a shadow root in Gmail or into an extension
// page without touching anything else. Colours are CSS variables from the two palettes below,
// which styles.test.ts checks for WCAG AA contrast.

export interface Palette {
  text: string;
  muted: string;
  surface: string;
  surface2: string;
  hover: string;
  selected: string;
  border: string;
  borderStrong: string;
  accent: string;
  onAccent: string;
  focus: string;
  error: string;
  ok: string;
  noticeBg: string;
  noticeText: string;
  /** Per severity 0–4: chip background, chip text, and the mark/edge colour. */
  severity: readonly { bg: string; text: string; mark: string }[];
  /**
   * The aging chart's buckets: current, 1–30, 31–60, 61–90, over 90 days. "Current" is a blue of its
   * own; the late buckets are one sequence, amber to deep red, each step clearly darker (lighter
   * in the dark scheme) than the last, so they stay apart for colour-blind eyes, which still see lightness.
   */
  aging: readonly [string, string, string, string, string];
}

export const LIGHT_PALETTE: Palette = {
  text: '#1f2328',
  muted: '#57606a',
  surface: '#ffffff',
  surface2: '#f6f8fa',
  hover: '#eaeef2',
  selected: '#ddeafe',
  border: '#d0d7de',
  borderStrong: '#8c959f',
  accent: '#0b57d0',
  onAccent: '#ffffff',
  focus: '#0b57d0',
  error: '#b42318',
  ok: '#116329',
  noticeBg: '#fff4d6',
  noticeText: '#6b3a00',
  severity: [
    { bg: '#eef1f4', text: '#1f2328', mark: '#6e7781' },
    { bg: '#dbeafe', text: '#1e3a8a', mark: '#2563eb' },
    { bg: '#fef3c7', text: '#78350f', mark: '#b45309' },
    { bg: '#ffedd5', text: '#7c2d12', mark: '#c2410c' },
    { bg: '#fee2e2', text: '#7f1d1d', mark: '#b91c1c' },
  ],
  aging: ['#2563c9', '#bb8700', '#c2410c', '#991b1b', '#450a18'],
};

export const DARK_PALETTE: Palette = {
  text: '#e6edf3',
  muted: '#9da7b3',
  surface: '#1c1f24',
  surface2: '#24292f',
  hover: '#2f353d',
  selected: '#1f3a5f',
  border: '#3d444d',
  borderStrong: '#6e7681',
  accent: '#8ab4f8',
  onAccent: '#0d1117',
  focus: '#8ab4f8',
  error: '#ff938a',
  ok: '#7ee2a8',
  noticeBg: '#3d2e00',
  noticeText: '#ffdf91',
  severity: [
    { bg: '#2d333b', text: '#e6edf3', mark: '#8b949e' },
    { bg: '#1e3a8a', text: '#dbeafe', mark: '#60a5fa' },
    { bg: '#713f12', text: '#fef3c7', mark: '#fbbf24' },
    { bg: '#7c2d12', text: '#ffedd5', mark: '#fb923c' },
    { bg: '#7f1d1d', text: '#fee2e2', mark: '#f87171' },
  ],
  aging: ['#7cb4ff', '#ffe08a', '#f99a40', '#ef5f3f', '#c93a55'],
};

function variables(palette: Palette): string {
  const base: [string, string][] = [
    ['text', palette.text],
    ['muted', palette.muted],
    ['surface', palette.surface],
    ['surface-2', palette.surface2],
    ['hover', palette.hover],
    ['selected', palette.selected],
    ['border', palette.border],
    ['border-strong', palette.borderStrong],
    ['accent', palette.accent],
    ['on-accent', palette.onAccent],
    ['focus', palette.focus],
    ['error', palette.error],
    ['ok', palette.ok],
    ['notice-bg', palette.noticeBg],
    ['notice-text', palette.noticeText],
  ];
  palette.severity.forEach((level, index) => {
    base.push([`sev${index}-bg`, level.bg], [`sev${index}-text`, level.text], [`sev${index}-mark`, level.mark]);
  });
  palette.aging.forEach((colour, index) => base.push([`aging${index}`, colour]));
  return base.map(([name, value]) => `--cobro-${name}: ${value};`).join(' ');
}

/**
 * Each palette as custom-property declarations, for a host that chooses the palette itself: the
 * Gmail overlay follows Gmail's own theme, which the system's `prefers-color-scheme` does not know.
 */
export const PALETTE_DECLARATIONS = { light: variables(LIGHT_PALETTE), dark: variables(DARK_PALETTE) } as const;

const severityRules = [0, 1, 2, 3, 4]
  .map(
    (level) =>
      `.cobro [data-severity="${level}"] { --cobro-sev-bg: var(--cobro-sev${level}-bg); --cobro-sev-text: var(--cobro-sev${level}-text); --cobro-sev-mark: var(--cobro-sev${level}-mark); }`,
  )
  .join('\n');

export const COBRO_UI_CSS = `
.cobro { ${variables(LIGHT_PALETTE)}
  color-scheme: light; color: var(--cobro-text); font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  text-align: start; letter-spacing: normal; }
@media (prefers-color-scheme: dark) { .cobro { ${variables(DARK_PALETTE)} color-scheme: dark; } }
.cobro *, .cobro *::before, .cobro *::after { box-sizing: border-box; }
.cobro p { margin: 0 0 4px; }
.cobro h2 { font-size: 16px; line-height: 1.3; margin: 0 36px 4px 0; }
.cobro h3 { font-size: 13px; margin: 14px 0 6px; }
.cobro h4 { font-size: 13px; margin: 0 0 8px; }
.cobro button, .cobro input, .cobro select, .cobro textarea { font: inherit; color: inherit; margin: 0; }
.cobro button { min-height: 28px; padding: 3px 10px; border: 1px solid var(--cobro-border-strong); border-radius: 6px;
  background: var(--cobro-surface-2); cursor: pointer; }
.cobro button:hover { background: var(--cobro-hover); }
.cobro button:disabled { cursor: not-allowed; opacity: 0.65; }
.cobro button[aria-busy="true"], .cobro form[aria-busy="true"] button[type="submit"] { cursor: progress; }
.cobro .cobro-primary { background: var(--cobro-accent); border-color: var(--cobro-accent); color: var(--cobro-on-accent); font-weight: 600; }
.cobro .cobro-primary:hover { background: var(--cobro-accent); filter: brightness(1.08); }
.cobro button[aria-expanded="true"] { background: var(--cobro-selected); border-color: var(--cobro-accent); }
/* A ring only where the keyboard is: controls show it on keyboard focus. Headings and panels the
   code focuses (tabindex -1, so screen readers start there after a move) are not controls: Chrome
   counts a focus() after a key press as keyboard focus, and a box round a heading reads as a field. */
.cobro :focus-visible { outline: 2px solid var(--cobro-focus); outline-offset: 2px; }
.cobro :focus:not(:focus-visible) { outline: none; }
.cobro [tabindex="-1"]:focus { outline: none; }
.cobro input, .cobro select, .cobro textarea { width: 100%; min-height: 28px; padding: 3px 6px; border: 1px solid var(--cobro-border-strong);
  border-radius: 4px; background: var(--cobro-surface); }
.cobro textarea { resize: vertical; }
.cobro [aria-invalid="true"] { border-color: var(--cobro-error); box-shadow: 0 0 0 1px var(--cobro-error); }
.cobro .cobro-field { display: flex; flex-direction: column; gap: 2px; margin: 0 0 8px; }
.cobro .cobro-field label, .cobro .cobro-field-label, .cobro legend { font-weight: 600; }
.cobro .cobro-attached-file { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 10px; }
.cobro .cobro-attached-file > span { overflow-wrap: anywhere; min-width: 0; }
.cobro .cobro-file-pick { position: relative; display: flex; flex-wrap: wrap; align-items: center; gap: 4px 10px; }
.cobro .cobro-field .cobro-file-button { display: inline-flex; align-items: center; min-height: 28px; padding: 3px 10px; border: 1px solid var(--cobro-border-strong);
  border-radius: 6px; background: var(--cobro-surface-2); cursor: pointer; font-weight: normal; }
.cobro .cobro-field .cobro-file-button:hover { background: var(--cobro-hover); }
.cobro input:focus-visible + .cobro-file-button { outline: 2px solid var(--cobro-focus); outline-offset: 2px; }
.cobro input[aria-invalid="true"] + .cobro-file-button { border-color: var(--cobro-error); }
.cobro .cobro-field-hint, .cobro .cobro-muted, .cobro dt { color: var(--cobro-muted); }
.cobro .cobro-field-hint { font-size: 12px; margin: 0; }
.cobro .cobro-field-error, .cobro .cobro-form-error, .cobro .cobro-option-problem { color: var(--cobro-error); font-weight: 600; margin: 2px 0 0; }
.cobro .cobro-field-error::before, .cobro .cobro-form-error::before { content: "⚠ "; }
.cobro fieldset { border: 1px solid var(--cobro-border); border-radius: 6px; padding: 6px 10px 2px; margin: 0 0 8px; min-width: 0; }
.cobro legend { padding: 0 4px; }
.cobro .cobro-check { display: flex; align-items: center; gap: 6px; margin: 0 0 4px; }
.cobro .cobro-check input { width: auto; min-height: 0; }
.cobro .cobro-row { display: flex; flex-wrap: wrap; gap: 0 10px; }
.cobro .cobro-row > * { flex: 1 1 9em; min-width: 0; }
.cobro .cobro-buttons { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 8px; }
.cobro .cobro-plain-list, .cobro .cobro-list, .cobro .cobro-installments, .cobro .cobro-options, .cobro .cobro-timeline { list-style: none; margin: 0; padding: 0; }
.cobro .cobro-tag { display: inline-block; padding: 0 6px; border: 1px solid var(--cobro-border-strong); border-radius: 999px; font-size: 11px; font-weight: 600; }
.cobro .cobro-tag-strong { background: var(--cobro-accent); border-color: var(--cobro-accent); color: var(--cobro-on-accent); }
.cobro .cobro-visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip-path: inset(50%); white-space: nowrap; border: 0; }
.cobro .cobro-saved { margin: 4px 0 0; color: var(--cobro-ok); font-weight: 600; }
/* The first-run setup: one column, so the 320 px task pane never scrolls sideways. */
.cobro .cobro-setup { max-width: 40em; }
.cobro .cobro-setup .cobro-method { margin: 0 0 8px; padding: 6px 0 0; border-top: 1px solid var(--cobro-border); }
.cobro .cobro-setup .cobro-method:first-of-type { border-top: 0; }
.cobro .cobro-saved:empty { margin: 0; }
/* The searchable list under a combobox (fields.tsx SearchField). */
.cobro .cobro-combo { position: relative; }
.cobro .cobro-combo-list { position: absolute; z-index: 5; inset-inline: 0; inset-block-start: calc(100% + 2px); max-height: 260px; overflow: auto;
  margin: 0; padding: 4px; list-style: none; border: 1px solid var(--cobro-border-strong); border-radius: 6px; background: var(--cobro-surface);
  box-shadow: 0 6px 18px rgba(0, 0, 0, 0.18); }
.cobro .cobro-combo-list li { padding: 4px 8px; border-radius: 4px; }
.cobro .cobro-combo-option { cursor: pointer; }
.cobro .cobro-combo-active { background: var(--cobro-selected); outline: 1px solid var(--cobro-accent); }

${severityRules}
.cobro .cobro-chip { display: inline-flex; align-items: center; gap: 0; max-width: 100%; min-height: 20px; padding: 1px 8px; border: 1px solid var(--cobro-sev-mark);
  border-radius: 999px; background: var(--cobro-sev-bg); color: var(--cobro-sev-text); font-size: 12px; line-height: 16px; white-space: nowrap;
  overflow: hidden; text-overflow: ellipsis; vertical-align: middle; }
.cobro .cobro-chip:hover { background: var(--cobro-sev-bg); filter: brightness(0.97); }
.cobro .cobro-chip-mark { flex: none; width: 8px; height: 8px; margin-inline-end: 6px; border-radius: 50%; background: var(--cobro-sev-mark); }
.cobro .cobro-chip-amount { font-weight: 700; }
.cobro .cobro-sep { font-weight: 400; }
.cobro .cobro-chip-track { --cobro-sev-bg: var(--cobro-surface-2); --cobro-sev-text: var(--cobro-text); --cobro-sev-mark: var(--cobro-border-strong); border-style: dashed; }
.cobro .cobro-chip-plus { margin-inline-end: 4px; font-weight: 700; }

.cobro .cobro-dialog, .cobro .cobro-track { position: relative; width: min(640px, 100%); max-height: min(85vh, 900px); overflow: auto; padding: 16px;
  border: 1px solid var(--cobro-border); border-radius: 10px; background: var(--cobro-surface); box-shadow: 0 8px 28px rgba(0, 0, 0, 0.28); }
.cobro .cobro-close { position: absolute; inset-block-start: 8px; inset-inline-end: 8px; min-width: 28px; padding: 0 6px; font-size: 16px; line-height: 1; }
.cobro .cobro-section { margin-top: 4px; }
.cobro .cobro-facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 8px 0 0; }
.cobro dd { margin: 0; overflow-wrap: anywhere; }
.cobro .cobro-owed { font-weight: 700; }
.cobro .cobro-kind { font-weight: 600; }
.cobro .cobro-policy { margin: 6px 0; }
.cobro .cobro-policy-ok { color: var(--cobro-ok); font-weight: 600; }
.cobro .cobro-policy-wait, .cobro .cobro-notice { padding: 6px 8px; border-radius: 6px; background: var(--cobro-notice-bg); color: var(--cobro-notice-text); }
.cobro .cobro-action-buttons { display: flex; flex-wrap: wrap; gap: 6px; }
.cobro .cobro-action-form { margin-top: 8px; padding: 10px; border: 1px solid var(--cobro-border); border-radius: 8px; background: var(--cobro-surface-2); }
.cobro.cobro-replies { margin: 8px 0; padding: 8px 10px; border: 1px solid var(--cobro-border); border-inline-start: 3px solid var(--cobro-accent);
  border-radius: 8px; background: var(--cobro-surface); }
.cobro .cobro-replies-title { margin: 0 0 4px; font-size: 12px; color: var(--cobro-muted); }
.cobro .cobro-finding + .cobro-finding { margin-top: 8px; padding-top: 8px; border-top: 1px solid var(--cobro-border); }
.cobro .cobro-finding-what { font-weight: 600; }
.cobro .cobro-finding-quote { padding: 0 2px; border-radius: 3px; background: var(--cobro-notice-bg); color: var(--cobro-notice-text); overflow-wrap: anywhere; }
.cobro .cobro-finding-done { color: var(--cobro-ok); }
/* The card's forms opened under a message: as wide as they are in the card, not as the mail. */
.cobro.cobro-replies .cobro-action-form { max-width: 36em; }
/* A debtor's words quoted in Spanish take Spanish quotation marks. */
.cobro q:lang(es) { quotes: "«" "»" "“" "”"; }
.cobro .cobro-plan-total { font-weight: 600; }
.cobro .cobro-plan-total-off { color: var(--cobro-error); }
.cobro .cobro-table-wrap { overflow-x: auto; }
.cobro .cobro-table { width: 100%; border-collapse: collapse; font-variant-numeric: tabular-nums; }
.cobro .cobro-table th, .cobro .cobro-table td { padding: 3px 6px; border-bottom: 1px solid var(--cobro-border); text-align: start; vertical-align: top; }
.cobro .cobro-table thead th { color: var(--cobro-muted); font-weight: 600; }
.cobro .cobro-table .cobro-num, .cobro .cobro-table th[scope="row"] { white-space: nowrap; }
.cobro .cobro-table .cobro-num { text-align: end; }
.cobro .cobro-sample-cell { max-width: 12em; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.cobro .cobro-chosen-row { background: var(--cobro-selected, rgba(26, 115, 232, 0.08)); }
.cobro .cobro-terms-days { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; margin-top: 4px; }
.cobro .cobro-terms-days input { width: 6em; }
/* The card's invoices in a narrow column (the Outlook task pane): each row becomes a block, the
   number with what is still owed on its first line, then labelled lines; the column headings are
   read from each cell's data-label instead, so the header row goes. */
.cobro .cobro-invoices { container: cobro-invoices / inline-size; }
@container cobro-invoices (max-width: 36em) {
  .cobro .cobro-invoices table, .cobro .cobro-invoices tbody { display: block; }
  .cobro .cobro-invoices thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  .cobro .cobro-invoices tbody tr { display: grid; grid-template-columns: minmax(0, 1fr) auto; gap: 0 8px; padding: 6px 0; border-bottom: 1px solid var(--cobro-border); }
  .cobro .cobro-invoices tbody th, .cobro .cobro-invoices tbody td { display: block; padding: 0; border: 0; text-align: start; white-space: normal; }
  .cobro .cobro-invoices tbody th[scope="row"] { grid-column: 1; grid-row: 1; overflow-wrap: anywhere; }
  .cobro .cobro-invoices .cobro-invoice-owed { grid-column: 2; grid-row: 1; font-weight: 600; white-space: nowrap; text-align: end; }
  .cobro .cobro-invoices .cobro-invoice-due, .cobro .cobro-invoices .cobro-invoice-amount, .cobro .cobro-invoices .cobro-invoice-late,
  .cobro .cobro-invoices .cobro-invoice-status { grid-column: 1 / -1; }
  .cobro .cobro-invoices .cobro-invoice-amount { text-align: start; white-space: normal; }
  .cobro .cobro-invoices td[data-label]::before { content: attr(data-label) ": "; color: var(--cobro-muted); }
  .cobro .cobro-invoices .cobro-invoice-owed::before { font-weight: 400; }
}
.cobro .cobro-missed { color: var(--cobro-error); }
.cobro .cobro-timeline { border-inline-start: 2px solid var(--cobro-border); }
.cobro .cobro-event { padding: 4px 0 6px 10px; }
.cobro .cobro-event-head { color: var(--cobro-muted); font-size: 12px; }
.cobro .cobro-event-kind { color: var(--cobro-text); font-weight: 600; }
.cobro .cobro-event-subject { font-weight: 600; overflow-wrap: anywhere; }
.cobro .cobro-event-note { white-space: pre-wrap; overflow-wrap: anywhere; }

.cobro .cobro-call-guide { margin-top: 8px; padding: 8px 10px; border: 1px solid var(--cobro-border); border-radius: 8px; min-width: 0; }
.cobro .cobro-call-guide h4 { margin: 0 0 2px; }
.cobro .cobro-guide-steps { margin: 6px 0 0; padding: 0; list-style: none; }
.cobro .cobro-guide-step { display: grid; grid-template-columns: auto minmax(0, 1fr); gap: 0 8px; align-items: start; margin: 0 0 6px; }
.cobro .cobro-guide-step input { width: auto; min-height: 0; margin-top: 3px; }
.cobro .cobro-guide-body { min-width: 0; overflow-wrap: anywhere; }
.cobro .cobro-guide-detail { margin: 2px 0 0; font-size: 12px; }
.cobro .cobro-guide-buttons { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 4px; }
.cobro .cobro-guide-buttons button, .cobro .cobro-no-phone-offers button { white-space: normal; text-align: start; }
.cobro .cobro-no-phone-offers { display: flex; flex-wrap: wrap; gap: 6px; margin: 4px 0 6px; }
.cobro .cobro-link-button { min-height: 0; padding: 0; border: 0; background: none; color: inherit; text-decoration: underline; }
.cobro .cobro-link-button:hover { background: none; }

.cobro .cobro-picker-body { display: grid; grid-template-columns: minmax(12em, 1fr) minmax(0, 1.4fr); gap: 12px; }
@media (max-width: 560px) { .cobro .cobro-picker-body { grid-template-columns: 1fr; } }
.cobro .cobro-options { max-height: 340px; overflow: auto; padding: 4px; border: 1px solid var(--cobro-border); border-radius: 6px; }
.cobro .cobro-option { display: flex; flex-direction: column; gap: 2px; padding: 6px 8px; border: 1px solid transparent; border-radius: 4px; cursor: pointer; }
.cobro .cobro-option:hover { background: var(--cobro-hover); }
.cobro .cobro-option-selected, .cobro .cobro-option-selected:hover { background: var(--cobro-selected); border-color: var(--cobro-accent); }
.cobro .cobro-options:focus-visible .cobro-option-selected { outline: 2px solid var(--cobro-focus); outline-offset: -2px; }
.cobro .cobro-option[aria-disabled="true"] { cursor: not-allowed; color: var(--cobro-muted); }
.cobro .cobro-option-name { font-weight: 600; }
.cobro .cobro-option-meta { display: flex; flex-wrap: wrap; gap: 4px 8px; font-size: 12px; color: var(--cobro-muted); }
.cobro .cobro-option-problem { font-size: 12px; }
.cobro .cobro-preview h3 { margin-top: 0; }
.cobro .cobro-preview-subject { font-weight: 600; overflow-wrap: anywhere; }
.cobro .cobro-preview-text { max-height: 340px; overflow: auto; padding: 8px; border: 1px solid var(--cobro-border); border-radius: 6px;
  background: var(--cobro-surface-2); white-space: pre-wrap; overflow-wrap: anywhere; }

.cobro .cobro-row-button { display: flex; flex-direction: column; align-items: stretch; gap: 2px; width: 100%; margin: 0 0 4px; padding: 6px 8px;
  border-inline-start: 4px solid var(--cobro-sev-mark, var(--cobro-border-strong)); text-align: start; }
.cobro .cobro-row-main { display: flex; justify-content: space-between; gap: 8px; }
.cobro .cobro-row-name { font-weight: 600; overflow-wrap: anywhere; }
.cobro .cobro-row-amount { font-weight: 600; white-space: nowrap; font-variant-numeric: tabular-nums; }
.cobro .cobro-row-detail { color: var(--cobro-muted); font-size: 12px; }
.cobro .cobro-contact-day { margin: 0 0 6px; }
.cobro .cobro-row-notnow { align-self: flex-start; padding: 0 4px; border-radius: 4px; background: var(--cobro-notice-bg); color: var(--cobro-notice-text); font-size: 12px; }
.cobro .cobro-empty { color: var(--cobro-muted); padding: 8px 0; }
.cobro.cobro-search > label { display: block; font-weight: 600; margin-bottom: 2px; }
.cobro.cobro-search > input { margin-bottom: 6px; }

@media (prefers-reduced-motion: no-preference) {
  .cobro button, .cobro .cobro-option { transition: background-color 120ms ease, border-color 120ms ease; }
}
@media (prefers-reduced-motion: reduce) {
  .cobro *, .cobro *::before, .cobro *::after { transition: none !important; animation: none !important; scroll-behavior: auto !important; }
}
@media (forced-colors: active) {
  .cobro .cobro-chip, .cobro .cobro-tag { border: 1px solid CanvasText; }
  .cobro .cobro-option-selected { outline: 2px solid Highlight; }
  .cobro .cobro-chip-mark { forced-color-adjust: none; border: 1px solid CanvasText; }
  .cobro :focus-visible { outline: 2px solid Highlight; }
  .cobro .cobro-dialog, .cobro .cobro-track, .cobro .cobro-action-form { border: 1px solid CanvasText; }
  .cobro .cobro-policy-wait, .cobro .cobro-notice { border: 1px solid CanvasText; }
}
`;
