// Spreadsheets run a cell that starts with = + - @ as a formula, so an exported value that
// could be one is written with a leading apostrophe. Reading strips exactly one, so values
// that themselves began with apostrophes survive the round trip.
const FORMULA_START = /^'*[=+\-@\t\r]/;
const ESCAPED = /^'+[=+\-@\t\r]/;

export function escapeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function unescapeFormula(value: string): string {
  return ESCAPED.test(value) ? value.slice(1) : value;
}
