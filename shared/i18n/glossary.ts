// One voice for every catalog (shared/i18n, the Outlook pane's own sentences, the extension's,
// the add-in manifest): the words the UI uses for the people who owe money, and the way it
// addresses the user. A test walks each catalog with `voiceProblems`.
//
// Spanish: the person who owes is "cliente" (never "deudor": it reads as an accusation and the
// user's customers may see the screen); the user is addressed as "usted" ("cuando lo envíe",
// "puede", "elija"), never "tú".
// English: the UI already says "debtor" for the record Cobro tracks (the Debtors table, the
// debtor card, "New debtor") and "customer" where it speaks of the relationship ("what the
// customer owes", "Customer name"); both stay. "client" is the word that does not belong.
import type { UiLanguage } from './language';

export interface Glossary {
  /** The words the UI uses, for whoever writes a new message. */
  required: readonly string[];
  /** Whole words (case-insensitive) that must not appear in UI text. */
  forbidden: readonly string[];
}

export const GLOSSARY: Record<UiLanguage, Glossary> = {
  es: {
    required: ['cliente', 'usted'],
    forbidden: [
      // The person who owes.
      'deudor',
      'deudores',
      'deudora',
      'deudoras',
      // Informal pronouns and possessives.
      'tú',
      'tu',
      'tus',
      'te',
      'ti',
      'contigo',
      'tuyo',
      'tuya',
      'tuyos',
      'tuyas',
      // Informal present and subjunctive forms.
      'puedes',
      'quieres',
      'tienes',
      'sabes',
      'debes',
      'necesitas',
      'estás',
      'eres',
      'usas',
      'envías',
      'envíes',
      'escribes',
      'prefieras',
      'prefieres',
      'vuelvas',
      'cambies',
      'guardes',
      'elijas',
      'quieras',
      'puedas',
      'tengas',
      'hayas',
      // Informal imperatives, alone or with a pronoun attached.
      'haz',
      'hazlo',
      'pulsa',
      'selecciona',
      'elige',
      'añade',
      'añádelo',
      'busca',
      'búscalo',
      'comprueba',
      'permite',
      'permítelo',
      'usa',
      'vuelve',
      'cierra',
      'abre',
      'ábrelo',
      'escribe',
      'revisa',
      'prueba',
      'inténtalo',
      'recarga',
      'mira',
      'inserta',
      'dalo',
      've',
      'pon',
      'ten',
    ],
  },
  en: {
    required: ['debtor', 'customer'],
    forbidden: ['client', 'clients'],
  },
};

/**
 * Words that stay although the glossary forbids them, each for one message and with the reason:
 * `<catalog key>` → forbidden words it may use. Third-person verbs that look like informal
 * imperatives ("Cobro guarda…") are the usual case.
 */
export type VoiceExceptions = Readonly<Record<string, readonly string[]>>;

const LETTER = /[\p{L}\p{M}]/u;

/** The forbidden words found in `text`, as whole words, in the order they appear. */
export function forbiddenWords(text: string, language: UiLanguage): string[] {
  const forbidden = new Set(GLOSSARY[language].forbidden.map((word) => word.toLocaleLowerCase(language)));
  // ICU arguments ({name}) and plural selectors (one, other) are not words a user reads.
  const readable = text.replace(/\{\s*[A-Za-z_]\w*\s*[,}]/g, ' ').replace(/\b(?:one|other|zero|few|many|plural|select)\b/g, ' ');
  const words = readable.split(/[^\p{L}\p{M}]+/u).filter((word) => LETTER.test(word));
  return words.map((word) => word.toLocaleLowerCase(language)).filter((word) => forbidden.has(word));
}

/** "key: word" for each forbidden word in a catalog that its exceptions do not allow. */
export function voiceProblems(catalog: Readonly<Record<string, string>>, language: UiLanguage, exceptions: VoiceExceptions = {}): string[] {
  const problems: string[] = [];
  for (const [key, text] of Object.entries(catalog)) {
    const allowed = new Set(exceptions[key] ?? []);
    for (const word of forbiddenWords(text, language)) if (!allowed.has(word)) problems.push(`${key}: ${word}`);
  }
  return problems;
}
