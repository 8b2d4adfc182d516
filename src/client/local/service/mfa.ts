import { AuthError } from '../../errors.js';
import type { MfaType } from '../../types.js';
import type { ResolvedConfig } from '../config.js';
import type { UserRecord } from './records.js';
import { unreachable } from '../../unreachable.js';

export type MfaDecision =
  | { kind: 'none' }
  | { kind: 'challenge'; type: MfaType }
  | { kind: 'select'; types: MfaType[] }
  | { kind: 'setup'; types: MfaType[] };

function canUse(user: UserRecord, type: MfaType): boolean {
  switch (type) {
    case 'SMS':
      return user.attributes.phone_number !== undefined;
    case 'EMAIL':
      return user.attributes.email !== undefined;
    case 'TOTP':
      return user.totp !== undefined;
    default: {
      return unreachable(type, 'type');
    }
  }
}

/**
 * What MFA a sign-in needs after the first factor, by Cognito's rules: the user's enabled factors (the
 * preferred one, or a choice when several and none preferred); under required MFA, SMS for a user with a
 * phone number, else a setup of TOTP and/or EMAIL (SMS cannot be set up at sign-in).
 */
export function decideMfa(config: ResolvedConfig, user: UserRecord): MfaDecision {
  const { enforcement, types } = config.mfa;
  if (enforcement === 'OFF' || types.length === 0) return { kind: 'none' };
  let usable = types.filter((type) => user.mfa.enabled.includes(type) && canUse(user, type));
  if (usable.length === 0 && enforcement === 'ON' && types.includes('SMS') && canUse(user, 'SMS')) usable = ['SMS'];
  const preferred = user.mfa.preferred;
  if (preferred !== undefined && usable.includes(preferred)) return { kind: 'challenge', type: preferred };
  const [only] = usable;
  if (only !== undefined && usable.length === 1) return { kind: 'challenge', type: only };
  if (usable.length > 1) return { kind: 'select', types: usable };
  if (enforcement === 'OPTIONAL') return { kind: 'none' };
  const setup = types.filter((type) => type === 'TOTP' || type === 'EMAIL');
  if (setup.length === 0) {
    throw new AuthError({
      name: 'MFAMethodNotFoundException',
      message: 'MFA is required, but the user has no phone number for SMS and no other MFA type can be set up.',
    });
  }
  return { kind: 'setup', types: setup };
}
