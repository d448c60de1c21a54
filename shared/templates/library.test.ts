import { describe, expect, it } from 'vitest';
import { LADDER_STEPS, SIDE_TRACKS, Template, type TemplatePurpose } from '../ledger/schema';
import { buildTemplateContext } from './context';
import { BUILTIN_TEMPLATES, builtinFor } from './library';
import { renderTemplate } from './render';
import { sampleTemplateInput } from './sample';
import { checkTone, FRIENDLY_PURPOSES } from './tone';
import { findThreats } from './vocabulary';

const PURPOSES: TemplatePurpose[] = [...LADDER_STEPS, ...SIDE_TRACKS];
const LOCALES = ['es-ES', 'es-MX', 'en-US', 'en-GB'];

describe('the built-in library', () => {
  it('has one Spanish and one English template for every purpose', () => {
    expect(BUILTIN_TEMPLATES).toHaveLength(PURPOSES.length * 2);
    for (const purpose of PURPOSES) {
      for (const locale of ['es', 'en'] as const) {
        const matches = BUILTIN_TEMPLATES.filter((t) => t.purpose === purpose && t.locale === locale);
        expect(matches.map((t) => t.id)).toEqual([`builtin:${purpose}:${locale}`]);
      }
    }
  });

  it.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))('%s is a valid Template record', (_id, template) => {
    expect(Template.parse(template)).toEqual(template);
  });

  it.each([
    ['firm', 'es-ES', 'builtin:firm:es'],
    ['firm', 'es-MX', 'builtin:firm:es'],
    ['firm', 'en-GB', 'builtin:firm:en'],
    ['thank-you', 'fr-FR', 'builtin:thank-you:en'],
    ['reconnect', 'ES', 'builtin:reconnect:es'],
  ] as const)('builtinFor(%s, %s) → %s', (purpose, locale, id) => {
    expect(builtinFor(purpose, locale).id).toBe(id);
  });
});

describe('every built-in renders', () => {
  const cases = BUILTIN_TEMPLATES.flatMap((template) =>
    LOCALES.filter((l) => l.startsWith(template.locale)).map((locale) => [template.id, locale, template] as const),
  );

  it.each(cases)('%s in %s', (_id, locale, template) => {
    const context = buildTemplateContext(sampleTemplateInput(template.purpose, locale));
    const result = renderTemplate(template, context, locale);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    expect(result.subject.length).toBeGreaterThan(5);
    expect(result.text).not.toMatch(/[{}]/);
    expect(result.html).not.toMatch(/[{}]/);
    expect(result.html.startsWith('<p>')).toBe(true);
    // The signature closes every message, never an empty line after the closing.
    expect(result.text.endsWith('Estudio Lumen · +34 910 000 000')).toBe(true);
  });

  it.each([
    ['es-ES', 'formal', 'Ley 3/2004'],
    ['en-GB', 'formal', 'Law 3/2004'],
  ] as const)('%s %s quotes late-payment costs only when settings claim them', (locale, purpose, law) => {
    const input = sampleTemplateInput(purpose, locale);
    const claimed = renderTemplate(builtinFor(purpose, locale), buildTemplateContext(input), locale);
    const context = buildTemplateContext({ ...input, settings: { ...input.settings, claimSpanishLatePaymentCosts: false } });
    const plain = renderTemplate(builtinFor(purpose, locale), context, locale);
    if (!claimed.ok || !plain.ok) throw new Error('expected both to render');
    expect(claimed.text).toContain(law);
    expect(claimed.text).toContain(buildTemplateContext(input).lateInterest);
    expect(claimed.text).toContain(buildTemplateContext(input).compensation);
    expect(plain.text).not.toContain(law);
    expect(plain.text).not.toContain(context.lateInterest);
    expect(plain.html).not.toContain('<p></p>');
  });

  it('claims interest but no €40 when no invoice is in euros', () => {
    const input = sampleTemplateInput('formal', 'en-GB');
    input.invoices = input.invoices.map((i) => ({ ...i, currency: 'USD' }));
    const result = renderTemplate(builtinFor('formal', 'en-GB'), buildTemplateContext(input), 'en-GB');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.text).toContain('statutory interest');
    expect(result.text).not.toContain('€40');
  });

  it('uses the singular for a single invoice', () => {
    const input = sampleTemplateInput('overdue', 'es-ES');
    input.invoices = input.invoices.slice(0, 1);
    const result = renderTemplate(builtinFor('overdue', 'es-ES'), buildTemplateContext(input), 'es-ES');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.text).toContain('la factura F-2026-014 venció el 1 de febrero de 2026');
    expect(result.subject).toBe('Factura vencida: F-2026-014 (30 días de retraso)');
  });
});

describe('every built-in is written to the customer', () => {
  it.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))('%s carries no notes for the user', (_id, template) => {
    expect(`${template.subject}\n${template.body}`).not.toMatch(/before you call|antes de llamar|guion|script|le llamo de|I am calling from/i);
  });
});

describe('every built-in passes its own tone check', () => {
  it.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))('%s', (_id, template) => {
    expect(checkTone(template, template.locale)).toEqual([]);
  });

  it('friendly ones contain no threat words at all', () => {
    for (const template of BUILTIN_TEMPLATES.filter((t) => FRIENDLY_PURPOSES.has(t.purpose))) {
      expect(findThreats(`${template.subject}\n${template.body}`)).toEqual([]);
    }
  });
});
