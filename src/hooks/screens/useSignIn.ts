import { useCallback, useMemo, useState } from 'react';
import type { AuthFactorType } from '../../client/types.js';
import { useAuthenticatorContext } from '../context.js';
import { loginField, passwordField, submittedValues, type FieldSpec, type FormValues } from '../fields.js';
import { applyFormFields } from '../form-fields-config.js';
import { useRouteDetails } from '../useAuthenticator.js';
import { checkFields } from '../validation.js';
import { useLoginMechanisms } from './useLoginMechanisms.js';
import { usePasswordlessMethods } from './usePasswordlessMethods.js';
import { useScreenForm, type FormScreen } from './useScreenForm.js';

const isPassword = (factor: AuthFactorType | undefined) => factor === 'PASSWORD' || factor === 'PASSWORD_SRP';

export interface SignInScreen extends FormScreen {
  toForgotPassword: () => void;
  /** Passwordless: the method the primary button uses (undefined: the backend asks which). */
  primaryMethod: AuthFactorType | undefined;
  /** Passwordless: the methods "Other sign-in options" reveals. */
  otherMethods: AuthFactorType[];
  /** Submits the form to sign in with one method. */
  signInWith: (method: AuthFactorType) => void;
  /** The password field is shown (password sign-in, or passwordless preferring the password). */
  withPassword: boolean;
}

export function useSignIn(): SignInScreen {
  const { engine, translate, options } = useAuthenticatorContext();
  const [mechanism = 'email'] = useLoginMechanisms();
  const passwordless = usePasswordlessMethods();
  const primaryMethod = passwordless?.preferred;
  const withPassword = passwordless === undefined || isPassword(primaryMethod);
  // Coming back to sign-in (Back, an expired session), the name typed before is still there.
  const { username } = useRouteDetails();
  const [typed] = useState(username);
  const overrides = options.formFields;
  const fields = useMemo<FieldSpec[]>(() => {
    const login = loginField(mechanism, translate);
    const prefilled = typed === undefined || login.kind === 'phone' ? login : { ...login, defaultValue: typed };
    return applyFormFields('signIn', [prefilled, ...(withPassword ? [passwordField(translate, 'password')] : [])], overrides);
  }, [mechanism, withPassword, translate, overrides, typed]);
  const validate = useCallback((values: FormValues) => checkFields(fields, values), [fields]);
  const submitWith = useCallback(
    (method: AuthFactorType | undefined) => (values: FormValues) => {
      const { username: name = '', password } = submittedValues(fields, values);
      if (passwordless === undefined) return engine.signIn(name, password);
      // Another method than the password: whatever sits in the password field stays out of it.
      return engine.signIn(name, isPassword(method) ? password : undefined, method);
    },
    [engine, fields, passwordless],
  );
  const submit = useMemo(() => submitWith(primaryMethod), [submitWith, primaryMethod]);
  const form = useScreenForm({ route: 'signIn', fields, validate, submit });
  const otherMethods = (passwordless?.methods ?? []).filter((method) => method !== primaryMethod);
  const { handleSubmitWith } = form;
  return {
    ...form,
    toForgotPassword: () => {
      engine.navigate('forgotPassword');
    },
    primaryMethod,
    otherMethods: primaryMethod === undefined ? [] : otherMethods,
    signInWith: (method) => {
      handleSubmitWith(submitWith(method));
    },
    withPassword,
  };
}
