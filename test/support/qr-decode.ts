import jsQR from 'jsqr';

/** Pixels per QR module in the image handed to the decoder: enough for jsQR's finder-pattern search. */
const SCALE = 8;

/**
 * Reads the module grid out of the SVG the `qrcode` package draws, without a browser to render it.
 *
 * qrcode's SVG is `viewBox="0 0 N N"` (N = modules plus the margin on both sides), a background path with
 * a `fill`, and one dark path with a `stroke` whose `d` draws every run of dark modules as a line one
 * module thick through the middle of its row:
 * - `M x y.5` starts a row's first run at column x of row y (absolute);
 * - `m dx 0` skips dx light modules on the same row (relative);
 * - `h n` draws n dark modules to the right and leaves the pen at their end.
 * Replaying those three commands marks exactly the dark modules. Any other command means the format has
 * changed, so it throws rather than guess.
 */
export function moduleMatrix(svg: SVGSVGElement): boolean[][] {
  const [, , width = NaN, height = NaN] = (svg.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
  if (!Number.isInteger(width) || width !== height) throw new Error(`Unexpected viewBox "${String(svg.getAttribute('viewBox'))}".`);
  const dark = svg.querySelector('path[stroke]')?.getAttribute('d');
  if (dark == null) throw new Error('The SVG has no dark (stroked) path.');
  const grid = Array.from({ length: width }, () => Array.from({ length: width }, () => false));
  let x = 0;
  let y = 0;
  for (const [, command = '', args = ''] of dark.matchAll(/([A-Za-z])([^A-Za-z]*)/g)) {
    const numbers = args.trim().split(/[\s,]+/).filter(Boolean).map(Number);
    const [a = NaN, b = 0] = numbers;
    switch (command) {
      case 'M':
        [x, y] = [a, b];
        break;
      case 'm':
        [x, y] = [x + a, y + b];
        break;
      case 'h': {
        const row = grid[Math.floor(y)];
        if (!row) throw new Error(`A run on row ${y} lies outside the ${width}-module grid.`);
        for (let column = x; column < x + a; column++) row[column] = true;
        x += a;
        break;
      }
      default:
        throw new Error(`Unexpected path command "${command}" in the QR code's SVG.`);
    }
  }
  return grid;
}

/** The module grid as a grayscale RGBA image (dark modules black, the rest white), SCALE pixels a module. */
function toImage(grid: readonly (readonly boolean[])[]): { data: Uint8ClampedArray; size: number } {
  const size = grid.length * SCALE;
  const data = new Uint8ClampedArray(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const value = grid[Math.floor(py / SCALE)]?.[Math.floor(px / SCALE)] ? 0 : 255;
      data.set([value, value, value, 255], (py * size + px) * 4);
    }
  }
  return { data, size };
}

/** What the QR code in `svg` says, read by jsQR (an independent decoder); throws when it cannot be read. */
export function decodeQrSvg(svg: SVGSVGElement): string {
  const { data, size } = toImage(moduleMatrix(svg));
  const result = jsQR(data, size, size, { inversionAttempts: 'dontInvert' });
  if (!result) throw new Error('jsQR found no readable QR code in the SVG.');
  return result.data;
}
