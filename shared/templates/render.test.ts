import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PaymentMethod } from '../ledger/schema';
import { buildTemplateContext, type TemplateContext } from './context';
import { compiledCacheSize } from './icu';
import { renderTemplate, type RenderResult } from './render';
import { sampleTemplateInput } from './sample';

const NBSP = '\u00a0';

function context(overrides: Partial<TemplateContext> = {}, locale = 'en-GB'): TemplateContext {
  return { ...buildTemplateContext(sampleTemplateInput('overdue', locale)), ...overrides };
}

function rendered(result: RenderResult) {
  if (!result.ok) throw new Error(`expected a rendering, got ${result.error.code}: ${result.error.message}`);
  return result;
}

describe('plurals', () => {
  const DAYS_ES = '{daysLate, plural, one {# día} other {# días}} de retraso';
  const DAYS_EN = '{daysLate, plural, one {# day} other {# days}} late';

  it.each([
    [DAYS_ES, 'es-ES', 1, '1 día de retraso'],
    [DAYS_ES, 'es-ES', 5, '5 días de retraso'],
    [DAYS_ES, 'es-ES', 0, '0 días de retraso'],
    [DAYS_ES, 'es-ES', 12345, `12.345 días de retraso`],
    [DAYS_EN, 'en-US', 1, '1 day late'],
    [DAYS_EN, 'en-US', 5, '5 days late'],
    [DAYS_EN, 'en-US', 0, '0 days late'],
    [DAYS_EN, 'en-GB', 12345, '12,345 days late'],
    ['{invoiceCount, plural, one {la factura} other {las # facturas}}', 'es-ES', 1, 'la factura'],
    ['{invoiceCount, plural, one {la factura} other {las # facturas}}', 'es-ES', 3, 'las 3 facturas'],
  ])('%s in %s with %i', (body, locale, n, expected) => {
    const result = rendered(renderTemplate({ subject: body, body }, context({ daysLate: n, invoiceCount: n }, locale), locale));
    expect(result.text).toBe(expected);
    expect(result.subject).toBe(expected);
    expect(result.html).toBe(`<p>${expected}</p>`);
  });
});

describe('layout', () => {
  it('wraps paragraphs, breaks lines and lists structural values', () => {
    const result = rendered(
      renderTemplate(
        { subject: 'Invoices {invoiceNumbers}', body: 'Hello {contactName},\nhere they are:\n{invoiceList}\n\n\n\nPay by:\n{paymentMethods}\nThanks.\n\n{signature}' },
        context({
          contactName: 'Ana',
          invoiceNumbers: 'F-1 and F-2',
          invoiceList: { kind: 'list', items: ['F-1: €10.00', 'F-2: €20.00'] },
          paymentMethods: { kind: 'list', items: ['IBAN: ES00'] },
          signature: 'Lucía\nEstudio',
        }),
        'en-GB',
      ),
    );
    expect(result.subject).toBe('Invoices F-1 and F-2');
    expect(result.html).toBe(
      [
        '<p>Hello Ana,<br>here they are:</p>',
        '<ul><li>F-1: €10.00</li><li>F-2: €20.00</li></ul>',
        '<p>Pay by:</p>',
        '<ul><li>IBAN: ES00</li></ul>',
        '<p>Thanks.</p>',
        '<p>Lucía<br>Estudio</p>',
      ].join('\n'),
    );
    expect(result.text).toBe('Hello Ana,\nhere they are:\n- F-1: €10.00\n- F-2: €20.00\n\nPay by:\n- IBAN: ES00\nThanks.\n\nLucía\nEstudio');
  });

  it('puts a list mentioned mid-sentence on its own lines', () => {
    const result = rendered(
      renderTemplate({ subject: '', body: 'Pay with {paymentMethods} today.' }, context({ paymentMethods: { kind: 'list', items: ['A', 'B'] } }), 'en-GB'),
    );
    expect(result.text).toBe('Pay with\n- A\n- B\ntoday.');
    expect(result.html).toBe('<p>Pay with</p>\n<ul><li>A</li><li>B</li></ul>\n<p>today.</p>');
  });

  it('drops an empty select branch without leaving an empty paragraph', () => {
    const body = 'Owed: {totalOwed}.\n\n{claimLateCosts, select, yes {Interest: {lateInterest}.} other {}}\n\nThanks.';
    const off = rendered(renderTemplate({ subject: '', body }, context({ claimLateCosts: 'no', totalOwed: '€5.00' }), 'en-GB'));
    expect(off.text).toBe('Owed: €5.00.\n\nThanks.');
    expect(off.html).toBe('<p>Owed: €5.00.</p>\n<p>Thanks.</p>');
    const on = rendered(renderTemplate({ subject: '', body }, context({ claimLateCosts: 'yes', totalOwed: '€5.00', lateInterest: '€0.04' }), 'en-GB'));
    expect(on.text).toBe('Owed: €5.00.\n\nInterest: €0.04.\n\nThanks.');
  });

  it('leaves no trace of an empty list', () => {
    const result = rendered(
      renderTemplate({ subject: '', body: 'Details:\n{invoiceList}\n\nThanks.' }, context({ invoiceList: { kind: 'list', items: [] } }), 'en-GB'),
    );
    expect(result.text).toBe('Details:\n\nThanks.');
    expect(result.html).toBe('<p>Details:</p>\n<p>Thanks.</p>');
  });

  it('keeps a subject on one line', () => {
    const result = rendered(renderTemplate({ subject: 'From {signature}', body: 'x' }, context({ signature: 'Lucía\nEstudio' }), 'en-GB'));
    expect(result.subject).toBe('From Lucía Estudio');
  });

  it('treats angle brackets in the template itself as text', () => {
    const result = rendered(renderTemplate({ subject: '<b>Hi</b>', body: 'a <i>b</i> & c' }, context(), 'en-GB'));
    expect(result.subject).toBe('<b>Hi</b>');
    expect(result.html).toBe('<p>a &lt;i&gt;b&lt;/i&gt; &amp; c</p>');
    expect(result.text).toBe('a <i>b</i> & c');
  });
});

