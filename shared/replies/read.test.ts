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

// How people say each thing beyond the first way found: tense forms, regional words, accounts-payable
// and remittance wording, and the structures around them.
describe('readReply: the same thing said other ways', () => {
  const intents = (text: string, more: Partial<ReadReplyInput> = {}) => read(text, more).findings.map((finding) => finding.intent);
  it.each<[string, string, (readonly [ReplyIntent, string | null, number | null])[]]>([
    // A reply that is only a day answers "when".
    ['a nod and a day', 'vale, el lunes 👍', [['promise', '2026-12-07', null]]],
    ['a day and a pledge', 'Pasado mañana sin falta.', [['promise', '2026-12-04', null]]],
    ['English, a day and "latest"', 'Friday latest', [['promise', '2026-12-04', null]]],
    ['a day asked back is no promise', '¿el viernes?', []],
    ['a day in the past alone is no promise', 'ok, ayer', []],
    ['"hasta el lunes" says goodbye', '¡Gracias, hasta el lunes!', []],
    // Passive and progressive futures.
    ['"se cursará"', 'El pago se cursará el día 15.', [['promise', '2026-12-15', null]]],
    ['"se liberará"', 'La transferencia se liberará el viernes.', [['promise', '2026-12-04', null]]],
    ['"estaremos depositando"', 'Le estaremos depositando el lunes.', [['promise', '2026-12-07', null]]],
    ['"estaré realizando la transferencia"', 'Mañana estaré realizando la transferencia.', [['promise', '2026-12-03', null]]],
    ['"se lo cancelo" is paying in Latin America', 'El saldo se lo cancelo el viernes.', [['promise', '2026-12-04', null]]],
    ['Catalan in Spanish', 'Us pagarem el dijous.', [['promise', '2026-12-03', null]]],
    // English: Irish, Indian, accounts payable.
    ['"lodge"', "We'll lodge it on Monday.", [['promise', '2026-12-07', null]]],
    ['"lodge" with an amount', "I'll lodge the €300 on Friday.", [['promise', '2026-12-04', 30000]]],
    ['"lodge a complaint" is no payment', "We'll lodge a complaint.", []],
    ['"only after" is a condition', 'Payment will be done only after you send the corrected invoice.', []],
    ['"pending approval" is a condition', 'Payment will be released pending approval.', []],
    ['"previa aprobación" is a condition', 'El pago se cursará previa aprobación de gerencia.', []],
    ['"lodged"', "I've lodged the money this morning.", [['paid_claim', '2026-12-02', null]]],
    ['"will be done"', 'Payment will be done by 10th Dec.', [['promise', '2026-12-10', null]]],
    ['"will be credited"', 'The amount will be credited on Friday.', [['promise', '2026-12-04', null]]],
    ['"approved for payment"', 'Your invoice is approved for payment on Dec 15.', [['promise', '2026-12-15', null]]],
    ['"in the next payment cycle"', 'It will be released in the next payment cycle.', [['promise', null, null]]],
    ['a payment run asked about is no promise', 'Will it be included in the next payment run?', []],
    ['"cut you a check"', "We'll cut you a check on Friday.", [['promise', '2026-12-04', null]]],
    ['"pop it over"', "I'll pop the £200 over tomorrow.", [['promise', '2026-12-03', 20000]]],
    ['"clear the dues"', 'We will clear the dues by 15th Dec.', [['promise', '2026-12-15', null]]],
    ['"te hago la transfe"', 'Mañana te hago la transfe.', [['promise', '2026-12-03', null]]],
    ['"te bizumeo"', 'Te lo bizumeo el viernes.', [['promise', '2026-12-04', null]]],
    ['"el finde" is the coming Saturday', 'Te pago el finde.', [['promise', '2026-12-05', null]]],
    ['an arrival ahead does not undo a payment made', "I've paid it, should be with you in a day or two.", [['paid_claim', null, null]]],
    ['"in a fortnight"', "We'll pay in a fortnight.", [['promise', '2026-12-16', null]]],
    ['"cut a check" done', 'We cut a check yesterday.', [['paid_claim', '2026-12-01', null]]],
    ['the rest and its day, no verb', 'Te mandé la mitad hoy. La otra mitad, 225 €, el viernes 11.', [['paid_claim', '2026-12-02', null], ['promise', '2026-12-11', 22500]]],
    ['the balance and its day, English', 'Sent half today; the balance next Friday.', [['paid_claim', '2026-12-02', null], ['promise', '2026-12-04', null]]],
    ['the rest without a day promises nothing', 'El resto, ya veremos.', []],
    ['a balance dated in the past promises nothing', 'El saldo, el 15 de noviembre, era otro.', []],
    ['"sent the money" with its object', 'I sent the money on Monday.', [['paid_claim', '2026-11-30', null]]],
    ['"sent the funds"', "We've sent the funds.", [['paid_claim', null, null]]],
    ['"sent the full amount"', 'We sent the full amount yesterday.', [['paid_claim', '2026-12-01', null]]],
    ['"sent it" may be an e-mail', 'I sent it from my personal account.', []],
    ['"not sent the money" is no claim', "We haven't sent the money yet.", []],
    ['a plan asked, its figure in the next sentence', '¿Podemos hacer un plan de pagos? Le puedo pasar 150 € y lo otro en enero.', [['plan_request', null, 15000]]],
    ['"Rs." does not end the sentence', 'I will pay Rs. 15,000 on Monday.', [['promise', '2026-12-07', 1500000]]],
    // Remittance advice: heading and fields.
    ['remittance advice', 'PAYMENT ADVICE\nPayment date: 11/30/2026\nAmount: $980.00', [['paid_claim', '2026-11-30', 98000]]],
    ['aviso de pago', 'Notificación de pago\nFecha de pago: 30/11/2026\nImporte: 980,00 EUR', [['paid_claim', '2026-11-30', 98000]]],
    ['a payment date ahead is no payment made', 'Payment advice\nPayment date: 12/15/2026', []],
    ['"se procesó el pago"', 'Ayer se procesó el pago de la factura.', [['paid_claim', '2026-12-01', null]]],
    ['"se emitió la transferencia"', 'Se emitió la transferencia el lunes.', [['paid_claim', '2026-11-30', null]]],
    ['a reference number does not end the sentence', 'We have paid vide ref. 88121 dated 30/11/2026.', [['paid_claim', '2026-11-30', null]]],
    ['"hace un ratito"', 'Ya le transferí hace un ratito.', [['paid_claim', '2026-12-02', null]]],
    ['"this arvo"', 'Paid it this arvo.', [['paid_claim', '2026-12-02', null]]],
  ])('%s', (_name, text, expected) => {
    expect(summary(text, text.includes('/2026') && /[A-Z]{3}|\$/.test(text) ? { timeZone: 'America/New_York', currency: 'USD' } : {})).toEqual(expected);
  });

  it.each<[string, string, ReplyIntent[]]>([
    // Disputes.
    ['not matching the order', 'The invoice amount is not matching with our PO.', ['dispute']],
    ['does not tally', "The figures don't tally with the quote.", ['dispute']],
    ['a discrepancy', 'Hay una discrepancia entre la factura y el pedido.', ['dispute']],
    ['never got the invoice', 'We never actually received the invoice.', ['dispute']],
    ['never ordered', "We've never ordered anything from your company.", ['dispute']],
    ['not ours', "This isn't ours, wrong company.", ['dispute']],
    ['purchase order cancelled', 'Purchase order 77-120 was cancelled last month.', ['dispute']],
    ['orden de compra cancelada', 'La orden de compra OC-4471 fue cancelada.', ['dispute']],
    ['billed twice', 'This was billed twice.', ['dispute']],
    ['facturada dos veces', 'La factura fue emitida dos veces.', ['dispute']],
    ['must be issued to the company', 'La factura debe salir a nombre de la empresa, no a mi nombre.', ['dispute']],
    ['tax id asked about is no dispute', '¿La factura tiene que ir con RUC?', []],
    ['"not ours to decide" is no dispute', 'Not ours to decide, I will ask finance.', []],
    ['no discrepancy is no dispute', 'There is no discrepancy, we will pay on Friday.', ['promise']],
    // Hardship.
    ['voluntary insolvency', 'La empresa ha solicitado concurso voluntario.', ['hardship']],
    ['examinership', 'The company has entered examinership.', ['hardship']],
    ['medical leave', 'Estoy con reposo médico desde hace dos semanas.', ['hardship']],
    ['operated', 'Me operaron la semana pasada y no he trabajado.', ['hardship']],
    ['a death', 'My mother passed away last month.', ['hardship']],
    ['robbed', 'Nos robaron en el local el fin de semana.', ['hardship']],
    ['an accident', 'Tuve un accidente con la moto.', ['hardship']],
    ['customers not paying', 'Tengo varios clientes que no me pagan.', ['hardship']],
    ['clients not releasing payments', "Our customers haven't released payments since October.", ['hardship']],
    ['cash crunch', 'We are in a cash crunch.', ['hardship']],
    ['broke, Peru', 'Ando misio esta semana.', ['hardship']],
    ['broke, River Plate', 'Estoy sin un mango.', ['hardship']],
    ['crook, Australia', "Been crook all week, sorry.", ['hardship']],
    ['made redundant', 'I was made redundant in October.', ['hardship']],
    ['hours cut', 'My hours got cut at work.', ['hardship']],
    ['desempleada', 'Estoy desempleada desde septiembre.', ['hardship']],
    ['me corrieron', 'Me corrieron del trabajo el mes pasado.', ['hardship']],
    ['la cosa está dura', 'La cosa está bien dura por acá.', ['hardship']],
    ['goods returned', 'We returned the goods last week.', ['dispute']],
    ['devolvimos', 'Devolvimos la mercadería el lunes.', ['dispute']],
    ['work not finished', 'The work is not finished yet.', ['dispute']],
    ['obra sin terminar', 'La obra no está terminada.', ['dispute']],
    // Plans.
    ['armadas', '¿Lo puedo pagar en tres armadas?', ['plan_request']],
    ['tandas', 'Se lo pago en dos tandas.', ['plan_request']],
    ['lots', 'Could we pay it in 3 lots?', ['plan_request']],
    ['"voy pagando"', 'Le voy pagando de a poco.', ['plan_request']],
    ['half now, half later', 'Half now, half in January?', ['plan_request']],
    ['per week', 'Le puedo dar 50 dólares por semana.', ['plan_request']],
    ['weekly', 'Can I pay it off weekly?', ['plan_request']],
    ['mitad y mitad', '¿Le parece mitad y mitad?', ['plan_request']],
    ['en abonos', '¿Se lo puedo pagar en abonos?', ['plan_request']],
    ['part paid, the rest promised, is no plan', 'Ya te pagué una parte y el resto te lo mando el viernes.', ['paid_claim', 'promise']],
    ['part now, the rest later, is a plan', 'Mañana te pago la mitad y el resto la semana que viene.', ['promise', 'plan_request']],
    // Out of office: automatic, not a person.
    ['feriado legal', 'Me encuentro con feriado legal hasta el 14 de diciembre.', ['out_of_office']],
    ['en terreno', 'Mensaje automático: estoy en terreno hasta el lunes.', ['out_of_office']],
    ['capacitación', 'Me encuentro en capacitación hasta el 9 de diciembre.', ['out_of_office']],
    ['an auto-reply saying "right now"', 'Auto-reply: I am out of the office right now, back on Monday 7 December.', ['out_of_office']],
    ['a person out of the office who calls back', 'Ahorita no estoy en la oficina, te llamo mañana.', []],
    ['a person away who promises', 'Estoy fuera, le pago el lunes sin falta.', ['promise']],
    ['an auto-reply on sick leave pleads nothing', '[Respuesta automática] Estoy de baja médica hasta el día 9.', ['out_of_office']],
  ])('%s', (_name, text, expected) => {
    expect(intents(text)).toEqual(expected);
  });
});

