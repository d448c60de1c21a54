import { describe, expect, it } from 'vitest';
import { buildTemplateContext } from './context';
import { fieldAtCaret, friendlyTemplate, fromFriendly, TEMPLATE_PHRASES, toFriendly, INSERTABLE_VARIABLES, variableLabel } from './friendly';
import { BUILTIN_TEMPLATES } from './library';
import { renderTemplate } from './render';
import { sampleTemplateInput } from './sample';
import { TEMPLATE_VARIABLE_LABELS, TEMPLATE_VARIABLES } from './variables';

const LANGUAGES = ['es', 'en'] as const;

describe('every built-in template goes to the friendly form and back to the same ICU', () => {
  const cases = BUILTIN_TEMPLATES.flatMap((template) => LANGUAGES.map((language) => [template.id, language, template] as const));

  it.each(cases)('%s with the UI in %s', (_id, language, template) => {
    const friendly = friendlyTemplate(template.subject, template.body, template.locale, language);
    if (!friendly) throw new Error('expected a friendly form');
    expect(`${friendly.subject}${friendly.body}`).not.toMatch(/[{}]/);
    const subject = fromFriendly(friendly.subject, template.locale, language, friendly.kept);
    const body = fromFriendly(friendly.body, template.locale, language, friendly.kept);
    expect(subject).toEqual({ ok: true, source: template.subject });
    expect(body).toEqual({ ok: true, source: template.body });
  });

  it.each(cases)('%s saved from the friendly form (UI in %s) renders the same preview', (_id, language, template) => {
    const friendly = friendlyTemplate(template.subject, template.body, template.locale, language)!;
    const subject = fromFriendly(friendly.subject, template.locale, language, friendly.kept);
    const body = fromFriendly(friendly.body, template.locale, language, friendly.kept);
    if (!subject.ok || !body.ok) throw new Error('expected both to convert');
    const locale = template.locale === 'es' ? 'es-ES' : 'en-GB';
    const context = buildTemplateContext(sampleTemplateInput(template.purpose, locale));
    expect(renderTemplate({ subject: subject.source, body: body.source }, context, locale)).toEqual(renderTemplate(template, context, locale));
  });
});

