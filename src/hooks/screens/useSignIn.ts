import { useCallback, useMemo, useState } from 'react';
import type { AuthFactorType, LoginMechanism } from '../../client/types.js';
import { useAuthenticatorContext } from '../context.js';
import { applyFormFields, loginField, passwordField, submittedValues, type FieldSpec, type FormValues } from '../fields.js';
import { useStep } from '../useAuthenticator.js';
import { useScreenForm, type ScreenForm } from '../useScreenForm.js';
import { checkFields } from '../validation.js';

export function useLoginMechanisms(): LoginMechanism[] {
  const { options, backend } = useAuthenticatorContext();
  return options.loginMechanisms ?? backend.loginMechanisms ?? ['email'];
}

const isPassword = (factor: AuthFactorType | undefined) => factor === 'PASSWORD' || factor === 'PASSWORD_SRP';

/** The first factors the sign-in screen offers, when the backend has passwordless sign-in (USER_AUTH). */
export function usePasswordlessMethods(): { methods: AuthFactorType[]; preferred: AuthFactorType | undefined } | undefined {
  const { options, backend } = useAuthenticatorContext();
  return useMemo(() => {
    if (!backend.passwordless) return undefined;
    const offered = options.passwordless?.methods ?? backend.passwordless.firstFactors;
    const methods = [...new Set(offered.map((factor): AuthFactorType => (factor === 'PASSWORD_SRP' ? 'PASSWORD' : factor)))];
    const preferred = options.passwordless?.preferredChallenge;
    return { methods, preferred: preferred === 'PASSWORD_SRP' ? 'PASSWORD' : preferred };
  }, [options.passwordless, backend.passwordless]);
}

export interface SignInScreen extends ScreenForm {
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
  const { controller, translate, options } = useAuthenticatorContext();
  const [mechanism = 'email'] = useLoginMechanisms();
  const passwordless = usePasswordlessMethods();
  const primaryMethod = passwordless?.preferred;
  const withPassword = passwordless === undefined || isPassword(primaryMethod);
  // Coming back to sign-in (Back, an expired session), the name typed before is still there.
  const { username } = useStep();
  const [typed] = useState(username);
  const fields = useMemo<FieldSpec[]>(() => {
    const login = loginField(mechanism, translate);
    const prefilled = typed === undefined || login.kind === 'phone' ? login : { ...login, defaultValue: typed };
    return applyFormFields('signIn', [prefilled, ...(withPassword ? [passwordField(translate, 'password')] : [])], options.formFields?.signIn);
  }, [mechanism, withPassword, translate, options.formFields?.signIn, typed]);
  const validate = useCallback((values: FormValues) => checkFields(fields, values), [fields]);
  const submitWith = useCallback(
    (method: AuthFactorType | undefined) => (values: FormValues) => {
      const { username = '', password } = submittedValues(fields, values);
      if (passwordless === undefined) return controller.signIn(username, password);
      // Another method than the password: whatever sits in the password field stays out of it.
      return controller.signIn(username, isPassword(method) ? password : undefined, method);
    },
    [controller, fields, passwordless],
  );
  const submit = useMemo(() => submitWith(primaryMethod), [submitWith, primaryMethod]);
  const form = useScreenForm({ fields, validate, submit });
  const otherMethods = (passwordless?.methods ?? []).filter((method) => method !== primaryMethod);
  const { handleSubmitWith } = form;
  return {
    ...form,
    toForgotPassword: form.authenticator.toForgotPassword,
    primaryMethod,
    otherMethods: primaryMethod === undefined ? [] : otherMethods,
    signInWith: (method) => {
      handleSubmitWith(submitWith(method));
    },
    withPassword,
  };
}