describe('money and dates from the context', () => {
  it.each([
    ['es-ES', `Debe 1710,00${NBSP}€ desde el 1 de febrero de 2026.`],
    ['en-US', 'Debe €1,710.00 desde el February 1, 2026.'],
    ['en-GB', 'Debe €1,710.00 desde el 1 February 2026.'],
  ])('%s', (locale, expected) => {
    const ctx = buildTemplateContext(sampleTemplateInput('overdue', locale));
    expect(rendered(renderTemplate({ subject: '', body: 'Debe {totalOwed} desde el {oldestDueDate}.' }, ctx, locale)).text).toBe(expected);
  });

  it('shows amounts in different currencies side by side, never summed', () => {
    const input = sampleTemplateInput('overdue', 'en-US');
    input.invoices = [input.invoices[0]!, { ...input.invoices[1]!, currency: 'USD', amount: 50_000, paid: 0 }];
    const result = rendered(renderTemplate({ subject: '', body: 'Total: {totalOwed}' }, buildTemplateContext(input), 'en-US'));
    expect(result.text).toBe('Total: €1,210.00 and $500.00');
  });
});

describe('errors are returned, never thrown', () => {
  it.each([
    ['unknown variable', { subject: 'Hi', body: 'Dear {customer}' }, {}, { code: 'unknown-variable', variable: 'customer', field: 'body', where: { start: 5, end: 15 } }],
    ['unknown in subject', { subject: '{nope}', body: 'x' }, {}, { code: 'unknown-variable', variable: 'nope', field: 'subject' }],
    ['unclosed brace', { subject: 'Hi', body: 'Dear {contactName' }, {}, { code: 'syntax', field: 'body' }],
    ['plural without other', { subject: 'Hi', body: '{daysLate, plural, one {# day}}' }, {}, { code: 'syntax', field: 'body' }],
    ['missing value', { subject: 'Hi', body: 'By {promiseDate}' }, { promiseDate: undefined }, { code: 'missing-value', variable: 'promiseDate', field: 'body' }],
    [
      'missing value in the branch taken',
      { subject: 'Hi', body: '{promiseOpen, select, yes {By {promiseDate}} other {Soon}}' },
      { promiseOpen: 'yes', promiseDate: undefined },
      { code: 'missing-value', variable: 'promiseDate', field: 'body' },
    ],
    ['plural of text', { subject: 'Hi', body: '{debtorName, plural, one {a} other {b}}' }, {}, { code: 'syntax', variable: 'debtorName' }],
    ['select on a list', { subject: 'Hi', body: '{invoiceList, select, x {a} other {b}}' }, {}, { code: 'syntax', variable: 'invoiceList' }],
    ['date format of a formatted date', { subject: 'Hi', body: '{today, date, short}' }, {}, { code: 'syntax', variable: 'today' }],
  ] as const)('%s', (_name, template, overrides, expected) => {
    const result = renderTemplate(template, context(overrides), 'en-GB');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatchObject(expected);
      expect(result.error.message.length).toBeGreaterThan(0);
    }
  });

  it('needs an optional value only in the branch that uses it', () => {
    const template = { subject: 'Hi', body: '{promiseOpen, select, yes {By {promiseDate}.} other {When you can.}}' };
    expect(rendered(renderTemplate(template, context({ promiseOpen: 'no', promiseDate: undefined }), 'en-GB')).text).toBe('When you can.');
    expect(rendered(renderTemplate(template, context({ promiseOpen: 'yes', promiseDate: '10 March 2026' }), 'en-GB')).text).toBe('By 10 March 2026.');
  });

  it('never throws on arbitrary template text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('{', '}', '#', "'", ',', ' ', 'a', 'plural', 'select', 'debtorName', 'daysLate', '\n') }), (body) => {
        const result = renderTemplate({ subject: body, body }, context(), 'en-GB');
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });
});

