import { offersPasskey, type AccountCheck } from '../../../core/account-check.js';
import type { FlowEvent } from '../../../core/flow-state.js';
import type { UserAttributes, VerifiableUserAttributeKey } from '../../../client/types.js';
import type { ActionDeps } from '../deps.js';
import type { ActionResult } from '../state.js';
import { passkeyPromptRule } from '../../passkey-prompt-rule.js';

/** The look at the account after DONE: contact verified? passkey to offer? */
export async function accountCheck(deps: ActionDeps): Promise<FlowEvent> {
  const { client } = deps;
  const user = await deps.services().getCurrentUser();
  // Attributes unreadable (a backend that hides them): nothing to verify rather than a dead end.
  const attributes = await client.fetchUserAttributes().catch((): UserAttributes => ({ email_verified: 'true' }));
  const offerPasskey = offersPasskey({
    attempt: deps.flow().attempt,
    rule: passkeyPromptRule(deps.settings().passwordless),
    backendTakesPasskeys: client.getBackendConfig().passwordless?.firstFactors.includes('WEB_AUTHN') ?? false,
    browserCreatesPasskeys: typeof PublicKeyCredential !== 'undefined',
  });
  // A list that cannot be read counts as "has one": better no prompt than a second passkey.
  const hasPasskey = offerPasskey
    ? await client.listWebAuthnCredentials().then(
        (list) => list.credentials.length > 0,
        () => true,
      )
    : false;
  const check: AccountCheck = { attributes, offerPasskey, hasPasskey };
  return { type: 'accountChecked', user, check };
}

export async function checkAccount(deps: ActionDeps): Promise<ActionResult> {
  return { events: [await accountCheck(deps)] };
}

export async function sendVerificationCode(deps: ActionDeps, attribute: VerifiableUserAttributeKey): Promise<ActionResult> {
  const codeDeliveryDetails = await deps.client.sendUserAttributeVerificationCode({ userAttributeKey: attribute });
  return { events: [{ type: 'verificationCodeSent', attribute, codeDeliveryDetails }] };
}

export async function confirmVerification(deps: ActionDeps, input: { attribute: VerifiableUserAttributeKey; code: string }): Promise<ActionResult> {
  await deps.client.confirmUserAttribute({ userAttributeKey: input.attribute, confirmationCode: input.code });
  return { events: [{ type: 'accountStepDone' }] };
}

export async function createPasskey(deps: ActionDeps): Promise<ActionResult> {
  await deps.client.associateWebAuthnCredential();
  return { events: [{ type: 'accountStepDone' }, { type: 'noticed', notice: 'passkeyCreated' }] };
}
