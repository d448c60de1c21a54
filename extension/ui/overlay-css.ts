// Layout of Cobro's own containers on Gmail, added to the shared components' stylesheet inside
// each shadow root. The components style themselves; this only places them on the page.
import { PALETTE_DECLARATIONS } from '../../shared/ui/styles';

export const OVERLAY_CSS = `
/* The page's theme, read from Gmail's colours (overlay/page-theme.ts), over the system's:
   Gmail's Dark theme can sit on a light system and the other way round. */
:host([data-cobro-theme="dark"]) .cobro { ${PALETTE_DECLARATIONS.dark} color-scheme: dark; }
:host([data-cobro-theme="light"]) .cobro { ${PALETTE_DECLARATIONS.light} color-scheme: light; }
/* A chip's container flows in Gmail's header line, after the sender's "<address>". */
.cobro-inline-host { display: inline; }
.cobro-inline-host .cobro-chip { margin-inline-start: 8px; vertical-align: middle; }
.cobro-panel {
  position: fixed;
  top: 72px;
  right: 24px;
  z-index: 2147483000;
  width: min(640px, calc(100vw - 48px));
  box-sizing: border-box;
}
.cobro-panel-message {
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  color: var(--cobro-text);
  background: var(--cobro-surface);
  border: 1px solid var(--cobro-border-strong);
  border-radius: 12px;
  box-shadow: 0 4px 16px rgba(0, 0, 0, 0.18);
  padding: 16px 40px 16px 16px;
  position: relative;
}
.cobro-panel-message .cobro-panel-close {
  position: absolute;
  top: 8px;
  right: 8px;
}
.cobro-compose-button {
  font: 500 13px/1 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  color: #0b3d91;
  background: #e8f0fe;
  border: 1px solid #9db7e8;
  border-radius: 16px;
  padding: 7px 12px;
  margin: 0 6px;
  cursor: pointer;
  white-space: nowrap;
}
.cobro-compose-button:hover { background: #d2e3fc; }
.cobro-compose-button:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; }
:host([data-cobro-theme="dark"]) .cobro-compose-button { color: #d2e3fc; background: #1f3a5f; border-color: #6f93c9; }
:host([data-cobro-theme="dark"]) .cobro-compose-button:hover { background: #264a78; }
:host([data-cobro-theme="dark"]) .cobro-compose-button:focus-visible { outline-color: #8ab4f8; }
@media (forced-colors: active) {
  .cobro-compose-button { border: 1px solid ButtonText; }
  .cobro-compose-button:focus-visible { outline-color: Highlight; }
  .cobro-panel-message { border: 1px solid CanvasText; }
}
`;
