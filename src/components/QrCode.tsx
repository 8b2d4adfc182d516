import { useEffect, useState } from 'react';
import { classNames } from './classNames.js';

export interface QrCodeProps {
  /** What the code encodes. */
  value: string;
  /** The accessible name of the image. */
  label: string;
  className?: string | undefined;
}

/**
 * A QR code as inline SVG, with the standard's quiet zone of 4 modules so that any scanner finds it. The `qrcode` library is fetched only when a QR code is first shown, so it
 * stays out of every other screen's bundle.
 */
export function QrCode({ value, label, className }: QrCodeProps) {
  const [svg, setSvg] = useState<{ value: string; markup: string | undefined }>();
  useEffect(() => {
    let current = true;
    void import('qrcode')
      .then((qrcode) => qrcode.toString(value, { type: 'svg', margin: 4, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } }))
      .then(
        (markup) => {
          if (current) setSvg({ value, markup });
        },
        // The chunk did not load (offline, say): no image, no endless busy state; the key below still works.
        () => {
          if (current) setSvg({ value, markup: undefined });
        },
      );
    return () => {
      current = false;
    };
  }, [value]);
  const ready = svg?.value === value;
  return (
    <div
      role="img"
      aria-label={label}
      aria-busy={!ready}
      className={classNames('gh-qr', className)}
      // The markup is the qrcode library's own SVG of squares, never user input.
      dangerouslySetInnerHTML={ready && svg.markup !== undefined ? { __html: svg.markup } : undefined}
    />
  );
}
