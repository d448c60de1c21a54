import { describe, expect, it } from 'vitest';
import type { TemplatePurpose } from '../ledger/schema';
import { checkTone, hasToneErrors, type ToneCode } from './tone';
import { findThreats, foldAccents, mentionsConsequences } from './vocabulary';

// A body that satisfies everything but the rule under test.
const COMPLETE = 'Owed {totalOwed}. Pay via {paymentMethods} by {deadline}. Otherwise late-payment interest applies.';

function codes(purpose: TemplatePurpose, body: string, subject = 'Invoices'): ToneCode[] {
  return checkTone({ subject, body, purpose }).map((f) => f.code);
}

describe('threats in friendly steps', () => {
  it.each([
    ['courtesy', 'If you do not pay, our abogado will call.', 'abogado'],
    ['due', 'Evitemos llegar al juzgado.', 'juzgado'],
    ['overdue', 'Iniciaremos acciones legales.', 'acciones legales'],
    ['overdue', 'Tomaremos acción judicial.', 'acción judicial'],
    ['thank-you', 'Gracias; retiramos la DEMANDA.', 'DEMANDA'],
    ['reconnect', 'Sin burofax esta vez.', 'burofax'],
    ['promise-confirmation', 'Or we start a procedimiento monitorio.', 'procedimiento monitorio'],
    ['installment-reminder', 'We may take legal action.', 'legal action'],
    ['courtesy', 'Our lawyers are watching.', 'lawyers'],
    ['due', 'See you in court.', 'court'],
    ['overdue', 'We will pass this to a collection agency.', 'collection agency'],
    ['overdue', 'Le pasaremos a una agencia de recobro.', 'agencia de recobro'],
    ['courtesy', 'Un embargo sería lamentable.', 'embargo'],
    ['due', 'We will sue.', 'sue'],
    ['due', 'Le incluiremos en el fichero de morosos.', 'fichero de morosos'],
  ] as const)('%s: “%s” flags %s', (purpose, body, term) => {
    const findings = checkTone({ subject: 'Hi', body: `${body} {totalOwed} {paymentMethods}`, purpose });
    const threat = findings.find((f) => f.code === 'threat-in-friendly-step');
    expect(threat).toMatchObject({ severity: 'error', values: { term }, where: { field: 'body' } });
    expect(body.slice(threat!.where!.start, threat!.where!.end)).toBe(term);
  });

  it.each([
    ['courtesy', 'Thank you for your courtesy.'],
    ['due', 'We will pursue a friendly solution.'],
    ['overdue', 'Our design agency loves working with you.'],
    ['thank-you', 'Le escribimos desde nuestra agencia de diseño.'],
  ] as const)('%s: “%s” is not a threat', (purpose, body) => {
    expect(codes(purpose, `${body} {totalOwed} {paymentMethods}`)).toEqual([]);
  });

  it('looks in the subject too', () => {
    const findings = checkTone({ subject: 'Aviso de abogados', body: '{totalOwed} {paymentMethods}', purpose: 'due' });
    expect(findings).toMatchObject([{ code: 'threat-in-friendly-step', where: { field: 'subject', start: 9, end: 17 } }]);
  });

  it.each(['formal', 'agency', 'legal'] as const)('allows legal vocabulary in %s', (purpose) => {
    expect(codes(purpose, `${COMPLETE} Acudiremos al juzgado con un abogado.`)).toEqual([]);
  });
});

describe('deadlines and consequences', () => {
  it.each([
    ['firm', 'Owed {totalOwed}. Pay via {paymentMethods} soon.', ['missing-deadline']],
    ['formal', 'Owed {totalOwed}. Pay via {paymentMethods} soon.', ['missing-deadline', 'missing-consequences']],
    ['agency', 'Owed {totalOwed}. Pay via {paymentMethods} by {deadline}.', ['missing-consequences']],
    ['legal', 'Owed {totalOwed}. Pay via {paymentMethods} by {deadline}. Habrá consecuencias.', []],
    ['formal', 'Owed {totalOwed}. Pay via {paymentMethods} by {deadline}. {lateInterest}', []],
    ['formal', 'Debe {totalOwed}. Pague por {paymentMethods} antes del {deadline} o iniciaremos la reclamación por vía judicial.', []],
    ['firm', COMPLETE, []],
    ['overdue', 'Owed {totalOwed}. Pay via {paymentMethods}.', []],
    ['call', 'Ask for {totalOwed}. Mention {paymentMethods}.', []],
  ] as const)('%s: %s → %j', (purpose, body, expected) => {
    expect(codes(purpose, body)).toEqual(expected);
  });
});

