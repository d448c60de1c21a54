// Layout of Cobro's layer on an invoicing tool's page: a fixed, zero-size layer over the page that
// lets clicks through except on the chips themselves, each chip moved to its anchor by chip-layer.ts.
export const SITE_CSS = `
/* The layer's host is a box of its own the size of the window, contained: drawing or moving a chip lays
   out the layer alone, never the page (a 1,000-row table took 50 ms to lay out again each time). */
:host([data-cobro-layer]) { position: fixed !important; inset: 0 auto auto 0 !important; width: 100vw; height: 100vh; contain: strict; pointer-events: none; z-index: 2147482000; }
.cobro-layer { position: absolute; inset: 0; pointer-events: none; }
.cobro-layer-chip { position: absolute; top: 0; left: 0; visibility: hidden; pointer-events: auto; white-space: nowrap; }
.cobro-page-chip { display: inline-flex; align-items: center; gap: 4px; font: 12px/16px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
.cobro-page-chip-stacked { flex-direction: column; gap: 2px; }
.cobro-page-chip .cobro-chip { box-shadow: 0 1px 3px rgba(0, 0, 0, 0.18); cursor: pointer; }
.cobro-chip-update { --cobro-sev-bg: var(--cobro-notice-bg); --cobro-sev-text: var(--cobro-notice-text); --cobro-sev-mark: var(--cobro-notice-text); font-weight: 600; }
.cobro-chip-chase { --cobro-sev-bg: var(--cobro-accent); --cobro-sev-text: var(--cobro-on-accent); --cobro-sev-mark: var(--cobro-accent); font-weight: 600; }
.cobro-page-chip .cobro-chip-compact { justify-content: center; min-width: 20px; height: 20px; padding: 0 5px; }
.cobro-page-chip .cobro-chip-compact .cobro-chip-mark { margin-inline-end: 0; }
.cobro-page-chip .cobro-chip-compact .cobro-chip-plus { margin-inline-end: 0; }
`;
