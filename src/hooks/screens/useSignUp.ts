import { useCallback, useMemo } from 'react';
import type { UserAttributeKey, UserAttributes } from '../../client/types.js';
import { useAuthenticatorContext } from '../context.js';
import { applyFormFields, attributeField, confirmPasswordField, loginField, passwordField, submittedValues, type FieldSpec, type FormValues } from '../fields.js';
import { checkFields, checkNewPassword } from '../validation.js';
import { useLoginMechanisms } from './useLoginMechanisms.js';
import { usePasswordlessMethods } from './usePasswordlessMethods.js';
import { useScreenForm, type FormScreen } from './useScreenForm.js';

const CONTROL_FIELDS = new Set(['username', 'password', 'confirm_password']);

export interface SignUpScreen extends FormScreen {
  /** No password fields: the pool signs users up without one (passwordless). */
  passwordless: boolean;
}

/** A new account: the login name, a password (unless the pool signs up without one), and the attributes asked for. */
export function useSignUp(): SignUpScreen {
  const { engine, translate, options, backend } = useAuthenticatorContext();
  const [mechanism = 'email'] = useLoginMechanisms();
  const methods = usePasswordlessMethods();
  // Passwordless sign-in, unless the password is the preferred way: then sign-up asks for one.
  const passwordless = methods !== undefined && methods.preferred !== 'PASSWORD' && methods.preferred !== 'PASSWORD_SRP';
  const attributes = useMemo<UserAttributeKey[]>(() => {
    const wanted = options.signUpAttributes ?? backend.signUpAttributes ?? [];
    // The login attribute is the username field itself.
    return [...new Set(wanted)].filter((key) => key !== mechanism);
  }, [options.signUpAttributes, backend.signUpAttributes, mechanism]);
  const fields = useMemo<FieldSpec[]>(() => {
    const required = new Set(backend.signUpAttributes ?? []);
    const base = [
      loginField(mechanism, translate),
      ...(passwordless ? [] : [passwordField(translate, 'newPassword'), confirmPasswordField(translate)]),
      ...attributes.map((key) => attributeField(key, translate, required.has(key))),
    ];
    return applyFormFields('signUp', base, options.formFields?.signUp);
  }, [mechanism, passwordless, attributes, translate, backend.signUpAttributes, options.formFields?.signUp]);

  const validate = useCallback(
    (values: FormValues) => [...checkFields(fields, values), ...(passwordless ? [] : checkNewPassword(fields, values, backend.passwordPolicy))],
    [fields, passwordless, backend.passwordPolicy],
  );
  const validateAsync = useCallback(
    async (values: FormValues) => engine.validateCustomSignUp(submittedValues(fields, values)),
    [engine, fields],
  );
  const submit = useCallback(
    (values: FormValues) => {
      const submitted = submittedValues(fields, values);
      const userAttributes: UserAttributes = {};
      for (const [name, value] of Object.entries(submitted)) if (!CONTROL_FIELDS.has(name) && value !== '') userAttributes[name as UserAttributeKey] = value;
      const username = submitted.username ?? '';
      if (mechanism !== 'username') userAttributes[mechanism] = username;
      return engine.signUp(username, passwordless ? undefined : submitted.password, userAttributes);
    },
    [fields, mechanism, passwordless, engine],
  );
  const form = useScreenForm({ fields, validate, validateAsync, submit });
  return { ...form, passwordless };
}
