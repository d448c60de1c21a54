// Layout of the pane around the shared components; colours come from the shared palette
// variables defined on `.cobro`.
export const PANE_CSS = `
html, body { margin: 0; padding: 0; }
body { background: Canvas; }
.cobro.cobro-pane { display: flex; flex-direction: column; min-height: 100vh; background: var(--cobro-surface); }
.cobro .cobro-pane-header { padding: 8px 10px 0; border-bottom: 1px solid var(--cobro-border); }
.cobro .cobro-pane-nav { display: flex; flex-wrap: wrap; gap: 4px; margin: 0; padding: 0; list-style: none; }
.cobro .cobro-pane-nav button { border: 0; border-bottom: 3px solid transparent; border-radius: 0; background: none; padding: 6px 8px; }
.cobro .cobro-pane-nav button[aria-current="page"] { border-bottom-color: var(--cobro-accent); font-weight: 600; }
.cobro .cobro-pane-notice { margin: 6px 0 8px; padding: 6px 8px; border-radius: 6px; font-size: 12px; background: var(--cobro-notice-bg); color: var(--cobro-notice-text); }
/* Empty, it stays in place (a live region must exist before it speaks) but takes no room. */
.cobro .cobro-pane-notice:empty { margin: 0; padding: 0; }
.cobro .cobro-pane-to-workspace { align-self: flex-start; }
.cobro .cobro-pane-body { padding: 10px; display: flex; flex-direction: column; gap: 10px; }
.cobro .cobro-pane-heading { margin: 0; font-size: 15px; }
.cobro .cobro-pane-chips { display: flex; flex-wrap: wrap; gap: 6px; }
/* In the narrow pane a chip wraps instead of cutting its text off. */
.cobro .cobro-pane-chips > .cobro { display: block; max-width: 100%; min-width: 0; }
.cobro .cobro-pane-chips .cobro-chip { flex-wrap: wrap; white-space: normal; border-radius: 12px; text-align: start; }
/* The card's facts: label above value, so neither column is squeezed to a few letters. */
.cobro.cobro-pane .cobro-facts { grid-template-columns: minmax(0, 1fr); gap: 0; }
.cobro.cobro-pane .cobro-facts dd { margin-bottom: 6px; }
.cobro .cobro-pane-unknown { display: flex; flex-direction: column; align-items: flex-start; gap: 6px; }
.cobro .cobro-pane-unknown p { margin: 0; }
.cobro .cobro-pane-unknown .cobro-pane-heading { overflow-wrap: anywhere; }
.cobro .cobro-pane-address { color: var(--cobro-muted); overflow-wrap: anywhere; }
.cobro .cobro-pane-back { align-self: flex-start; }
/* Dialogs sit in the pane's flow: full width, as tall as they need, no floating shadow. */
.cobro .cobro-pane-body .cobro-dialog, .cobro .cobro-pane-body .cobro-track { max-height: none; width: auto; box-shadow: none; }
`;
