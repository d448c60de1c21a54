// The popup's own frame; the lists and search style themselves (shared/ui/styles).
export const POPUP_CSS = `
html, body { margin: 0; }
body { min-width: 360px; max-width: 420px; }
.cobro-popup { display: block; padding: 12px 14px 16px; }
.cobro-popup-header { display: flex; align-items: baseline; justify-content: space-between; gap: 12px; }
.cobro-popup h1 { font-size: 18px; margin: 0 0 8px; }
.cobro-popup h2 { font-size: 14px; margin: 14px 0 6px; }
.cobro-popup-setup { margin: 0 0 8px; }
.cobro-popup-setup p { margin: 0 0 6px; }
.cobro-popup-site { margin: 0 0 12px; padding: 8px 10px 10px; border: 1px solid var(--cobro-border); border-radius: 8px; }
.cobro-popup .cobro-popup-site h2 { margin: 0 0 4px; overflow-wrap: anywhere; }
.cobro-popup-site p { margin: 0 0 8px; }
.cobro-popup-site p[role="status"] { margin: 8px 0 0; }
.cobro-link { background: none; border: none; padding: 0; color: #0b57d0; text-decoration: underline; cursor: pointer; font: inherit; }
`;
