// Matching text: lower-case, accents folded, runs of whitespace made one space (a newline when they hold a blank line) — so a rule written
// "manana" matches "Mañana", "MAÑANA" and "ma-\n ñana" is not our problem. `map[i]` is the offset in
// the original of the folded text's i-th character, so a match can quote the debtor's own words.

export interface Folded {
  text: string;
  /** map[i]: offset in the original of text[i]; map[text.length] is the original's length. */
  map: number[];
}

const combining = /[\u0300-\u036f]/g;
const space = /[\s\u00a0\u202f]/;
// A blank line ends a sentence even without a full stop; a single line break is only wrapping.
const blankLine = /\n[^\S\n]*\n/y;

export function fold(original: string): Folded {
  let text = '';
  const map: number[] = [];
  let lastWasSpace = true; // drops leading whitespace
  for (let i = 0; i < original.length; i++) {
    const char = original[i]!;
    if (space.test(char)) {
      blankLine.lastIndex = i;
      const paragraph = blankLine.test(original);
      if (!lastWasSpace) {
        text += paragraph ? '\n' : ' ';
        map.push(i);
        lastWasSpace = true;
      } else if (paragraph && text.endsWith(' ')) {
        text = `${text.slice(0, -1)}\n`;
      }
      continue;
    }
    lastWasSpace = false;
    // ¿¡ and typographic quotes fold to plain marks so patterns need not list both.
    const plain = char === '’' || char === '‘' ? "'" : char === '“' || char === '”' ? '"' : char;
    const folded = plain.normalize('NFD').replace(combining, '').toLowerCase();
    for (const out of folded) {
      text += out;
      map.push(i);
    }
  }
  map.push(original.length);
  return { text, map };
}

/** The original's [start, end) for the folded text's [start, end). */
export function originalSpan(folded: Folded, start: number, end: number): { start: number; end: number } {
  const from = folded.map[start] ?? folded.map[folded.map.length - 1]!;
  // The end is one past the last folded character's original character.
  const last = end > start ? (folded.map[end - 1] ?? from) + 1 : from;
  return { start: from, end: last };
}

/** The folded offset of an original offset: the first folded character at or after it. */
export function foldedOffset(folded: Folded, offset: number): number {
  let low = 0;
  let high = folded.map.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (folded.map[middle]! < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
