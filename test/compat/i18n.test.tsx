import { render, screen } from '@testing-library/react';
import { I18n } from 'aws-amplify/utils';
import { expect, it } from 'vitest';
import type { ComponentType } from 'react';
import Example from './examples/i18n/App';

// Next.js renders the page with no props; the type inferred from the example's untyped component asks for two.
const App = Example as ComponentType;

// Amplify UI's i18n example on the local pool. Its vocabulary is set on Amplify's I18n, which only the Amplify
// adapter reads (i18n.amplify.test.tsx runs the feature file there): the local pool knows nothing of Amplify, so
// the screens keep Gatehouse's built-in texts in the page's language. On the local pool the replacement is the
// `language` and `dictionary` props (`dictionary={{ ja: { 'Sign In': 'Sign In Custom' } }}`), a change to the app.

it('opens on sign-up (withAuthenticator’s initialState), with Amplify’s I18n set to ja but not read by the local pool', async () => {
  render(<App />);
  expect(I18n.get('Sign In')).toBe('Sign In Custom');
  expect(await screen.findByRole('heading', { level: 2, name: 'Create an account' })).toBeDefined();
  expect(screen.getByLabelText(/^Username/)).toBeDefined();
  expect(screen.getByRole('tab', { name: 'Sign in' })).toBeDefined();
  expect(screen.queryByRole('tab', { name: 'Sign In Custom' })).toBeNull();
});
