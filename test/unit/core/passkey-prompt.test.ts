import { describe, expect, it } from 'vitest';
import { offersPasskey, type PasskeyPromptRule } from '../../../src/core/account-check.js';
import { signUpAttempt, type SignInAttempt } from '../../../src/core/sign-in-attempt.js';
import { passkeyPromptRule } from '../../../src/hooks/passkey-prompt-rule.js';

const password: SignInAttempt = { method: 'password', withPassword: true };
const emailCode: SignInAttempt = { method: 'passwordless', withPassword: false };
const passwordlessSignUp = signUpAttempt(false);
const passwordSignUp = signUpAttempt(true);

function offered(rule: PasskeyPromptRule, attempt: SignInAttempt): boolean {
  return offersPasskey({ attempt, rule, backendTakesPasskeys: true, browserCreatesPasskeys: true });
}

describe('when a passkey is offered', () => {
  it("Gatehouse's default: after a sign-in or sign-up without a password; passkeyPrompt: false, never", () => {
    const rule = passkeyPromptRule(undefined);
    expect([password, emailCode, passwordSignUp, passwordlessSignUp].map((attempt) => offered(rule, attempt))).toEqual([false, true, false, true]);
    expect([emailCode, passwordlessSignUp].map((attempt) => offered(passkeyPromptRule({ passkeyPrompt: false }), attempt))).toEqual([false, false]);
  });

  it("Amplify UI's passkeyRegistrationPrompts: true is after every sign-in and sign-up, false none, and it wins over passkeyPrompt", () => {
    const always = passkeyPromptRule({ passkeyRegistrationPrompts: true, passkeyPrompt: false });
    expect([password, emailCode, passwordSignUp].map((attempt) => offered(always, attempt))).toEqual([true, true, true]);
    const never = passkeyPromptRule({ passkeyRegistrationPrompts: false });
    expect([emailCode, passwordlessSignUp].map((attempt) => offered(never, attempt))).toEqual([false, false]);
  });

  it('its object form: afterSignin and afterSignup each on its own, unset meaning NEVER as in Amplify UI', () => {
    const afterSignUp = passkeyPromptRule({ passkeyRegistrationPrompts: { afterSignup: 'ALWAYS' } });
    expect([password, emailCode, passwordSignUp].map((attempt) => offered(afterSignUp, attempt))).toEqual([false, false, true]);
    const afterSignIn = passkeyPromptRule({ passkeyRegistrationPrompts: { afterSignin: 'ALWAYS', afterSignup: 'NEVER' } });
    expect([password, passwordlessSignUp].map((attempt) => offered(afterSignIn, attempt))).toEqual([true, false]);
  });

  it('never where the backend takes no passkey or the browser cannot make one', () => {
    const rule = passkeyPromptRule({ passkeyRegistrationPrompts: true });
    expect(offersPasskey({ attempt: password, rule, backendTakesPasskeys: false, browserCreatesPasskeys: true })).toBe(false);
    expect(offersPasskey({ attempt: password, rule, backendTakesPasskeys: true, browserCreatesPasskeys: false })).toBe(false);
  });
});
