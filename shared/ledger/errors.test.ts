import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { issuesFromZod } from './errors';
import { ContactPolicy, Debtor, LadderDays, Settings } from './schema';
import { createTranslator } from '../i18n/translate';
import { issueText } from '../ui/format';

function issuesOf(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected the value to be refused');
  return issuesFromZod(result.error).map(({ path, rule, limit }) => ({ path, rule, ...(limit === undefined ? {} : { limit }) }));
}

describe('issuesFromZod names the rule a value broke', () => {
  it.each([
    ['a name too long', z.object({ name: z.string().max(3) }), { name: 'abcd' }, { path: 'name', rule: 'too-long', limit: 3 }],
    ['an empty required text', z.object({ name: z.string().min(1) }), { name: '' }, { path: 'name', rule: 'required' }],
    ['a missing field', z.object({ name: z.string() }), {}, { path: 'name', rule: 'required' }],
    ['a fraction where days go', z.object({ days: z.number().int() }), { days: 1.5 }, { path: 'days', rule: 'whole-number' }],
    ['a number over its bound', z.object({ days: z.number().max(366) }), { days: 400 }, { path: 'days', rule: 'too-large', limit: 366 }],
    ['a number under its bound', z.object({ days: z.number().min(1) }), { days: 0 }, { path: 'days', rule: 'too-small', limit: 1 }],
    ['too many items', z.object({ list: z.array(z.string()).max(2) }), { list: ['a', 'b', 'c'] }, { path: 'list', rule: 'too-many', limit: 2 }],
    ['a bad address', z.object({ email: z.email() }), { email: 'nope' }, { path: 'email', rule: 'email' }],
  ])('%s', (_what, schema, value, expected) => {
    expect(issuesOf(schema, value)).toEqual([expected]);
  });

  it("words the ledger's own refinements by their rule", () => {
    const ladder = { courtesy: -3, due: 0, overdue: 20, call: 14, firm: 30, formal: 45, agency: 60, legal: 90 };
    expect(issuesOf(LadderDays, ladder)).toEqual([{ path: '', rule: 'ladder-order' }]);
    expect(issuesOf(ContactPolicy, { preset: 'spain', startHour: 18, endHour: 9 })).toEqual([{ path: 'endHour', rule: 'contact-window' }]);
    expect(issuesOf(Debtor.pick({ timeZone: true }), { timeZone: 'Mars/Olympus' })).toEqual([{ path: 'timeZone', rule: 'time-zone' }]);
    expect(issuesOf(Settings.shape.defaultCurrency, 'EURO')).toEqual([{ path: '', rule: 'currency' }]);
  });
});

describe('issueText says each rule in the UI language, never in the ledger’s English', () => {
  const en = createTranslator('en');
  const es = createTranslator('es');
  it.each([
    [{ rule: 'too-long' as const, limit: 200 }, 'Too long: at most 200 characters.', 'Demasiado largo: como máximo 200 caracteres.'],
    [{ rule: 'ladder-order' as const }, 'Each step must come later than the one before it: the days must go up.', 'Cada paso debe ir después del anterior: los días deben ir en aumento.'],
    [{ rule: 'unknown-variable' as const, value: 'importe' }, 'Cobro has no field called importe.', 'Cobro no tiene ningún campo llamado importe.'],
    [{}, 'This value is not valid.', 'Este valor no es válido.'],
  ])('%o', (issue, english, spanish) => {
    expect(issueText(en, issue)).toBe(english);
    expect(issueText(es, issue)).toBe(spanish);
  });
});