describe('the friendly form of a template', () => {
  it.each([
    // source, template language, UI language, friendly text
    ['Hola {contactName},', 'es', 'es', 'Hola ⟦Persona de contacto⟧,'],
    ['Hello {contactName},', 'en', 'es', 'Hello ⟦Persona de contacto⟧,'],
    ['{daysLate, plural, one {# día} other {# días}} tarde', 'es', 'en', '⟦Days late (“30 days”)⟧ tarde'],
    ['Overdue: {invoiceCount, plural, one {invoice} other {invoices}} {invoiceNumbers}', 'en', 'en', 'Overdue: ⟦invoice / invoices⟧ ⟦Invoice numbers⟧'],
    ['It\'s {totalOwed}', 'en', 'en', 'It\'s ⟦Amount owed⟧'],
    ["Quoted '{'braces'}' and l''{contactName}", 'en', 'en', "Quoted {braces} and l'⟦Contact person⟧"],
    ['{hasBusinessPhone, select, yes {call {businessPhone}} other {}}', 'en', 'en', '⟦Depends on whether settings has your phone · 1⟧'],
    ['{hasBusinessPhone, select, yes {llame al {businessPhone}} other {}}', 'es', 'es', '⟦Según si ajustes tiene su teléfono · 1⟧'],
    ['{totalOwed, number} and {unknownThing}', 'en', 'en', '⟦Advanced part · 1⟧ and ⟦Advanced part · 2⟧'],
  ] as const)('%j (%s, UI %s) reads %j and converts back', (source, locale, language, text) => {
    const friendly = friendlyTemplate('', source, locale, language);
    expect(friendly?.body).toBe(text);
    expect(fromFriendly(text, locale, language, friendly!.kept)).toEqual({ ok: true, source });
  });

  it.each([
    // what the user typed, template language, UI language, the ICU saved
    ['Hola ⟦Persona de contacto⟧, ⟦Días de retraso («30 días»)⟧', 'es', 'es', 'Hola {contactName}, {daysLate, plural, one {# día} other {# días}}'],
    ['Dear ⟦Contact person⟧: ⟦the invoice / the invoices⟧', 'en', 'en', 'Dear {contactName}: {invoiceCount, plural, one {the invoice} other {the invoices}}'],
    ['{contactName} is text here', 'en', 'en', "'{'contactName'}' is text here"],
    ["l'⟦Contact person⟧ and it's", 'en', 'en', "l''{contactName} and it's"],
    ["a '{' b", 'en', 'en', "a '''{''' b"],
    ["{'x'}", 'en', 'en', "'{'''x'''}'"],
    ['{{a}}', 'en', 'en', "'{{'a'}}'"],
  ] as const)('typing %j (%s, UI %s) saves %j', (text, locale, language, source) => {
    const result = fromFriendly(text, locale, language, {});
    expect(result).toEqual({ ok: true, source });
    // And what was saved reads back as what was typed.
    expect(toFriendly(source, locale, language, {})).toBe(text);
  });

  it('renders a template written in the friendly form with the values filled in', () => {
    const saved = fromFriendly('Hola ⟦Persona de contacto⟧, ⟦la factura / las facturas⟧ lleva ⟦Días de retraso («30 días»)⟧ de retraso.', 'es', 'es', {});
    if (!saved.ok) throw new Error('expected ICU');
    const context = buildTemplateContext(sampleTemplateInput('overdue', 'es-ES'));
    const result = renderTemplate({ subject: '', body: saved.source }, context, 'es-ES');
    expect(result.ok && result.text).toBe('Hola Marta Ruiz, las facturas lleva 30 días de retraso.');
  });

  it.each([
    ['Hola ⟦Nombre raro⟧', 'unknown-field', 'Nombre raro'],
    ['Hola ⟦Persona de contacto', 'broken-field', 'Hola ⟦Persona de contacto'],
    ['Hola Persona⟧ y ⟦Firma⟧', 'broken-field', 'Hola Persona⟧ y'],
  ] as const)('refuses %j (%s)', (text, problem, label) => {
    expect(fromFriendly(text, 'es', 'es', {})).toEqual({ ok: false, problem, label });
  });

  it.each([
    ['a template that does not parse', 'Hola {contactName'],
    ['a ⟦ in the text itself', 'Hola ⟦{contactName}⟧'],
    ['quoting the friendly form would write differently', "Quoted '{braces}'"],
  ])('opens %s as source', (_what, body) => {
    expect(friendlyTemplate('', body, 'en', 'en')).toBeNull();
  });
});

describe('names in the friendly form', () => {
  it.each(LANGUAGES)('are unique in %s, for variables and phrases alike', (language) => {
    const labels = [...INSERTABLE_VARIABLES.map((name) => variableLabel(name, language)), ...TEMPLATE_PHRASES.map((phrase) => phrase.label[language])];
    expect(new Set(labels).size).toBe(labels.length);
    for (const label of labels) expect(label).not.toMatch(/[⟦⟧{}·]/);
  });

  it('every variable has a name in both languages', () => {
    expect(Object.keys(TEMPLATE_VARIABLE_LABELS).sort()).toEqual(TEMPLATE_VARIABLES.map((v) => v.name).sort());
  });

  it.each([
    ['ab⟦Firma⟧|cd', 'before', [2, 9]],
    ['ab|⟦Firma⟧cd', 'after', [2, 9]],
    ['ab⟦Firma|⟧cd', 'before', null],
    ['ab|cd', 'before', null],
  ] as const)('a Backspace or Delete at %j (%s) removes %j', (marked, direction, span) => {
    const caret = marked.indexOf('|');
    const text = marked.replace('|', '');
    expect(fieldAtCaret(text, caret, direction)).toEqual(span ? { start: span[0], end: span[1] } : null);
  });
});
