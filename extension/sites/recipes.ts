// The tools Cobro knows the pages of. A recipe applies on its tool's own hosts, and on any other
// site the user turned on when the URL is one of its routes (self-hosted Invoice Ninja runs
// anywhere); it checks its own anchors, and where they are missing the generic scanner serves.
import { invoiceNinja } from './invoice-ninja';
import type { PageKind, Recipe } from './page-invoice';

export interface RecipeEntry {
  recipe: Recipe;
  /** Hosts where the tool is known to run; elsewhere only its routes say it may be the tool. */
  origins: readonly string[];
}

export const RECIPES: readonly RecipeEntry[] = [{ recipe: invoiceNinja, origins: ['https://app.invoicing.co'] }];

/** The recipe for this page and which of its pages it is, or null (the scanner's page). */
export function recipeFor(url: string, recipes: readonly RecipeEntry[] = RECIPES): { recipe: Recipe; kind: PageKind; home: boolean } | null {
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    return null;
  }
  for (const entry of recipes) {
    const kind = entry.recipe.route(url);
    if (kind !== null) return { recipe: entry.recipe, kind, home: entry.origins.includes(origin) };
  }
  return null;
}
