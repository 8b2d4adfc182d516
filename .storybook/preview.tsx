import type { Decorator, Preview } from '@storybook/react-vite';
import '../src/theme/styles.css';

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
  },
  initialGlobals: { theme: 'light' },
  parameters: {
    layout: 'fullscreen',
    // Any axe violation fails the story's test.
    a11y: { test: 'error' },
  },
};

export default preview;
