// The built-in library: one Spanish and one English template for every ladder step and side
// track. Users edit copies (Template.builtinId); these records never change at runtime.
import { LADDER_STEPS, SIDE_TRACKS, type Template, type TemplateLocale, type TemplatePurpose } from '../ledger/schema';
import { languageOf } from './format';
import { LIBRARY_EN } from './library.en';
import { LIBRARY_ES } from './library.es';
import type { BuiltinText } from './builtin-text';

/** Fixed so the library is the same record in every install and every test. */
export const BUILTIN_UPDATED_AT = '2026-01-01T00:00:00.000Z';

export const BUILTIN_PURPOSES: readonly TemplatePurpose[] = [...LADDER_STEPS, ...SIDE_TRACKS];

const TEXTS: Record<TemplateLocale, Record<TemplatePurpose, BuiltinText>> = { es: LIBRARY_ES, en: LIBRARY_EN };

export function builtinId(purpose: TemplatePurpose, locale: TemplateLocale): string {
  return `builtin:${purpose}:${locale}`;
}

function toTemplate(purpose: TemplatePurpose, locale: TemplateLocale): Template {
  const text = TEXTS[locale][purpose];
  return {
    id: builtinId(purpose, locale),
    name: text.name,
    purpose,
    locale,
    subject: text.subject,
    body: text.body,
    updatedAt: BUILTIN_UPDATED_AT,
  };
}

export const BUILTIN_TEMPLATES: Template[] = BUILTIN_PURPOSES.flatMap((purpose) => [
  toTemplate(purpose, 'es'),
  toTemplate(purpose, 'en'),
]);

const byId = new Map(BUILTIN_TEMPLATES.map((t) => [t.id, t]));

/** The built-in for a purpose in the locale's language ('es-MX' → Spanish, anything not Spanish → English). */
export function builtinFor(purpose: TemplatePurpose, locale: string): Template {
  const template = byId.get(builtinId(purpose, languageOf(locale)));
  // Every purpose has both languages (the table types guarantee it), so this cannot miss.
  return template ?? toTemplate(purpose, languageOf(locale));
}
