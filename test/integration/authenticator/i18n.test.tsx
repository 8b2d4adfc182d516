import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PASSWORD } from '../../support/constants.js';
import { renderAuthenticator } from '../../support/authenticator.js';
import { findAlertText, findHeading } from '../../support/screens.js';

const EMAIL = 'lu@example.com';

describe('language and dictionary', () => {
  it('language="ar" lays the Authenticator out right to left, in Arabic', async () => {
    const { result } = await renderAuthenticator({ props: { language: 'ar' } });
    await findHeading('تسجيل الدخول');
    const container = result.container.querySelector('.gatehouse');
    expect(container?.getAttribute('dir')).toBe('rtl');
    expect(container?.getAttribute('lang')).toBe('ar');
    screen.getByLabelText('البريد الإلكتروني', { selector: 'input' });
  });

  it('English is left to right', async () => {
    const { result } = await renderAuthenticator();
    expect(result.container.querySelector('.gatehouse')?.getAttribute('dir')).toBe('ltr');
  });

  it('a dictionary override changes one string and leaves the rest', async () => {
    await renderAuthenticator({ props: { dictionary: { en: { 'signIn.submit': 'Log in' } } } });
    screen.getByRole('button', { name: 'Log in' });
    expect(screen.queryByRole('button', { name: 'Sign in' })).toBeNull();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Sign in');
  });

  it('an override for another language applies in that language', async () => {
    await renderAuthenticator({ props: { language: 'es', dictionary: { es: { 'signIn.submit': 'Entrar' } } } });
    await findHeading('Iniciar sesión');
    screen.getByRole('button', { name: 'Entrar' });
  });

  it('an error message is translated (es)', async () => {
    const { user } = await renderAuthenticator({ pool: { users: [{ username: EMAIL, password: PASSWORD }] }, props: { language: 'es' } });
    await findHeading('Iniciar sesión');
    await user.type(screen.getByLabelText('Correo electrónico', { selector: 'input' }), EMAIL);
    await user.type(screen.getByLabelText('Contraseña', { selector: 'input' }), 'Wrong-Passw0rd!');
    await user.click(screen.getByRole('button', { name: 'Iniciar sesión' }));
    expect(await findAlertText()).toBe('El nombre de usuario o la contraseña no son correctos.');
  });
});

describe("the dictionary prop in Amplify UI's shape", () => {
  it('translates by English phrase, as Amplify UI vocabularies do, with message keys mixed in winning', async () => {
    await renderAuthenticator({
      props: {
        language: 'en',
        dictionary: { en: { 'Sign In': 'Log in', 'Forgot your password?': 'Lost it?', 'Create Account': 'Join', 'signUp.tab': 'Join us' } },
      },
    });
    expect(await screen.findByRole('tab', { name: 'Log in' })).toBeDefined();
    expect(screen.getByRole('button', { name: 'Log in' })).toBeDefined();
    expect(screen.getByRole('button', { name: 'Lost it?' })).toBeDefined();
    // A message key given beside the phrases wins over the phrase for the same message.
    expect(screen.getByRole('tab', { name: 'Join us' })).toBeDefined();
  });

  it('applies to a built-in language too, over its own dictionary', async () => {
    await renderAuthenticator({ props: { language: 'fr', dictionary: { fr: { 'Sign In': 'Entrer' } } }, ready: () => screen.findByRole('button', { name: 'Entrer' }) });
    expect(screen.getByRole('tab', { name: 'Entrer' })).toBeDefined();
  });
});
