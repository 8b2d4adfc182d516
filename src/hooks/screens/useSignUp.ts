import { useCallback, useMemo } from 'react';
import type { UserAttributeKey, UserAttributes } from '../../client/types.js';
import { useAuthenticatorContext } from '../context.js';
import { attributeField, confirmPasswordField, loginField, passwordField, submittedValues, typedField, type FieldSpec, type FormValues } from '../fields.js';
import { applyFormFields, isAttributeName } from '../form-fields-config.js';
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
  // As in Amplify UI: the pool's required attributes and where it sends the sign-up code (the email of a
  // username pool), unless the app lists them; the code's destination is as required as the schema's.
  const required = useMemo(
    () => new Set<UserAttributeKey>([...(backend.signUpAttributes ?? []), ...(backend.verificationMechanisms ?? [])]),
    [backend.signUpAttributes, backend.verificationMechanisms],
  );
  const attributes = useMemo<UserAttributeKey[]>(() => {
    const wanted = options.signUpAttributes ?? [...required];
    // The login attribute is the username field itself.
    return [...new Set(wanted)].filter((key) => key !== mechanism);
  }, [options.signUpAttributes, required, mechanism]);
  const fields = useMemo<FieldSpec[]>(() => {
    const base = [
      loginField(mechanism, translate),
      ...(passwordless ? [] : [passwordField(translate, 'newPassword'), confirmPasswordField(translate)]),
      ...attributes.map((key) => attributeField(key, translate, required.has(key))),
    ];
    return applyFormFields('signUp', base, options.formFields).map((field) => typedField(field, backend.userAttributes));
  }, [mechanism, passwordless, attributes, translate, required, backend.userAttributes, options.formFields]);

  const validate = useCallback(
    (values: FormValues) => [...checkFields(fields, values), ...(passwordless ? [] : checkNewPassword(fields, values, backend.passwordPolicy))],
    [fields, passwordless, backend.passwordPolicy],
  );
  const validateAsync = useCallback(
    // Amplify UI's formData: the values as the form holds them (the app's own controls included), trimmed.
    (values: FormValues, touched: Readonly<Record<string, boolean>>) => engine.validateSignUp({ ...values, ...submittedValues(fields, values) }, touched),
    [engine, fields],
  );
  const submit = useCallback(
    (values: FormValues) => {
      const submitted = submittedValues(fields, values);
      const userAttributes: UserAttributes = {};
      // Only attributes go to the backend: an app's own control (a terms checkbox) is checked, never sent.
      for (const [name, value] of Object.entries(submitted)) if (!CONTROL_FIELDS.has(name) && value !== '' && isAttributeName(name)) userAttributes[name] = value;
      const username = submitted.username ?? '';
      if (mechanism !== 'username') userAttributes[mechanism] = username;
      return engine.signUp(username, passwordless ? undefined : submitted.password, userAttributes);
    },
    [fields, mechanism, passwordless, engine],
  );
  const form = useScreenForm({ route: 'signUp', fields, validate, validateAsync, validateLive: true, submit });
  return { ...form, passwordless };
}
