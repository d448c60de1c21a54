// Spanish or English, from function words: short replies still carry a few ("el", "de", "the", "we").
// Ties and silence keep the debtor's known language, else Spanish (most of Cobro's users).
import type { ReplyLanguage } from './types';

const spanish = new Set(
  'el la los las de del que y en un una por para con no es se lo le les su sus al pero ya como mas muy esta este esto estamos hemos he ha hay pago pagamos pagaremos vamos usted ustedes nos nuestro nuestra factura semana manana hoy gracias saludos cuando si tambien todo'.split(' '),
);
const english = new Set(
  'the a an of to and in is are we our us you your it this that for on with be will would have has not but can could please thanks thank invoice payment paid pay week tomorrow today by as at i my me was were been just'.split(' '),
);

export function detectLanguage(folded: string, fallback: ReplyLanguage | undefined): ReplyLanguage {
  let es = 0;
  let en = 0;
  for (const word of folded.match(/[a-z']+/g) ?? []) {
    if (spanish.has(word)) es++;
    if (english.has(word)) en++;
  }
  if (es === en) return fallback ?? 'es';
  return es > en ? 'es' : 'en';
}
