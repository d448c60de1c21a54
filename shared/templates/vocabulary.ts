// Words that turn a reminder into a threat, and words that state consequences, in Spanish and
// English. Patterns are written without accents: text is folded to base letters before matching.

/** Legal, agency and enforcement vocabulary: never in a friendly step. */
const THREAT_PATTERNS: readonly string[] = [
  // Spanish
  'abogad[oa]s?',
  'letrad[oa]s?',
  'juzgados?',
  'juez(?:es)?',
  'tribunal(?:es)?',
  'demand(?:a|as|ar|are|aremos|arle|arles|aria)',
  'denunci(?:a|as|ar|aremos|arle)',
  '(?:procedimiento )?monitorio',
  'burofax',
  'embarg(?:o|os|ar|aremos|arle)',
  'acci(?:on|ones) (?:legal|legales|judicial|judiciales)',
  'medidas (?:legales|judiciales)',
  'via (?:judicial|legal)',
  'reclamaci(?:on|ones) judicial(?:es)?',
  'procedimiento judicial',
  'agencias? de (?:cobros?|recobros?)',
  'empresas? de (?:cobros?|recobros?)',
  'recobro',
  '(?:fichero|registro|lista)s? de morosos',
  'asnef',
  // English
  'legal (?:action|actions|proceedings|steps|measures)',
  'lawyers?',
  'attorneys?',
  'solicitors?',
  'courts?',
  'sue',
  'suing',
  'sued',
  'lawsuits?',
  'litigation',
  '(?:collection|collections|debt collection|recovery) agenc(?:y|ies)',
  'debt collectors?',
  'bailiffs?',
  'small claims',
  'credit (?:report|reports|bureau|bureaus|rating|file)',
  'seiz(?:e|ure)',
  'garnish(?:ment|ed)?',
];

/** Besides any threat word, these state what follows from not paying. */
const CONSEQUENCE_PATTERNS: readonly string[] = [
  'consecuencias?',
  'intereses de demora',
  'interes de demora',
  'indemnizaci(?:on|ones)',
  'consequences?',
  'late[- ]payment interest',
  'statutory interest',
  'compensation',
];

function wordPattern(alternatives: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

const THREAT = wordPattern(THREAT_PATTERNS);
const CONSEQUENCE = wordPattern(CONSEQUENCE_PATTERNS);

/**
 * Replaces each accented letter by its base letter, one UTF-16 unit for one, so offsets in the
 * folded text are offsets in the original.
 */
export function foldAccents(text: string): string {
  return text.replace(/[^\p{ASCII}]/gu, (ch) => {
    const base = ch.normalize('NFD').replace(/\p{M}/gu, '');
    return base.length === ch.length ? base : ch;
  });
}

export interface TermMatch {
  term: string;
  start: number;
  end: number;
}

function matchesOf(pattern: RegExp, text: string): TermMatch[] {
  const found: TermMatch[] = [];
  for (const match of foldAccents(text).matchAll(pattern)) {
    const start = match.index;
    const end = start + match[0].length;
    found.push({ term: text.slice(start, end), start, end });
  }
  return found;
}

export function findThreats(text: string): TermMatch[] {
  return matchesOf(THREAT, text);
}

export function mentionsConsequences(text: string): boolean {
  return matchesOf(CONSEQUENCE, text).length > 0 || findThreats(text).length > 0;
}
