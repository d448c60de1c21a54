// Tie-breaks for deterministic output: records arrive in any order, ties are settled by id.
// Plain code-unit comparison, not localeCompare: ids are machine strings and the result must
// not depend on the runtime's locale data.
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
