import { describe, expect, it } from 'vitest';
import { DEFAULT_PASSWORD_POLICY } from '../../../src/client/password-policy.js';
import type { PasswordPolicy } from '../../../src/client/types.js';
import {
  isE164,
  isEmail,
  isOneTimeCode,
  toE164,
  trimUsername,
  validateNewPassword,
  validateSignUp,
} from '../../../src/core/index.js';

describe('isEmail', () => {
  it.each(['jo@example.com', 'j.o+tag@mail.example.co.uk', 'a@b.c', 'jö@exämple.de'])('accepts %s', (value) => {
    expect(isEmail(value)).toBe(true);
  });

  it.each([
    '',
    'jo',
    'jo@',
    '@example.com',
    'jo@example',
    'jo@@example.com',
    'j@o@example.com',
    'jo @example.com',
    'jo@exa mple.com',
    ' jo@example.com',
    'jo@.example.com',
    'jo@example.',
    'jo@example..com',
  ])('rejects %j', (value) => {
    expect(isEmail(value)).toBe(false);
  });
});

describe('isE164', () => {
  it.each(['+15555550100', '+447946095800', '+12', '+123456789012345'])('accepts %s', (value) => {
    expect(isE164(value)).toBe(true);
  });

  it.each(['', '+', '+1', '15555550100', '+0123456', '+1234567890123456', '+1 555 555 0100', '++15555550100'])(
    'rejects %j',
    (value) => {
      expect(isE164(value)).toBe(false);
    },
  );
});

describe('isOneTimeCode', () => {
  it('accepts six or eight digits', () => {
    expect(isOneTimeCode('012345')).toBe(true);
    expect(isOneTimeCode('01234567')).toBe(true);
    for (const value of ['', '12345', '1234567', '123456789', '12345a', ' 123456', '123 456', '１２３４５６']) {
      expect(isOneTimeCode(value), value).toBe(false);
    }
  });
});

describe('toE164', () => {
  it.each([
    ['+44', '07946 095800', '+447946095800'],
    ['+44', '(0)20 7946-0958', '+442079460958'],
    ['+1', '(555) 555-0100', '+15555550100'],
    ['+1', '555.555.0100', '+15555550100'],
    ['44', '7946 095800', '+447946095800'],
    ['+49', '030 123456', '+4930123456'],
  ])('%s %s -> %s', (dialCode, national, expected) => {
    expect(toE164(dialCode, national)).toBe(expected);
    expect(isE164(expected)).toBe(true);
  });

  it('strips only one leading trunk 0', () => {
    expect(toE164('+44', '00123')).toBe('+440123');
  });

  it("keeps the leading 0 where it is part of the number (Italy's landlines)", () => {
    expect(toE164('+39', '06 1234 5678')).toBe('+390612345678');
  });

  it('takes a number typed with its own country code as it is', () => {
    expect(toE164('+1', '+44 7946 095800')).toBe('+447946095800');
  });
});

describe('trimUsername', () => {
  it('trims spaces, tabs and line breaks around it', () => {
    expect(trimUsername('  jo@example.com\t\n')).toBe('jo@example.com');
    expect(trimUsername('jo smith')).toBe('jo smith');
  });
});

const lenient: PasswordPolicy = {
  minLength: 6,
  requireLowercase: false,
  requireUppercase: false,
  requireNumbers: false,
  requireSymbols: false,
};
const base = { requiredFields: ['email'], passwordPolicy: DEFAULT_PASSWORD_POLICY };
const good = { email: 'jo@example.com', password: 'Passw0rd!', confirm_password: 'Passw0rd!' };

