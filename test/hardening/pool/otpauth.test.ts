// @vitest-environment node
import * as OTPAuth from 'otpauth';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAmplifyAuthClient } from '../../../src/client/amplify/index.js';
import { otpauthUri } from '../../../src/client/otpauth.js';
import type { SignInOutput, TotpSetupDetails } from '../../../src/client/types.js';
import { createTestPool, PASSWORD } from '../../support/local-pool.js';

// Amplify's own sign-in is replaced by one that hands over what Cognito and Amplify would for a TOTP setup:
// a shared secret, and Amplify's getSetupUri, which interpolates issuer and account as they are.
vi.mock('aws-amplify/auth', async (importOriginal) => ({
  ...(await importOriginal<typeof import('aws-amplify/auth')>()),
  signIn: vi.fn(),
  confirmSignIn: vi.fn(),
  setUpTOTP: vi.fn(),
  getCurrentUser: vi.fn(),
}));
const amplify = await import('aws-amplify/auth');

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

function amplifyStyleDetails(username: string): TotpSetupDetails {
  return {
    sharedSecret: SECRET,
    getSetupUri: (appName, accountName) => new URL(`otpauth://totp/${appName}:${accountName ?? username}?secret=${SECRET}&issuer=${appName}`),
  };
}

/** What every app must read back: the issuer and account exactly, a lone surrogate as U+FFFD. */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

const ISSUERS = [
  'Gatehouse',
  'Acme # Support',
  'What? Where?',
  'Tom & Jerry',
  'Acme: Production',
  'a:b:c',
  'Path/To\\Thing',
  '100% sure + more',
  'Ünïcødé 日本 🔐',
  'issuer=x&secret=AAAA',
  'broken \uD800 title',
  '\uDC00',
  ' padded ',
];

const ACCOUNTS = ['ana@example.com', 'bob smith', 'user:with:colons', 'x#y?z&w=v/u', 'a%20b', '日本語 ✓', 'lone \uDFFF end', '+15555550100'];

