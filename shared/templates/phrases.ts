// The wording of list items inside messages (one invoice, one installment, one payment method),
// in the language of the message. Values are passed to ICU as arguments, never spliced into it.
import type { PaymentMethod } from '../ledger/schema';
import { compileMessage } from './icu';
import type { MessageLanguage } from './format';

interface Phrases {
  invoiceItem: string;
  installmentItem: string;
  noPaymentMethods: string;
  paymentMethodKinds: Record<PaymentMethod['kind'], string>;
}

const PHRASES: Record<MessageLanguage, Phrases> = {
  es: {
    invoiceItem:
      'Factura {number}{hasDescription, select, yes { ({description})} other {}}: {amount}, pendiente {outstanding}, vencimiento {dueDate}{daysLate, plural, =0 {} one {, # día de retraso} other {, # días de retraso}}',
    installmentItem: 'Plazo {index}: {amount}, con vencimiento el {date}',
    noPaymentMethods: 'Responda a este correo y le indicaremos cómo realizar el pago.',
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
    noPaymentMethods: 'Reply to this email and we will tell you how to pay.',
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

export function noPaymentMethodsItem(language: MessageLanguage): string {
  return PHRASES[language].noPaymentMethods;
}
