// Device authentication's two legs, the device twin of USER_SRP_AUTH: DEVICE_SRP_AUTH answers the client's SRP_A
// with DEVICE_PASSWORD_VERIFIER (the salt ConfirmDevice stored, B, a secret block), and the claim signed with the
// device's secret proves the device. A remembered device then skips MFA where the pool lets it.
import type { User } from 'cognito-local/lib/services/userPoolService.js';
import { openChallenge, secondFactor, tokens, type AuthOutput, type ChallengeOutput, type Step } from './challenges.js';
import { deviceReplacesMfa, type DeviceRecord } from './devices.js';
import { cognitoError } from './errors.js';
import type { ChallengeSession } from './sessions.js';
import { claimSignature, parseTimestamp, serverKey, signaturesMatch, verifierChallenge } from './srp.js';

const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;

/** The device the sign-in presented, confirmed and the user's own; anything else fails as an unknown device does. */
function presentedDevice(step: Step, user: User, responses: Record<string, string>): DeviceRecord & { secret: NonNullable<DeviceRecord['secret']> } {
  if (responses.DEVICE_KEY !== undefined && responses.DEVICE_KEY !== step.deviceKey) throw cognitoError.invalidParameter('DEVICE_KEY does not match the device of this sign-in');
  const device = step.services.devices.find(step.context.pool.options.Id, user.Username, step.deviceKey);
  if (!device?.secret) throw cognitoError.deviceNotFound();
  return { ...device, secret: device.secret };
}

/** DEVICE_SRP_AUTH's answer: the device's SRP_A, met with B from the verifier ConfirmDevice stored. */
export function deviceVerifierChallenge(step: Step, user: User, responses: Record<string, string>): ChallengeOutput {
  const device = presentedDevice(step, user, responses);
  const srpA = responses.SRP_A ?? '';
  if (!/^[0-9a-fA-F]+$/.test(srpA)) throw cognitoError.invalidParameter('SRP_A is not a hexadecimal number');
  const srp = verifierChallenge(device.secret.verifier, device.secret.salt);
  const opened = openChallenge(step, user, 'DEVICE_PASSWORD_VERIFIER', {});
  const session = step.services.sessions.get(opened.Session);
  if (session) session.srp = { ...srp, A: BigInt(`0x${srpA}`), secretBlock: opened.Session };
  return {
    ...opened,
    ChallengeParameters: {
      SALT: srp.salt.toString(16),
      SRP_B: srp.B.toString(16),
      SECRET_BLOCK: opened.Session,
      USERNAME: user.Username,
      DEVICE_KEY: device.key,
    },
  };
}

/** Checks DEVICE_PASSWORD_VERIFIER's claim (signed over the group key and the device key); the session is spent either way. */
export async function verifyDeviceClaim(step: Step, session: ChallengeSession, user: User, responses: Record<string, string>): Promise<AuthOutput> {
  const { srp } = session;
  if (!srp) throw cognitoError.invalidSession();
  step.services.sessions.close(srp.secretBlock);
  const device = presentedDevice(step, user, responses);
  const timestamp = responses.TIMESTAMP ?? '';
  const signedAt = parseTimestamp(timestamp);
  if (!signedAt) throw cognitoError.invalidParameter('TIMESTAMP format should be EEE MMM d HH:mm:ss z yyyy in english.');
  if (Math.abs(signedAt.getTime() - Date.now()) > MAX_CLOCK_SKEW_MS) throw cognitoError.incorrectCredentials();
  const key = serverKey(srp, srp.A);
  const claimed = responses.PASSWORD_CLAIM_SIGNATURE ?? '';
  if (!key || !signaturesMatch(claimSignature(key, device.groupKey, device.key, srp.secretBlock, timestamp), claimed)) throw cognitoError.incorrectCredentials();
  return deviceReplacesMfa(step.context.pool, device) ? tokens(step, user) : secondFactor(step, user);
}
