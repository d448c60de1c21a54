// When two ways of writing a customer's name are the same name: "Talleres Ruiz, S.L." in one
// tool is "TALLERES RUIZ SL" in another. Case, accents, punctuation and the spelling of the
// company form do not make a different customer; anything else might, and the user is asked.
import { foldText } from './fold';

/**
 * Company forms as written after the name, each spelling (folded, without punctuation, spaces
 * between letters joined) with the one it stands for. Only the form's spelling is made the same:
 * "Acme" and "Acme SL" stay two names, since the form may be what tells two companies apart.
 */
const LEGAL_FORMS: readonly (readonly [spellings: readonly string[], form: string])[] = [
  [['sl', 'sociedad limitada'], 'sl'],
  [['srl', 'sociedad de responsabilidad limitada'], 'srl'],
  [['slu', 'sociedad limitada unipersonal'], 'slu'],
  [['slne', 'sociedad limitada nueva empresa'], 'slne'],
  [['sa', 'sociedad anonima'], 'sa'],
  [['sau', 'sociedad anonima unipersonal'], 'sau'],
  [['sadecv', 'sa de cv'], 'sa de cv'],
  [['sderldecv', 's de rl de cv'], 's de rl de cv'],
  [['scp', 'sociedad civil privada'], 'scp'],
  [['sc', 'sociedad civil'], 'sc'],
  [['sll', 'sociedad limitada laboral'], 'sll'],
  [['scoop', 'sociedad cooperativa'], 'scoop'],
  [['inc', 'incorporated'], 'inc'],
  [['llc'], 'llc'],
  [['ltd', 'limited'], 'ltd'],
  [['corp', 'corporation'], 'corp'],
  [['co', 'company'], 'co'],
  [['plc'], 'plc'],
  [['gmbh'], 'gmbh'],
];

/** Longest spelling first, so "sociedad limitada unipersonal" is not read as "sociedad limitada". */
const SPELLINGS = LEGAL_FORMS.flatMap(([spellings, form]) => spellings.map((spelling) => [spelling, form] as const)).sort(
  (a, b) => b[0].length - a[0].length,
);

/** Runs of single letters ("s l u", from "S.L.U.") written as one word ("slu"). */
function joinInitials(text: string): string {
  return text.replace(/\b(?:\p{L} )+\p{L}\b/gu, (run) => run.replace(/ /g, ''));
}

/** The company form at the end of a folded name, written one way. */
export function normalLegalForm(folded: string): string {
  for (const [spelling, form] of SPELLINGS) {
    if (folded === spelling) return form;
    if (folded.endsWith(` ${spelling}`)) return `${folded.slice(0, -spelling.length)}${form}`;
  }
  return folded;
}

/** The name as compared: folded, punctuation gone, the company form written one way. */
export function nameKey(name: string): string {
  const words = foldText(name)
    // "S.L." and "O'Brien": marks inside a word join it; other punctuation separates words.
    .replace(/[.'’`´]/g, '')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return normalLegalForm(joinInitials(words));
}

export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}
