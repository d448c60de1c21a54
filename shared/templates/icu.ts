// ICU MessageFormat plumbing shared by the renderer, the tone check and the list phrases:
// a bounded cache of compiled messages, and a parse that reports where things are.
import { IntlMessageFormat } from 'intl-messageformat';

type MessageAst = ReturnType<IntlMessageFormat['getAst']>;
type MessageElement = MessageAst[number];

/** Tags stay plain text: template bodies never carry markup, so "<" is just a character. */
const PARSE_OPTIONS = { ignoreTag: true } as const;

// The editor's live preview compiles a new source on every keystroke; keep the newest few hundred.
const CACHE_LIMIT = 500;
const compiled = new Map<string, IntlMessageFormat>();

/** A compiled message for (source, locale), built once. Throws the parser's error on bad syntax. */
export function compileMessage(source: string, locale: string): IntlMessageFormat {
  const key = `${locale}\u0000${source}`;
  const hit = compiled.get(key);
  if (hit) {
    // Re-insert so the map's order tracks recent use.
    compiled.delete(key);
    compiled.set(key, hit);
    return hit;
  }
  const message = new IntlMessageFormat(source, locale, undefined, PARSE_OPTIONS);
  compiled.set(key, message);
  if (compiled.size > CACHE_LIMIT) {
    const oldest = compiled.keys().next().value;
    if (oldest !== undefined) compiled.delete(oldest);
  }
  return message;
}

export function compiledCacheSize(): number {
  return compiled.size;
}

export interface SourceSpan {
  /** Offsets into the source string, end exclusive. */
  start: number;
  end: number;
}

export interface VariableUse extends SourceSpan {
  name: string;
  /** How the source uses it: inserted as is, or as the subject of plural/select/number/date. */
  as: 'value' | 'plural' | 'select' | 'number' | 'date';
  /** Inside a select or plural branch: only formatted when that branch is taken. */
  conditional?: true;
}

export type ParsedSource =
  | { ok: true; variables: VariableUse[] }
  | { ok: false; message: string; where?: SourceSpan };

interface LocatedElement {
  value?: unknown;
  location?: { start: { offset: number }; end: { offset: number } };
  options?: Record<string, { value: MessageElement[] }>;
}

function spanOf(element: LocatedElement): SourceSpan | undefined {
  const loc = element.location;
  return loc ? { start: loc.start.offset, end: loc.end.offset } : undefined;
}

// Element kinds of @formatjs/icu-messageformat-parser's TYPE enum, by the fields they carry.
const ELEMENT_USE: Record<number, VariableUse['as'] | undefined> = {
  1: 'value', // argument
  2: 'number',
  3: 'date',
  4: 'date', // time
  5: 'select',
  6: 'plural',
};

function collect(elements: readonly MessageElement[], into: VariableUse[], conditional = false): void {
  for (const element of elements) {
    const located = element as unknown as LocatedElement & { type: number };
    const use = ELEMENT_USE[located.type];
    if (use && typeof located.value === 'string') {
      const span = spanOf(located) ?? { start: 0, end: 0 };
      into.push({ name: located.value, as: use, ...span, ...(conditional ? { conditional: true as const } : {}) });
    }
    if (located.options) {
      for (const option of Object.values(located.options)) collect(option.value, into, true);
    }
  }
}

/** Parses without formatting: the variables a source uses (with positions), or where it breaks. */
export function parseSource(source: string): ParsedSource {
  try {
    const ast = new IntlMessageFormat(source, 'en', undefined, { ...PARSE_OPTIONS, captureLocation: true }).getAst();
    const variables: VariableUse[] = [];
    collect(ast, variables);
    return { ok: true, variables };
  } catch (error) {
    const located = error as { message?: string; location?: { start: { offset: number }; end: { offset: number } } };
    const where = located.location ? { start: located.location.start.offset, end: located.location.end.offset } : undefined;
    return { ok: false, message: located.message ?? String(error), ...(where ? { where } : {}) };
  }
}
