import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { decodeQrSvg, moduleMatrix } from '../../support/qr-decode.js';

/** qrcode's SVG, as the QrCode component asks for it, parsed into an element. */
async function svgOf(text: string, margin = 2): Promise<SVGSVGElement> {
  const markup = await QRCode.toString(text, { type: 'svg', margin, errorCorrectionLevel: 'M' });
  const svg = new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;
  if (!(svg instanceof SVGSVGElement)) throw new Error('qrcode drew no <svg>.');
  return svg;
}

describe('the SVG QR decoder the setupTotp tests rely on', () => {
  it('reads back what qrcode drew, at any margin', async () => {
    const uri = 'otpauth://totp/Gatehouse%20Test:ada%40example.com?secret=JBSWY3DPEHPK3PXP&issuer=Gatehouse%20Test';
    expect(decodeQrSvg(await svgOf(uri))).toBe(uri);
    expect(decodeQrSvg(await svgOf('hello', 4))).toBe('hello');
  });

  it('finds the finder pattern where QR codes have it: a 7×7 dark ring in the corner, inside the margin', async () => {
    const grid = moduleMatrix(await svgOf('hello'));
    const corner = grid.slice(2, 9).map((row) => row.slice(2, 9).map((dark) => (dark ? '#' : '.')).join(''));
    expect(corner).toEqual(['#######', '#.....#', '#.###.#', '#.###.#', '#.###.#', '#.....#', '#######']);
    expect(grid[0]?.some(Boolean)).toBe(false);
  });

  it('fails on a code whose modules were damaged beyond repair', async () => {
    const svg = await svgOf('hello');
    // Drop the dark runs of the top-left finder pattern: no decoder can locate the code without it.
    const path = svg.querySelector('path[stroke]');
    path?.setAttribute('d', (path.getAttribute('d') ?? '').replace(/^M2 2\.5h7/, 'M9 2.5h0'));
    expect(() => decodeQrSvg(svg)).toThrow();
  });
});
