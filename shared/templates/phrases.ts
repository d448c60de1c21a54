// The wording of list items inside messages (one invoice, one installment, one payment method),
// in the language of the message. Values are passed to ICU as arguments, never spliced into it.
import type { PaymentMethod } from '../ledger/schema';
import { compileMessage } from './icu';
import type { MessageLanguage } from './format';

interface Phrases {
  invoiceItem: string;
  installmentItem: string;
  /** Shown in place of what Settings lacks, so a preview shows the gap instead of hiding it. */
  noPaymentMethods: string;
  noBusinessName: string;
  paymentMethodKinds: Record<PaymentMethod['kind'], string>;
}

const PHRASES: Record<MessageLanguage, Phrases> = {
  es: {
    invoiceItem:
      'Factura {number}{hasDescription, select, yes { ({description})} other {}}: {amount}, pendiente {outstanding}, vencimiento {dueDate}{daysLate, plural, =0 {} one {, # día de retraso} other {, # días de retraso}}',
    installmentItem: 'Plazo {index}: {amount}, con vencimiento el {date}',
    noPaymentMethods: '[añada una forma de pago en los ajustes de Cobro]',
    noBusinessName: '[el nombre de su empresa]',
    paymentMethodKinds: {
      iban: 'Transferencia bancaria',
      link: 'Pago en línea',
      card: 'Tarjeta',
      cash: 'Efectivo',
      cheque: 'Cheque',
      other: 'Otra forma de pago',
    },
  },
  en: {
    invoiceItem:
      'Invoice {number}{hasDescription, select, yes { ({description})} other {}}: {amount}, {outstanding} outstanding, due {dueDate}{daysLate, plural, =0 {} one {, # day late} other {, # days late}}',
    installmentItem: 'Installment {index}: {amount}, due {date}',
    noPaymentMethods: '[add a payment method in Cobro’s settings]',
    noBusinessName: '[your business name]',
    paymentMethodKinds: {
      iban: 'Bank transfer',
      link: 'Online payment',
      card: 'Card',
      cash: 'Cash',
      cheque: 'Cheque',
      other: 'Other',
    },
  },
};

export interface InvoiceItemValues {
  number: string;
  description: string | undefined;
  amount: string;
  outstanding: string;
  dueDate: string;
  daysLate: number;
}

export function invoiceItem(values: InvoiceItemValues, language: MessageLanguage, locale: string): string {
  const { description, ...rest } = values;
  return String(
    compileMessage(PHRASES[language].invoiceItem, locale).format({
      ...rest,
      description: description ?? '',
      hasDescription: description ? 'yes' : 'no',
    }),
  );
}

export function installmentItem(
  values: { index: number; amount: string; date: string },
  language: MessageLanguage,
  locale: string,
): string {
  return String(compileMessage(PHRASES[language].installmentItem, locale).format(values));
}

export function paymentMethodItem(method: PaymentMethod, language: MessageLanguage): string {
  const label = method.label.trim() || PHRASES[language].paymentMethodKinds[method.kind];
  return `${label}: ${method.value}`;
}

/** A placeholder, in brackets, for a message written before payment methods are set up. */
export function noPaymentMethodsItem(language: MessageLanguage): string {
  return PHRASES[language].noPaymentMethods;
}

/** A placeholder, in brackets, for a message written before the business name is set up. */
export function noBusinessName(language: MessageLanguage): string {
  return PHRASES[language].noBusinessName;
}
