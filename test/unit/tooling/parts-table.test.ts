import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('### Parts: class names and state attributes'), readme.indexOf("### Overriding Gatehouse's rules"));
const styles = readFileSync(join(root, 'src/theme/styles.css'), 'utf8');
const sources = (readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' }))
  .filter((file) => /\.tsx?$/.test(file))
  .map((file) => readFileSync(join(root, 'src', file), 'utf8'))
  .join('\n');

const classes = [...new Set([...section.matchAll(/`\.(gh-[a-z0-9_-]+)/g)].map((match) => match[1] ?? ''))];
const attributes = [...new Set([...section.matchAll(/`(data-[a-z-]+)`/g)].map((match) => match[1] ?? ''))];

/** A class the markup sets: literally, or as `base--${variant}` where the base is literal. */
function setByMarkup(name: string): boolean {
  if (sources.includes(`'${name}'`) || sources.includes(`"${name}"`) || new RegExp(`["'\` ]${name}[ "'\`]`).test(sources)) return true;
  const base = name.split('--')[0] ?? name;
  return name.includes('--') && sources.includes(`\`${base}--\${`);
}

describe("the README's table of parts", () => {
  it('lists the parts', () => {
    expect(classes.length).toBeGreaterThan(30);
    expect(attributes).toEqual(expect.arrayContaining(['data-route', 'data-pending', 'data-invalid']));
  });

  it.each(classes)('.%s is set by the markup', (name) => {
    expect(setByMarkup(name), `${name} is not in src/`).toBe(true);
  });

  it('names every part the stylesheet styles at the top level of a screen', () => {
    for (const part of ['gh-card', 'gh-screen', 'gh-field', 'gh-input', 'gh-button', 'gh-alert', 'gh-tabs']) {
      expect(styles.includes(`.${part}`)).toBe(true);
      expect(classes).toContain(part);
    }
  });

  it.each(attributes)('%s is set by the markup', (name) => {
    expect(sources.includes(`'${name}'`) || sources.includes(`${name}=`), `${name} is not in src/`).toBe(true);
  });
});
