// Renders a template (ICU MessageFormat, plain text with blank-line paragraphs) to an HTML body,
// a plain-text body and a plain-text subject. Everything is escaped, template text and values
// alike, so nothing a user, debtor or file wrote can become markup; the only markup is the
// paragraphs, line breaks and lists made here. Values are kept apart from the template's own
// text while formatting, so a value can add line breaks but never paragraphs or lists.
import type { TemplateContext } from './context';
import { escapeHtml } from './escape';
import { compileMessage, parseSource, type SourceSpan, type VariableUse } from './icu';
import { isTemplateVariable, variableKind, type TemplateList, type TemplateValue, type TemplateVariableKind } from './variables';

export type TemplateErrorCode = 'unknown-variable' | 'syntax' | 'missing-value';

export interface TemplateError {
  code: TemplateErrorCode;
  message: string;
  variable?: string;
  field?: 'subject' | 'body';
  where?: SourceSpan;
}

export type RenderResult =
  | { ok: true; subject: string; html: string; text: string }
  | { ok: false; error: TemplateError };

export interface TemplateSource {
  subject: string;
  body: string;
}

type Field = 'subject' | 'body';

/** A text value travelling through ICU as an object, so it comes back as its own part. */
interface TextValue {
  readonly kind: 'text';
  readonly text: string;
}

type Segment = { kind: 'literal'; text: string } | TextValue | TemplateList;

/** How each kind of variable may appear in ICU: numbers drive plurals, choices drive select. */
const ALLOWED_USES: Record<TemplateVariableKind, ReadonlySet<VariableUse['as']>> = {
  text: new Set(['value']),
  list: new Set(['value']),
  number: new Set(['value', 'plural', 'number']),
  choice: new Set(['value', 'select']),
};

type Values = Record<string, TemplateValue | undefined>;

function checkVariables(source: string, field: Field, values: Values): TemplateError | null {
  const parsed = parseSource(source);
  if (!parsed.ok) {
    return {
      code: 'syntax',
      field,
      message: `The ${field} is not valid ICU MessageFormat (${parsed.message}).`,
      ...(parsed.where ? { where: parsed.where } : {}),
    };
  }
  for (const use of parsed.variables) {
    const where = { start: use.start, end: use.end };
    if (!isTemplateVariable(use.name)) {
      return { code: 'unknown-variable', field, variable: use.name, where, message: `{${use.name}} is not a template variable.` };
    }
    // A value used only inside a select or plural branch is needed only when that branch is
    // taken ("{promiseOpen, select, yes {by {promiseDate}} other {}}"); formatting reports it then.
    if (values[use.name] === undefined && !use.conditional) {
      return { code: 'missing-value', field, variable: use.name, where, message: `{${use.name}} has no value for this message.` };
    }
    if (!ALLOWED_USES[variableKind(use.name)].has(use.as)) {
      return {
        code: 'syntax',
        field,
        variable: use.name,
        where,
        message: `{${use.name}} cannot be used as ${use.as}; insert it as {${use.name}}.`,
      };
    }
  }
  return null;
}

/** Text and lists go to ICU as objects; numbers and choices stay primitive for plural and select. */
function icuValues(values: Values): Record<string, string | number | TextValue | TemplateList> {
  const out: Record<string, string | number | TextValue | TemplateList> = {};
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) continue;
    const kind = isTemplateVariable(name) ? variableKind(name) : 'text';
    if (typeof value === 'string' && kind === 'text') out[name] = { kind: 'text', text: value };
    else out[name] = value;
  }
  return out;
}

function formatSegments(source: string, locale: string, values: Values): Segment[] {
  const parts = compileMessage(source.replace(/\r\n?/g, '\n'), locale).formatToParts<TextValue | TemplateList>(icuValues(values));
  return trimAroundLists(
    parts.map((part): Segment => {
      const value: unknown = part.value;
      if (typeof value === 'object' && value !== null && 'kind' in value) return value as TextValue | TemplateList;
      return { kind: 'literal', text: String(value) };
    }),
  );
}

/**
 * An empty list vanishes (its neighbours join up), and spaces between a list and the template
 * text around it are layout, not content.
 */
