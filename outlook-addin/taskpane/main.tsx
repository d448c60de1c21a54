// The task pane's entry: wait for Office, open the ledger in this origin, fold in sends the
// JavaScript-only runtime queued, choose where the workspace opens, and render. Wiring only.
import { createRoot } from 'react-dom/client';
import { pickUiLanguage, uiLanguageOf } from '../../shared/i18n/language';
import { createTranslator } from '../../shared/i18n/translate';
import { UiProvider } from '../../shared/ui/context';
import { COBRO_UI_CSS } from '../../shared/ui/styles';
import { openAddinLedger } from '../ledger/open-ledger';
import { localStore } from '../logging/local-store';
import { logSentMail } from '../logging/log-sent-mail';
import { foldSentQueues } from '../logging/send-queue';
import { currentItem, onItemChanged } from '../office/current-item';
import { canOpenDialog, openDialog } from '../office/dialog';
import { officeApi } from '../office/office-global';
import { whenOfficeReady } from '../office/ready';
import { officeRuntimeApi, runtimeStore } from '../office/runtime-storage';
import { createPaneTranslator } from './messages';
import type { PaneServices } from './pane-services';
import { PANE_CSS } from './pane-styles';
import { PaneTextProvider } from './pane-text';
import { downloadFile } from '../../shared/ui/workspace/download-file';
import { TaskPane } from './TaskPane';
import type { PaneWorkspace } from './pane-workspace';
import { workspaceInDialog } from './workspace-dialog';

const mount = document.getElementById('cobro-root')!;
const root = createRoot(mount);

function showProblem(locale: string, key: 'pane.officeMissing' | 'pane.ledgerFailed') {
  document.documentElement.lang = uiLanguageOf(locale);
  root.render(
    <main className="cobro">
      <style>{COBRO_UI_CSS}</style>
      <p className="cobro-form-error" role="alert">
        {createPaneTranslator(locale)(key)}
      </p>
    </main>,
  );
}

async function start(): Promise<void> {
  const browserLocale = navigator.language || 'en';
  let office;
  try {
    office = officeApi();
  } catch {
    return showProblem(browserLocale, 'pane.officeMissing');
  }
  const outlook = await whenOfficeReady(office);
  if (!outlook.inOutlook) return showProblem(outlook.displayLanguage || browserLocale, 'pane.officeMissing');
  const { client, handlers, ctx } = openAddinLedger();
  const settings = await client.send('settings-get', {});
  const hostLocale = outlook.displayLanguage || browserLocale;
  if (!settings.ok) return showProblem(hostLocale, 'pane.ledgerFailed');

  const language = pickUiLanguage(settings.value.uiLanguage, [hostLocale]);
  // Keep Outlook's regional variant (es-MX, en-GB) when it speaks the chosen language.
  const locale = uiLanguageOf(hostLocale) === language ? hostLocale : language;
  document.documentElement.lang = locale;

  // Where the send handler may have queued: OfficeRuntime.storage (classic Outlook on Windows)
  // and this origin's localStorage (browser runtimes without it).
  const runtime = officeRuntimeApi();
  const queues = [runtime ? runtimeStore(runtime) : null, localStore()].filter((store) => store !== null);
  // Most of the screen, as an overlay in Outlook on the web (see office/dialog.ts); the pane
  // itself where Outlook has no Dialog API.
  const workspace: PaneWorkspace = canOpenDialog(office)
    ? workspaceInDialog(
        (url, listeners) => openDialog(office, url, { height: 80, width: 80, displayInIframe: true }, listeners),
        window.location.href,
      )
    : { kind: 'pane', ledger: { handlers, ctx }, download: downloadFile };
  const services: PaneServices = {
    client,
    settings: settings.value,
    host: {
      currentItem: () => currentItem(office),
      onItemChanged: (listener) => onItemChanged(office, listener),
      userEmail: outlook.userEmail,
    },
    foldQueue: queues.length > 0 ? () => foldSentQueues(queues, (sent) => logSentMail(client, sent)) : null,
    newSendId: () => `cobro-${crypto.randomUUID()}`,
    now: () => new Date(),
    workspace,
  };

  root.render(
    <UiProvider value={{ t: createTranslator(locale), locale }}>
      <PaneTextProvider value={createPaneTranslator(locale)}>
        <style>{COBRO_UI_CSS + PANE_CSS}</style>
        <TaskPane services={services} />
      </PaneTextProvider>
    </UiProvider>,
  );
}

start().catch(() => showProblem(navigator.language || 'en', 'pane.ledgerFailed'));
