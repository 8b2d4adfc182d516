import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support.js';
import { PIPELINES, contrast, mount, rgb, styleOf, type Mount } from './theming-fixture.js';

// Every place an app can theme Gatehouse from, checked on real markup in real Chromium by reading computed
// styles. Each case is one an earlier stylesheet (defaults declared on .gatehouse, unlayered) got wrong.

const ROOT = '.gatehouse[data-auth-status="configuring"]';
const SIGNED_IN = '[data-part="signed-in"]';
const PARTS = '[data-part="parts"]';
const DIALOG = '[data-part="dialog"]';
const OVERLAY = '.gh-modal__overlay';
const CARD = '.gh-tabs';
const HEADING = '.gh-screen__heading';
const PRIMARY = '.gh-button--primary';

const VIOLET = '#6d28d9';
const TEAL = '#0f766e';

const PALETTE = {
  light: { background: '#ffffff', surface: '#ffffff', text: '#1b1f24', primary: '#0b57d0', overlay: 'rgba(0, 0, 0, 0.45)' },
  dark: { background: '#0d1117', surface: '#161b22', text: '#e6edf3', primary: '#8ab4f8', overlay: 'rgba(0, 0, 0, 0.7)' },
} as const;

type Scheme = keyof typeof PALETTE;

/** The primary button's background, the one value most themes change. */
const primaryOf = (page: Page, root = ROOT) => styleOf(page, `${root} ${PRIMARY}`, 'background-color');

/**
 * Every Gatehouse surface in one scheme: the root around the card, the card, text, the primary button, the
 * signed-in view; and, unless the trigger cannot reach a portal at the end of <body>, the dialog and overlay.
 */
async function expectScheme(page: Page, scheme: Scheme, { modal = true } = {}): Promise<void> {
  const colours = PALETTE[scheme];
  expect.soft(await styleOf(page, ROOT, 'background-color'), 'root background').toBe(rgb(colours.background));
  expect.soft(await styleOf(page, `${ROOT} ${CARD}`, 'background-color'), 'card surface').toBe(rgb(colours.surface));
  expect.soft(await styleOf(page, `${ROOT} ${HEADING}`, 'color'), 'heading text').toBe(rgb(colours.text));
  expect.soft(await primaryOf(page), 'primary button').toBe(rgb(colours.primary));
  expect.soft(await styleOf(page, SIGNED_IN, 'background-color'), 'signed-in root').toBe(rgb(colours.background));
  expect.soft(await styleOf(page, `${SIGNED_IN} p`, 'color'), 'signed-in text').toBe(rgb(colours.text));
  if (modal) {
    expect.soft(await styleOf(page, DIALOG, 'background-color'), 'dialog').toBe(rgb(colours.background));
    expect.soft(await styleOf(page, OVERLAY, 'background-color'), 'overlay').toBe(colours.overlay);
  }
}

