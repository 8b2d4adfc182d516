import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { preprocessCSS, resolveConfig, type ResolvedConfig } from 'vite';
import { Alert, OneTimeCodeField } from '../../src/components/index.js';
import { SignedIn } from '../../src/Authenticator/SignedIn.js';
import { Authenticator, AuthenticatorProvider } from '../../src/index.js';
import { createLocalAuthClient } from '../../src/local.js';

/** The stylesheet the package ships as `gatehouse/styles.css`. */
export const STYLESHEET = fileURLToPath(new URL('../../src/theme/styles.css', import.meta.url));

const client = createLocalAuthClient({ passwordHashIterations: 1_000 });

const html = (element: ReactElement): string => renderToStaticMarkup(element);

const classes = (...names: (string | undefined)[]): string => names.filter(Boolean).join(' ');

/**
 * Real Gatehouse markup, server-rendered: the sign-in form (card, tabs, fields, buttons) in its root, then
 * roots with what that form does not show: the signed-in view (as the Authenticator wraps it), alerts and a
 * code field. Server rendering cannot show the modal (Radix portals it on the client), so its two elements are
 * written out as ModalFrame has Radix render them at the end of <body>: the overlay, then beside it (not
 * around it) the dialog, a root of its own with the className and `gh-modal`.
 */
function gatehouseMarkup(className?: string): { inFlow: string; modal: string } {
  const root = classes('gatehouse', className);
  const signIn = html(<Authenticator client={client} {...(className === undefined ? {} : { className })} />);
  const signedIn = html(
    <AuthenticatorProvider client={client}>
      <div className={root} data-auth-status="authenticated" data-part="signed-in">
        <SignedIn user={{ username: 'ana', userId: 'ana' }} signOut={() => undefined} />
      </div>
    </AuthenticatorProvider>,
  );
  const parts = html(
    <div className={root} data-part="parts">
      <Alert variant="error">That code is not right.</Alert>
      <Alert variant="success">Code sent.</Alert>
      <Alert variant="info">Check your inbox.</Alert>
      <OneTimeCodeField label="Code" name="code" />
    </div>,
  );
  const dialog = html(
    <div role="dialog" aria-label="Sign in" className={classes(root, 'gh-modal')} data-part="dialog">
      <Alert variant="info">In a dialog.</Alert>
    </div>,
  );
  return { inFlow: `${signIn}${signedIn}${parts}`, modal: `<div class="gh-modal__overlay"></div>${dialog}` };
}

/**
 * How the CSS reaches the browser: as written, or as an app's Vite build serves it. For its default targets
 * Vite (like Next.js) compiles light-dark() with Lightning CSS into variables keyed on color-scheme
 * declarations; the stylesheet must still work after that, and so must the app's CSS compiled the same way.
 */
export type Pipeline = 'as shipped' | 'built by Vite';

export const PIPELINES: readonly Pipeline[] = ['as shipped', 'built by Vite'];

let viteConfig: Promise<ResolvedConfig> | undefined;

async function compile(css: string, filename: string, pipeline: Pipeline): Promise<string> {
  if (pipeline === 'as shipped') return css;
  viteConfig ??= resolveConfig({ configFile: false, logLevel: 'silent', css: { transformer: 'lightningcss' } }, 'build');
  return (await preprocessCSS(css, filename, await viteConfig)).code;
}

export interface Mount {
  pipeline?: Pipeline;
  /** The app's CSS loaded before Gatehouse's stylesheet, in order. */
  before?: string[];
  /** The app's CSS loaded after it. */
  after?: string[];
  /** `className` on every Gatehouse root. */
  className?: string;
  /** Attributes of <html>, e.g. `class="dark"`. */
  htmlAttributes?: string;
  /** Wraps the markup, e.g. in an ancestor that sets variables; the modal stays outside, at the end of <body>, where its portal puts it. */
  wrap?: (markup: string) => string;
  /** The modal's overlay and dialog cover the page; leave them out to check the rest with axe. */
  modal?: boolean;
}

/** A page with Gatehouse's markup and stylesheet, and the app's CSS around it in the order given. */
export async function mount(
  page: Page,
  { pipeline = 'as shipped', before = [], after = [], className, htmlAttributes = '', wrap = (m) => m, modal = true }: Mount = {},
): Promise<void> {
  const markup = gatehouseMarkup(className);
  const body = `${wrap(markup.inFlow)}${modal ? markup.modal : ''}`;
  await page.setContent(`<!doctype html><html lang="en" ${htmlAttributes}><head><title>Theming</title></head><body>${body}</body></html>`);
  const app = (css: string) => compile(css, '/app.css', pipeline);
  for (const css of before) await page.addStyleTag({ content: await app(css) });
  await page.addStyleTag({ content: await compile(await readFile(STYLESHEET, 'utf8'), STYLESHEET, pipeline) });
  for (const css of after) await page.addStyleTag({ content: await app(css) });
  await settle(page);
}

/** Colours move with CSS transitions (the styles arrive after the markup): read them once they have arrived. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const transitions = document.getAnimations().filter((animation) => animation instanceof CSSTransition);
    await Promise.all(transitions.map((transition) => transition.finished.catch(() => undefined)));
  });
}

/** The computed value of a CSS property on the first element matching `selector`. */
export async function styleOf(page: Page, selector: string, property: string): Promise<string> {
  await settle(page);
  return page.locator(selector).first().evaluate((element, name) => getComputedStyle(element).getPropertyValue(name), property);
}

/** `#rrggbb` as Chromium serialises a computed colour. */
export function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((index) => parseInt(hex.slice(index, index + 2), 16));
  return `rgb(${String(r)}, ${String(g)}, ${String(b)})`;
}

/** WCAG 2 contrast ratio of two computed `rgb(…)` colours. */
export function contrast(a: string, b: string): number {
  const luminance = (color: string): number => {
    const channels = (color.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
    const [r = 0, g = 0, bl = 0] = channels.map((c) => {
      const s = c / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
