// Gmail's stand-alone compose page, prefilled: https://mail.google.com/mail/?view=cm&fs=1&to=…&su=…&body=…
// Values are percent-encoded (spaces as %20, not '+', which Gmail would keep as a plus sign).

export interface ComposeFields {
  to: readonly string[];
  subject?: string;
  body?: string;
}

/** Long bodies are cut so the address stays well inside what browsers and Gmail accept. */
export const MAX_BODY_CHARS = 6000;

export function gmailComposeUrl(fields: ComposeFields, account = 0): string {
  const params: Array<[string, string]> = [
    ['view', 'cm'],
    ['fs', '1'],
    ['to', fields.to.join(',')],
  ];
  if (fields.subject) params.push(['su', fields.subject]);
  if (fields.body) params.push(['body', fields.body.slice(0, MAX_BODY_CHARS)]);
  const query = params.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&');
  return `https://mail.google.com/mail/u/${account}/?${query}`;
}
