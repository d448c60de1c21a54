// Two changes to third-party code as it is bundled, so the store build holds nothing Firefox's
// add-on linter (web-ext lint) flags, and nothing a reviewer must take on trust:
//  - dangerouslySetInnerHTML is refused outright, in React DOM (extension pages) and in Preact
//    (the Gmail content script renders with preact/compat, see gmail-preact.ts). Cobro never uses
//    it: every user, debtor and file string reaches the page as text, and template HTML goes only
//    into Gmail's editor. A refusal makes any future use fail loudly instead of writing raw HTML.
//  - zod's probe for eval support (`new Function("")`) always answers "no". Extension pages run
//    under a CSP without 'unsafe-eval', where the probe fails anyway and logs a CSP violation.
//  - fflate (read-excel-file's unzipper) inflates every zip entry where it is called, in the
//    workspace's worker, instead of handing entries over 512 KB to a worker it builds from its
//    own source text in a blob: URL (code from a string, and a script the extension's CSP,
//    script-src 'self', does not list).
//  - jsPDF's and jspdf-autotable's HTML paths (jsPDF's .html() and its optional html2canvas,
//    DOMPurify and canvg imports; autotable's reading of a table from HTML) are cut out. The claim
//    file and the letter draw text and tables from the ledger only; these paths would write
//    markup into the DOM (innerHTML) or evaluate code (canvg), which the linter flags.
// Each rewrite must match exactly as often as expected; a library update that changes the code
// fails the build here instead of shipping unpatched.
import type { Plugin } from 'vite';

export interface Rewrite {
  /** Which module, by the end of its resolved path. */
  file: RegExp;
  find: string;
  replace: string;
  /** How many times `find` occurs in the version this was written against. */
  count: number;
}

export const REWRITES: readonly Rewrite[] = [
  {
    file: /react-dom\/cjs\/react-dom-client\.production\.js$/,
    find: '(domElement.innerHTML = key);',
    replace: '(() => { throw Error("Cobro: dangerouslySetInnerHTML is not allowed"); })();',
    count: 2,
  },
  {
    // Preact's one write of a `dangerouslySetInnerHTML.__html` into an element (minified).
    file: /preact\/dist\/preact\.mjs$/,
    find: '(t.innerHTML=h.__html)',
    replace: '(()=>{throw Error("Cobro: dangerouslySetInnerHTML is not allowed")})()',
    count: 1,
  },
  {
    file: /zod\/v4\/core\/util\.js$/,
    find: 'const F = Function;\n        new F("");\n        return true;',
    replace: 'return false;',
    count: 1,
  },
  {
    file: /jspdf\/dist\/jspdf\.es\.min\.js$/,
    find: 'e.innerHTML&&e.dompurify&&(r.innerHTML=e.dompurify.sanitize(e.innerHTML))',
    replace: 'e.innerHTML&&(()=>{throw Error("Cobro: jsPDF\'s HTML rendering is not used")})()',
    count: 1,
  },
  ...['html2canvas', 'dompurify', 'canvg'].map((library) => ({
    file: /jspdf\/dist\/jspdf\.es\.min\.js$/,
    find: `import("${library}")`,
    replace: `Promise.reject(Error("Cobro: ${library} is not bundled"))`,
    count: 1,
  })),
  {
    file: /jspdf-autotable\/dist\/jspdf\.plugin\.autotable\.mjs$/,
    find: "    cell.innerHTML = cell.innerHTML.replace(/\\n/g, '').replace(/ +/g, ' ');\n    // Preserve <br> tags as line breaks in the pdf\n    cell.innerHTML = cell.innerHTML\n        .split(/<br.*?>/) //start with '<br' and ends with '>'.\n        .map(function (part) { return part.trim(); })\n        .join('\\n');",
    replace: '    throw Error("Cobro: tables are not read from HTML");',
    count: 1,
  },
  {
    file: /fflate\/esm\/browser\.js$/,
    find: 'if (su < 524288 || sc > 0.8 * su) {',
    replace: 'if (true) {',
    count: 1,
  },
];

export class RewriteMismatchError extends Error {
  readonly code = 'bundle-rewrite-mismatch';
  constructor(file: string, find: string, expected: number, found: number) {
    super(`${file}: expected ${expected} occurrence(s) of ${JSON.stringify(find)}, found ${found}; update extension/build/harden-bundle.ts`);
    this.name = 'RewriteMismatchError';
  }
}

/** The module's code with its rewrites applied, or null when none concerns it. */
export function applyRewrites(id: string, code: string, rewrites: readonly Rewrite[] = REWRITES): string | null {
  const path = id.split('?')[0]!.replace(/\\/g, '/');
  const mine = rewrites.filter((rewrite) => rewrite.file.test(path));
  if (mine.length === 0) return null;
  let result = code;
  for (const rewrite of mine) {
    const found = result.split(rewrite.find).length - 1;
    if (found !== rewrite.count) throw new RewriteMismatchError(path, rewrite.find, rewrite.count, found);
    result = result.split(rewrite.find).join(rewrite.replace);
  }
  return result;
}

export function hardenBundle(): Plugin {
  return {
    name: 'cobro-harden-bundle',
    enforce: 'pre',
    transform(code, id) {
      const rewritten = applyRewrites(id, code);
      return rewritten === null ? null : { code: rewritten, map: null };
    },
  };
}
