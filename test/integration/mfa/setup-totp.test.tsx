import { screen, waitFor } from '@testing-library/react';
import * as OTPAuth from 'otpauth';
import { describe, expect, it, vi } from 'vitest';
import type { TestPool } from '../../support/local-pool.js';
import { decodeQrSvg } from '../../support/qr-decode.js';
import { renderAuthenticator } from '../../support/authenticator.js';
import { EMAIL, PASSWORD } from '../../support/constants.js';
import { codeField, expectAlert, expectBackToSignIn, expectSignedIn, findHeading, radioNames, signIn, submitCode, wrongCode } from '../../support/screens.js';
import { poolWith } from '../../support/local-pool.js';

const ISSUER = 'Gatehouse Test';
const QR_NAME = `QR code to add ${EMAIL} to an authenticator app`;

/** The secret the pool handed out for this setup (the test pool remembers every one). */
function poolSecret(pool: TestPool): string {
  const secrets = [...pool.secrets.totpSecrets];
  expect(secrets).toHaveLength(1);
  return secrets[0] ?? '';
}

/** The secret as the screen prints it, and without its spaces. */
function shownSecret(): { printed: string; secret: string } {
  const printed = document.querySelector('.gh-totp__secret code')?.textContent ?? '';
  return { printed, secret: printed.replace(/\s/g, '') };
}

/** The QR code's SVG, once the lazily imported `qrcode` library has drawn it. */
async function loadedQrSvg(name = QR_NAME): Promise<SVGSVGElement> {
  const image = screen.getByRole('img', { name });
  return waitFor(() => {
    const svg = image.querySelector('svg');
    if (!svg) throw new Error('The QR code has not been drawn yet.');
    expect(image.getAttribute('aria-busy')).toBe('false');
    return svg;
  });
}

/** The code an authenticator app holding `secret` shows now, made by otpauth rather than the pool's TOTP. */
function appCode(pool: TestPool, secret: string): string {
  return new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate({ timestamp: pool.now() });
}