// Everyday wording in each country the reader serves, the writer's zone giving the currency: each line
// must be read as the intent named (or as nothing, for the last ones).
describe('readReply: everyday wording by country', () => {
  const cases: [string, string, string][] = [
    ['promise', 'Le hago el pago el viernes.', 'Europe/Madrid'],
    ['promise', 'El viernes le transfiero sin falta.', 'America/Mexico_City'],
    ['promise', 'Te giro la plata el lunes.', 'America/Santiago'],
    ['promise', 'Para el 15 está el pago.', 'America/Bogota'],
    ['promise', 'El jueves le estoy depositando.', 'America/Lima'],
    ['promise', 'Queda para el viernes el pago.', 'Europe/Madrid'],
    ['promise', 'Te lo deposito mañana a primera hora.', 'America/Caracas'],
    ['promise', 'Mañana te cae la plata.', 'America/Bogota'],
    ['promise', 'El pago sale el viernes.', 'Europe/Madrid'],
    ['promise', 'Will pay first thing Monday.', 'Europe/London'],
    ['promise', "You'll have it by Friday.", 'Europe/London'],
    ['promise', "Payment's going out Friday.", 'America/New_York'],
    ['promise', "I'll get it over to you tomorrow.", 'Australia/Sydney'],
    ['promise', 'Will transfer the amount by EOD tomorrow.', 'Asia/Kolkata'],
    ['promise', 'We shall release the payment by 10th.', 'Asia/Kolkata'],
    ['promise', 'Funds will hit your account Thursday.', 'America/New_York'],
    ['promise', 'Payment is being processed and should reach you by Friday.', 'America/New_York'],
    ['paid_claim', 'Ya le deposité.', 'America/Mexico_City'],
    ['paid_claim', 'Te transferí ayer.', 'America/Argentina/Buenos_Aires'],
    ['paid_claim', 'El pago ya fue realizado.', 'America/Lima'],
    ['paid_claim', 'Ya está pagado.', 'Europe/Madrid'],
    ['paid_claim', 'Ya quedó saldada la factura.', 'America/Bogota'],
    ['paid_claim', 'Payment went through yesterday.', 'Europe/London'],
    ['paid_claim', 'Paid in full on the 28th.', 'Europe/Dublin'],
    ['paid_claim', 'The amount has been credited to your account.', 'Asia/Kolkata'],
    ['paid_claim', 'Transfer done, pls check.', 'Asia/Kolkata'],
    ['paid_claim', 'All sorted, paid it yesterday arvo.', 'Australia/Sydney'],
    ['paid_claim', 'NEFT done today, UTR 1234567.', 'Asia/Kolkata'],
    ['dispute', 'Ese trabajo no se hizo.', 'Europe/Madrid'],
    ['dispute', 'Me están cobrando algo que no pedí.', 'America/Mexico_City'],
    ['dispute', 'The goods were never delivered.', 'Europe/London'],
    ['dispute', 'We were quoted a lower price.', 'Australia/Sydney'],
    ['dispute', 'GST has been charged wrongly.', 'Asia/Kolkata'],
    ['hardship', 'Estoy sin laburo desde agosto.', 'America/Argentina/Buenos_Aires'],
    ['hardship', 'Tuve un problema de salud.', 'America/Santiago'],
    ['hardship', 'Business is very slow these days.', 'Asia/Kolkata'],
    ['hardship', 'Money is tight at the moment.', 'Europe/Dublin'],
    ['plan_request', '¿Puedo pagar en cuotas?', 'America/Lima'],
    ['plan_request', 'Can we do 3 payments?', 'America/New_York'],
    ['plan_request', 'Te lo puedo ir pagando por semana.', 'America/Caracas'],
    ['out_of_office', 'Estaré fuera de la oficina hasta el 9 de diciembre.', 'Europe/Madrid'],
    ['out_of_office', 'I am currently on annual leave, returning 14 December.', 'Europe/London'],
    ['out_of_office', 'Thank you for your email. I am on leave till 10th Dec.', 'Asia/Kolkata'],
  ['promise', 'Dale, el viernes te transfiero los 80 lucas.', 'America/Santiago'],
  ['promise', 'Le confirmo que el pago se hará efectivo el día 10.', 'America/Lima'],
  ['promise', 'Mañana sin falta le cancelo la factura.', 'America/Lima'],
  ['promise', 'Le abono el saldo pendiente el lunes 7.', 'Europe/Madrid'],
  ['promise', 'La próxima semana le hago llegar el pago.', 'America/Mexico_City'],
  ['promise', 'Esta semana le pago, disculpe la demora.', 'America/Bogota'],
  ['promise', 'Te pago el finde.', 'America/Argentina/Buenos_Aires'],
  ['promise', 'Payment will be made on or before 15th December.', 'Asia/Kolkata'],
  ['promise', 'Will get this paid Monday.', 'Europe/Dublin'],
  ['promise', "I'll settle up with you Friday.", 'Australia/Sydney'],
  ['promise', "We'll have it paid by end of week.", 'Europe/London'],
  ['promise', 'Should have the funds to you by Thursday.', 'America/New_York'],
  ['paid_claim', 'Ya se realizó la transferencia por S/ 1,200.', 'America/Lima'],
  ['paid_claim', 'Le hice el pago móvil hace rato.', 'America/Caracas'],
  ['paid_claim', 'Ya te pasé la plata por Mercado Pago.', 'America/Argentina/Buenos_Aires'],
  ['paid_claim', 'Payment has been remitted via RTGS.', 'Asia/Kolkata'],
  ['paid_claim', "I've paid it, should be with you in a day or two.", 'Europe/London'],
  ['paid_claim', 'Check was mailed on 11/25.', 'America/New_York'],
  ['hardship', 'Con la crisis no estoy vendiendo nada.', 'America/Caracas'],
  ['hardship', 'Se me enfermó mi mamá y todo se fue en medicinas.', 'America/Mexico_City'],
  ['hardship', "We've had a terrible season with the drought.", 'Australia/Sydney'],
  ['plan_request', '¿Me permite pagarle en dos partes?', 'America/Bogota'],
  ['plan_request', 'Could I pay £50 a week until it is cleared?', 'Europe/London'],
  ['out_of_office', 'Gracias por su correo. Me encuentro de vacaciones y regreso el 4 de enero.', 'America/Lima'],
  ['out_of_office', "I'm away on holidays until 5 January with limited access to email.", 'Australia/Sydney'],
  ['dispute', 'No hemos recibido la mercadería completa.', 'America/Lima'],
  ['dispute', 'Rate charged is higher than agreed.', 'Asia/Kolkata'],
  ['', 'Gracias, lo paso a contabilidad.', 'Europe/Madrid'],
  ['', 'Forwarded to our AP team.', 'America/New_York'],
  ['', 'Will revert shortly.', 'Asia/Kolkata'],
  ['', 'We will pay once we receive the corrected invoice.', 'Europe/London'],
  ['', '¿Me puede enviar los datos bancarios?', 'America/Santiago'],
  ['', 'Mañana lo vemos.', 'America/Bogota'],
    ['dispute', 'We have no record of this order.', 'Europe/London'],
    ['dispute', 'This invoice does not belong to us.', 'Asia/Kolkata'],
    ['dispute', 'El servicio nunca se nos prestó.', 'America/Lima'],
    ['dispute', 'Esta factura no nos corresponde.', 'America/Santiago'],
    ['dispute', 'La factura ya fue anulada.', 'America/Caracas'],
    ['out_of_office', 'Nuestras oficinas permanecerán cerradas por vacaciones colectivas hasta el 4 de enero.', 'America/Santiago'],
    ['hardship', 'Mi esposo perdió el trabajo.', 'America/Lima'],
    ['hardship', 'My husband lost his job.', 'Europe/Dublin'],
    ['', 'Le pago apenas pueda, seguramente el viernes.', 'America/Bogota'],
    ['', 'No me corresponde a mí aprobar pagos, lo paso a gerencia.', 'America/Santiago'],
    ['', 'Recibido, gracias.', 'Europe/Madrid'],
    ['', 'Payment will be done after receiving the goods.', 'Asia/Kolkata'],
    ['', 'Se lo pago contra entrega.', 'America/Lima'],
    ['', 'El pago se procesó mal y rebotó.', 'America/Santiago'],
    ['', 'The transfer was sent but bounced.', 'Europe/London'],
    ['', 'El resto, el viernes lo hablamos.', 'Europe/Madrid'],
    ['', 'Lo que falta el lunes se lo confirmo.', 'America/Mexico_City'],
    ['', 'Estoy pagando otras deudas ahora.', 'America/Lima'],
    ['', 'El precio acordado está bien, gracias.', 'Europe/Madrid'],
    ['', 'We were quoted 5 days for delivery and it came in 3, great job.', 'America/New_York'],
    ['', 'Is the payment being processed?', 'America/New_York'],
    ['', 'Has the amount been credited?', 'Asia/Kolkata'],
    ['', 'UPI payment failed, will retry tomorrow.', 'Asia/Kolkata'],
    ['dispute', 'We were quoted a lower price for this.', 'Europe/London'],
    ['dispute', 'El precio acordado era 300 €.', 'Europe/Madrid'],
    ['', 'Lo reviso con contabilidad y le confirmo.', 'America/Lima'],
    ['', 'Can you resend the invoice?', 'Europe/London'],
    ['', 'Noted with thanks.', 'Asia/Kolkata'],
    ['', 'I will check with accounts and revert.', 'Asia/Kolkata'],
    ['', 'Ok, thanks for the reminder.', 'Australia/Sydney'],
  ];
  it.each(cases)('%s: %s (%s)', (intent, text, timeZone) => {
    const found = readReply({ text, sentAt: SENT_AT, timeZone }).findings.map((finding) => finding.intent);
    if (intent === '') expect(found).toEqual([]);
    else expect(found).toContain(intent);
  });
});

