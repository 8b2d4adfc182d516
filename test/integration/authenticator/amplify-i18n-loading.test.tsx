import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18n } from 'aws-amplify/utils';
import { Profiler } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { withAmplifyVocabulary } from '../../support/amplify-vocabulary.js';
import { renderAuthenticator } from '../../support/authenticator.js';
import { findHeading, input } from '../../support/screens.js';

const loaded = vi.hoisted(() => ({ table: 0 }));
vi.mock('../../../src/i18n/amplify-vocabulary.js', async (importOriginal) => {
  loaded.table += 1;
  return importOriginal();
});

const settle = () =>
  act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 100));
  });

/** The sign-in screen on the Amplify adapter's vocabulary; the React commits it makes, from the first on. */
async function renderCountingCommits(): Promise<string[]> {
  const commits: string[] = [];
  await renderAuthenticator({
    clientFor: withAmplifyVocabulary,
    wrap: (node) => (
      <Profiler id="authenticator" onRender={(_id, phase) => commits.push(phase)}>
        {node}
      </Profiler>
    ),
    ready: () => findHeading('Sign in'),
  });
  return commits;
}

let language = 0;
/** A language of its own per test: Amplify's I18n keeps every vocabulary put for the whole file. */
function freshLanguage(vocabulary: Record<string, string>): void {
  language += 1;
  const code = `x${String(language)}`;
  I18n.putVocabularies({ [code]: vocabulary });
  I18n.setLanguage(code);
}

afterEach(() => {
  I18n.setLanguage('en');
});

// The table is a module: loaded once per file, so the test that counts its loads comes first.
describe("Amplify's phrase table, with the Amplify adapter", () => {
  it('waits for the user to start when only a later screen has a translation, and that screen shows translated', async () => {
    freshLanguage({ 'Reset your password': 'Réinitialisez votre mot de passe' });
    const commits = await renderCountingCommits();
    await settle();
    // Nothing asked for the table, and nothing re-rendered the first screen.
    expect(loaded.table).toBe(0);
    expect(commits).toEqual(['mount']);
    const user = userEvent.setup({ delay: null });
    await user.click(input('Email'));
    await vi.waitFor(() => {
      expect(loaded.table).toBe(1);
    });
    await user.click(screen.getByRole('button', { name: 'Forgot your password?' }));
    await findHeading('Réinitialisez votre mot de passe');
  });

  it('is read at once when the sign-in screen has a translation: it shows translated with no move of the user', async () => {
    freshLanguage({ 'Forgot your password?': 'Mot de passe oublié ?' });
    await renderAuthenticator({ clientFor: withAmplifyVocabulary, ready: () => screen.findByRole('button', { name: 'Mot de passe oublié ?' }) });
  });

  it('re-renders nothing when the vocabulary has no phrase of the screens, even once the user has started', async () => {
    freshLanguage({ 'Not a phrase of Amplify UI': 'Rien' });
    const commits = await renderCountingCommits();
    act(() => {
      input('Email').focus();
    });
    await settle();
    expect(commits).toEqual(['mount']);
  });
});
