// A page that shows the capture form on its own, as the overlay on an invoicing tool's page will
// (the same styles, a real ledger in the page's IndexedDB), for capture-screens.spec.ts. The spec
// bundles this file and says what to show through `window.cobroCapture`.
import { createRoot } from 'react-dom/client';
import { createClient, createHandlers, inProcessTransport } from '../../../shared/ledger/api';
import { openCobroDb } from '../../../shared/ledger/db';
import { createTranslator } from '../../../shared/i18n/translate';
import type { CaptureDraft } from '../../../shared/sites/capture-draft';
import { CaptureInvoiceForm } from '../../../shared/ui/CaptureInvoiceForm';
import { UiProvider } from '../../../shared/ui/context';
import { COBRO_UI_CSS } from '../../../shared/ui/styles';

export interface CaptureScene {
  locale: string;
  draft: CaptureDraft;
  format: string;
  toolName?: string;
  /** A customer the ledger has before the form opens, with one invoice; passed as `existing`. */
  existing?: { name: string; email: string; invoiceNumber: string };
}

declare global {
  interface Window {
    cobroCapture: CaptureScene;
  }
}

async function main() {
  const scene = window.cobroCapture;
  let id = 0;
  const handlers = createHandlers({ db: openCobroDb(`capture-${Date.now()}`), now: () => new Date('2026-03-03T10:00:00.000Z'), newId: () => `id-${++id}` });
  const client = createClient(inProcessTransport(handlers));
  let existing: { id: string; name: string } | undefined;
  if (scene.existing) {
    const made = await client.send('debtor-create', {
      name: scene.existing.name,
      emails: [scene.existing.email],
      firstInvoice: { number: scene.existing.invoiceNumber, currency: 'EUR', amount: 10_000, dueDate: '2026-02-01' },
    });
    if (made.ok) existing = { id: made.value.debtor.id, name: made.value.debtor.name };
  }
  const style = document.createElement('style');
  style.textContent = `${COBRO_UI_CSS}\nbody { margin: 0; padding: 24px; background: #f1f3f4; }\nmain { display: flex; justify-content: center; } main > [role="dialog"] { width: min(640px, 100%); }`;
  document.head.append(style);
  document.documentElement.lang = scene.locale;
  const host = document.createElement('main');
  document.body.append(host);
  createRoot(host).render(
    <UiProvider value={{ t: createTranslator(scene.locale), locale: scene.locale }}>
      <div role="dialog" aria-label="Cobro">
        <CaptureInvoiceForm
          draft={scene.draft}
          existing={existing}
          defaults={{ currency: 'EUR', locale: 'es-ES', timeZone: 'Europe/Madrid' }}
          format={scene.format}
          toolName={scene.toolName}
          onSubmit={(input) => client.send('invoice-capture', input)}
          onCancel={() => {}}
        />
      </div>
    </UiProvider>,
  );
  document.body.dataset.ready = 'true';
}

void main();
