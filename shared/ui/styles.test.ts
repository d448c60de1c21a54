import { describe, expect, it } from 'vitest';
import { COBRO_UI_CSS, DARK_PALETTE, LIGHT_PALETTE, type Palette } from './styles';

interface StyleRule {
  /** The @-rules it sits in, outermost first ('' at top level). */
  atRule: string;
  selectors: string[];
  declarations: string;
}

/** A small reader for this stylesheet's shape: style rules, possibly inside @media blocks. */
function styleRules(css: string): StyleRule[] {
  const rules: StyleRule[] = [];
  const groups: string[] = [];
  let text = '';
  let open: StyleRule | null = null;
  for (const char of css.replace(/\/\*[\s\S]*?\*\//g, '')) {
    if (char === '{') {
      const head = text.trim();
      if (head.startsWith('@')) groups.push(head);
      else open = { atRule: groups.join(' '), selectors: head.split(',').map((s) => s.trim()), declarations: '' };
      text = '';
    } else if (char === '}') {
      if (open) {
        open.declarations = text.trim();
        rules.push(open);
        open = null;
      } else {
        groups.pop();
      }
      text = '';
    } else {
      text += char;
    }
  }
  return rules;
}

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('contrast', () => {
  it.each([
    [1.0, '#777777', '#777777'],
    [21.0, '#000000', '#ffffff'],
    [4.48, '#777777', '#ffffff'],
  ])('the formula gives %f for %s on %s', (ratio, a, b) => {
    expect(contrast(a, b)).toBeCloseTo(ratio, 1);
  });
});

function textPairs(p: Palette): [string, string, string][] {
  return [
    ['text on surface', p.text, p.surface],
    ['text on surface-2', p.text, p.surface2],
    ['text on hover', p.text, p.hover],
    ['text on selected', p.text, p.selected],
    ['muted on surface', p.muted, p.surface],
    ['muted on surface-2', p.muted, p.surface2],
    ['error on surface', p.error, p.surface],
    ['error on surface-2', p.error, p.surface2],
    ['ok on surface', p.ok, p.surface],
    ['on-accent on accent', p.onAccent, p.accent],
    ['notice', p.noticeText, p.noticeBg],
    ...p.severity.map((level, index): [string, string, string] => [`severity ${index}`, level.text, level.bg]),
  ];
}

function interfacePairs(p: Palette): [string, string, string][] {
  return [
    ['focus ring on surface', p.focus, p.surface],
    ['focus ring on surface-2', p.focus, p.surface2],
    ['control border on surface', p.borderStrong, p.surface],
    ...p.severity.map((level, index): [string, string, string] => [`severity ${index} mark on its chip`, level.mark, level.bg]),
  ];
}

describe.each([
  ['light', LIGHT_PALETTE],
  ['dark', DARK_PALETTE],
])('the %s palette', (_, palette) => {
  it.each(textPairs(palette))('%s reaches WCAG AA for text (4.5:1)', (_, fore, back) => {
    expect(contrast(fore, back)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(interfacePairs(palette))('%s reaches 3:1 for interface parts', (_, fore, back) => {
    expect(contrast(fore, back)).toBeGreaterThanOrEqual(3);
  });

  it('is what the stylesheet uses', () => {
    expect(COBRO_UI_CSS).toContain(`--cobro-text: ${palette.text};`);
    expect(COBRO_UI_CSS).toContain(`--cobro-sev4-bg: ${palette.severity[4]!.bg};`);
  });
});

describe('COBRO_UI_CSS', () => {
  const rules = styleRules(COBRO_UI_CSS);

  it('has rules, each selector scoped under the .cobro root', () => {
    expect(rules.length).toBeGreaterThan(50);
    const unscoped = rules.flatMap((rule) => rule.selectors).filter((selector) => !/^\.cobro(?![\w-])/.test(selector));
    expect(unscoped).toEqual([]);
  });

  it.each([
    ['dark colours', '@media (prefers-color-scheme: dark)'],
    ['no motion', '@media (prefers-reduced-motion: reduce)'],
    ['Windows high contrast', '@media (forced-colors: active)'],
  ])('adapts to %s', (_, atRule) => {
    expect(rules.some((rule) => rule.atRule === atRule)).toBe(true);
  });

  it('shows a focus ring on every focusable control', () => {
    expect(rules.some((rule) => rule.selectors.includes('.cobro :focus-visible'))).toBe(true);
    expect(COBRO_UI_CSS).toMatch(/\.cobro :focus-visible \{ outline: 2px solid var\(--cobro-focus\)/);
  });

  it('animates only for people who have not asked for less motion', () => {
    const moving = rules.filter((rule) => /(^|;)\s*(transition|animation):(?!\s*none)/.test(rule.declarations));
    expect(moving.length).toBeGreaterThan(0);
    expect(new Set(moving.map((rule) => rule.atRule))).toEqual(new Set(['@media (prefers-reduced-motion: no-preference)']));
  });

  it('styles every severity the chip can show', () => {
    for (const level of [0, 1, 2, 3, 4]) expect(COBRO_UI_CSS).toContain(`[data-severity="${level}"]`);
  });
});

describe.each([
  ['light', LIGHT_PALETTE],
  ['dark', DARK_PALETTE],
] as const)('the aging colours (%s)', (_scheme, palette) => {
  const [current, ...late] = palette.aging;

  it.each(palette.aging.map((colour, index) => [index, colour] as const))('bucket %i (%s) stands out from the card, 3:1 or more', (_index, colour) => {
    expect(contrast(colour, palette.surface)).toBeGreaterThanOrEqual(3);
  });

  it('late buckets step in lightness, so they stay apart without telling red from green', () => {
    const steps = late.slice(1).map((colour, index) => contrast(colour, late[index]!));
    for (const step of steps) expect(step).toBeGreaterThanOrEqual(1.35);
    // One direction all the way (darker and darker on white, dimmer and dimmer on the dark card): a sequence.
    const lightness = late.map((colour) => contrast(colour, '#000000'));
    const ordered = [...lightness].sort((a, b) => a - b);
    expect([ordered, [...ordered].reverse()]).toContainEqual(lightness);
  });

  it('"current" is a hue of its own: blue against the late buckets\' amber to red', () => {
    const channels = (hex: string) => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
    const [r, , b] = channels(current);
    expect(b).toBeGreaterThan(r!);
    for (const colour of late) {
      const [lr, , lb] = channels(colour);
      expect(lr).toBeGreaterThan(lb!);
    }
  });
});
