import { describe, expect, it } from 'vitest';
import { cleanReply } from './clean';

describe('cleanReply', () => {
  it.each([
    ['plain', 'Le pagamos el viernes.', 'Le pagamos el viernes.'],
    ['">" quote', 'Pagado ayer.\n\n> Estimado cliente,\n> le recordamos', 'Pagado ayer.'],
    ['Spanish client header', 'Hecho.\n\nEl 2 dic 2026, a las 9:14, Ana <ana@x.es> escribió:\n> hola', 'Hecho.'],
    ['Gmail header wrapped', 'Ok, el lunes.\n\nEl mié, 2 dic 2026 a las 9:14, Ana Ruiz <\nana@x.es> escribió:\nhola', 'Ok, el lunes.'],
    ['English header', 'Will pay Friday.\nOn Wed, Dec 2, 2026 at 9:14 AM Ana <ana@x.es> wrote:\n> hi', 'Will pay Friday.'],
    ['Outlook block', 'De acuerdo.\n\nDe: Ana Ruiz <ana@x.es>\nEnviado: miércoles, 2 de diciembre\nPara: Pepe\nAsunto: Factura 12', 'De acuerdo.'],
    ['Outlook English', 'Agreed.\nFrom: Ana\nSent: Wednesday\nTo: Bob\nSubject: Invoice', 'Agreed.'],
    ['original message', 'Sure.\n-----Original Message-----\nFrom: x', 'Sure.'],
    ['Yahoo Spanish header', 'Pagado.\n\nEn martes, 1 de diciembre de 2026 9:14:08 CET, Ana <ana@x.es> escribió:\n\nLe recordamos', 'Pagado.'],
    ['sender-first header', 'Hecho.\n\nAna <ana@x.es> escribió el mar, 1 dic 2026 a las 9:14:\nLe recordamos', 'Hecho.'],
    ['a sentence that only mentions writing stays', 'En el correo que me escribió: no lo entiendo.', 'En el correo que me escribió: no lo entiendo.'],
    ['mensaje original', 'Vale.\n---- Mensaje original ----\nDe: x', 'Vale.'],
    ['dash signature', 'Pago mañana.\n-- \nPepe\n600 000 000', 'Pago mañana.'],
    ['iPhone', 'Pago mañana.\n\nEnviado desde mi iPhone', 'Pago mañana.'],
    ['Sent from', 'Paid.\nSent from my Galaxy', 'Paid.'],
    // Mail clients sign with their own name, not only "my …"; the line goes even with quoted history under it.
    ['Outlook for iOS', 'Ok.\n\nSent from Outlook for iOS', 'Ok.'],
    ['Outlook for iOS above history', 'Ok.\n\nSent from Outlook for iOS\n\n________________________________\nFrom: Sam\nSent: Monday\nTo: x\nSubject: RE: Invoice', 'Ok.'],
    ['Yahoo Mail', 'Vale.\nEnviado desde Yahoo Mail para Android', 'Vale.'],
    ['Mail for Windows', 'Fine.\nSent from Mail for Windows', 'Fine.'],
    ['"sent from" in a sentence stays', 'The transfer was sent from our Santander account.', 'The transfer was sent from our Santander account.'],
    ['closing block', 'Pagaremos el 15.\n\nUn saludo,\nPepe Gómez\nGómez SL\nTel. 600 000 000', 'Pagaremos el 15.'],
    ['closing then more text is kept', 'Un saludo,\nLes escribo porque la factura está mal. No la pagaremos.', 'Un saludo,\nLes escribo porque la factura está mal. No la pagaremos.'],
    ['disclaimer', 'Pagado.\nEste mensaje y sus anexos son confidenciales.', 'Pagado.'],
    ['notice', 'Paid.\nCONFIDENTIALITY NOTICE: this email', 'Paid.'],
    // Bottom-posting: nothing above the quote, the reply under it.
    ['reply under the quote', 'On Wed, Dec 2, 2026 at 9:14 AM Ana <ana@x.es> wrote:\n> Invoice 12 is overdue\n\nPaid it this morning.', 'Paid it this morning.'],
    ['Spanish reply under the quote', 'El 2 dic 2026, a las 9:14, Ana <ana@x.es> escribió:\n> Le recordamos la factura\nLe pago el viernes.\n\nEl 1 dic 2026, Ana <ana@x.es> escribió:\n> antes', 'Le pago el viernes.'],
    ['a forwarded block with nothing above stays empty', 'From: Ana\nSent: Wednesday\nTo: Bob\nSubject: Invoice\n\nHello', ''],
    // Dashes before the "On … wrote:" opener, and a longer rule of dashes above a signature.
    ['Yahoo "--- On … wrote:"', 'Will pay Friday.\n\n--- On Wed, 2/12/26, Ana <ana@x.es> wrote:\n\nFrom: Ana', 'Will pay Friday.'],
    ['"--- El … escribió:"', 'Pagado.\n--- El mié 2/12/26, Ana <ana@x.es> escribió:\nhola', 'Pagado.'],
    ['a rule of dashes', 'Pago mañana.\n\n----------------\nPepe Gómez\nGómez SL', 'Pago mañana.'],
    // A name and contact lines with no closing word.
    ['name and phone', 'Le transfiero el lunes.\n\nPepe Gómez\n+34 600 12 34 56', 'Le transfiero el lunes.'],
    ['name and e-mail and web', 'Paid yesterday.\n\nGina Black\ngina@example.com\nwww.example.com', 'Paid yesterday.'],
    ['name "via mobile"', 'Will sort it Friday.\n\nJohn Doe\nvia mobile', 'Will sort it Friday.'],
    ['a name alone stays', 'Le pago el viernes.\n\nPepe Gómez', 'Le pago el viernes.\n\nPepe Gómez'],
    ['account details are not a signature', 'Ya pagué.\n\nMi CLABE:\n012180001234567891', 'Ya pagué.\n\nMi CLABE:\n012180001234567891'],
  ])('%s', (_name, input, expected) => {
    expect(cleanReply(input)).toBe(expected);
  });
});