function trimAroundLists(all: Segment[]): Segment[] {
  const segments: Segment[] = [];
  for (const segment of all) {
    if (segment.kind === 'list' && segment.items.length === 0) continue;
    const last = segments[segments.length - 1];
    if (segment.kind === 'literal' && last?.kind === 'literal') segments[segments.length - 1] = { kind: 'literal', text: last.text + segment.text };
    else segments.push(segment);
  }
  return segments.map((segment, i) => {
    if (segment.kind !== 'literal') return segment;
    let text = segment.text;
    if (segments[i + 1]?.kind === 'list') text = text.replace(/[ \t]+$/, '');
    if (segments[i - 1]?.kind === 'list') text = text.replace(/^[ \t]+/, '');
    return { kind: 'literal', text };
  });
}

function linesToHtml(text: string): string {
  return text.split(/\r?\n/).map(escapeHtml).join('<br>');
}

/** A blank line in the template's own text ends a paragraph. */
const PARAGRAPH_BREAK = /\n[ \t]*\n(?:[ \t]*\n)*/;

function toHtml(segments: readonly Segment[]): string {
  const blocks: string[] = [];
  let paragraph = '';
  const flush = () => {
    // Blank lines at a paragraph's edges are layout from the source, not content.
    const trimmed = paragraph.replace(/^(?:[ \t]*\n)+/, '').replace(/(?:\n[ \t]*)+$/, '');
    if (trimmed.trim() !== '') blocks.push(`<p>${linesToHtml(trimmed)}</p>`);
    paragraph = '';
  };
  for (const segment of segments) {
    if (segment.kind === 'literal') {
      const [first = '', ...rest] = segment.text.split(PARAGRAPH_BREAK);
      paragraph += first;
      for (const next of rest) {
        flush();
        paragraph = next;
      }
    } else if (segment.kind === 'text') {
      paragraph += segment.text;
    } else {
      flush();
      if (segment.items.length > 0) blocks.push(`<ul>${segment.items.map((item) => `<li>${linesToHtml(item)}</li>`).join('')}</ul>`);
    }
  }
  flush();
  return blocks.join('\n');
}

function toText(segments: readonly Segment[]): string {
  let out = '';
  let afterList = false;
  for (const segment of segments) {
    if (segment.kind === 'list') {
      if (segment.items.length === 0) continue;
      if (out !== '' && !out.endsWith('\n')) out += '\n';
      out += segment.items.map((item) => `- ${item}`).join('\n');
      afterList = true;
      continue;
    }
    // Runs of blank lines in the template (an empty select branch) shrink to one; values are kept as written.
    const text = segment.kind === 'literal' ? segment.text.replace(new RegExp(PARAGRAPH_BREAK, 'g'), '\n\n') : segment.text;
    if (text === '') continue;
    out += afterList && !text.startsWith('\n') ? `\n${text}` : text;
    afterList = false;
  }
  return out.trim();
}

function toSubject(segments: readonly Segment[]): string {
  return segments
    .map((segment) => (segment.kind === 'list' ? segment.items.join('; ') : segment.text))
    .join('')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

function formatError(error: unknown, field: Field): TemplateError {
  const failure = error as { code?: string; message?: string };
  const message = failure.message ?? String(error);
  if (failure.code === 'MISSING_VALUE') {
    const variable = /variable "([^"]+)"/.exec(message)?.[1];
    return {
      code: 'missing-value',
      field,
      ...(variable ? { variable, message: `{${variable}} has no value for this message.` } : { message }),
    };
  }
  return { code: 'syntax', field, message };
}

export function renderTemplate(template: TemplateSource, context: TemplateContext, locale: string): RenderResult {
  const values: Values = { ...context };
  const problem = checkVariables(template.subject, 'subject', values) ?? checkVariables(template.body, 'body', values);
  if (problem) return { ok: false, error: problem };

  let field: Field = 'subject';
  try {
    const subject = toSubject(formatSegments(template.subject, locale, values));
    field = 'body';
    const body = formatSegments(template.body, locale, values);
    return { ok: true, subject, html: toHtml(body), text: toText(body) };
  } catch (error) {
    return { ok: false, error: formatError(error, field) };
  }
}
