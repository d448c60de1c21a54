import { describe, expect, it } from 'vitest';
import { languageName, placeOfTimeZone } from './places';

describe('placeOfTimeZone', () => {
  it.each([
    ['America/Mexico_City', 'es', 'Ciudad de México'],
    ['America/Mexico_City', 'en', 'Mexico City'],
    ['Europe/Madrid', 'es-ES', 'Madrid'],
    ['Europe/London', 'es', 'Londres'],
    ['Europe/London', 'en-GB', 'London'],
    ['America/Argentina/Buenos_Aires', 'en', 'Buenos Aires'],
    ['Atlantic/Canary', 'es', 'Canarias'],
    ['America/Port_of_Spain', 'es', 'Port of Spain'],
  ])('%s in %s is %s', (zone, ui, place) => {
    expect(placeOfTimeZone(zone, ui)).toBe(place);
  });
});

describe('languageName', () => {
  it.each([
    ['es-MX', 'es', 'español (México)'],
    ['es-ES', 'en', 'Spanish (Spain)'],
    ['en-GB', 'es', 'inglés (Reino Unido)'],
    ['not a tag', 'en', 'not a tag'],
  ])('%s in %s is %s', (locale, ui, name) => {
    expect(languageName(locale, ui)).toBe(name);
  });
});
