// Layout of Cobro's own containers on Gmail, added to the shared components' stylesheet inside
// each shadow root. The components style themselves; this only places them on the page.
export const OVERLAY_CSS = `
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
  color: #1f1f1f;
  background: #fff;
  border: 1px solid #c4c7c5;
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
`;
