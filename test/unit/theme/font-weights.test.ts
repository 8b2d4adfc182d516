import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const styles = readFileSync(new URL('../../../src/theme/styles.css', import.meta.url), 'utf8');
const values = (property: string) => [...styles.matchAll(new RegExp(`(?<![\\w-])${property}:\\s*([^;]+);`, 'g'))].map((match) => match[1]?.trim());

describe('the stylesheet', () => {
  // Parts the e2e theming test does not show (the account center, the modal's content) are covered here.
  it('declares only the two font weights, 400 and 600', () => {
    expect(values('font-weight').length).toBeGreaterThan(3);
    expect(new Set(values('font-weight'))).toEqual(new Set(['400', '600']));
    // The `font` shorthand sets a weight too: each use here inherits it.
    expect(new Set(values('font'))).toEqual(new Set(['inherit']));
  });
});