describe('readReply: words that look like an intent and are not', () => {
  const usd = { timeZone: 'America/Toronto', currency: 'CAD' };
  it.each<[string, string, (readonly [ReplyIntent, string | null, number | null])[], Partial<ReadReplyInput>?]>([
    // A mail client's line is no payment sent, wherever it stands.
    ['"Sent from Outlook for iOS"', 'Thanks, noted.\nSent from Outlook for iOS', []],
    ['"Sent from Yahoo Mail" mid-text', 'Ok\nSent from Yahoo Mail on Android\nRegards', []],
    ['"sent via my phone"', 'Will look at it.\nSent via my phone', []],
    ['a payment sent is still one', 'Sent the transfer this morning.', [['paid_claim', '2026-12-02', null]]],
    ['"went through" is still a payment', 'The payment went through yesterday.', [['paid_claim', '2026-12-01', null]]],
    // "through February" ends a plan; nothing was paid.
    ['instalments "through February"', "I'm thinking three instalments of $400 through February.", [['plan_request', null, 40000]], usd],
    ['"$300 through March"', 'Could we do $300 a month through March?', [['plan_request', null, 30000]], usd],
  ])('%s', (_name, text, expected, more = {}) => {
    expect(summary(text, more)).toEqual(expected);
  });
});

