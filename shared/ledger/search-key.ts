// Debtor search ignores case and accents ("garcia" finds "García") and matches the start of
// any word of the name ("lopez" finds "Ana López Ruiz"), all through one multiEntry index.

/** Lower-cased, accents stripped, spaces collapsed. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The folded name and every tail of it that starts at a word: each is a prefix-search key. */
export function nameKeys(name: string): string[] {
  const folded = foldText(name);
  if (folded === '') return [];
  const keys = [folded];
  for (let at = folded.indexOf(' '); at !== -1; at = folded.indexOf(' ', at + 1)) {
    keys.push(folded.slice(at + 1));
  }
  return [...new Set(keys)];
}
