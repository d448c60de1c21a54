// The variables a template may use, documented for the editor. A name not listed here is an
// unknown variable: the renderer refuses it and the tone check flags it.

/** A value rendered as a list: <ul><li> in HTML, "- " lines in text. */
export interface TemplateList {
  readonly kind: 'list';
  readonly items: readonly string[];
}

export type TemplateValue = string | number | TemplateList;

/** 'text' and 'list' are inserted as they are; 'number' is meant for ICU plural; 'choice' for ICU select. */
export type TemplateVariableKind = 'text' | 'number' | 'list' | 'choice';

export interface TemplateVariable {
  readonly name: string;
  readonly kind: TemplateVariableKind;
  readonly description: { readonly es: string; readonly en: string };
  /**
   * Present only in some contexts (a promise, a plan, a call); a template that reaches it elsewhere
   * fails to render. Inside a select or plural branch it is only needed when that branch is taken.
   */
  readonly optional?: boolean;
}

export const TEMPLATE_VARIABLES = [
  {
    name: 'debtorName',
    kind: 'text',
    description: { es: 'Nombre del cliente (la empresa o persona que debe).', en: 'The customer’s name (the company or person who owes).' },
  },
  {
    name: 'contactName',
    kind: 'text',
    description: {
      es: 'Persona de contacto del cliente; si no hay, el nombre del cliente.',
      en: 'The customer’s contact person; the customer’s name if there is none.',
    },
  },
  {
    name: 'hasContactPerson',
    kind: 'choice',
    description: {
      es: '«yes» si el cliente tiene una persona de contacto distinta de su propio nombre, si no «no». Para usar con select y no escribir el mismo nombre dos veces.',
      en: '"yes" when the customer has a contact person other than its own name, otherwise "no". For use with select, so a name is never written twice.',
    },
  },
  {
    name: 'businessName',
    kind: 'text',
    description: {
      es: 'El nombre de su empresa; si falta en Ajustes, un aviso entre corchetes para completarlo.',
      en: 'Your business name; if Settings has none, a bracketed note asking for it.',
    },
  },
  {
    name: 'senderName',
    kind: 'text',
    description: { es: 'Su nombre, la persona que firma (de Ajustes); puede estar vacío.', en: 'Your name, the person who signs (from Settings); may be empty.' },
  },
  {
    name: 'hasSenderName',
    kind: 'choice',
    description: { es: '«yes» si Ajustes tiene su nombre, si no «no». Para usar con select.', en: '"yes" when Settings has your name, otherwise "no". For use with select.' },
  },
  {
    name: 'businessPhone',
    kind: 'text',
    description: { es: 'El teléfono de su empresa (de Ajustes); puede estar vacío.', en: 'Your business phone (from Settings); may be empty.' },
  },
  {
    name: 'hasBusinessPhone',
    kind: 'choice',
    description: {
      es: '«yes» si Ajustes tiene el teléfono de su empresa, si no «no». Para usar con select.',
      en: '"yes" when Settings has your business phone, otherwise "no". For use with select.',
    },
  },
  {
    name: 'businessEmail',
    kind: 'text',
    description: { es: 'El correo de su empresa (de Ajustes); puede estar vacío.', en: 'Your business e-mail (from Settings); may be empty.' },
  },
  {
    name: 'hasBusinessEmail',
    kind: 'choice',
    description: {
      es: '«yes» si Ajustes tiene el correo de su empresa, si no «no». Para usar con select.',
      en: '"yes" when Settings has your business e-mail, otherwise "no". For use with select.',
    },
  },
  {
    name: 'signature',
    kind: 'text',
    description: {
      es: 'Su firma (de Ajustes); si está vacía, su nombre y el de su empresa, o solo el de su empresa.',
      en: 'Your signature (from Settings); if empty, your name and your business name, or just your business name.',
    },
  },
  {
    name: 'invoiceCount',
    kind: 'number',
    description: { es: 'Cuántas facturas trata el mensaje (para plurales).', en: 'How many invoices the message is about (for plurals).' },
  },
  {
    name: 'invoiceList',
    kind: 'list',
    description: {
      es: 'Lista de facturas: número, importe, pendiente, vencimiento y días de retraso.',
      en: 'List of invoices: number, amount, outstanding, due date and days late.',
    },
  },
  {
    name: 'invoiceNumbers',
    kind: 'text',
    description: { es: 'Números de factura, unidos como en una frase («F-1, F-2 y F-3»).', en: 'Invoice numbers joined as in a sentence ("F-1, F-2 and F-3").' },
  },
  {
    name: 'totalOwed',
    kind: 'text',
    description: {
      es: 'Importe pendiente, por moneda (nunca se suman monedas distintas).',
      en: 'Amount outstanding, per currency (different currencies are never added).',
    },
  },
  {
    name: 'daysLate',
    kind: 'number',
    description: {
      es: 'Días de retraso de la factura impagada más antigua (0 si aún no ha vencido).',
      en: 'Days late of the oldest unpaid invoice (0 if not yet due).',
    },
  },
  {
    name: 'dueState',
    kind: 'choice',
    description: {
      es: 'Situación de la factura impagada más antigua: «upcoming» si aún no vence, «today» si vence hoy, «past» si ya venció, «none» si no hay nada pendiente. Para usar con select.',
      en: 'Where the oldest unpaid invoice stands: "upcoming" before its due date, "today" on it, "past" after it, "none" when nothing is unpaid. For use with select.',
    },
  },
  {
    name: 'remindersSent',
    kind: 'number',
    description: {
      es: 'Cuántos recordatorios (correos o cartas) le hemos enviado ya por estas facturas desde que empezó su cobro. 0 si ninguno.',
      en: 'How many reminders (e-mails or letters) we have already sent about these invoices since chasing them began. 0 if none.',
    },
  },
  {
    name: 'callLogged',
    kind: 'choice',
    description: {
      es: '«yes» si hemos hablado por teléfono con el cliente desde que empezó el cobro de estas facturas, si no «no». Para usar con select.',
      en: '"yes" when we have spoken to the customer by phone since chasing these invoices began, otherwise "no". For use with select.',
    },
  },
  {
    name: 'lastCallDate',
    kind: 'text',
    optional: true,
    description: { es: 'Fecha de esa última llamada.', en: 'Date of that last call.' },
  },
  {
    name: 'promiseOpen',
    kind: 'choice',
    description: {
      es: '«yes» si el cliente ha prometido pagar y la fecha aún no ha pasado, si no «no». Para usar con select.',
      en: '"yes" when the customer has promised to pay and the date has not passed yet, otherwise "no". For use with select.',
    },
  },
  {
    name: 'planOpen',
    kind: 'choice',
    description: {
      es: '«yes» si hay un plan de pagos en marcha y al día, si no «no». Para usar con select.',
      en: '"yes" when a payment plan is running and up to date, otherwise "no". For use with select.',
    },
  },
  {
    name: 'oldestDueDate',
    kind: 'text',
    optional: true,
    description: { es: 'Vencimiento de la factura impagada más antigua.', en: 'Due date of the oldest unpaid invoice.' },
  },
  {
    name: 'deadline',
    kind: 'text',
    description: {
      es: 'Nueva fecha límite de pago (por defecto, hoy + 7 días; + 10 en el requerimiento formal).',
      en: 'New payment deadline (by default today + 7 days; + 10 for the formal notice).',
    },
  },
  {
    name: 'paymentMethods',
    kind: 'list',
    description: {
      es: 'Formas de pago aceptadas (de Ajustes); si no hay ninguna, un aviso entre corchetes para añadirlas.',
      en: 'Accepted payment methods (from Settings); if there are none, a bracketed note asking for one.',
    },
  },
  {
    name: 'planTerms',
    kind: 'list',
    optional: true,
    description: { es: 'Plazos del plan de pagos: fecha e importe de cada uno.', en: 'Payment plan installments: date and amount of each.' },
  },
  {
    name: 'installmentDate',
    kind: 'text',
    optional: true,
    description: {
      es: 'Fecha del plazo del que trata el mensaje: el próximo, o el último vencido si es un plazo impagado.',
      en: 'Date of the installment the message is about: the next one, or the last one due for a missed installment.',
    },
  },
  {
    name: 'installmentAmount',
    kind: 'text',
    optional: true,
    description: { es: 'Importe de ese plazo.', en: 'Amount of that installment.' },
  },
  {
    name: 'promiseDate',
    kind: 'text',
    optional: true,
    description: { es: 'Fecha en que el cliente prometió pagar.', en: 'Date the customer promised to pay by.' },
  },
  {
    name: 'promiseAmount',
    kind: 'text',
    optional: true,
    description: { es: 'Importe que el cliente prometió pagar.', en: 'Amount the customer promised to pay.' },
  },
  {
    name: 'lastPaymentDate',
    kind: 'text',
    optional: true,
    description: { es: 'Fecha del último pago recibido del cliente (en los últimos 30 días).', en: 'Date of the last payment received from the customer (in the last 30 days).' },
  },
  {
    name: 'lastPaymentAmount',
    kind: 'text',
    optional: true,
    description: { es: 'Importe de ese último pago.', en: 'Amount of that last payment.' },
  },
  {
    name: 'lateInterest',
    kind: 'text',
    description: {
      es: 'Interés de demora legal acumulado hasta hoy (Ley 3/2004), por moneda.',
      en: 'Statutory late-payment interest accrued to today (Spanish Ley 3/2004), per currency.',
    },
  },
  {
    name: 'lateInterestRate',
    kind: 'text',
    description: { es: 'Tipo del interés de demora legal (BCE + 8 puntos).', en: 'Statutory late-payment interest rate (ECB + 8 points).' },
  },
  {
    name: 'compensation',
    kind: 'text',
    description: {
      es: 'Indemnización de 40 € por factura vencida en euros (no se aplica a otras monedas).',
      en: 'Compensation of €40 per overdue invoice in euros (not applied to other currencies).',
    },
  },
  {
    name: 'claimLateCosts',
    kind: 'choice',
    description: {
      es: '«yes» si Ajustes reclama intereses e indemnización, «interest» si solo intereses (sin facturas en euros), si no «no». Para usar con select.',
      en: '"yes" when Settings claims interest and compensation, "interest" for interest alone (no euro invoices), otherwise "no". For use with select.',
    },
  },
  { name: 'today', kind: 'text', description: { es: 'La fecha de hoy.', en: 'Today’s date.' } },
] as const satisfies readonly TemplateVariable[];