describe('readReply: what contests an invoice and what only asks about it', () => {
  const usd = { timeZone: 'America/Chicago', currency: 'USD' };
  it.each<[string, string, ReplyIntent[], Partial<ReadReplyInput>?]>([
    ['the writer voiding their own cheque', 'Can you look on your end before I void it?', [], usd],
    ['"we\'ll void the check"', "If it hasn't cleared we'll void it and reissue.", [], usd],
    ['asking the seller to void the invoice', 'Please void the invoice, the order was never placed.', ['dispute'], usd],
    ['a denied promise', "I didn't agree to pay this. I said I would talk to my wife about it.", [], usd],
    ['a price not agreed', "We didn't agree to this price.", ['dispute'], usd],
    ['a credit note awaited under a condition', "If the credit note comes through this week I'll put it in Friday's payment run.", []],
    ['"si nos mandan la nota de crédito"', 'Si nos mandan la nota de crédito, lo pagamos.', []],
    ['a credit note asked for', 'Please issue a credit note for the damaged units.', ['dispute']],
    ['"necesitamos la factura rectificativa"', 'Necesitamos la factura rectificativa antes de pagar.', ['dispute']],
    ['cannot place the invoice', "Sorry, which job is this for? We've had a few done this year and I can't match the number.", []],
    ['"doesn\'t match our PO"', "The amount doesn't match our PO.", ['dispute']],
  ])('%s', (_name, text, expected, more = {}) => {
    expect(read(text, more).findings.map((finding) => finding.intent)).toEqual(expected);
  });
});