describe('escaping', () => {
  const nasty = fc.oneof(
    fc.constantFrom('<script>alert(1)</script>', '"quoted" & \'single\'', 'O\'Brien & Sons <Ltd>', '<img src=x onerror="x()">', '{daysLate} #', 'a\n\nb'),
    fc.string({ unit: fc.constantFrom('<', '>', '&', '"', "'", 'a', ' ', '\n', '{', '}', '#', 'é', '&amp;') }),
  );
  const name = nasty.filter((s) => s.trim() !== '');

  const ALLOWED_TAGS = /<\/?(?:p|ul|li)>|<br>/g;

  function assertSafe(html: string) {
    const withoutTags = html.replace(ALLOWED_TAGS, '');
    expect(withoutTags).not.toMatch(/[<>"']/);
    expect(withoutTags.replace(/&(?:amp|lt|gt|quot|#39);/g, '')).not.toContain('&');
  }

  it('escapes every value in HTML and keeps it verbatim in text', () => {
    fc.assert(
      fc.property(name, name, nasty, nasty, nasty, nasty, nasty, (debtorName, invoiceNumber, note, signature, business, method, contact) => {
        const input = sampleTemplateInput('formal', 'en-GB');
        input.debtor = { ...input.debtor, name: debtorName, contactName: contact };
        input.invoices = [{ ...input.invoices[0]!, number: invoiceNumber, description: note }];
        const paymentMethod: PaymentMethod = { kind: 'other', label: business, value: method || 'x' };
        input.settings = { ...input.settings, signature, business: { ...input.settings.business, name: business }, paymentMethods: [paymentMethod] };
        const ctx = buildTemplateContext(input);
        const template = {
          subject: 'About {invoiceNumbers}',
          body: 'Dear [{contactName}] of [{debtorName}],\n\n{invoiceList}\n\nPay: {paymentMethods}\n\nFrom [{businessName}]\n[{signature}]',
        };
        const result = rendered(renderTemplate(template, ctx, 'en-GB'));
        assertSafe(result.html);
        for (const value of [ctx.contactName, debtorName, ctx.businessName, ctx.signature]) expect(result.text).toContain(`[${value}]`);
        expect(result.text).toContain(invoiceNumber);
        if (note) expect(result.text).toContain(note);
        const htmlText = result.html.replace(ALLOWED_TAGS, '');
        for (const value of [debtorName, invoiceNumber, note, signature, business]) {
          if (/[<>"']/.test(value)) expect(htmlText).not.toContain(value);
        }
      }),
    );
  });

  it('escapes all five characters', () => {
    const result = rendered(renderTemplate({ subject: '', body: '{debtorName}' }, context({ debtorName: `<a href="x">'&'</a>` }), 'en-GB'));
    expect(result.html).toBe('<p>&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;</p>');
  });

  it('never reads ICU syntax inside a value', () => {
    const result = rendered(renderTemplate({ subject: '', body: 'Hi {debtorName}' }, context({ debtorName: '{daysLate, plural, other {#}}' }), 'en-GB'));
    expect(result.text).toBe('Hi {daysLate, plural, other {#}}');
  });

  it('lets a value break lines but never start a paragraph or a list', () => {
    const result = rendered(renderTemplate({ subject: '', body: 'Hi {debtorName}!' }, context({ debtorName: 'A\n\n- B' }), 'en-GB'));
    expect(result.html).toBe('<p>Hi A<br><br>- B!</p>');
    expect(result.text).toBe('Hi A\n\n- B!');
  });
});

describe('compiled message cache', () => {
  it('compiles a (source, locale) pair once', () => {
    const template = { subject: 'cache probe {debtorName}', body: 'cache probe body {daysLate}' };
    renderTemplate(template, context(), 'en-GB');
    const size = compiledCacheSize();
    renderTemplate(template, context({ daysLate: 9 }), 'en-GB');
    expect(compiledCacheSize()).toBe(size);
    renderTemplate(template, context(), 'es-ES');
    expect(compiledCacheSize()).toBe(size + 2);
  });
});
