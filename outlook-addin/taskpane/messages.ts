// The few sentences only the Outlook add-in says (the pane's navigation, what happened after an
// insert or on opening the workspace, the workspace window's own button).
// Everything the shared components say comes from shared/i18n. ICU MessageFormat, like there.
import { IntlMessageFormat } from 'intl-messageformat';
import { uiLanguageOf, type UiLanguage } from '../../shared/i18n/language';

export const PANE_EN = {
  'pane.nav': 'Cobro views',
  'pane.view.message': 'This message',
  'pane.view.search': 'Find a debtor',
  'pane.view.followups': "Today's follow-ups",
  'pane.view.workspace': 'Workspace',
  'pane.noItem': 'Select a message to see what the customer owes.',
  'pane.noCounterpart': 'This message has no address Cobro can look up.',
  'pane.officeMissing': 'Cobro runs inside Outlook: open it from a message.',
  'pane.ledgerFailed': 'Cobro could not open its data on this computer.',
  'pane.folded': '{count, plural, one {# sent reminder was} other {# sent reminders were}} added to the timeline.',
  'pane.back': 'Back to the list',
  'read.openCard': 'Show the debtor card',
  'read.openInWorkspace': 'Open {name} in the workspace',
  'read.unknownLabel': 'Sender not tracked',
  'read.unknownWhat': 'Cobro does not track this sender yet. Track them with their first invoice, and Cobro shows what they owe, suggests the reminder for their step and logs each one you send.',
  'workspace.opened': 'The workspace is open in its own window. What you change there shows here too.',
  'workspace.alreadyOpen': 'The workspace is already open in another window. Close that window, then open it again from here.',
  'workspace.ignored': 'The workspace window was not allowed to open. Choose Workspace again and allow it when Outlook asks.',
  'workspace.blocked': 'Your browser blocked the workspace window. Allow pop-up windows for Outlook, or use another browser.',
  'workspace.untrusted':
    'Outlook does not trust the address of the workspace. If you serve Cobro yourself, check that the manifest lists the address the add-in is served from.',
  'workspace.failed': 'Outlook could not open the workspace. Try again in a moment.',
  'workspace.unloadable': 'The workspace window could not load. Check that you are online to reach the add-in’s files, and try again.',
  'dialog.bar': 'Workspace window',
  'dialog.close': 'Close and go back to Outlook',
  'compose.noRecipients': 'Add the customer as a recipient, or find them below.',
  'compose.noDebtor': 'No recipient is a debtor Cobro knows. Find the debtor below, or track them from one of their messages.',
  'compose.writingTo': 'Writing to {name}',
  'compose.chooseTemplate': 'Choose a template',
  'compose.otherDebtor': 'Write to another debtor',
  'compose.inserted': 'Inserted. Cobro will add it to the timeline of {name} when you send it.',
  'compose.insertedNotLogged': 'Inserted. This Outlook cannot mark the message, so the send will not be logged by itself.',
  'compose.insertFailed': 'Outlook did not let Cobro insert the text. Click in the message body and try again.',
} as const;

export type PaneMessageKey = keyof typeof PANE_EN;

export const PANE_ES: Record<PaneMessageKey, string> = {
  'pane.nav': 'Vistas de Cobro',
  'pane.view.message': 'Este mensaje',
  'pane.view.search': 'Buscar cliente',
  'pane.view.followups': 'Seguimientos de hoy',
  'pane.view.workspace': 'Espacio de trabajo',
  'pane.noItem': 'Seleccione un mensaje para ver lo que le debe el cliente.',
  'pane.noCounterpart': 'Este mensaje no tiene ninguna dirección que Cobro pueda buscar.',
  'pane.officeMissing': 'Cobro funciona dentro de Outlook: ábralo desde un mensaje.',
  'pane.ledgerFailed': 'Cobro no ha podido abrir sus datos en este equipo.',
  'pane.folded': '{count, plural, one {Se ha añadido # recordatorio enviado} other {Se han añadido # recordatorios enviados}} al historial.',
  'pane.back': 'Volver a la lista',
  'read.openCard': 'Mostrar la ficha del cliente',
  'read.openInWorkspace': 'Abrir {name} en el espacio de trabajo',
  'read.unknownLabel': 'Remitente sin seguimiento',
  'read.unknownWhat': 'Cobro aún no sigue a este remitente. Si lo sigue con su primera factura, Cobro le mostrará lo que le debe, le propondrá el recordatorio de su paso y anotará cada uno que envíe.',
  'workspace.opened': 'El espacio de trabajo está abierto en su propia ventana. Lo que cambie allí también se verá aquí.',
  'workspace.alreadyOpen': 'El espacio de trabajo ya está abierto en otra ventana. Cierre esa ventana y vuelva a abrirlo desde aquí.',
  'workspace.ignored': 'No se ha permitido abrir la ventana del espacio de trabajo. Vuelva a elegir Espacio de trabajo y permítalo cuando Outlook lo pregunte.',
  'workspace.blocked': 'El navegador ha bloqueado la ventana del espacio de trabajo. Permita las ventanas emergentes para Outlook o use otro navegador.',
  'workspace.untrusted':
    'Outlook no confía en la dirección del espacio de trabajo. Si aloja Cobro en su propio servidor, compruebe que el manifiesto incluye la dirección desde la que se sirve el complemento.',
  'workspace.failed': 'Outlook no ha podido abrir el espacio de trabajo. Vuelva a intentarlo en un momento.',
  'workspace.unloadable': 'La ventana del espacio de trabajo no ha podido cargarse. Compruebe que tiene conexión para llegar a los archivos del complemento y vuelva a intentarlo.',
  'dialog.bar': 'Ventana del espacio de trabajo',
  'dialog.close': 'Cerrar y volver a Outlook',
  'compose.noRecipients': 'Añada al cliente como destinatario, o búsquelo aquí abajo.',
  'compose.noDebtor': 'Ningún destinatario es un cliente que Cobro siga. Busque al cliente aquí abajo, o empiece a seguirlo desde uno de sus mensajes.',
  'compose.writingTo': 'Escribiendo a {name}',
  'compose.chooseTemplate': 'Elegir una plantilla',
  'compose.otherDebtor': 'Escribir a otro cliente',
  'compose.inserted': 'Insertado. Cobro lo añadirá al historial de {name} cuando lo envíe.',
  'compose.insertedNotLogged': 'Insertado. Este Outlook no puede marcar el mensaje, así que el envío no se anotará solo.',
  'compose.insertFailed': 'Outlook no ha dejado insertar el texto. Haga clic en el cuerpo del mensaje y vuelva a intentarlo.',
};

const CATALOGS: Record<UiLanguage, Record<PaneMessageKey, string>> = { en: PANE_EN, es: PANE_ES };

export type PaneTranslate = (key: PaneMessageKey, values?: Record<string, string | number>) => string;

export function createPaneTranslator(locale: string): PaneTranslate {
  const language = uiLanguageOf(locale);
  const compiled = new Map<PaneMessageKey, IntlMessageFormat>();
  return (key, values) => {
    let message = compiled.get(key);
    if (!message) {
      message = new IntlMessageFormat(CATALOGS[language][key], locale, undefined, { ignoreTag: true });
      compiled.set(key, message);
    }
    try {
      return String(message.format(values));
    } catch {
      return key;
    }
  };
}