describe('readReply: a person saying they are away is no auto-reply', () => {
  it.each<[string, string, (readonly [ReplyIntent, string | null, number | null])[]]>([
    ['"cuando vuelva lo miro"', 'Marta, estoy en Lisboa en una feria hasta el viernes. Cuando vuelva lo miro con la gestoría. Perdona!', []],
    ['someone else coming back', 'Depende de cuándo vuelva Jaime, que es el único que firma en el banco.', []],
    ['on holiday, said in person', 'Hola, estoy de vacaciones en la costa hasta el 15 y con muy poca señal. Cuando vuelva lo vemos tranqui, ¿dale?', []],
    ['"when I\'m back I\'ll look at it"', "I'm on holiday until the 14th, I'll look at it when I'm back.", []],
    // The auto-reply's own words still count.
    ['"cuando regrese atenderé su mensaje"', 'Me encuentro de vacaciones. Cuando regrese atenderé su mensaje.', [['out_of_office', null, null]]],
    ['"periodo de vacaciones colectivas"', 'En este momento me encuentro en periodo de vacaciones colectivas. Retomaré mis labores el 12 de enero de 2027.', [['out_of_office', '2027-01-12', null]]],
    // "Hasta" a Friday ends the absence that Friday; the day after it counts, as the notice says nothing of weekends.
    ['"hasta el 18 de diciembre", a Friday', 'Respuesta automática: estaré fuera hasta el 18 de diciembre.', [['out_of_office', '2026-12-19', null]]],
    ['"retomo actividades el lunes"', 'Mensaje automático: estamos en temporada de receso. Retomo actividades el lunes 7.', [['out_of_office', '2026-12-07', null]]],
  ])('%s', (_name, text, expected) => {
    expect(summary(text)).toEqual(expected);
  });
});

