import type { LocalAuthClientOptions, SeedUser } from '../src/local.ts';

export type PresetName = 'email' | 'username' | 'phone' | 'mfa-required' | 'totp-required' | 'passwordless' | 'custom-challenge';

export const PRESET_NAMES: readonly PresetName[] = ['email', 'username', 'phone', 'mfa-required', 'totp-required', 'passwordless', 'custom-challenge'];

export const PASSWORD = 'Passw0rd!';
export const TEMPORARY_PASSWORD = 'TempPassw0rd!';
export const TOTP_SECRET = 'JBSWY3DPEHPK3PXP';

export interface Preset {
  name: PresetName;
  title: string;
  pool: LocalAuthClientOptions;
  /** The sign-in name and password of each seeded user, with what makes it interesting. */
  users: { login: string; password: string; note: string }[];
}

interface SeedSpec {
  local: string;
  phone: string;
  note: string;
  seed: Omit<SeedUser, 'username' | 'attributes'> & { attributes?: SeedUser['attributes'] };
}

/** The seeded people, the same in every preset; only how they sign in changes. */
const PEOPLE: readonly SeedSpec[] = [
  { local: 'confirmed', phone: '+15555550101', note: 'confirmed, no MFA, in the admins group', seed: { password: PASSWORD, groups: ['admins'] } },
  { local: 'unconfirmed', phone: '+15555550102', note: 'has not confirmed sign-up', seed: { password: PASSWORD, status: 'UNCONFIRMED' } },
  {
    local: 'newpass',
    phone: '+15555550103',
    note: 'must choose a new password at first sign-in',
    seed: { password: TEMPORARY_PASSWORD, status: 'FORCE_CHANGE_PASSWORD' },
  },
  { local: 'reset', phone: '+15555550104', note: 'must reset the password', seed: { password: PASSWORD, status: 'RESET_REQUIRED' } },
  { local: 'sms', phone: '+15555550100', note: 'SMS MFA', seed: { password: PASSWORD, mfa: { enabled: ['SMS'], preferred: 'SMS' } } },
  {
    local: 'totp',
    phone: '+15555550105',
    note: `TOTP MFA (secret ${TOTP_SECRET})`,
    seed: { password: PASSWORD, mfa: { enabled: ['TOTP'], preferred: 'TOTP' }, totpSecret: TOTP_SECRET },
  },
  { local: 'emailmfa', phone: '+15555550106', note: 'email MFA', seed: { password: PASSWORD, mfa: { enabled: ['EMAIL'], preferred: 'EMAIL' } } },
  {
    local: 'choose',
    phone: '+15555550107',
    note: 'SMS and TOTP MFA, no preference: chooses',
    seed: { password: PASSWORD, mfa: { enabled: ['SMS', 'TOTP'] }, totpSecret: TOTP_SECRET },
  },
  {
    local: 'unverified',
    phone: '+15555550108',
    note: 'email not verified',
    seed: { password: PASSWORD, attributes: { email_verified: 'false', phone_number_verified: 'false' } },
  },
];

type LoginKind = 'email' | 'username' | 'phone';

function loginOf(person: SeedSpec, kind: LoginKind): string {
  if (kind === 'username') return person.local;
  if (kind === 'phone') return person.phone;
  return `${person.local}@example.com`;
}

function seedUsers(kind: LoginKind): SeedUser[] {
  return PEOPLE.map((person) => {
    const attributes = { email: `${person.local}@example.com`, phone_number: person.phone, ...person.seed.attributes };
    if (kind === 'email') delete (attributes as Record<string, string | undefined>).phone_number;
    if (kind === 'email' && person.local === 'sms') attributes.phone_number = person.phone;
    if (kind === 'email' && person.local === 'choose') attributes.phone_number = person.phone;
    if (kind === 'phone') delete (attributes as Record<string, string | undefined>).email;
    return { ...person.seed, username: loginOf(person, kind), attributes };
  });
}

function listed(kind: LoginKind): Preset['users'] {
  return PEOPLE.map((person) => ({ login: loginOf(person, kind), password: person.seed.password ?? PASSWORD, note: person.note }));
}

const common = {
  persistence: 'localStorage',
  // A demo pool: a cheaper password hash keeps the first load (seeding nine users) quick.
  passwordHashIterations: 10_000,
  // cognito:groups in the tokens of the users in a group.
  groups: ['admins'],
  messages: { signUp: { emailSubject: 'Welcome to the Gatehouse playground' } },
} satisfies LocalAuthClientOptions;

function preset(name: PresetName, title: string, kind: LoginKind, pool: LocalAuthClientOptions): Preset {
  return { name, title, pool: { ...common, ...pool, poolId: `playground_${name.replace('-', '_')}`, users: seedUsers(kind) }, users: listed(kind) };
}

export const PRESETS: Record<PresetName, Preset> = {
  email: preset('email', 'Email sign-in, optional MFA, remembered devices', 'email', {
    loginWith: { email: true },
    // Every sign-in is a tracked device; one the user remembers skips MFA the next time.
    deviceTracking: 'userOptIn',
    signUpVerification: 'email',
    mfa: { enforcement: 'OPTIONAL', types: ['SMS', 'TOTP', 'EMAIL'] },
    // The simulated identity providers behind the "Sign in with Google/Apple" buttons.
    federation: [
      { provider: 'Google', attributes: { email: 'ada.google@example.com', name: 'Ada Lovelace (Google)' } },
      { provider: 'Apple', attributes: { email: 'ada.apple@example.com', name: 'Ada Lovelace (Apple)' } },
    ],
  }),
  username: preset('username', 'Username sign-in', 'username', {
    loginWith: { username: true, email: true },
    attributes: { email: { required: true }, phone_number: { required: true } },
    signUpVerification: 'email',
    mfa: { enforcement: 'OPTIONAL', types: ['SMS', 'TOTP', 'EMAIL'] },
  }),
  phone: preset('phone', 'Phone number sign-in', 'phone', {
    loginWith: { phone: true },
    signUpVerification: 'phone_number',
    mfa: { enforcement: 'OPTIONAL', types: ['SMS', 'TOTP'] },
  }),
  'mfa-required': preset('mfa-required', 'MFA required (TOTP or email)', 'email', {
    loginWith: { email: true },
    mfa: { enforcement: 'ON', types: ['TOTP', 'EMAIL'] },
  }),
  'totp-required': preset('totp-required', 'MFA required (TOTP only)', 'email', {
    loginWith: { email: true },
    mfa: { enforcement: 'ON', types: ['TOTP'] },
  }),
  passwordless: preset('passwordless', 'Passwordless (email code, text code, passkey, password)', 'email', {
    loginWith: { email: true },
    passwordless: { firstFactors: ['EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN', 'PASSWORD'] },
  }),
  'custom-challenge': preset('custom-challenge', 'Custom challenge', 'email', {
    loginWith: { email: true },
    customAuth: {
      createAuthChallenge: () => ({ publicChallengeParameters: { hint: 'What is 3 + 4?' }, privateChallengeParameters: { answer: '7' } }),
      verifyAuthChallengeResponse: ({ privateChallengeParameters, challengeAnswer }) => ({
        answerCorrect: challengeAnswer.trim() === privateChallengeParameters.answer,
      }),
    },
  }),
};

export function presetFromUrl(search: string): Preset {
  const name = new URLSearchParams(search).get('preset');
  return PRESETS[PRESET_NAMES.find((n) => n === name) ?? 'email'];
}
