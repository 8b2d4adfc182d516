import type { ResumeSignInOutput, SignInOutput, SignInStep } from '../types.js';
import { KEPT_STEP_KEY } from './kept-step-key.js';

// Amplify keeps a sign-in in progress in sessionStorage for three minutes (its signInStore); it does not keep
// the step's payload, so the adapter keeps that beside it, without secrets.
const AMPLIFY_SESSION = 'CognitoSignInState.signInSession';
const AMPLIFY_EXPIRY = 'CognitoSignInState.expiry';

type TotpSetup = 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP';
/** A step as kept: its public payload; a TOTP setup without its secret (a resumed one asks for a new one). */
type KeptStep = Exclude<SignInStep, { signInStep: TotpSetup }> | { signInStep: TotpSetup };

interface Kept {
  username: string;
  step: KeptStep;
}

function storage(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}

function isKept(value: unknown): value is Kept {
  if (typeof value !== 'object' || value === null) return false;
  const { username, step } = value as { username?: unknown; step?: unknown };
  return typeof username === 'string' && typeof step === 'object' && step !== null && typeof (step as { signInStep?: unknown }).signInStep === 'string';
}

/** Notes the step a sign-in answered with; a finished one (or one that cannot be resumed) leaves nothing. */
export function keepSignInStep(username: string, output: SignInOutput): void {
  const { nextStep } = output;
  const store = storage();
  if (!store) return;
  if (nextStep.signInStep === 'DONE' || nextStep.signInStep === 'CONFIRM_SIGN_UP' || nextStep.signInStep === 'RESET_PASSWORD') {
    store.removeItem(KEPT_STEP_KEY);
    return;
  }
  const step: KeptStep = nextStep.signInStep === 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP' ? { signInStep: nextStep.signInStep } : nextStep;
  store.setItem(KEPT_STEP_KEY, JSON.stringify({ username, step } satisfies Kept));
}

export function forgetSignInStep(): void {
  storage()?.removeItem(KEPT_STEP_KEY);
}

/**
 * The sign-in this page left in progress, from Amplify's own state and the kept step. A TOTP setup comes back
 * without its secret: `freshTotpSetup` asks Cognito for a new one.
 */
export async function keptSignIn(freshTotpSetup: (username: string) => Promise<SignInOutput>): Promise<ResumeSignInOutput> {
  const store = storage();
  const raw = store?.getItem(KEPT_STEP_KEY);
  if (!store || raw == null) return { status: 'none' };
  let kept: unknown;
  try {
    kept = JSON.parse(raw);
  } catch {
    kept = undefined;
  }
  const expiry = Number(store.getItem(AMPLIFY_EXPIRY));
  if (!isKept(kept) || store.getItem(AMPLIFY_SESSION) === null || !(expiry > Date.now())) {
    forgetSignInStep();
    return isKept(kept) ? { status: 'expired' } : { status: 'none' };
  }
  if (kept.step.signInStep === 'CONTINUE_SIGN_IN_WITH_TOTP_SETUP') return { status: 'inProgress', username: kept.username, nextStep: (await freshTotpSetup(kept.username)).nextStep };
  return { status: 'inProgress', username: kept.username, nextStep: kept.step };
}