describe('readReply: promises said in other ways', () => {
  it.each<[string, string, (readonly [ReplyIntent, string | null, number | null])[], Partial<ReadReplyInput>?]>([
    ['"ya quedó programado para el viernes 11"', 'El pago de los $18,500.00 ya quedó programado para el viernes 11.', [['promise', '2026-12-11', 1850000]], { timeZone: 'America/Mexico_City', currency: 'MXN' }],
    ['"la transferencia ya está programada para el lunes"', 'La transferencia ya está programada para el lunes.', [['promise', '2026-12-07', null]]],
    // Payday is a day, not a condition.
    ['"cuando cobre el aguinaldo"', 'Dale, lo pago a mediados de mes cuando cobre el aguinaldo.', [['promise', '2026-12-15', null]], { timeZone: 'America/Argentina/Buenos_Aires', currency: 'ARS' }],
    ['"cuando me paguen la quincena"', 'Te lo deposito el 15 cuando me paguen la quincena.', [['promise', '2026-12-15', null]], { timeZone: 'America/Mexico_City', currency: 'MXN' }],
    ['"when I get paid"', "I'll settle the £640 on Friday when I get paid.", [['promise', '2026-12-04', 64000]], { timeZone: 'Europe/London', currency: 'GBP' }],
    ['"when my pay comes in"', "I'll pay it on Friday when my pay comes in.", [['promise', '2026-12-04', null]], { timeZone: 'Europe/London', currency: 'GBP' }],
    // A client paying is still a condition.
    ['"when I get paid by my client"', "I'll pay on Friday when I get paid by my client.", [], { timeZone: 'Europe/London', currency: 'GBP' }],
    ['"cuando me pague el cliente"', 'Le pago el viernes cuando me pague el cliente.', []],
    // Each country's transfer rail is a payment.
    ['"le hago el SINPE"', 'Le hago el SINPE mañana temprano.', [['promise', '2026-12-03', null]], { timeZone: 'America/Costa_Rica', currency: 'CRC' }],
    ['"te hago el yappy"', 'Te hago el Yappy el viernes.', [['promise', '2026-12-04', null]], { timeZone: 'America/Panama', currency: 'USD' }],
    // The object named before a progressive future; a future passive; a time word between verb and object.
    ['"la transferencia la estaremos haciendo el 11"', 'La transferencia la estaremos haciendo el 11.', [['promise', '2026-12-11', null]], { timeZone: 'America/Lima', currency: 'PEN' }],
    ['"el abono será efectuado el lunes"', 'El abono de la factura 77 será efectuado el lunes.', [['promise', '2026-12-07', null]]],
    ['"haré mañana la transferencia"', 'Haré mañana la transferencia de los 300 €.', [['promise', '2026-12-03', 30000]]],
    // "Pago" after a preposition or in a wallet's name is the noun, not "I pay".
    ['"por Mercado Pago" names the rail', 'Ya te lo pagué el viernes por Mercado Pago.', [['paid_claim', '2026-11-27', null]], { timeZone: 'America/Argentina/Buenos_Aires', currency: 'ARS' }],
    // English: a present tense the day makes future, a verbless "going out", a subject left after "and".
    ['"the cheque goes in the post Friday"', 'The cheque goes in the post Friday.', [['promise', '2026-12-04', null]], { timeZone: 'Europe/London', currency: 'GBP' }],
    ['"goes out" without a day commits to nothing', 'The payment goes out through our bank.', [], { timeZone: 'Europe/London', currency: 'GBP' }],
    ['"transfer of £300 going out tomorrow"', 'Transfer of £300 going out tomorrow.', [['promise', '2026-12-03', 30000]], { timeZone: 'Europe/London', currency: 'GBP' }],
    ['"yours is in the next run"', 'Our payables run is Thursday and yours is in the next run.', [['promise', '2026-12-03', null]], { timeZone: 'America/New_York', currency: 'USD' }],
    // A past passive keeps its day; "by" before a means of payment is no deadline.
    ['"that was paid on the 20th"', 'That was paid on the 20th of November.', [['paid_claim', '2026-11-20', null]], { timeZone: 'Europe/Dublin', currency: 'EUR' }],
    ['"sent by wire on 11/27"', 'Payment of $1,100 was sent by wire on 11/27/2026.', [['paid_claim', '2026-11-27', 110000]], { timeZone: 'America/New_York', currency: 'USD' }],
    // A courtesy closing an offer is no condition and no question; asking is still asking.
    ['"if that suits?"', "I can pay €250 on Monday if that suits?", [['promise', '2026-12-07', 25000]], { timeZone: 'Europe/Dublin', currency: 'EUR' }],
    ['"si le parece bien"', 'Le transfiero los 300 € el viernes, si le parece bien.', [['promise', '2026-12-04', 30000]]],
    ['"can I pay … if that suits?" asks', 'Can I pay on Monday if that suits?', [], { timeZone: 'Europe/Dublin', currency: 'EUR' }],
    ['a real condition stays one', 'Le pago el viernes si me paga el cliente.', []],
    ['"splitting it into"', 'Would you be ok with splitting it into four payments?', [['plan_request', null, null]], { timeZone: 'America/New_York', currency: 'USD' }],
    // A month named whole: past for a payment made, the month's first day for an absence.
    ['"ya la pagamos en octubre"', 'Esa factura ya la pagamos en octubre.', [['paid_claim', '2026-10-31', null]]],
    ['back in January', 'Automatic reply: I am on leave and will be back in January.', [['out_of_office', '2027-01-01', null]], { timeZone: 'Europe/London', currency: 'GBP' }],
    ['"you will receive the funds"', 'You will receive the funds on Monday.', [['promise', '2026-12-07', null]], { timeZone: 'America/New_York', currency: 'USD' }],
    ['"expect payment by"', 'Expect payment by the 18th.', [['promise', '2026-12-18', null]], { timeZone: 'America/New_York', currency: 'USD' }],
    ['"don\'t expect payment" is no promise', "Don't expect payment before January.", [], { timeZone: 'America/New_York', currency: 'USD' }],
    ['"I\'ll do a bank transfer"', "I'll do a bank transfer tomorrow.", [['promise', '2026-12-03', null]], { timeZone: 'Europe/London', currency: 'GBP' }],
    ['"el 15 tienes el dinero"', 'El 15 tienes el dinero, tranquila.', [['promise', '2026-12-15', null]]],
    ['"¿el 15 tienes el dinero?" asks', '¿El 15 tienes el dinero?', []],
    ['"le cancelo" with a day', 'El jueves sin falta le cancelo.', [['promise', '2026-12-03', null]], { timeZone: 'America/Lima', currency: 'PEN' }],
    ['"sending payment Monday"', 'Sending payment Monday.', [['promise', '2026-12-07', null]], { timeZone: 'America/New_York', currency: 'USD' }],
    ['"sending payment details" is no promise', 'Sending payment details Monday.', [], { timeZone: 'America/New_York', currency: 'USD' }],
    ['"Payment by 12/11"', 'Payment by 12/11.', [['promise', '2026-12-11', null]], { timeZone: 'America/New_York', currency: 'USD' }],
    ['"lo mandó a fines de octubre" was paid', 'Mi socio lo mandó a fines de octubre, revise por favor.', [['paid_claim', '2026-10-31', null]], { timeZone: 'America/Mexico_City', currency: 'MXN' }],
    // The first installment of a proposed plan is the plan's figure.
    ['"el primero se lo deposito el lunes"', 'Le propongo 4 pagos de 250 € al mes. El primero se lo ingreso el lunes.', [['plan_request', null, 25000], ['promise', '2026-12-07', 25000]]],
    ['"the first one on Friday"', "Could we do $400 a month? I'll send the first one on Friday.", [['plan_request', null, 40000], ['promise', '2026-12-04', 40000]], { timeZone: 'America/New_York', currency: 'USD' }],
    // Away on holiday in other words; on sick leave in person is hardship, not an absence notice.
    ['"disfrutando de unos días de descanso"', 'Estoy disfrutando de unos días de descanso. Atenderé su correo a mi regreso.', [['out_of_office', null, null]]],
    ['"con licencia médica" in person', 'Estoy con licencia médica hace un mes y no he podido trabajar.', [['hardship', null, null]], { timeZone: 'America/Santiago', currency: 'CLP' }],
    ['part paid, "and will settle" the rest', "We've paid $200 today and will settle the other $350 next Friday.", [['paid_claim', '2026-12-02', 20000], ['promise', '2026-12-04', 35000]], { timeZone: 'America/New_York', currency: 'USD' }],
  ])('%s', (_name, text, expected, more = {}) => {
    expect(summary(text, more)).toEqual(expected);
  });
});

