// The Cobro mark drawn at any size: a white open ring (a "C", a coin seen edge-on) on a rounded
// green square. Anti-aliased by sampling each pixel on a grid.

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

const GREEN = [14, 124, 102] as const; // #0E7C66
const WHITE = [255, 255, 255] as const;
const SAMPLES = 4;

function insideRoundedSquare(x: number, y: number): boolean {
  const radius = 0.22;
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function insideRing(x: number, y: number): boolean {
  const dx = x - 0.5;
  const dy = y - 0.5;
  const distance = Math.hypot(dx, dy);
  if (distance < 0.2 || distance > 0.34) return false;
  // The opening faces right, 80° wide.
  return Math.abs(Math.atan2(dy, dx)) > (40 * Math.PI) / 180;
}

/** RGBA pixels, row by row. */
export function drawIcon(size: number): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let square = 0;
      let ring = 0;
      for (let sy = 0; sy < SAMPLES; sy += 1) {
        for (let sx = 0; sx < SAMPLES; sx += 1) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          if (insideRoundedSquare(x, y)) {
            square += 1;
            if (insideRing(x, y)) ring += 1;
          }
        }
      }
      const total = SAMPLES * SAMPLES;
      const at = (py * size + px) * 4;
      const white = square === 0 ? 0 : ring / square;
      for (let c = 0; c < 3; c += 1) pixels[at + c] = Math.round(GREEN[c]! * (1 - white) + WHITE[c]! * white);
      pixels[at + 3] = Math.round((255 * square) / total);
    }
  }
  return pixels;
}