describe('validateSignUp', () => {
  it('finds nothing wrong with a complete, valid form', () => {
    expect(validateSignUp(good, base)).toStrictEqual([]);
  });

  it('reports each required field that is missing or blank', () => {
    const errors = validateSignUp(
      { email: '  ', password: '', confirm_password: '' },
      { requiredFields: ['email', 'given_name', 'confirm_password'] },
    );
    expect(errors).toStrictEqual([
      { field: 'email', message: 'validation.required' },
      { field: 'given_name', message: 'validation.required' },
      { field: 'confirm_password', message: 'validation.required' },
      { field: 'password', message: 'validation.required' },
    ]);
  });

  it('requires a password even when requiredFields forgets it', () => {
    expect(validateSignUp({ email: 'jo@example.com' }, { requiredFields: ['email'] })).toStrictEqual([
      { field: 'password', message: 'validation.required' },
    ]);
  });

  it('checks the email format, trimmed, whether required or not', () => {
    expect(validateSignUp({ ...good, email: 'jo@example' }, base)).toStrictEqual([
      { field: 'email', message: 'validation.email' },
    ]);
    expect(validateSignUp({ ...good, email: ' jo@example.com ' }, base)).toStrictEqual([]);
    expect(validateSignUp({ ...good, email: 'nope' }, { ...base, requiredFields: [] })).toStrictEqual([
      { field: 'email', message: 'validation.email' },
    ]);
  });

  it('checks the phone number is E.164', () => {
    expect(validateSignUp({ ...good, phone_number: '555-0100' }, base)).toStrictEqual([
      { field: 'phone_number', message: 'validation.phone' },
    ]);
    expect(validateSignUp({ ...good, phone_number: '+15555550100' }, base)).toStrictEqual([]);
  });

  it('checks the password against the policy', () => {
    const weak = { ...good, password: 'password', confirm_password: 'password' };
    expect(validateSignUp(weak, base)).toStrictEqual([{ field: 'password', message: 'validation.passwordPolicy' }]);
    expect(validateSignUp(weak, { ...base, passwordPolicy: lenient })).toStrictEqual([]);
  });

  it('leaves the policy to the backend when it is not known', () => {
    const weak = { ...good, password: 'x', confirm_password: 'x' };
    expect(validateSignUp(weak, { requiredFields: ['email'] })).toStrictEqual([]);
  });

  it('rejects spaces at either end of the password, before the policy', () => {
    for (const password of [' Passw0rd!', 'Passw0rd! ', '\tPassw0rd!']) {
      expect(validateSignUp({ ...good, password, confirm_password: password }, base), password).toStrictEqual([
        { field: 'password', message: 'validation.passwordWhitespace' },
      ]);
    }
    const inner = 'Pass w0rd!';
    expect(validateSignUp({ ...good, password: inner, confirm_password: inner }, base)).toStrictEqual([]);
  });

  it('requires the confirmation to match', () => {
    expect(validateSignUp({ ...good, confirm_password: 'Passw0rd?' }, base)).toStrictEqual([
      { field: 'confirm_password', message: 'validation.passwordMismatch' },
    ]);
  });

  it('reports at most one error per field, the first to fix', () => {
    const errors = validateSignUp({ email: '', password: ' a', confirm_password: 'b' }, base);
    expect(errors).toStrictEqual([
      { field: 'email', message: 'validation.required' },
      { field: 'password', message: 'validation.passwordWhitespace' },
      { field: 'confirm_password', message: 'validation.passwordMismatch' },
    ]);
  });

  it('ignores password fields in a passwordless sign-up', () => {
    const rules = { ...base, requiredFields: ['email', 'password', 'confirm_password'], passwordless: true };
    expect(validateSignUp({ email: 'jo@example.com' }, rules)).toStrictEqual([]);
    expect(validateSignUp({ email: 'jo@example.com', password: ' x', confirm_password: 'y' }, rules)).toStrictEqual([]);
  });
});

describe('validateNewPassword', () => {
  it('accepts a matching password that meets the policy', () => {
    expect(validateNewPassword('Passw0rd!', 'Passw0rd!', DEFAULT_PASSWORD_POLICY)).toStrictEqual([]);
  });

  it('requires both fields', () => {
    expect(validateNewPassword('', '', DEFAULT_PASSWORD_POLICY)).toStrictEqual([
      { field: 'password', message: 'validation.required' },
      { field: 'confirm_password', message: 'validation.required' },
    ]);
  });

  it('reports the policy, spaces and a mismatch', () => {
    expect(validateNewPassword('short', 'short', DEFAULT_PASSWORD_POLICY)).toStrictEqual([
      { field: 'password', message: 'validation.passwordPolicy' },
    ]);
    expect(validateNewPassword('Passw0rd! ', 'Passw0rd! ', DEFAULT_PASSWORD_POLICY)).toStrictEqual([
      { field: 'password', message: 'validation.passwordWhitespace' },
    ]);
    expect(validateNewPassword('Passw0rd!', 'Passw0rd', DEFAULT_PASSWORD_POLICY)).toStrictEqual([
      { field: 'confirm_password', message: 'validation.passwordMismatch' },
    ]);
  });

  it('skips the policy when none is known', () => {
    expect(validateNewPassword('x', 'x')).toStrictEqual([]);
  });
});
