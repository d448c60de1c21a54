// cleanReply on real mail: replies and signatures from mailgun/talon's test fixtures (Apache-2.0; see
// tests/fixtures/replies/real/talon/README.md). The expected text is talon's own oracle: the
// `*_reply_text` file where the fixture has one, "Hello" for the other standard replies (talon's
// test_standard_replies), and body minus `*_signature` for the signature fixtures (talon's
// test_messages_longer_SIGNATURE_MAX_LINES). Where talon keeps a signature that cleanReply is meant
// to cut ("Sent from my iPhone", a "-- " block), the expected text stops before it, and the test
// checks it is still the start of talon's oracle.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanReply } from './clean';

const DIR = 'tests/fixtures/replies/real/talon';
const read = (path: string) => readFileSync(`${DIR}/${path}`, 'utf8');

// talon's test: the body stripped, less the signature's length, stripped again.
function withoutSignature(name: string): string {
  const body = read(`signature/${name}_body`).trim();
  const signature = read(`signature/${name}_signature`).trim();
  return body.slice(0, body.length - signature.length).trim();
}

describe('cleanReply on standard replies from real clients (talon)', () => {
  // [client, plain-text part, what the customer wrote, talon's reply_text oracle if any]
  const passing: [string, string, string, string?][] = [
    ['Gmail', 'gmail.txt', 'Hello'],
    ['Apple Mail', 'apple_mail.txt', 'Hello'],
    ['Apple Mail 8, attribution line quoted', 'apple_mail_2.txt', 'Hello'],
    ['iPhone Mail (talon keeps "Sent from my iPhone")', 'iphone.txt', 'Hello', 'iphone_reply_text'],
    ['Outlook, "From: … [mailto:…]" header block', 'outlook.txt', 'Hello'],
    ['Hotmail, quoted header fields', 'hotmail.txt', 'Hello'],
    ['AOL, "-----Original Message-----"', 'aol.txt', 'Hello'],
    ['Yahoo, "----- Original Message -----"', 'yahoo.txt', 'Hello'],
    ['Zimbra (Comcast), "----- Original Message -----"', 'comcast.txt', 'Hello'],
    ['Sparrow, "-- " signature (talon keeps it)', 'sparrow.txt', 'Hello', 'sparrow_reply_text'],
  ];
  it.each(passing)('%s', (_client, file, expected, oracle) => {
    if (oracle !== undefined) expect(read(`standard_replies/${oracle}`).trim().startsWith(expected)).toBe(true);
    expect(cleanReply(read(`standard_replies/${file}`))).toBe(expected);
  });

  // Thunderbird bottom-posting: the reply is under the quote ("On … wrote:\n> Hi \nHello"); with nothing
  // above the quote, the unquoted text after it is the reply.
  it('Thunderbird, reply written below the quote', () => {
    expect(cleanReply(read('standard_replies/thunderbird.txt'))).toBe('Hello');
  });

  // Yahoo's share block opens with "--- On Wed, 4/4/12, x <x> wrote:": the dashes before the opener are its own.
  it('Yahoo share block, "--- On … wrote:"', () => {
    const text = read('standard_replies/yahoo_share_block.txt');
    const reply = text.slice(0, text.indexOf('--- On')).trim();
    expect(cleanReply(text)).toBe(reply);
  });
});

describe('cleanReply on signatures from real mail (talon)', () => {
  it.each([
    ['closing and name', 'short_url'],
    ['no signature at all', 'camel_case'],
  ])('%s', (_name, fixture) => {
    expect(cleanReply(read(`signature/${fixture}_body`))).toBe(withoutSignature(fixture));
  });

  // A name and "via mobile" with no closing above it: a last block of a name and contact lines is a signature.
  it('name and "via mobile"', () => {
    expect(cleanReply(read('signature/jeff_body'))).toBe(withoutSignature('jeff'));
  });

  // Name, e-mail, phone and web address under the text with no closing: cut, for the same reason.
  it('name, e-mail, phone, web', () => {
    expect(cleanReply(read('signature/long_body'))).toBe(withoutSignature('long'));
  });

  // A rule of sixteen dashes opens the signature, as "--" alone on a line does.
  it('a long dashed rule above the signature', () => {
    expect(cleanReply(read('signature/sparse_body'))).toBe(withoutSignature('sparse'));
  });
});
