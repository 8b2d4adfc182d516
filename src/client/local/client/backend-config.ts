import type { AuthBackendConfig, LoginMechanism, UserAttributeKey } from '../../types.js';
import type { ResolvedConfig, StandardAttributeSchema } from '../config.js';

/** What the pool is configured to do, in the terms the Authenticator's defaults use. */
export function backendConfig(config: ResolvedConfig): AuthBackendConfig {
  const loginMechanisms: LoginMechanism[] =
    config.usernameMode === 'username'
      ? ['username']
      : config.loginAttributes.filter((a): a is 'email' | 'phone_number' => a !== 'preferred_username');
  const signUpAttributes = Object.entries(config.attributes)
    .filter(([key, schema]) => !key.startsWith('custom:') && (schema as StandardAttributeSchema).required === true)
    .map(([key]) => key as UserAttributeKey);
  return {
    loginMechanisms,
    signUpAttributes,
    verificationMechanisms: config.signUpVerification === 'none' ? [] : [config.signUpVerification],
    passwordPolicy: { ...config.passwordPolicy },
    mfa: { enforcement: config.mfa.enforcement, types: [...config.mfa.types] },
    ...(config.passwordless ? { passwordless: { firstFactors: [...config.passwordless] } } : {}),
    socialProviders: config.federation.map((profile) => profile.provider),
    ...(config.deviceTracking === 'off' ? {} : { deviceTracking: config.deviceTracking }),
  };
}
