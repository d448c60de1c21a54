// Reads the project's sources as TypeScript syntax trees to check architectural rules:
// which modules a file imports, and which host globals it touches.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

export const ROOT = resolve(import.meta.dirname, '../..');

export function listSources(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    if (!existsSync(d)) return;
    for (const name of readdirSync(d)) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts')) out.push(full);
    }
  };
  walk(dir);
  return out.sort();
}

export interface SourceFacts {
  /** Module specifiers as written: static imports, re-exports, dynamic import(), require(). */
  imports: string[];
  /** Free references to host globals, e.g. 'chrome', 'browser', 'indexedDB', 'Office'. */
  globals: string[];
}

const WATCHED_GLOBALS = new Set(['chrome', 'browser', 'Office', 'OfficeRuntime', 'indexedDB', 'IDBFactory']);

export function factsOf(fileName: string, text: string): SourceFacts {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const imports: string[] = [];
  const globals = new Set<string>();
  const declared = new Set<string>();

  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      // Type-only imports vanish at build time; they cannot open anything.
      const typeOnly = ts.isImportDeclaration(node) ? node.importClause?.isTypeOnly : node.isTypeOnly;
      if (!typeOnly) imports.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node)) {
      const [first] = node.arguments;
      const isDynamicImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === 'require';
      if ((isDynamicImport || isRequire) && first && ts.isStringLiteral(first)) imports.push(first.text);
    } else if (
      (ts.isVariableDeclaration(node) || ts.isParameter(node) || ts.isFunctionDeclaration(node)) &&
      node.name &&
      ts.isIdentifier(node.name)
    ) {
      declared.add(node.name.text);
    } else if (ts.isImportSpecifier(node) || ts.isImportClause(node) || ts.isNamespaceImport(node)) {
      if (node.name) declared.add(node.name.text);
    } else if (ts.isIdentifier(node) && WATCHED_GLOBALS.has(node.text) && isValueReference(node)) {
      globals.add(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { imports, globals: [...globals].filter((name) => !declared.has(name)).sort() };
}

function isValueReference(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false; // x.chrome
  if (ts.isPropertyAssignment(parent) && parent.name === node) return false; // { chrome: 1 }
  if (ts.isPropertySignature(parent) || ts.isPropertyDeclaration(parent) || ts.isMethodDeclaration(parent)) return false;
  if (ts.isTypeReferenceNode(parent) || ts.isQualifiedName(parent) || ts.isTypeQueryNode(parent)) return false;
  if (ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent)) return false;
  // Inside a type annotation (`Office.MessageRead`) nothing runs.
  for (let p: ts.Node | undefined = parent; p; p = p.parent) {
    if (ts.isTypeNode(p) && !ts.isTypeQueryNode(p)) return false;
    if (ts.isInterfaceDeclaration(p) || ts.isTypeAliasDeclaration(p)) return false;
  }
  return true;
}

/** Resolves a specifier written in `fromFile` to a project file, or null for a package. */
export function resolveLocal(
  fromFile: string,
  specifier: string,
  isFile: (path: string) => boolean = (p) => existsSync(p) && statSync(p).isFile(),
): string | null {
  let base: string;
  if (specifier.startsWith('.')) base = resolve(dirname(fromFile), specifier);
  else if (specifier.startsWith('@/') || specifier.startsWith('~/')) base = join(ROOT, 'extension', specifier.slice(2));
  else return null;
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')];
  return candidates.find(isFile) ?? null;
}

export interface Reach {
  file: string;
  /** The import chain from the entry to this file. */
  via: string[];
}

/** Every project file reachable from `entry` through runtime imports, with the chain that reaches it. */
export function reachableFrom(
  entry: string,
  files: { read: (file: string) => string; isFile?: (path: string) => boolean } = { read: (f) => readFileSync(f, 'utf8') },
): Map<string, Reach & { facts: SourceFacts }> {
  const seen = new Map<string, Reach & { facts: SourceFacts }>();
  const queue: Reach[] = [{ file: entry, via: [] }];
  while (queue.length > 0) {
    const { file, via } = queue.shift()!;
    if (seen.has(file)) continue;
    const facts = factsOf(file, files.read(file));
    seen.set(file, { file, via, facts });
    for (const specifier of facts.imports) {
      const target = resolveLocal(file, specifier, files.isFile);
      if (target && !seen.has(target)) queue.push({ file: target, via: [...via, relative(ROOT, file)] });
    }
  }
  return seen;
}