for (const pipeline of PIPELINES) {
  const mountAs = (page: Page, options: Mount = {}) => mount(page, { pipeline, ...options });

  test.describe(`theming, ${pipeline}`, () => {
    test.describe('where an app sets the variables', () => {
      // Each documented variable: an app value for it, a part that shows it, what the part shows then, and by
      // default in each scheme.
      const VARIABLES: {
        name: string;
        value: string;
        selector: string;
        property: string;
        expected: string;
        light: string;
        dark: string;
        state?: 'hover' | 'focus';
      }[] = [
        { name: '--gh-font-family', value: 'Georgia, serif', selector: ROOT, property: 'font-family', expected: 'Georgia, serif', light: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", sans-serif', dark: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", sans-serif' },
        { name: '--gh-font-family-mono', value: "'Courier New', monospace", selector: '.gh-input--code', property: 'font-family', expected: '"Courier New", monospace', light: 'ui-monospace, "SF Mono", SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace', dark: 'ui-monospace, "SF Mono", SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace' },
        { name: '--gh-font-size', value: '18px', selector: ROOT, property: 'font-size', expected: '18px', light: '16px', dark: '16px' },
        { name: '--gh-font-size-small', value: '13px', selector: '.gh-field__label', property: 'font-size', expected: '13px', light: '14px', dark: '14px' },
        { name: '--gh-font-size-heading', value: '31px', selector: HEADING, property: 'font-size', expected: '31px', light: '24px', dark: '24px' },
        { name: '--gh-line-height', value: '2', selector: ROOT, property: 'line-height', expected: '36px', light: '24px', dark: '24px' },
        { name: '--gh-color-background', value: '#fdf6e3', selector: ROOT, property: 'background-color', expected: rgb('#fdf6e3'), light: rgb('#ffffff'), dark: rgb('#0d1117') },
        { name: '--gh-color-surface', value: '#eee8d5', selector: CARD, property: 'background-color', expected: rgb('#eee8d5'), light: rgb('#ffffff'), dark: rgb('#161b22') },
        { name: '--gh-color-text', value: '#073642', selector: HEADING, property: 'color', expected: rgb('#073642'), light: rgb('#1b1f24'), dark: rgb('#e6edf3') },
        { name: '--gh-color-text-muted', value: '#586e75', selector: '.gh-tabs__tab[aria-selected="false"]', property: 'color', expected: rgb('#586e75'), light: rgb('#57606a'), dark: rgb('#9da7b3') },
        { name: '--gh-color-border', value: '#657b83', selector: '.gh-input', property: 'border-top-color', expected: rgb('#657b83'), light: rgb('#8c959f'), dark: rgb('#6e7681') },
        { name: '--gh-color-primary', value: VIOLET, selector: PRIMARY, property: 'background-color', expected: rgb(VIOLET), light: rgb('#0b57d0'), dark: rgb('#8ab4f8') },
        { name: '--gh-color-primary-hover', value: '#4c1d95', selector: PRIMARY, property: 'background-color', expected: rgb('#4c1d95'), state: 'hover', light: rgb('#0842a0'), dark: rgb('#aecbfa') },
        { name: '--gh-color-primary-soft', value: '#ede9fe', selector: '.gh-alert--info', property: 'background-color', expected: rgb('#ede9fe'), light: rgb('#e8f0fe'), dark: rgb('#1c2b41') },
        { name: '--gh-color-on-primary', value: '#fffbeb', selector: PRIMARY, property: 'color', expected: rgb('#fffbeb'), light: rgb('#ffffff'), dark: rgb('#0d1117') },
        { name: '--gh-color-focus', value: '#b45309', selector: '.gh-input', property: 'outline-color', expected: rgb('#b45309'), state: 'focus', light: rgb('#0b57d0'), dark: rgb('#8ab4f8') },
        { name: '--gh-color-error', value: '#9f1239', selector: '.gh-alert--error', property: 'border-top-color', expected: rgb('#9f1239'), light: rgb('#b3261e'), dark: rgb('#f2b8b5') },
        { name: '--gh-color-error-background', value: '#ffe4e6', selector: '.gh-alert--error', property: 'background-color', expected: rgb('#ffe4e6'), light: rgb('#fce8e6'), dark: rgb('#3c1f1e') },
        { name: '--gh-color-success', value: '#166534', selector: '.gh-alert--success', property: 'border-top-color', expected: rgb('#166534'), light: rgb('#146c2e'), dark: rgb('#81c995') },
        { name: '--gh-color-success-background', value: '#dcfce7', selector: '.gh-alert--success', property: 'background-color', expected: rgb('#dcfce7'), light: rgb('#e6f4ea'), dark: rgb('#1e3526') },
        { name: '--gh-color-overlay', value: 'rgb(30 0 60 / 0.5)', selector: OVERLAY, property: 'background-color', expected: 'rgba(30, 0, 60, 0.5)', light: 'rgba(0, 0, 0, 0.45)', dark: 'rgba(0, 0, 0, 0.7)' },
        { name: '--gh-space-1', value: '3px', selector: '.gh-button--link', property: 'padding-left', expected: '3px', light: '4px', dark: '4px' },
        { name: '--gh-space-2', value: '7px', selector: PRIMARY, property: 'padding-top', expected: '7px', light: '8px', dark: '8px' },
        { name: '--gh-space-3', value: '11px', selector: '.gh-input', property: 'padding-right', expected: '11px', light: '12px', dark: '12px' },
        { name: '--gh-space-4', value: '13px', selector: PRIMARY, property: 'padding-left', expected: '13px', light: '16px', dark: '16px' },
        { name: '--gh-space-6', value: '17px', selector: '.gh-screen', property: 'padding-left', expected: '17px', light: '24px', dark: '24px' },
        { name: '--gh-space-8', value: '23px', selector: '.gh-screen', property: 'padding-top', expected: '23px', light: '32px', dark: '32px' },
        { name: '--gh-size-touch', value: '50px', selector: PRIMARY, property: 'min-height', expected: '50px', light: '44px', dark: '44px' },
        { name: '--gh-radius', value: '3px', selector: CARD, property: 'border-top-left-radius', expected: '3px', light: '8px', dark: '8px' },
        { name: '--gh-radius-small', value: '1px', selector: '.gh-input', property: 'border-top-left-radius', expected: '1px', light: '4px', dark: '4px' },
        { name: '--gh-shadow', value: '0 0 0 2px #ff0000', selector: CARD, property: 'box-shadow', expected: 'rgb(255, 0, 0) 0px 0px 0px 2px', light: 'rgba(0, 0, 0, 0.12) 0px 1px 3px 0px, rgba(0, 0, 0, 0.08) 0px 8px 24px 0px', dark: 'rgba(0, 0, 0, 0.5) 0px 1px 3px 0px, rgba(0, 0, 0, 0.4) 0px 8px 24px 0px' },
        { name: '--gh-width', value: '480px', selector: CARD, property: 'max-width', expected: '480px', light: '416px', dark: '416px' },
      ];

      /** Each variable's part, as `shown` says. The modal covers the page, and the pointer with it: hover the rest without it. */
      async function expectEveryVariable(page: Page, options: Mount, shown: (variable: (typeof VARIABLES)[number]) => string): Promise<void> {
        await mountAs(page, { ...options, modal: false });
        for (const variable of VARIABLES.filter(({ selector }) => selector !== OVERLAY)) {
          const element = page.locator(variable.selector).first();
          if (variable.state === 'hover') await element.hover();
          if (variable.state === 'focus') await element.focus();
          expect.soft(await styleOf(page, variable.selector, variable.property), variable.name).toBe(shown(variable));
        }
        await mountAs(page, options);
        for (const variable of VARIABLES.filter(({ selector }) => selector === OVERLAY)) {
          expect.soft(await styleOf(page, variable.selector, variable.property), variable.name).toBe(shown(variable));
        }
      }

      test('every documented variable, set on :root, reaches the part that uses it', async ({ page }) => {
        await expectEveryVariable(page, { after: [`:root { ${VARIABLES.map(({ name, value }) => `${name}: ${value};`).join(' ')} }`] }, ({ expected }) => expected);
      });

      for (const scheme of ['light', 'dark'] as const) {
        test(`the documented defaults, ${scheme}`, async ({ page }) => {
          await page.emulateMedia({ colorScheme: scheme });
          await expectEveryVariable(page, {}, (variable) => variable[scheme]);
          // Gatehouse declares none of them: the app's own CSS reading one gets only what the app set.
          expect(await styleOf(page, ROOT, '--gh-color-primary')).toBe('');
        });
      }

      test('on an ancestor, by class', async ({ page }) => {
        await mountAs(page, {
          after: [`.app-shell { --gh-color-primary: ${VIOLET}; --gh-color-surface: #faf5ff; --gh-color-text: #2e1065; }`],
          wrap: (markup) => `<div class="app-shell">${markup}</div>`,
        });
        expect(await primaryOf(page)).toBe(rgb(VIOLET));
        expect(await styleOf(page, CARD, 'background-color')).toBe(rgb('#faf5ff'));
        expect(await styleOf(page, HEADING, 'color')).toBe(rgb('#2e1065'));
        // The modal's portal is outside the wrapper.
        expect(await styleOf(page, `${DIALOG} .gh-alert--info`, 'border-top-color')).toBe(rgb(PALETTE.light.primary));
      });

      test('on a part inside the root, for that part only', async ({ page }) => {
        await mountAs(page, { after: [`.gh-card { --gh-color-primary: ${TEAL}; }`] });
        expect(await primaryOf(page)).toBe(rgb(TEAL));
        expect(await styleOf(page, `${PARTS} .gh-alert--info`, 'border-top-color')).toBe(rgb(PALETTE.light.primary));
      });

      test('on an ancestor, by inline style', async ({ page }) => {
        await mountAs(page, { wrap: (markup) => `<section style="--gh-color-primary: ${VIOLET}; --gh-radius: 0px">${markup}</section>` });
        expect(await primaryOf(page)).toBe(rgb(VIOLET));
        expect(await styleOf(page, CARD, 'border-top-left-radius')).toBe('0px');
      });

      test('on .gatehouse, in app CSS loaded before Gatehouse’s', async ({ page }) => {
        await mountAs(page, { before: [`.gatehouse { --gh-color-primary: ${VIOLET}; --gh-color-background: #f5f3ff; }`] });
        expect(await primaryOf(page)).toBe(rgb(VIOLET));
        expect(await styleOf(page, ROOT, 'background-color')).toBe(rgb('#f5f3ff'));
      });

      test('on a single class given as className, in either order', async ({ page }) => {
        const brand = `.brand { --gh-color-primary: ${VIOLET}; --gh-color-surface: #faf5ff; }`;
        for (const order of ['before', 'after'] as const) {
          await mountAs(page, { className: 'brand', [order]: [brand] });
          await expect(page.locator(ROOT)).toHaveClass('gatehouse brand');
          expect(await primaryOf(page), order).toBe(rgb(VIOLET));
          expect(await styleOf(page, CARD, 'background-color'), order).toBe(rgb('#faf5ff'));
          // The modal's dialog carries the className too.
          expect(await styleOf(page, `${DIALOG} .gh-alert--info`, 'border-top-color'), order).toBe(rgb(VIOLET));
        }
      });

      // Tailwind v4 declares its layers first, then emits @theme variables into `theme` on :root.
      for (const order of ['@layer theme, base, components, utilities;', '@layer theme, base, gatehouse, components, utilities;']) {
        test(`inside any of the app's cascade layers: ${order}`, async ({ page }) => {
          const layered = [
            `@layer theme { :root { --gh-color-primary: ${VIOLET}; } }`,
            `@layer base { .gatehouse { --gh-color-surface: #faf5ff; } }`,
            `@layer components { .brand { --gh-color-text: #2e1065; } }`,
            `@layer utilities { .brand { --gh-radius: 0px; } }`,
          ];
          await mountAs(page, { className: 'brand', before: [order, ...layered] });
          expect(await primaryOf(page)).toBe(rgb(VIOLET));
          expect(await styleOf(page, CARD, 'background-color')).toBe(rgb('#faf5ff'));
          expect(await styleOf(page, HEADING, 'color')).toBe(rgb('#2e1065'));
          expect(await styleOf(page, CARD, 'border-top-left-radius')).toBe('0px');
        });
      }
    });

    test.describe('the gatehouse cascade layer', () => {
      test("an app's unlayered rule on any Gatehouse part wins, loaded before or after Gatehouse's", async ({ page }) => {
        const flat = `.gh-button { border-radius: 0; } .gh-button--primary { background: ${TEAL}; } .gh-input { border-width: 3px; } .gatehouse { background: none; }`;
        for (const order of ['before', 'after'] as const) {
          await mountAs(page, { [order]: [flat] });
          expect(await styleOf(page, PRIMARY, 'border-top-left-radius'), order).toBe('0px');
          expect(await primaryOf(page), order).toBe(rgb(TEAL));
          expect(await styleOf(page, '.gh-input', 'border-top-width'), order).toBe('3px');
          expect(await styleOf(page, ROOT, 'background-color'), order).toBe('rgba(0, 0, 0, 0)');
        }
      });

      test('ordered between Tailwind’s base and components: over preflight, under components and utilities', async ({ page }) => {
        await mountAs(page, {
          before: [
            '@layer theme, base, gatehouse, components, utilities;',
            // Tailwind's preflight resets buttons and inputs in `base`.
            '@layer base { button, input { background-color: transparent; border: 0 solid; border-radius: 0; padding: 0; } }',
            `@layer components { .gh-button--primary { background-color: ${TEAL}; } }`,
            '@layer utilities { .gh-input { border-radius: 9px; } }',
          ],
        });
        expect(await primaryOf(page)).toBe(rgb(TEAL));
        expect(await styleOf(page, '.gh-input', 'border-top-width')).toBe('1px');
        expect(await styleOf(page, '.gh-input', 'background-color')).toBe(rgb(PALETTE.light.background));
        expect(await styleOf(page, '.gh-input', 'border-top-left-radius')).toBe('9px');
        expect(await styleOf(page, PRIMARY, 'padding-left')).toBe('16px');
      });

      test('without that ordering line, the layer lands where the stylesheet first loads', async ({ page }) => {
        const preflight = '@layer base { button { background-color: transparent; } }';
        // Loaded first, `gatehouse` comes before `base`: the reset undoes Gatehouse's buttons.
        await mountAs(page, { after: ['@layer theme, base, components, utilities;', preflight] });
        expect(await primaryOf(page)).toBe('rgba(0, 0, 0, 0)');
        // Loaded after Tailwind's, it comes after `utilities`: a utility given as className loses to Gatehouse.
        await mountAs(page, { className: 'bg-stone-50', before: ['@layer theme, base, components, utilities;', '@layer utilities { .bg-stone-50 { background-color: #fafaf9; } }'] });
        expect(await styleOf(page, ROOT, 'background-color')).toBe(rgb(PALETTE.light.background));
        // In its place, the utility wins.
        await mountAs(page, {
          className: 'bg-stone-50',
          before: ['@layer theme, base, gatehouse, components, utilities;', '@layer utilities { .bg-stone-50 { background-color: #fafaf9; } }'],
        });
        expect(await styleOf(page, ROOT, 'background-color')).toBe(rgb('#fafaf9'));
      });

      test('every rule of the stylesheet is in the gatehouse layer', async ({ page }) => {
        await mountAs(page);
        const outside = await page.evaluate(() => {
          const sheet = [...document.styleSheets].find((candidate) => [...candidate.cssRules].some((rule) => rule.cssText.includes('gh-')));
          return [...(sheet?.cssRules ?? [])].filter((rule) => !(rule instanceof CSSLayerBlockRule && rule.name === 'gatehouse')).map((rule) => rule.cssText.slice(0, 60));
        });
        expect(outside).toEqual([]);
      });
    });

    test.describe('dark mode', () => {
      test('light by default', async ({ page }) => {
        await page.emulateMedia({ colorScheme: 'light' });
        await mountAs(page);
        await expectScheme(page, 'light');
      });

      test('prefers-color-scheme: dark themes the whole root, the signed-in view and the modal', async ({ page }) => {
        await page.emulateMedia({ colorScheme: 'dark' });
        await mountAs(page);
        await expectScheme(page, 'dark');
      });

      test('data-theme="dark" on <html>', async ({ page }) => {
        await page.emulateMedia({ colorScheme: 'light' });
        await mountAs(page, { htmlAttributes: 'data-theme="dark"' });
        await expectScheme(page, 'dark');
      });

      test('data-theme="dark" on an ancestor of the root', async ({ page }) => {
        await page.emulateMedia({ colorScheme: 'light' });
        await mountAs(page, { wrap: (markup) => `<main data-theme="dark">${markup}</main>` });
        await expectScheme(page, 'dark', { modal: false });
        // A wrapper around <Authenticator> cannot reach the modal, which its portal puts at the end of <body>.
        expect(await styleOf(page, DIALOG, 'background-color')).toBe(rgb(PALETTE.light.background));
      });

      test('data-theme="dark" on the root itself', async ({ page }) => {
        await page.emulateMedia({ colorScheme: 'light' });
        await mountAs(page);
        await page.locator('.gatehouse').evaluateAll((roots) => {
          for (const root of roots) root.setAttribute('data-theme', 'dark');
        });
        await expectScheme(page, 'dark');
      });

      test('the .dark class on an ancestor (Tailwind, shadcn)', async ({ page }) => {
        await page.emulateMedia({ colorScheme: 'light' });
        await mountAs(page, { htmlAttributes: 'class="dark"' });
        await expectScheme(page, 'dark');
      });

      test('className="dark" on the root, the modal’s overlay included', async ({ page }) => {
        await page.emulateMedia({ colorScheme: 'light' });
        await mountAs(page, { className: 'dark' });
        await expectScheme(page, 'dark');
      });

      test('data-theme="light" or .light forces light inside a dark system or a dark page', async ({ page }) => {
        await page.emulateMedia({ colorScheme: 'dark' });
        await mountAs(page, { htmlAttributes: 'data-theme="light"' });
        await expectScheme(page, 'light');
        await mountAs(page, { htmlAttributes: 'class="dark"', wrap: (markup) => `<div class="light">${markup}</div>` });
        await expectScheme(page, 'light', { modal: false });
        await mountAs(page, { htmlAttributes: 'class="dark"', className: 'light' });
        await expectScheme(page, 'light');
      });

      test('the nearest ancestor decides, however they nest', async ({ page }) => {
        await page.emulateMedia({ colorScheme: 'light' });
        await mountAs(page, { htmlAttributes: 'class="light"', wrap: (markup) => `<div data-theme="dark"><div class="light"><div class="dark">${markup}</div></div></div>` });
        await expectScheme(page, 'dark', { modal: false });
        await mountAs(page, { htmlAttributes: 'data-theme="dark"', wrap: (markup) => `<div class="light"><div class="dark"><div data-theme="light">${markup}</div></div></div>` });
        await expectScheme(page, 'light', { modal: false });
      });

      test('an app can stop Gatehouse following the system', async ({ page }) => {
        await page.emulateMedia({ colorScheme: 'dark' });
        const lightUnlessDark = ':is(.gatehouse, .gh-modal__overlay) { color-scheme: light; } .dark :is(.gatehouse, .gh-modal__overlay) { color-scheme: dark; }';
        await mountAs(page, { before: [lightUnlessDark] });
        await expectScheme(page, 'light');
        await mountAs(page, { before: [lightUnlessDark], htmlAttributes: 'class="dark"' });
        await expectScheme(page, 'dark');
      });

      test("the app's variables keep winning in dark mode", async ({ page }) => {
        await page.emulateMedia({ colorScheme: 'dark' });
        await mountAs(page, { after: [`:root { --gh-color-primary: ${VIOLET}; }`] });
        expect(await primaryOf(page)).toBe(rgb(VIOLET));
        expect(await styleOf(page, CARD, 'background-color')).toBe(rgb(PALETTE.dark.surface));
        await mountAs(page, { htmlAttributes: 'class="dark"', before: [`.gatehouse { --gh-color-primary: ${VIOLET}; }`] });
        expect(await primaryOf(page)).toBe(rgb(VIOLET));
      });

      test('dark-only values: under the app’s own .dark selector, or as light-dark()', async ({ page }) => {
        await page.emulateMedia({ colorScheme: 'light' });
        const underDark = `:root { --gh-color-primary: ${VIOLET}; } .dark { --gh-color-primary: #c4b5fd; }`;
        await mountAs(page, { after: [underDark] });
        expect(await primaryOf(page)).toBe(rgb(VIOLET));
        await mountAs(page, { after: [underDark], htmlAttributes: 'class="dark"' });
        expect(await primaryOf(page)).toBe(rgb('#c4b5fd'));

        // Declared on the root, light-dark() follows the root's scheme, whatever the trigger; also once a build
        // has compiled it for older browsers, which resolves it where it is declared.
        const both = `.gatehouse { --gh-color-primary: light-dark(${VIOLET}, #c4b5fd); }`;
        await mountAs(page, { after: [both] });
        expect(await primaryOf(page)).toBe(rgb(VIOLET));
        await mountAs(page, { after: [both], wrap: (markup) => `<div data-theme="dark">${markup}</div>` });
        expect(await primaryOf(page)).toBe(rgb('#c4b5fd'));
        await page.emulateMedia({ colorScheme: 'dark' });
        await mountAs(page, { after: [both] });
        expect(await primaryOf(page)).toBe(rgb('#c4b5fd'));
      });
    });
  });
}

test.describe('theming: contrast', () => {
  test('axe finds no violation, colour contrast included, in light and in dark', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await mount(page, { modal: false, wrap: (markup) => `<main><h1>An app</h1>${markup}</main>` });
    // With no data-theme the page follows the system (light here); expectAccessible then checks data-theme="dark" too.
    await expectAccessible(page);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`${scheme}: borders and the focus ring are at least 3:1 against what is behind them`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await mount(page, { modal: false });
      const root = await styleOf(page, ROOT, 'background-color');
      const card = await styleOf(page, CARD, 'background-color');
      const border = await styleOf(page, '.gh-input', 'border-top-color');
      const pairs: Record<string, [string, string]> = {
        'input border on the input': [border, await styleOf(page, '.gh-input', 'background-color')],
        'input border on the card': [border, card],
        'secondary button border on the root': [await styleOf(page, `${SIGNED_IN} .gh-button--secondary`, 'border-top-color'), root],
        'primary button on the card': [await primaryOf(page), card],
      };
      await page.locator('.gh-input').first().focus();
      pairs['focus ring on the card'] = [await styleOf(page, '.gh-input', 'outline-color'), card];
      for (const [name, [foreground, behind]] of Object.entries(pairs)) expect.soft(contrast(foreground, behind), name).toBeGreaterThanOrEqual(3);
    });
  }
});

test.describe('theming: type', () => {
  // Each weight a page uses is one more font face the browser finds and loads before the first paint (on
  // Chromium for Linux, about 30 ms at 4x CPU for the 500 and 650 the sign-in card once had).
  test('the sign-in card, the signed-in view and the parts use two font weights, 400 and 600', async ({ page }) => {
    await mount(page);
    const weights = await page.evaluate(() => [...new Set([...document.querySelectorAll('.gatehouse, .gatehouse *, .gh-modal__overlay')].map((element) => getComputedStyle(element).fontWeight))].sort());
    expect(weights).toEqual(['400', '600']);
  });
});
