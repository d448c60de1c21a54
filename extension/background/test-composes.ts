// A compose the popup opened, as the background's compose tests share it.
import type { PendingComposeFields } from '../messaging/compose-opened';

/** The popup's overdue reminder to Ana, with the template's invoice. */
export const ANA_COMPOSE: PendingComposeFields = {
  debtorId: 'd1',
  templateId: 'builtin:overdue:es',
  step: 'overdue',
  invoiceIds: ['i1'],
  subject: 'Factura F-1 vencida',
  to: ['ana@x.es'],
};
