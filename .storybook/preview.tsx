import type { Decorator, Preview } from '@storybook/react-vite';
import { LANGUAGES, directionOf } from '../src/index.ts';
import '../src/theme/styles.css';

/** Each built-in language by its own name ("العربية", "Deutsch"…), the way a language menu lists them. */
const LANGUAGE_ITEMS = LANGUAGES.map((tag) => ({
  value: tag,
  title: new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag,
  right: directionOf(tag) === 'rtl' ? 'RTL' : tag,
}));

type Theme = 'light' | 'dark';

/** The page behind the Authenticator, per theme: the dark theme's text is light, so the page must be dark too. */
const PAGE_BACKGROUND: Record<Theme, string> = { light: '#f6f8fa', dark: '#0d1117' };

/**
 * Sets `data-theme` on a wrapper, as an app does on an ancestor of `.gatehouse`. Explicit `light` by
 * default, so that a machine that prefers dark still renders (and a11y-checks) the light theme.
 */
const withTheme: Decorator = (Story, { globals }) => {
  const theme: Theme = globals.theme === 'dark' ? 'dark' : 'light';
  return (
    <div data-theme={theme} style={{ background: PAGE_BACKGROUND[theme], minBlockSize: '100vh', padding: '2rem 1rem', boxSizing: 'border-box' }}>
      <Story />
    </div>
  );
};

const preview: Preview = {
  decorators: [withTheme],
  globalTypes: {
    theme: {
      description: 'Gatehouse theme',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
    language: {
      description: "The Authenticator's language (a story's own `language` wins)",
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [{ value: '', title: "The browser's language" }, ...LANGUAGE_ITEMS],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', language: '' },
  // A docs page per component (its props table, every story), from the stories' own comments.
  tags: ['autodocs'],
  parameters: {
    layout: 'fullscreen',
    // Storybook opens on the first story: the sign-in screen, where every user starts.
    options: { storySort: { order: ['Screens', ['Sign in', '*'], '*'] } },
    // Any axe violation fails the story's test.
    a11y: { test: 'error' },
  },
};

export default preview;