describe('amount and payment methods', () => {
  it.each([
    ['overdue', 'Hello.', ['missing-amount', 'missing-payment-methods']],
    ['overdue', 'Details: {invoiceList}. {paymentMethods}', []],
    ['promise-confirmation', 'You will pay {promiseAmount}. {paymentMethods}', []],
    ['installment-reminder', '{installmentAmount} on {installmentDate}. {paymentMethods}', []],
    ['thank-you', 'Thank you!', []],
    ['reconnect', 'Shall we talk?', []],
    ['dispute-acknowledgement', 'We are looking into it.', []],
  ] as const)('%s: %s → %j', (purpose, body, expected) => {
    expect(codes(purpose, body)).toEqual(expected);
  });

  it('these are warnings, not errors', () => {
    const findings = checkTone({ subject: '', body: 'Hello.', purpose: 'overdue' });
    expect(findings.map((f) => f.severity)).toEqual(['warning', 'warning']);
    expect(hasToneErrors(findings)).toBe(false);
  });
});

describe('variables and syntax', () => {
  it('flags unknown variables where they are', () => {
    const findings = checkTone({ subject: 'Hi {name}', body: 'Thanks {debtorName} {customer}', purpose: 'thank-you' });
    expect(findings).toMatchObject([
      { code: 'unknown-variable', severity: 'error', values: { variable: 'name' }, where: { field: 'subject', start: 3, end: 9 } },
      { code: 'unknown-variable', severity: 'error', values: { variable: 'customer' }, where: { field: 'body', start: 20, end: 30 } },
    ]);
  });

  it('flags unknown variables inside plural branches', () => {
    expect(codes('thank-you', '{invoiceCount, plural, one {x {foo}} other {y}}')).toEqual(['unknown-variable']);
  });

  it('reports bad syntax and judges nothing else', () => {
    const findings = checkTone({ subject: 'Hi', body: 'Dear {contactName', purpose: 'formal' });
    expect(findings).toMatchObject([{ code: 'syntax', severity: 'error', where: { field: 'body' } }]);
    expect(hasToneErrors(findings)).toBe(true);
  });
});

describe('messages', () => {
  it.each([
    ['en', '“lawyer” sounds like a threat; friendly steps should not contain threats.'],
    ['es-ES', '«lawyer» suena a amenaza; los pasos amistosos no deben contener amenazas.'],
  ])('are written in %s', (locale, message) => {
    const [finding] = checkTone({ subject: '', body: 'lawyer {totalOwed} {paymentMethods}', purpose: 'due' }, locale);
    expect(finding).toMatchObject({ messageKey: 'tone.threat-in-friendly-step', message });
  });

  it('name the variable to add', () => {
    const [finding] = checkTone({ subject: '', body: COMPLETE.replace('{deadline}', 'soon'), purpose: 'firm' });
    expect(finding?.message).toBe('This step should give a concrete deadline: add {deadline}.');
  });
});

describe('vocabulary helpers', () => {
  it.each([
    ['acción', 'accion'],
    ['Tribunal Supremo', 'Tribunal Supremo'],
    ['ÁÉÍÓÚ ñ ü', 'AEIOU n u'],
  ])('folds %s to %s, one unit per letter', (text, folded) => {
    expect(foldAccents(text)).toBe(folded);
    expect(foldAccents(text)).toHaveLength(text.length);
  });

  it.each([
    ['Habrá consecuencias', true],
    ['The consequences may include…', true],
    ['Se aplicarán intereses de demora', true],
    ['We hope to hear from you', false],
  ])('%s mentions consequences: %s', (text, expected) => {
    expect(mentionsConsequences(text)).toBe(expected);
  });

  it('finds every threat with its position', () => {
    expect(findThreats('abogado y juzgado')).toEqual([
      { term: 'abogado', start: 0, end: 7 },
      { term: 'juzgado', start: 10, end: 17 },
    ]);
  });
});
