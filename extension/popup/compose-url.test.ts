import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gmailComposeUrl, MAX_BODY_CHARS } from './compose-url';

describe('gmailComposeUrl', () => {
  it.each([
    [{ to: ['pagos@ruiz.example'] }, 'https://mail.google.com/mail/u/0/?view=cm&fs=1&to=pagos%40ruiz.example'],
    [
      { to: ['a@x.es', 'b@x.es'], subject: 'Factura F-1 & más', body: 'Hola Ana:\n1.250,00 € + IVA' },
      'https://mail.google.com/mail/u/0/?view=cm&fs=1&to=a%40x.es%2Cb%40x.es&su=Factura%20F-1%20%26%20m%C3%A1s&body=Hola%20Ana%3A%0A1.250%2C00%20%E2%82%AC%20%2B%20IVA',
    ],
  ])('%j', (fields, url) => {
    expect(gmailComposeUrl(fields)).toBe(url);
  });

  it('round-trips every field through URLSearchParams, whatever the text', () => {
    fc.assert(
      fc.property(fc.emailAddress(), fc.string(), fc.string({ maxLength: 200 }), (to, subject, body) => {
        const params = new URL(gmailComposeUrl({ to: [to], subject, body })).searchParams;
        return (
          params.get('view') === 'cm' &&
          params.get('to') === to &&
          (params.get('su') ?? '') === subject &&
          (params.get('body') ?? '') === body
        );
      }),
    );
  });

  it('cuts a body longer than the limit', () => {
    const body = 'x'.repeat(MAX_BODY_CHARS + 50);
    expect(new URL(gmailComposeUrl({ to: ['a@x.es'], body })).searchParams.get('body')).toHaveLength(MAX_BODY_CHARS);
  });
});