describe('readReply: hardship in each country\'s words', () => {
  it.each<[string, string, ReplyIntent[]]>([
    ['"la situación está muy complicada"', 'Le soy franco, la situación está muy complicada.', ['hardship']],
    ['"la situación financiera del despacho es crítica"', 'La situación financiera del despacho es crítica desde agosto.', ['hardship']],
    ['a relative in hospital', 'Llevo semanas con mi madre en el hospital, disculpe.', ['hardship']],
    ['English, in hospital', 'My husband has been in hospital since October.', ['hardship']],
    ['"cerramos el taller"', 'Cerramos el taller en septiembre.', ['hardship']],
    ['"had to shut the shop"', 'We had to shut the shop for most of November.', ['hardship']],
    ['"se nos cayeron las ventas"', 'Este trimestre se nos cayeron las ventas.', ['hardship']],
    ['"atrasados con los proveedores"', 'Vamos atrasados con todos los proveedores.', ['hardship']],
    ['"behind on the rent"', "I'm behind on the rent as well.", ['hardship']],
    ['stock lost', 'Con la inundación perdimos casi todo el stock.', ['hardship']],
    ['India\'s CIRP', 'The company is under CIRP and the resolution professional is handling claims.', ['hardship']],
    // Near misses.
    ['the situation settled', 'La situación ya está resuelta, gracias.', []],
    ['a deal closed is no business closed', 'Cerramos el trato con ellos la semana pasada.', []],
    ['"ha fallecido mi padre"', 'Ha fallecido mi padre y voy con retraso en todo.', ['hardship']],
    ['Chile\'s "cesante"', 'Estoy cesante desde septiembre.', ['hardship']],
    ['"struggling to make payroll"', 'We are struggling to make payroll this month.', ['hardship']],
    ['Canada\'s CCAA', 'Our main customer filed for creditor protection under the CCAA last month.', ['hardship']],
    ['South Africa\'s business rescue', 'The business went into business rescue in October.', ['hardship']],
    ['a UK CVA', 'We have entered a company voluntary arrangement.', ['hardship']],
    ['Chile\'s procedimiento concursal', 'La sociedad inició un procedimiento concursal de reorganización conforme a la Ley 20.720.', ['hardship']],
    ['"proceso de liquidación"', 'La empresa está en proceso de liquidación.', ['hardship']],
    ['Mexico\'s concurso mercantil', 'Estamos en concurso mercantil desde octubre.', ['hardship']],
    ['out of work', "I've been out of work since the plant closed in September.", ['hardship']],
    ['work dried up', "I'm self-employed and work has dried up completely this autumn.", ['hardship']],
    ['"se me acabó el trabajo"', 'Se me acabó el trabajo en octubre.', ['hardship']],
    ['"no me sale trabajo"', 'No me sale trabajo desde hace dos meses.', ['hardship']],
    // In Spain "las CCAA" are the regions.
    ['"las CCAA" in Spain', 'Las subvenciones de las CCAA llegan en enero.', []],
    // Words near these that are not hardship.
    ['work done is no hardship', 'The work was done on the 3rd, invoice attached.', []],
    ['"the paint has dried"', 'The paint has dried and it looks great.', []],
  ])('%s', (_name, text, expected) => {
    expect(read(text).findings.map((finding) => finding.intent)).toEqual(expected);
  });
});

