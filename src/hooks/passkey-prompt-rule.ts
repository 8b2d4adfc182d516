import type { PasskeyPromptRule } from '../core/account-check.js';
import type { PasswordlessOptions } from './options.js';

/** The app's passkey prompt: Amplify UI's `passkeyRegistrationPrompts` when given, else Gatehouse's `passkeyPrompt`. */
export function passkeyPromptRule(options: PasswordlessOptions | undefined): PasskeyPromptRule {
  const amplify = options?.passkeyRegistrationPrompts;
  if (typeof amplify === 'boolean') return amplify ? { afterSignin: 'ALWAYS', afterSignup: 'ALWAYS' } : { afterSignin: 'NEVER', afterSignup: 'NEVER' };
  // Amplify UI prompts only where its object says ALWAYS.
  if (amplify !== undefined) return { afterSignin: amplify.afterSignin ?? 'NEVER', afterSignup: amplify.afterSignup ?? 'NEVER' };
  const when = options?.passkeyPrompt === false ? 'NEVER' : 'WITHOUT_PASSWORD';
  return { afterSignin: when, afterSignup: when };
}
