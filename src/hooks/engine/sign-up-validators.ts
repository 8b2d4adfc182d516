import type { PasswordPolicy } from '../../client/types.js';
import type { AuthenticatorServices, CustomValidationErrors, PasswordSettings } from '../services.js';

function passwordSettings(policy: PasswordPolicy | undefined): PasswordSettings {
  if (!policy) return {};
  return {
    minLength: policy.minLength,
    requireLowercase: policy.requireLowercase,
    requireUppercase: policy.requireUppercase,
    requireNumbers: policy.requireNumbers,
    requireSpecialCharacters: policy.requireSymbols,
  };
}

/** Two messages for one field become a list, as Amplify UI merges its validators' answers. */
function merge(into: CustomValidationErrors, errors: CustomValidationErrors): void {
  for (const [field, message] of Object.entries(errors)) {
    const before = into[field];
    into[field] = before === undefined ? message : [...(Array.isArray(before) ? before : [before]), ...(Array.isArray(message) ? message : [message])];
  }
}

/** Every sign-up rule the app gave, together, as Amplify UI runs them; undefined when none says anything. */
export async function runSignUpValidators(
  services: AuthenticatorServices,
  policy: PasswordPolicy | undefined,
  formData: Readonly<Record<string, string>>,
  touchData: Readonly<Record<string, boolean>>,
): Promise<CustomValidationErrors | undefined> {
  const settings = passwordSettings(policy);
  const validators = [services.validateFormPassword, services.validateConfirmPassword, services.validatePreferredUsername, services.validateCustomSignUp];
  const results = await Promise.all(validators.map((validator) => Promise.resolve(validator?.(formData, touchData, settings))));
  const errors: CustomValidationErrors = {};
  for (const result of results) if (result) merge(errors, result);
  return Object.keys(errors).length === 0 ? undefined : errors;
}