describe('setupTotp: required MFA with an authenticator app', () => {
  it('shows a QR code that decodes to the otpauth URI of this secret, issuer and account, and signs in', async () => {
    const pool = poolWith({ mfa: { enforcement: 'ON', types: ['TOTP'] } }, [{ username: EMAIL, password: PASSWORD }]);
    const { user } = await renderAuthenticator({ pool, props: { totpIssuer: ISSUER } });
    await signIn(user, EMAIL, PASSWORD);

    await findHeading('Set up your authenticator app');
    expectBackToSignIn();
    const { printed, secret } = shownSecret();
    expect(secret).toBe(poolSecret(pool));
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    // Groups of four, as authenticator apps print it.
    expect(printed).toMatch(/^(?:[A-Z2-7]{4} )+[A-Z2-7]{1,4}$/);

    const uri = new URL(decodeQrSvg(await loadedQrSvg()));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.host).toBe('totp');
    expect(decodeURIComponent(uri.pathname)).toBe(`/${ISSUER}:${EMAIL}`);
    expect(uri.searchParams.get('secret')).toBe(secret);
    expect(uri.searchParams.get('issuer')).toBe(ISSUER);
    // An independent parser reads the same URI as the app would.
    const parsed = OTPAuth.URI.parse(uri.href);
    expect(parsed).toBeInstanceOf(OTPAuth.TOTP);
    expect([parsed.issuer, parsed.label, parsed.secret.base32]).toEqual([ISSUER, EMAIL, secret]);

    await submitCode(user, appCode(pool, secret));
    await expectSignedIn(EMAIL);
    const stored = await pool.client.admin.getUser(EMAIL);
    expect([stored?.hasTotp, stored?.mfa]).toEqual([true, { enabled: ['TOTP'], preferred: 'TOTP' }]);
  });

  it('on a touch device, links to the authenticator app with the same URI as the QR code, for the configured account name', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query === '(pointer: coarse)', media: query }));
    try {
      const pool = poolWith({ mfa: { enforcement: 'ON', types: ['TOTP'] } }, [{ username: EMAIL, password: PASSWORD }]);
      const { user } = await renderAuthenticator({ pool, props: { totpIssuer: ISSUER, totpAccountName: 'Ada (work)' } });
      await signIn(user, EMAIL, PASSWORD);
      await findHeading('Set up your authenticator app');

      const svg = await loadedQrSvg('QR code to add Ada (work) to an authenticator app');
      const href = screen.getByRole('link', { name: 'Open in authenticator app' }).getAttribute('href') ?? '';
      expect(decodeQrSvg(svg)).toBe(href);
      const parsed = OTPAuth.URI.parse(href);
      expect([parsed.issuer, parsed.label, parsed.secret.base32]).toEqual([ISSUER, 'Ada (work)', poolSecret(pool)]);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('shows no app link on a desktop', async () => {
    const pool = poolWith({ mfa: { enforcement: 'ON', types: ['TOTP'] } }, [{ username: EMAIL, password: PASSWORD }]);
    const { user } = await renderAuthenticator({ pool, props: { totpIssuer: ISSUER } });
    await signIn(user, EMAIL, PASSWORD);
    await findHeading('Set up your authenticator app');
    expect(screen.queryByRole('link', { name: 'Open in authenticator app' })).toBeNull();
  });

  it('copies exactly the secret, without its spaces, and says so', async () => {
    const pool = poolWith({ mfa: { enforcement: 'ON', types: ['TOTP'] } }, [{ username: EMAIL, password: PASSWORD }]);
    const { user } = await renderAuthenticator({ pool, props: { totpIssuer: ISSUER } });
    // After userEvent.setup(), which puts its own clipboard on navigator.
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    await signIn(user, EMAIL, PASSWORD);
    await findHeading('Set up your authenticator app');

    await user.click(screen.getByRole('button', { name: 'Copy key' }));
    expect(writeText.mock.calls).toEqual([[poolSecret(pool)]]);
    // The button says so, and a status region announces it.
    await screen.findByRole('button', { name: 'Key copied' });
    expect(screen.getByRole('status').textContent).toBe('Key copied');
  });

  it('refuses a wrong code with the field cleared and focused, then takes the right one', async () => {
    const pool = poolWith({ mfa: { enforcement: 'ON', types: ['TOTP'] } }, [{ username: EMAIL, password: PASSWORD }]);
    const { user } = await renderAuthenticator({ pool, props: { totpIssuer: ISSUER } });
    await signIn(user, EMAIL, PASSWORD);
    await findHeading('Set up your authenticator app');
    const { secret } = shownSecret();
    const right = appCode(pool, secret);

    await submitCode(user, wrongCode(right));
    await expectAlert('That code is not right. Check it and try again.');
    expect(codeField().value).toBe('');
    expect(document.activeElement).toBe(codeField());
    expect((await pool.client.admin.getUser(EMAIL))?.hasTotp).toBe(false);

    await submitCode(user, right);
    await expectSignedIn(EMAIL);
  });

  it('offers exactly "Authenticator app" and "Email" to set up, and sets up the app', async () => {
    const pool = poolWith({ mfa: { enforcement: 'ON', types: ['TOTP', 'EMAIL'] } }, [{ username: EMAIL, password: PASSWORD }]);
    const { user } = await renderAuthenticator({ pool, props: { totpIssuer: ISSUER } });
    await signIn(user, EMAIL, PASSWORD);

    await findHeading('Add a second sign-in step');
    expectBackToSignIn();
    expect(radioNames('Verification method')).toEqual(['Authenticator app', 'Email']);
    await user.click(screen.getByRole('radio', { name: 'Authenticator app' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    await findHeading('Set up your authenticator app');
    const svg = await loadedQrSvg();
    const { secret } = shownSecret();
    expect(new URL(decodeQrSvg(svg)).searchParams.get('secret')).toBe(secret);
    await submitCode(user, appCode(pool, secret));
    await expectSignedIn(EMAIL);
    expect((await pool.client.admin.getUser(EMAIL))?.mfa.enabled).toEqual(['TOTP']);

    // The next sign-in asks for the app's code (a later one: a used code is refused).
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    pool.advance(30_000);
    await signIn(user, EMAIL, PASSWORD);
    await screen.findByText('Open your authenticator app and enter the 6-digit code it shows for this account.');
    await submitCode(user, appCode(pool, secret));
    await expectSignedIn(EMAIL);
  });
});
