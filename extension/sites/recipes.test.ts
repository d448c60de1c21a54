import { describe, expect, it } from 'vitest';
import { recipeFor } from './recipes';

describe('recipeFor', () => {
  it.each<[string, string | null, string | null, boolean | null]>([
    ['https://app.invoicing.co/invoices', 'invoice-ninja', 'list', true],
    ['https://app.invoicing.co/#/invoices/VolejRejNm/edit', 'invoice-ninja', 'invoice', true],
    ['https://facturas.midominio.es/ninja/invoices', 'invoice-ninja', 'list', false],
    ['https://app.invoicing.co/clients', null, null, null],
    ['https://facturas.example.com/facturas.html', null, null, null],
    ['not a url', null, null, null],
  ])('%s', (url, recipe, kind, home) => {
    const found = recipeFor(url);
    expect([found?.recipe.id ?? null, found?.kind ?? null, found?.home ?? null]).toEqual([recipe, kind, home]);
  });
});
