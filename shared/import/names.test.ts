import { describe, expect, it } from 'vitest';
import { nameKey, normalLegalForm, sameName } from './names';

describe('the same name, written another way', () => {
  it.each([
    ['Talleres Ruiz S.L.', 'TALLERES RUIZ SL'],
    ['Talleres Ruiz, S.L.', 'talleres ruiz s. l.'],
    ['Clínica Dental Sonrisa', 'CLINICA  DENTAL SONRISA'],
    ['Panadería La Espiga S.L.U.', 'Panaderia la Espiga SLU'],
    ['Ruiz y Asociados S.A. de C.V.', 'Ruiz y Asociados SA de CV'],
    ['Constructora Norte S. de R.L. de C.V.', 'Constructora Norte S de RL de CV'],
    ['Hermanos Gil Sociedad Limitada', 'Hermanos Gil, S.L.'],
    ['Acme Inc.', 'ACME, Incorporated'],
    ['Bright Pixel Ltd', 'Bright Pixel Limited'],
    ["O'Brien Consulting", 'OBrien Consulting'],
    ['Shared-Mail A', 'Shared Mail A'],
  ])('%s = %s', (a, b) => {
    expect(sameName(a, b)).toBe(true);
  });
});

describe('different names', () => {
  it.each([
    ['Shared Mail A', 'Shared Mail B'],
    ['Acme', 'Acme S.L.'],
    ['Acme S.L.', 'Acme S.A.'],
    ['Talleres Ruiz S.L.', 'Talleres Ruiz Hermanos S.L.'],
    ['Panadería La Espiga S.L.U.', 'Panadería La Espiga S.L.'],
    ['Slate Works', 'Slate'],
  ])('%s ≠ %s', (a, b) => {
    expect(sameName(a, b)).toBe(false);
  });
});

describe('the company form at the end of a name', () => {
  it.each([
    ['talleres ruiz sociedad limitada', 'talleres ruiz sl'],
    ['talleres ruiz sl', 'talleres ruiz sl'],
    ['ruiz sociedad anonima unipersonal', 'ruiz sau'],
    ['ruiz sa de cv', 'ruiz sa de cv'],
    ['ruiz sadecv', 'ruiz sa de cv'],
    ['bright pixel limited', 'bright pixel ltd'],
    // Only at the end, and only a whole word.
    ['sl consulting', 'sl consulting'],
    ['hansl', 'hansl'],
  ])('%s → %s', (folded, expected) => {
    expect(normalLegalForm(folded)).toBe(expected);
  });

  it('keys a name as folded words without punctuation', () => {
    expect(nameKey('  Talleres   Ruiz, S.L. ')).toBe('talleres ruiz sl');
  });
});
