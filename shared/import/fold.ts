// Comparing names and headers the way people read them: "CLÍNICA  Dental" is "clinica dental".

/** Lower-cased, accents removed, runs of white space made one space, trimmed. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