export type TemplateVariableName = (typeof TEMPLATE_VARIABLES)[number]['name'];

const kinds: ReadonlyMap<string, TemplateVariableKind> = new Map(TEMPLATE_VARIABLES.map((v) => [v.name, v.kind]));

export function isTemplateVariable(name: string): name is TemplateVariableName {
  return kinds.has(name);
}

export function variableKind(name: TemplateVariableName): TemplateVariableKind {
  return kinds.get(name) ?? 'text';
}

/**
 * What the editor calls each variable, in the UI's language: the name a user sees on a field in
 * the text and in the insert menu. Each is unique within its language (a test checks), because
 * the editor reads a field back into its variable by this name.
 */
export const TEMPLATE_VARIABLE_LABELS: Record<TemplateVariableName, { readonly es: string; readonly en: string }> = {
  debtorName: { es: 'Nombre del cliente', en: 'Customer name' },
  contactName: { es: 'Persona de contacto', en: 'Contact person' },
  hasContactPerson: { es: 'si hay persona de contacto', en: 'whether there is a contact person' },
  businessName: { es: 'Nombre de su empresa', en: 'Your business name' },
  senderName: { es: 'Su nombre', en: 'Your name' },
  hasSenderName: { es: 'si Ajustes tiene su nombre', en: 'whether Settings has your name' },
  businessPhone: { es: 'Teléfono de su empresa', en: 'Your business phone' },
  hasBusinessPhone: { es: 'si Ajustes tiene su teléfono', en: 'whether Settings has your phone' },
  businessEmail: { es: 'Correo de su empresa', en: 'Your business e-mail' },
  hasBusinessEmail: { es: 'si Ajustes tiene su correo', en: 'whether Settings has your e-mail' },
  signature: { es: 'Firma', en: 'Signature' },
  invoiceCount: { es: 'Número de facturas (cifra)', en: 'Number of invoices (figure)' },
  invoiceList: { es: 'Lista de facturas', en: 'Invoice list' },
  invoiceNumbers: { es: 'Números de factura', en: 'Invoice numbers' },
  totalOwed: { es: 'Importe pendiente', en: 'Amount owed' },
  daysLate: { es: 'Días de retraso (cifra)', en: 'Days late (figure)' },
  dueState: { es: 'la situación del vencimiento', en: 'where the due date stands' },
  remindersSent: { es: 'Recordatorios enviados (cifra)', en: 'Reminders sent (figure)' },
  callLogged: { es: 'si ya hablamos por teléfono', en: 'whether we have spoken by phone' },
  lastCallDate: { es: 'Fecha de la última llamada', en: 'Date of the last call' },
  promiseOpen: { es: 'si hay una promesa de pago', en: 'whether a promise to pay is open' },
  planOpen: { es: 'si hay un plan de pagos', en: 'whether a payment plan is running' },
  oldestDueDate: { es: 'Fecha de vencimiento', en: 'Due date' },
  deadline: { es: 'Nueva fecha límite', en: 'New deadline' },
  paymentMethods: { es: 'Formas de pago', en: 'Payment methods' },
  planTerms: { es: 'Plazos del plan', en: 'Plan installments' },
  installmentDate: { es: 'Fecha del plazo', en: 'Installment date' },
  installmentAmount: { es: 'Importe del plazo', en: 'Installment amount' },
  promiseDate: { es: 'Fecha prometida', en: 'Promised date' },
  promiseAmount: { es: 'Importe prometido', en: 'Promised amount' },
  lastPaymentDate: { es: 'Fecha del último pago', en: 'Date of the last payment' },
  lastPaymentAmount: { es: 'Importe del último pago', en: 'Amount of the last payment' },
  lateInterest: { es: 'Interés de demora', en: 'Late-payment interest' },
  lateInterestRate: { es: 'Tipo de interés de demora', en: 'Late-payment interest rate' },
  compensation: { es: 'Indemnización por costes de cobro', en: 'Compensation for collection costs' },
  claimLateCosts: { es: 'si se reclaman intereses', en: 'whether interest is claimed' },
  today: { es: 'Fecha de hoy', en: 'Today’s date' },
};
