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
    ['mensaje original', 'Vale.\n---- Mensaje original ----\nDe: x', 'Vale.'],
    ['dash signature', 'Pago mañana.\n-- \nPepe\n600 000 000', 'Pago mañana.'],
    ['iPhone', 'Pago mañana.\n\nEnviado desde mi iPhone', 'Pago mañana.'],
    ['Sent from', 'Paid.\nSent from my Galaxy', 'Paid.'],
    ['closing block', 'Pagaremos el 15.\n\nUn saludo,\nPepe Gómez\nGómez SL\nTel. 600 000 000', 'Pagaremos el 15.'],
    ['closing then more text is kept', 'Un saludo,\nLes escribo porque la factura está mal. No la pagaremos.', 'Un saludo,\nLes escribo porque la factura está mal. No la pagaremos.'],
    ['disclaimer', 'Pagado.\nEste mensaje y sus anexos son confidenciales.', 'Pagado.'],
    ['notice', 'Paid.\nCONFIDENTIALITY NOTICE: this email', 'Paid.'],
  ])('%s', (_name, input, expected) => {
    expect(cleanReply(input)).toBe(expected);
  });
});
