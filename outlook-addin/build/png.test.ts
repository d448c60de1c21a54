import fc from 'fast-check';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { drawIcon, ICON_SIZES } from './icon';
import { crc32, encodePng, PngSizeError } from './png';

/** Splits a PNG into its chunks, checking each CRC. */
function chunks(png: Uint8Array): Array<{ type: string; data: Uint8Array }> {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const out: Array<{ type: string; data: Uint8Array }> = [];
  for (let offset = 8; offset < png.length; ) {
    const length = view.getUint32(offset);
    const body = png.subarray(offset + 4, offset + 8 + length);
    expect(view.getUint32(offset + 8 + length)).toBe(crc32(body));
    out.push({ type: new TextDecoder().decode(body.subarray(0, 4)), data: body.subarray(4) });
    offset += 12 + length;
  }
  return out;
}

function decode(png: Uint8Array) {
  const parts = chunks(png);
  const header = new DataView(parts[0]!.data.buffer, parts[0]!.data.byteOffset);
  const width = header.getUint32(0);
  const height = header.getUint32(4);
  const raw = inflateSync(parts.find((p) => p.type === 'IDAT')!.data);
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y += 1) rgba.set(raw.subarray(y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1)), y * width * 4);
  return { types: parts.map((p) => p.type), width, height, rgba };
}

describe('the PNG writer', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
  });

  it('writes pixels that read back unchanged', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }), (width, height) => {
        const rgba = Uint8Array.from({ length: width * height * 4 }, (_, i) => (i * 37) % 256);
        const decoded = decode(encodePng(width, height, rgba));
        expect(decoded).toEqual({ types: ['IHDR', 'IDAT', 'IEND'], width, height, rgba });
      }),
    );
  });

  it.each([
    [0, 1, 0],
    [2, 2, 15],
  ])('refuses %i×%i with %i bytes', (width, height, bytes) => {
    expect(() => encodePng(width, height, new Uint8Array(bytes))).toThrow(PngSizeError);
  });
});

describe('the icon', () => {
  it.each(ICON_SIZES.map((size) => [size]))('at %i px is opaque green in the middle of the left edge and clear in the corner', (size) => {
    const rgba = drawIcon(size);
    const pixel = (x: number, y: number) => [...rgba.subarray((y * size + x) * 4, (y * size + x) * 4 + 4)];
    expect(pixel(0, 0)[3]).toBeLessThan(128);
    expect(pixel(1, Math.floor(size / 2))).toEqual([14, 124, 102, 255]);
    // The ring's left side is white; its opening on the right shows green.
    const ringLeft = Math.floor(size * 0.23);
    expect(pixel(ringLeft, Math.floor(size / 2))[0]).toBeGreaterThan(200);
    expect(pixel(Math.floor(size * 0.77), Math.floor(size / 2))).toEqual([14, 124, 102, 255]);
  });
});
