// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { markTheme, pageTheme, parseColor, themeFromColours } from './page-theme';

describe('parseColor', () => {
  it.each<[string, ReturnType<typeof parseColor>]>([
    ['rgb(31, 31, 31)', [31, 31, 31, 1]],
    ['rgba(0, 0, 0, 0)', [0, 0, 0, 0]],
    ['rgba(255, 255, 255, 0.5)', [255, 255, 255, 0.5]],
    ['rgb(32 33 36 / 80%)', [32, 33, 36, 0.8]],
    ['#fff', [255, 255, 255, 1]],
    ['#1F1F1F', [31, 31, 31, 1]],
    ['#00000080', [0, 0, 0, 128 / 255]],
    ['transparent', [0, 0, 0, 0]],
    ['white', [255, 255, 255, 1]],
    ['color(srgb 0.1 0.1 0.1)', null],
    ['', null],
  ])('%j', (css, expected) => {
    expect(parseColor(css)).toEqual(expected);
  });
});

describe('themeFromColours', () => {
  it.each<[string, string[], string | null, string | null]>([
    ['Gmail Default: white page', ['rgba(0, 0, 0, 0)', 'rgb(255, 255, 255)'], 'rgb(31, 31, 31)', 'light'],
    ['Gmail Dark: near-black page', ['rgba(0, 0, 0, 0)', 'rgb(31, 31, 31)'], 'rgb(227, 227, 227)', 'dark'],
    ['the nearest opaque background wins', ['rgb(255, 255, 255)', 'rgb(0, 0, 0)'], null, 'light'],
    ['a see-through layer is looked through', ['rgba(255, 255, 255, 0.1)', 'rgb(32, 33, 36)'], null, 'dark'],
    ['a photo theme (no opaque background): light text means dark', ['rgba(0, 0, 0, 0.3)', 'rgba(0, 0, 0, 0)'], 'rgb(255, 255, 255)', 'dark'],
    ['a photo theme with dark text', ['rgba(0, 0, 0, 0)'], 'rgb(32, 33, 36)', 'light'],
    ['mid grey background is light', ['rgb(128, 128, 128)'], null, 'light'],
    ['nothing readable: no opinion', ['rgba(0, 0, 0, 0)'], null, null],
    ['unparsable colours: no opinion', ['color(srgb 0 0 0)'], 'color(srgb 1 1 1)', null],
  ])('%s', (_label, backgrounds, text, expected) => {
    expect(themeFromColours(backgrounds, text)).toBe(expected);
  });
});

describe('pageTheme', () => {
  afterEach(() => {
    document.body.removeAttribute('style');
    document.body.innerHTML = '';
  });

  it.each<[string, string, string | null]>([
    ['background-color: #1f1f1f; color: #e3e3e3', 'dark', 'dark'],
    ['background-color: #ffffff; color: #1f1f1f', 'light', 'light'],
  ])('reads the page behind the element (%s)', (style, expected, attribute) => {
    document.body.setAttribute('style', style);
    document.body.innerHTML = '<div role="main"><h3><span class="go">&lt;a@x.example&gt;</span></h3></div>';
    const theme = pageTheme(document.querySelector('.go') as Element);
    expect(theme).toBe(expected);
    const host = document.createElement('cobro-chip');
    markTheme(host, theme);
    expect(host.getAttribute('data-cobro-theme')).toBe(attribute);
    markTheme(host, null);
    expect(host.hasAttribute('data-cobro-theme')).toBe(false);
  });
});
