// The few strings only the extension shows (the compose button, its hints, the popup's links).
// Everything shared with Outlook lives in shared/i18n; these have no plurals or formats.
import type { UiLanguage } from '../../shared/i18n';

const en = {
  composeButton: 'Cobro templates',
  composeButtonHint: 'Insert a Cobro template (Alt+Shift+C)',
  noTrackedRecipient: 'None of the recipients is a customer Cobro tracks. Add their address to a debtor, or track them from one of their emails.',
  noRecipient: 'Add a recipient first: the templates are filled in for the customer you write to.',
  ledgerUnavailable: 'Cobro could not read its data just now. Reload the page and try again.',
  panelLabel: 'Cobro',
  panelStale: 'Nothing was saved: the conversation with {name} is no longer open. Open one of their emails and try again.',
  followupWrite: 'Write to {name}',
  openInGmail: 'Search {name} in Gmail',
} as const;

export type ExtensionMessageKey = keyof typeof en;

const es: Record<ExtensionMessageKey, string> = {
  composeButton: 'Plantillas de Cobro',
  composeButtonHint: 'Insertar una plantilla de Cobro (Alt+Mayús+C)',
  noTrackedRecipient: 'Ninguno de los destinatarios es un cliente que Cobro siga. Añada su dirección a un cliente o empiece a seguirlo desde uno de sus correos.',
  noRecipient: 'Añada primero un destinatario: las plantillas se rellenan para el cliente al que escribe.',
  ledgerUnavailable: 'Cobro no ha podido leer sus datos ahora. Recargue la página e inténtelo de nuevo.',
  panelLabel: 'Cobro',
  panelStale: 'No se ha guardado nada: la conversación con {name} ya no está abierta. Abra uno de sus correos y vuelva a intentarlo.',
  followupWrite: 'Escribir a {name}',
  openInGmail: 'Buscar a {name} en Gmail',
};

/** Both catalogs, exported for the test that checks their voice (shared/i18n/glossary). */
export const EXTENSION_CATALOGS: Record<UiLanguage, Record<ExtensionMessageKey, string>> = { en, es };

export function extensionText(language: UiLanguage, key: ExtensionMessageKey, values: Record<string, string> = {}): string {
  return EXTENSION_CATALOGS[language][key].replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