/** A strict reading: one `?`, no fragment, the label split at its first colon, and exactly secret and issuer. */
function strictParse(href: string): { labelIssuer: string; account: string; secret: string; issuer: string } {
  const match = /^otpauth:\/\/totp\/([^?#]+)\?([^?#]+)$/.exec(href);
  if (!match) throw new Error(`Not a well-formed otpauth URI: ${href}`);
  const [, label = '', query = ''] = match;
  const colon = label.indexOf(':');
  if (colon < 0) throw new Error(`The label has no issuer prefix: ${label}`);
  const rawIssuer = label.slice(0, colon);
  // An encoded colon is a separator too for many apps: the issuer prefix must have neither.
  if (/%3A/i.test(rawIssuer)) throw new Error(`The issuer prefix holds an encoded colon: ${rawIssuer}`);
  const params = new Map(
    query.split('&').map((pair) => {
      const [key = '', value = ''] = pair.split('=');
      return [key, decodeURIComponent(value)];
    }),
  );
  expect([...params.keys()].sort()).toEqual(['issuer', 'secret']);
  return {
    labelIssuer: decodeURIComponent(rawIssuer),
    account: decodeURIComponent(label.slice(colon + 1)),
    secret: params.get('secret') ?? '',
    issuer: params.get('issuer') ?? '',
  };
}

function expectReadsBack(uri: URL, issuer: string, account: string): void {
  const parsed = OTPAuth.URI.parse(uri.href);
  expect(parsed).toBeInstanceOf(OTPAuth.TOTP);
  expect([parsed.issuer, parsed.label, parsed.secret.base32]).toEqual([wellFormed(issuer), wellFormed(account), SECRET]);
  const strict = strictParse(uri.href);
  expect([strict.issuer, strict.account, strict.secret]).toEqual([wellFormed(issuer), wellFormed(account), SECRET]);
  expect(strict.labelIssuer).not.toContain(':');
  expect(uri.searchParams.get('issuer')).toBe(wellFormed(issuer));
}

/** Every issuer with every account. */
const CASES = ISSUERS.flatMap((issuer) => ACCOUNTS.map((account) => [issuer, account] as const));

describe('the otpauth URI builder', () => {
  it.each(CASES)('reads back issuer %j and account %j exactly', (issuer, account) => {
    expectReadsBack(otpauthUri(SECRET, issuer, account), issuer, account);
  });

  it('writes the secret in canonical base32', () => {
    expect(otpauthUri(SECRET.toLowerCase().replace(/(.{4})/g, '$1 '), 'X', 'y').searchParams.get('secret')).toBe(SECRET);
  });
});

describe('the local pool’s TOTP setup URI', () => {
  it('reads back for nasty issuers and accounts, at sign-in and for a signed-in user, and never throws on a lone surrogate', async () => {
    const p = createTestPool({ mfa: { enforcement: 'ON', types: ['TOTP'] } });
    await p.seedUser({ username: 'ana@example.com', password: PASSWORD });
    const output = await p.client.signIn({ username: 'ana@example.com', password: PASSWORD });
    if (output.nextStep.signInStep !== 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP') throw new Error(`Unexpected step ${output.nextStep.signInStep}`);
    const details = output.nextStep.totpSetupDetails;
    for (const [issuer, account] of CASES) {
      const uri = details.getSetupUri(issuer, account);
      expect(OTPAuth.URI.parse(uri.href).secret.base32).toBe(details.sharedSecret);
      const strict = strictParse(uri.href);
      expect([strict.issuer, strict.account, strict.labelIssuer.includes(':')]).toEqual([wellFormed(issuer), wellFormed(account), false]);
    }
    // The default account is the name the user signed in with.
    expect(strictParse(details.getSetupUri('A:B #1').href).account).toBe('ana@example.com');

    await p.client.confirmSignIn({ challengeResponse: p.totpCode(details.sharedSecret) });
    const again = await p.client.setUpTOTP();
    expect(strictParse(again.getSetupUri('broken \uD800 title', 'x#y').href)).toMatchObject({ issuer: 'broken \uFFFD title', account: 'x#y' });
  });
});

describe('the Amplify adapter’s TOTP setup URI', () => {
  afterEach(() => {
    vi.mocked(amplify.signIn).mockReset();
    vi.mocked(amplify.confirmSignIn).mockReset();
  });

  const setupStep = (username: string): SignInOutput => ({
    isSignedIn: false,
    nextStep: { signInStep: 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP', totpSetupDetails: amplifyStyleDetails(username) },
  });

  it('reads back at sign-in for nasty issuers and accounts, with the sign-in name as the default account', async () => {
    vi.mocked(amplify.signIn).mockResolvedValue(setupStep('ana@example.com'));
    const output = await createAmplifyAuthClient().signIn({ username: 'ana@example.com', password: PASSWORD });
    if (output.nextStep.signInStep !== 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP') throw new Error(`Unexpected step ${output.nextStep.signInStep}`);
    const details = output.nextStep.totpSetupDetails;
    expect(details.sharedSecret).toBe(SECRET);
    for (const [issuer, account] of CASES) expectReadsBack(details.getSetupUri(issuer, account), issuer, account);
    expectReadsBack(details.getSetupUri('Acme # Support'), 'Acme # Support', 'ana@example.com');
  });

  it('reads back after a confirmSignIn that leads to TOTP setup, and for setUpTOTP', async () => {
    const client = createAmplifyAuthClient();
    vi.mocked(amplify.signIn).mockResolvedValue({ isSignedIn: false, nextStep: { signInStep: 'CONTINUE_SIGN_IN_WITH_MFA_SETUP_SELECTION', allowedMFATypes: ['TOTP', 'EMAIL'] } });
    vi.mocked(amplify.confirmSignIn).mockResolvedValue(setupStep('bob'));
    await client.signIn({ username: 'bob', password: PASSWORD });
    const output = await client.confirmSignIn({ challengeResponse: 'TOTP' });
    if (output.nextStep.signInStep !== 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP') throw new Error(`Unexpected step ${output.nextStep.signInStep}`);
    expectReadsBack(output.nextStep.totpSetupDetails.getSetupUri('What? Where?'), 'What? Where?', 'bob');

    vi.mocked(amplify.setUpTOTP).mockResolvedValue(amplifyStyleDetails('"bob"'));
    vi.mocked(amplify.getCurrentUser).mockResolvedValue({ username: 'bob', userId: 'sub-1' });
    const details = await client.setUpTOTP();
    expectReadsBack(details.getSetupUri('Tom & Jerry'), 'Tom & Jerry', 'bob');
    expectReadsBack(details.getSetupUri('broken \uD800 title', 'x#y'), 'broken \uD800 title', 'x#y');
  });
});
