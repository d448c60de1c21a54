// The debtor's own words: a reply without the quoted history under it and the signature or legal
// notice at its foot. Everything after the first quote marker is history (replies are written on top),
// unless nothing was written above it: then the reply is under the quote (bottom-posting). A signature
// is cut at its opening line, or as a closing block of name and contact lines. Inline ">" lines in the
// middle are dropped too.

const strip = (line: string) =>
  line
    .trim()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

// Outlook's header block: only counted when its next lines follow (see isOutlookBlock).
const outlookHeader = /^(de|from)\s*:\s*\S/;
// Lines that open quoted history.
const historyOpeners: RegExp[] = [
  /^-{2,}\s*(original message|mensaje original|forwarded message|mensaje reenviado)\s*-{2,}$/,
  /^_{5,}$/, // Outlook's rule above its header block
  // Yahoo opens its share block with dashes: "--- On Wed, 4/4/12, x <x> wrote:".
  /^(?:-{2,}\s*)?(el|on)\b.{0,200}\b(escribio|wrote)\s*:$/,
  // Yahoo's and other clients' Spanish, French, German and Portuguese forms: "En martes, 1 de diciembre… escribió:".
  /^(en|le|am|em|il)\b.{0,200}\b(escribio|wrote|a ecrit|schrieb|escreveu|ha scritto)\s*:$/,
  // The sender first: "Ana <ana@x.es> escribió el mar, 1 dic 2026 a las 9:14:".
  /^.{0,120}<[^<>\s]+@[^<>\s]+>\s*(escribio|wrote)\b.{0,80}:$/,
  outlookHeader,
];

// Gmail wraps "El mié, 2 dic 2026 a las 9:14, Ana <ana@x.es>" onto two lines before "escribió:".
const wrappedOpener = /^(el|on)\b.{0,200}$/;
const wrappedCloser = /^.{0,120}\b(escribio|wrote)\s*:$/;

const outlookFields = /^(enviado|sent|para|to|asunto|subject|fecha|date|cc)\s*:/;

// Signature openers: the line itself and everything after it goes.
const signatureOpeners: RegExp[] = [
  /^-{2,}\s*$/, // "-- ", or a longer rule of dashes
  // A mail client's line: "Sent from my iPhone", "Sent from Outlook for iOS", "Sent from Yahoo Mail for Android".
  /^(enviado desde|sent from|sent via|get outlook for|obtener outlook para|descargar outlook para|enviado con|sent with)\s+(mi|my|outlook|yahoo|gmail|mail|correo|samsung|proton|blackberry|huawei|xiaomi|el|the|aol|spark|airmail|bluemail)\b/,
  /^(este (mensaje|correo|e-?mail)|la informacion contenida|aviso legal|confidentiality notice|confidential(ity)?:|this (e-?mail|message) (and any|is|may)|disclaimer)\b/,
];

// Closings: cut only when what follows is a short block (a name, a company, a phone), so "Un saludo y
// les pagamos el viernes" keeps its promise.
const closings = /^(saludos|un saludo|saludos cordiales|cordiales saludos|un cordial saludo|atentamente|gracias|muchas gracias|mil gracias|un abrazo|abrazos|best regards|best|regards|kind regards|warm regards|many thanks|thanks|thank you|thanks again|cheers|sincerely|all the best|quedo atent[oa]|quedamos atent[oa]s|quedo a la espera|cordialmente|slds)[\s,.!]*$/;

function isOutlookBlock(lines: string[], at: number): boolean {
  let fields = 0;
  for (let i = at + 1; i < Math.min(lines.length, at + 6); i++) {
    if (outlookFields.test(strip(lines[i]!))) fields++;
  }
  return fields >= 2;
}

function historyStart(lines: string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = strip(lines[i]!);
    if (line === '') continue;
    for (const opener of historyOpeners) {
      if (!opener.test(line)) continue;
      if (opener === outlookHeader && !isOutlookBlock(lines, i)) continue;
      return i;
    }
    if (wrappedOpener.test(line) && i + 1 < lines.length && wrappedCloser.test(strip(lines[i + 1]!)) && /\d/.test(line)) return i;
    // A run of quoted lines (a reply above the quote, or a quote with no header).
    if (line.startsWith('>') && i > 0 && (lines.slice(i).every((rest) => rest.trim() === '' || rest.trim().startsWith('>')))) return i;
  }
  return lines.length;
}

// A closing block with no closing word: a name, then contact lines ("via mobile", an e-mail, a phone, a web).
const nameLine = /^\p{Lu}[\p{L}'.-]*(?:\s\p{Lu}[\p{L}'.-]*){0,3}$/u;
const contactLine = /^(?:(?:sent )?via (?:mobile|iphone|android|phone)|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?:\/\/|www\.)\S+|(?:(?:t|tel|telefono|phone|ph|cel|celular|movil|mobile|m|f|fax|whatsapp|wa)\.?:?\s*)?\+?\(?\d{1,4}\)?(?:[\s.-]\(?\d{2,4}\)?){2,})$/;
function nameBlockStart(lines: string[]): number {
  let end = lines.length;
  while (end > 0 && lines[end - 1]!.trim() === '') end--;
  let start = end;
  while (start > 0 && lines[start - 1]!.trim() !== '') start--;
  const block = lines.slice(start, end).map((line) => line.trim());
  const above = lines.slice(0, start).some((line) => line.trim() !== '');
  if (!above || block.length < 2 || block.length > 6 || !nameLine.test(block[0]!)) return lines.length;
  const rest = block.slice(1);
  return rest.every((line) => contactLine.test(strip(line)) || nameLine.test(line)) && rest.some((line) => contactLine.test(strip(line))) ? start : lines.length;
}

function signatureStart(lines: string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = strip(lines[i]!);
    if (signatureOpeners.some((opener) => opener.test(line)) && (i > 0 || lines.length > 1)) return i;
    if (closings.test(line)) {
      const rest = lines.slice(i + 1).filter((candidate) => candidate.trim() !== '');
      // A name, a role, a company, a phone: short lines, few of them, no sentence.
      if (rest.length <= 6 && rest.every((candidate) => candidate.trim().length <= 60 && !/\p{L}{3,}[.?!]\s+\p{L}{2,}/u.test(candidate.trim()))) return i;
    }
  }
  return nameBlockStart(lines);
}

/** Bottom-posting: nothing above the history, the reply under the quoted lines ("On … wrote:\n> Hi\nHello"). */
function belowQuote(lines: string[], start: number): string[] | null {
  if (lines.slice(0, start).some((line) => line.trim() !== '')) return null;
  let i = start + 1;
  while (i < lines.length && (lines[i]!.trim() === '' || lines[i]!.trim().startsWith('>'))) i++;
  if (i === start + 1 || i >= lines.length) return null;
  const rest = lines.slice(i);
  return rest.slice(0, historyStart(rest));
}

/** The reply's own text: history, inline quotes and signature removed, surrounding blank lines trimmed. */
export function cleanReply(text: string): string {
  let lines = text.replace(/\r\n?/g, '\n').split('\n');
  const start = historyStart(lines);
  lines = belowQuote(lines, start) ?? lines.slice(0, start);
  lines = lines.filter((line) => !line.trim().startsWith('>'));
  lines = lines.slice(0, signatureStart(lines));
  return lines.join('\n').trim();
}
