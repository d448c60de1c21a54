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
  siteLayerLabel: 'Cobro on this page',
  sitePanelStale: 'Nothing was saved: {name} is no longer on this page. Open their invoice again and try again.',
  siteAdd: 'Add to Cobro',
  siteAddLabel: 'Add invoice {number} to Cobro',
  siteChase: 'Chase',
  siteChaseLabel: 'Write to {name} about what they owe, in Gmail',
  siteChaseNoTemplate: 'Gmail opened an empty e-mail to {name}: no reminder fits them today.',
  siteChaseFailed: 'Cobro could not open Gmail. Try again.',
  sitePaid: 'Paid in {tool}',
  siteLower: '{amount} left in {tool}',
  siteUpdateLabel: '{tool} shows invoice {number} with {amount} left; Cobro has {ledger}. Record the payment',
  siteNext: 'Next: {what}',
  recordTitle: 'Record the payment {tool} shows',
  recordPaid: '{tool} shows invoice {number} of {name} as paid. Cobro still has {ledger} owed on it.',
  recordLower: '{tool} shows {amount} left on invoice {number} of {name}. Cobro has {ledger} owed on it.',
  recordWhat: 'Record a payment of {amount} for invoice {number}.',
  recordDate: 'Date of the payment',
  recordDateMissing: 'Enter the date the payment was made.',
  recordDateFuture: 'The payment cannot be dated after today.',
  recordSubmit: 'Record payment',
  recordNote: 'Shown paid in {tool}',
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
  siteLayerLabel: 'Cobro en esta página',
  sitePanelStale: 'No se ha guardado nada: {name} ya no está en esta página. Abra de nuevo su factura y vuelva a intentarlo.',
  siteAdd: 'Añadir a Cobro',
  siteAddLabel: 'Añadir la factura {number} a Cobro',
  siteChase: 'Reclamar',
  siteChaseLabel: 'Escribir a {name} sobre lo que debe, en Gmail',
  siteChaseNoTemplate: 'Gmail ha abierto un correo vacío para {name}: hoy no le corresponde ningún recordatorio.',
  siteChaseFailed: 'Cobro no ha podido abrir Gmail. Inténtelo de nuevo.',
  sitePaid: 'Pagada en {tool}',
  siteLower: 'Quedan {amount} en {tool}',
  siteUpdateLabel: '{tool} muestra la factura {number} con {amount} pendientes; Cobro tiene {ledger}. Registrar el pago',
  siteNext: 'Siguiente: {what}',
  recordTitle: 'Registrar el pago que muestra {tool}',
  recordPaid: '{tool} muestra la factura {number} de {name} como pagada. En Cobro aún constan {ledger} pendientes.',
  recordLower: '{tool} muestra {amount} pendientes en la factura {number} de {name}. En Cobro constan {ledger}.',
  recordWhat: 'Registrar un pago de {amount} para la factura {number}.',
  recordDate: 'Fecha del pago',
  recordDateMissing: 'Indique la fecha en que se hizo el pago.',
  recordDateFuture: 'El pago no puede tener fecha posterior a hoy.',
  recordSubmit: 'Registrar pago',
  recordNote: 'Pagada según {tool}',
};

/** Both catalogs, exported for the test that checks their voice (shared/i18n/glossary). */
export const EXTENSION_CATALOGS: Record<UiLanguage, Record<ExtensionMessageKey, string>> = { en, es };

export function extensionText(language: UiLanguage, key: ExtensionMessageKey, values: Record<string, string> = {}): string {
  return EXTENSION_CATALOGS[language][key].replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
