import type { AuthBackendConfig, LoginMechanism, UserAttributeKey, UserAttributeSchema } from '../../types.js';
import type { CustomAttributeSchema, ResolvedConfig, StandardAttributeSchema } from '../config.js';

/** The attributes the pool declares, as DescribeUserPool gives them: a standard one is a String, a custom one has its type and bounds. */
function declaredSchema(config: ResolvedConfig): UserAttributeSchema[] {
  return Object.entries(config.attributes).map(([key, declared]): UserAttributeSchema => {
    const name = key as UserAttributeKey;
    if (!key.startsWith('custom:')) {
      const standard = declared as StandardAttributeSchema;
      return { name, dataType: 'String', required: standard.required === true, mutable: standard.mutable !== false };
    }
    const custom = declared as CustomAttributeSchema;
    const base = { name, required: false, mutable: custom.mutable !== false };
    switch (custom.dataType) {
      case 'String':
        return { ...base, dataType: 'String', ...(custom.minLen === undefined ? {} : { minLength: custom.minLen }), ...(custom.maxLen === undefined ? {} : { maxLength: custom.maxLen }) };
      case 'Number':
        return { ...base, dataType: 'Number', ...(custom.min === undefined ? {} : { minValue: custom.min }), ...(custom.max === undefined ? {} : { maxValue: custom.max }) };
      case 'Boolean':
      case 'DateTime':
        return { ...base, dataType: custom.dataType };
    }
  });
}

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
    verificationMechanisms: config.signUpVerification === 'email' || config.signUpVerification === 'phone_number' ? [config.signUpVerification] : [],
    passwordPolicy: { ...config.passwordPolicy },
    mfa: { enforcement: config.mfa.enforcement, types: [...config.mfa.types] },
    ...(config.passwordless ? { passwordless: { firstFactors: [...config.passwordless] } } : {}),
    socialProviders: config.federation.map((profile) => profile.provider),
    ...(config.deviceTracking === 'off' ? {} : { deviceTracking: config.deviceTracking }),
    // No declared attribute, no schema: the Authenticator then types nothing, as without one.
    ...(Object.keys(config.attributes).length === 0 ? {} : { userAttributes: declaredSchema(config) }),
  };
}