describe('readReply: disputes said in other ways', () => {
  const us = { timeZone: 'America/New_York', currency: 'USD' };
  it.each<[string, string, ReplyIntent[], Partial<ReadReplyInput>?]>([
    ['"anúlenla y emitan una nueva"', 'La factura salió con el NIT equivocado. Por favor anúlenla y emitan una nueva.', ['dispute']],
    ['"no nos sirve"', 'La factura electrónica no nos sirve, la DIAN la rechaza.', ['dispute']],
    ['"please reissue with the correct tax"', 'It should be 5% GST, not HST. Please reissue with the correct tax.', ['dispute'], us],
    ['"esa factura no es mía"', 'Mire, esa factura no es mía.', ['dispute']],
    ['"yo cancelé el servicio"', 'Yo cancelé el servicio de internet desde septiembre.', ['dispute']],
    ['"the backsplash we cancelled"', 'This invoice is for the backsplash we cancelled on Nov 3.', ['dispute'], us],
    ['"you never started the work"', 'You never started the work.', ['dispute'], us],
    ['"aquí no vino nadie"', 'La visita técnica no la pago porque aquí no vino nadie.', ['dispute']],
    ['"a repair that didn\'t fix anything"', "I'm not paying $2,300 for a repair that didn't fix anything.", ['dispute'], us],
    ['"we\'ve not received invoice"', "We've not received invoice INV-3382, only this reminder.", ['dispute']],
    ['"nunca nos llegó la factura electrónica"', 'La factura electrónica nunca nos llegó al correo.', ['dispute']],
    ['quoted in rand', 'We were quoted R6 500 for the install and the invoice says R8 900.', ['dispute'], { timeZone: 'Africa/Johannesburg', currency: 'ZAR' }],
    ['"mal hecha", then "no se les paga"', 'La reparación quedó mal hecha. Hasta que no vuelvan no se les paga nada.', ['dispute']],
    ['"me están cobrando de nuevo"', 'Me están cobrando de nuevo la cuota de octubre.', ['dispute']],
    ['"reclamamos ese concepto"', 'Reclamamos ese concepto de la factura, no se pidió.', ['dispute']],
    ['a receipt wrongly issued', 'El recibo está mal emitido, revíselo.', ['dispute']],
    ['the right figure against the billed one', 'El total no es $540.000 sino $450.000.', ['dispute'], { timeZone: 'America/Santiago', currency: 'CLP' }],
    ['"should be … not …"', 'The amount should be $1,200 not $1,500.', ['dispute'], us],
    ['"charged us delivery twice"', 'You charged us delivery twice on this one.', ['dispute'], us],
    ['tax details wrong', 'El NIF del cliente está mal y así no la podemos contabilizar.', ['dispute']],
    ['tax details missing', 'The bill has no GST number on it.', ['dispute'], { timeZone: 'Asia/Kolkata', currency: 'INR' }],
    ['"addressed to the wrong company"', 'This was made out to the wrong company.', ['dispute'], { timeZone: 'Europe/London', currency: 'GBP' }],
    ['"volver a timbrar"', '¿La puede cancelar y volver a timbrar con el régimen correcto?', ['dispute'], { timeZone: 'America/Mexico_City', currency: 'MXN' }],
    ['not ordered, in the perfect', 'No hemos contratado ninguna ampliación del servicio.', ['dispute']],
    ['"nadie lo autorizó"', 'Ese pedido nadie de compras lo autorizó.', ['dispute']],
    ['billed and not done', 'Aparecen dos visitas que no se hicieron.', ['dispute']],
    ['"el importe está mal."', 'Ya se pagó una parte y además el importe está mal.', ['paid_claim', 'dispute']],
    ['"no estamos conformes con la factura"', 'No estamos conformes con la factura de noviembre.', ['dispute']],
    ['"not happy with the work"', "We're not happy with the work and want to talk first.", ['dispute'], us],
    ['the invoice first, never received', 'Esa factura no nos ha llegado nunca.', ['dispute']],
    ['"the invoice was never received"', 'The invoice was never received by our AP team.', ['dispute'], us],
    ['"mal de dinero" is no dispute', 'El mes está mal de dinero para todos.', ['hardship']],
    ['"nunca nos llegó el pedido"', 'Nunca nos llegó el pedido completo.', ['dispute']],
    ['a service cancelled before', 'Nos cobran la cuota de un servicio que dimos de baja en agosto.', ['dispute']],
    ['"billed for items we returned"', 'We were billed for items we returned.', ['dispute'], us],
    // "No es nuestra intención" is no "it is not ours".
    ['"no es nuestra intención"', 'No es nuestra intención retrasarnos más, le pagaremos el viernes.', ['promise']],
    // Near misses: asking for a copy, paying a cheque cancelled, a past cancellation of a payment.
    ['asking for a copy again', 'Le encargo me reenvíe la factura, por favor.', []],
    ['a cheque cancelled is no dispute', 'We cancelled the cheque and sent a new one yesterday.', [], us],
    ['"it worked out"', "Thanks, it didn't work out last month but we'll pay on Friday.", ['promise'], us],
  ])('%s', (_name, text, expected, more = {}) => {
    expect(read(text, more).findings.map((finding) => finding.intent)).toEqual(expected);
  });
});
