import { describe, expect, it } from 'vitest';
import { findDates } from './dates';
import { fold, foldedOffset } from './normalize';
import type { ReplyLanguage } from './types';

// Wednesday 2 December 2026 unless said.
function read(text: string, language: ReplyLanguage, today = '2026-12-02') {
  const folded = fold(text);
  return findDates(folded.text, today, language, { text, toFolded: (offset) => foldedOffset(folded, offset), monthFirst: false }).map((found) => found.date);
}

describe('findDates', () => {
  it.each([
    ['Le pago mañana', 'es', ['2026-12-03']],
    ['pasado mañana', 'es', ['2026-12-04']],
    ['hoy mismo', 'es', ['2026-12-02']],
    ['mañana por la mañana', 'es', ['2026-12-03']],
    ['la semana que viene', 'es', ['2026-12-11']],
    ['la próxima semana', 'es', ['2026-12-11']],
    ['next week', 'en', ['2026-12-11']],
    ['esta semana', 'es', ['2026-12-04']],
    ['by the end of the week', 'en', ['2026-12-04']],
    ['a finales de mes', 'es', ['2026-12-31']],
    ['a fin de mes', 'es', ['2026-12-31']],
    ['end of the month', 'en', ['2026-12-31']],
    ['EOM', 'en', ['2026-12-31']],
    ['a principios de enero', 'es', ['2027-01-05']],
    ['early January', 'en', ['2027-01-05']],
    ['la quincena', 'es', ['2026-12-15']],
    ['la próxima quincena', 'es', ['2026-12-31'], '2026-12-20'],
    ['antes del día 20', 'es', ['2026-12-20']],
    ['by the 20th', 'en', ['2026-12-20']],
    ['a más tardar el 15', 'es', ['2026-12-15']],
    ['el 15 sin falta', 'es', ['2026-12-15']],
    ['el 3', 'es', ['2027-01-03'], '2026-12-20'],
    ['el lunes', 'es', ['2026-12-07']],
    ['el próximo lunes', 'es', ['2026-12-07']],
    ['el miércoles', 'es', ['2026-12-09']],
    ['next Friday', 'en', ['2026-12-04']],
    ['el viernes de la semana que viene', 'es', ['2026-12-11']],
    ['después de Reyes', 'es', ['2027-01-07']],
    ['el 15 de diciembre', 'es', ['2026-12-15']],
    ['el 8 de enero', 'es', ['2027-01-08']],
    ['on December 15th', 'en', ['2026-12-15']],
    ['el 15/12', 'es', ['2026-12-15']],
    ['dentro de 3 días', 'es', ['2026-12-05']],
    ['in two weeks', 'en', ['2026-12-16']],
    // A month named whole is due by its last day, in the year nearest the message; a day inside it said close by wins.
    ['te pago en enero', 'es', ['2027-01-31']],
    ['we paid in October', 'en', ['2026-10-31']],
    ['en febrero', 'es', ['2026-02-28'], '2026-03-10'],
    ['en enero, después de Reyes', 'es', ['2027-01-07']],
    ['el mes que viene', 'es', ['2027-01-31']],
    ['last month', 'en', ['2026-11-30']],
    ['antes de fin de año', 'es', ['2026-12-31']],
    ['by year end', 'en', ['2026-12-31']],
    ['Friday week', 'en', ['2026-12-11']],
    ['a week on Monday', 'en', ['2026-12-14']],
    ['the May 2026 invoice', 'en', []],
    // A named month's end, start or middle a few months behind reads as past; one ahead as future.
    ['a fines de octubre', 'es', ['2026-10-31']],
    ['a mediados de noviembre', 'es', ['2026-11-15']],
    ['a finales de enero', 'es', ['2027-01-31']],
    ['a principios de marzo', 'es', ['2027-03-05']],
    ['la factura 20 de 300 €', 'es', []],
    ['un 10% el 3,5', 'es', []],
  ] as const)('%j', (text, language, expected, today?: string) => {
    expect(read(text, language, today)).toEqual(expected);
  });
});
