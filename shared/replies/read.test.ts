import { describe, expect, it } from 'vitest';
import { readReply } from './read';
import type { ReadReplyInput, ReplyIntent } from './types';

// Wednesday 2 December 2026, 10:00 in Madrid.
const SENT_AT = '2026-12-02T10:00:00+01:00';
const read = (text: string, more: Partial<ReadReplyInput> = {}) => readReply({ text, sentAt: SENT_AT, timeZone: 'Europe/Madrid', currency: 'EUR', ...more });
const summary = (text: string, more: Partial<ReadReplyInput> = {}) =>
  read(text, more).findings.map((finding) => [finding.intent, finding.date, finding.amount?.minor ?? null] as const);

describe('readReply: what a reply says', () => {
  it.each<[string, string, (readonly [ReplyIntent, string | null, number | null])[]]>([
    ['a promise with a day and an amount', 'Le transferiremos los 450 € el jueves.', [['promise', '2026-12-03', 45000]]],
    ['vos, next week', 'Dale, la semana que viene te transfiero todo.', [['promise', '2026-12-11', null]]],
    ['a future tense commits without a day', 'Pagaremos la factura, disculpe.', [['promise', null, null]]],
    ['a present tense without a day does not', 'Le pago la factura.', []],
    ['English, by a day number', "We'll wire the balance by the 18th.", [['promise', '2026-12-18', null]]],
    ['a condition is no promise', 'Si nos paga nuestro cliente, le pagamos el lunes.', []],
    ['"as soon as we get paid"', "We'll pay you as soon as we get paid by our client.", []],
    ['a hedge is no promise', 'Intentaremos pagarle la semana que viene.', []],
    ['"we\'ll try"', "We'll try to pay next week.", []],
    ['a denial', 'No he dicho que vayamos a pagar esa factura.', []],
    ['"we won\'t pay"', "We won't pay this invoice.", []],
    ['a question', '¿Cuándo vence la factura? ¿Puede reenviarla?', []],
    ['paid yesterday', 'Ayer les hicimos la transferencia de 1.200,00 €.', [['paid_claim', '2026-12-01', 120000]]],
    ['paid, receipt attached', 'Adjunto el justificante de la transferencia.', [['paid_claim', null, null]]],
    ['paid, English', 'We paid this on Monday, remittance attached.', [['paid_claim', '2026-11-30', null]]],
    ['not paid yet is no claim', 'Todavía no hemos pagado, lo siento.', []],
    ['part paid, rest promised', 'Hoy he pagado 300 €. El resto te lo pago el día 20.', [['paid_claim', '2026-12-02', 30000], ['promise', '2026-12-20', null]]],
    ['a dispute', 'El importe no es correcto: nos han cobrado dos veces las horas.', [['dispute', null, null]]],
    ['hardship and a plan', 'Estamos con problemas de liquidez. ¿Podríamos pagarlo en 3 plazos de 500 €?', [['hardship', null, null], ['plan_request', null, 50000]]],
    ['an auto-acknowledgement is no absence', 'Hemos recibido su mensaje y le responderemos lo antes posible. Ticket #4411.', []],
    ['an absence with its day back', 'Estoy fuera de la oficina hasta el 14 de diciembre.', [['out_of_office', '2026-12-15', null]]],
    ['an absence as a range ends after its last day', 'I will be out of the office from December 3 to December 10.', [['out_of_office', '2026-12-11', null]]],
    ['"no se preocupe" negates nothing', 'No te preocupes, el lunes te pago.', [['promise', '2026-12-07', null]]],
    ['a payment run', 'Our payment run is on the 15th, you will be included.', [['promise', '2026-12-15', null]]],
    ['"procederemos al pago"', 'Le confirmo que procederemos al pago el día 10.', [['promise', '2026-12-10', null]]],
    ['a promise taken back after it', 'Vamos a pagar, pero no este mes.', []],
    ['a condition with its subject between', 'Pagaremos cuando el cliente nos pague.', []],
    ['"it\'s been paid"', "It's been paid.", [['paid_claim', null, null]]],
    ['the day in the promise\'s own clause', 'Paid the first bit this morning, will do the rest next week.', [['paid_claim', '2026-12-02', null], ['promise', '2026-12-11', null]]],
    ['a problem described with a negation', 'We are not able to pay this month due to cash flow problems.', [['hardship', null, null]]],
    ['"lo reviso" is a hedge', 'Gracias por su mensaje, lo reviso y le digo.', []],
    ['a plan in installments of a figure', 'Would it be ok to pay in three installments of $400?', [['plan_request', null, 40000]]],
  ])('%s', (_name, text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('quotes the debtor’s own words, accents and capitals included, as evidence', () => {
    const result = read('Hola Ana,\n\nPERDONA el retraso. Le PAGARÉ el viernes sin falta.\n\nUn saludo,\nJosé\n\n> Le recordamos que la factura vence hoy.');
    expect(result.body).toBe('Hola Ana,\n\nPERDONA el retraso. Le PAGARÉ el viernes sin falta.');
    const [finding] = result.findings;
    expect(finding?.evidence.text).toBe('Le PAGARÉ el viernes sin falta.');
    expect(result.body.slice(finding!.evidence.start, finding!.evidence.end)).toBe(finding?.evidence.text);
  });

  it('reads "mañana" as the writer’s tomorrow: late on the 2nd in Mexico City is already the 3rd in Madrid', () => {
    const late = { sentAt: '2026-12-03T05:30:00Z' };
    expect(summary('Mañana le deposito los 5,000 pesos.', { ...late, timeZone: 'America/Mexico_City', currency: 'MXN' })).toEqual([['promise', '2026-12-03', 500000]]);
    expect(summary('Mañana le deposito los 5,000 pesos.', { ...late, timeZone: 'Europe/Madrid', currency: 'MXN' })).toEqual([['promise', '2026-12-04', 500000]]);
  });

  it('takes an absence from the headers when the text does not say it', () => {
    expect(summary('Gracias por su correo.', { headers: { 'auto-submitted': 'auto-replied' } }).map(([intent]) => intent)).toEqual(['out_of_office']);
    expect(summary('Gracias por su correo.', { headers: { 'auto-submitted': 'no' } })).toEqual([]);
  });

  it('decides the language from the text, the debtor’s known one breaking a tie', () => {
    expect(read('Paid yesterday, thanks.', { language: 'es' }).language).toBe('en');
    expect(read('OK', { language: 'en' }).language).toBe('en');
  });
});
