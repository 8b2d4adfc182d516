// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Authenticator } from '../../../src/index.js';
import { createLocalAuthClient } from '../../../src/local.js';

describe('server rendering', () => {
  it('renders the sign-in screen with react-dom/server, where no browser global exists', () => {
    // The environment itself is the check: any unguarded window/document/navigator/storage access throws here.
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    expect(typeof localStorage).toBe('undefined');

    const client = createLocalAuthClient({ passwordHashIterations: 1_000 });
    const html = renderToString(
      <Authenticator client={client}>
        <p>The app</p>
      </Authenticator>,
    );

    expect(html).toMatch(/<h2[^>]*>Sign in<\/h2>/);
    expect(html).toMatch(/<label[^>]*>Email/);
    expect(html).toMatch(/<label[^>]*>Password/);
    expect(html).toMatch(/<input[^>]*autoComplete="username"|<input[^>]*autocomplete="username"/);
    expect(html).toMatch(/<input[^>]*type="password"/);
    expect(html).toMatch(/<button[^>]*type="submit"[^>]*>.*?Sign in.*?<\/button>/);
    expect(html).toMatch(/role="tab"[^>]*>Create account</);
    expect(html).not.toContain('The app');
  });
});
