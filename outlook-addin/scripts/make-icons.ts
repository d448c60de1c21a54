// Redraws the add-in's icons into outlook-addin/public/assets/ (committed; rerun after changing
// build/icon.ts): node --import tsx outlook-addin/scripts/make-icons.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { drawIcon, ICON_SIZES } from '../build/icon';
import { encodePng } from '../build/png';

const out = resolve(import.meta.dirname, '../public/assets');
mkdirSync(out, { recursive: true });
for (const size of ICON_SIZES) {
  const file = join(out, `icon-${size}.png`);
  writeFileSync(file, encodePng(size, size, drawIcon(size)));
  console.log(`wrote ${file}`);
}
