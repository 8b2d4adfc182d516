import type { Context } from 'cognito-local/lib/services/context.js';
import type { User, UserPoolService } from 'cognito-local/lib/services/userPoolService.js';
import { attribute, type EmulatorServices } from './emulator-services.js';
import { cognitoError } from './errors.js';

/** As Cognito masks a destination: `j***@e***`, `+*******0100`. */
export function maskDestination(destination: string): string {
  if (destination.includes('@')) {
    const [local = '', domain = ''] = destination.split('@');
    return `${local.slice(0, 1)}***@${domain.slice(0, 1)}***`;
  }
  return `+${'*'.repeat(Math.max(0, destination.length - 5))}${destination.slice(-4)}`;
}

export interface Delivery {
  code: string;
  medium: 'EMAIL' | 'SMS';
  attributeName: 'email' | 'phone_number';
  destination: string;
}

type Source = 'Authentication' | 'ResendCode' | 'UpdateUserAttribute' | 'VerifyUserAttribute';

/**
 * Sends a fresh code to the user's email or phone number through cognito-local's message service; `to` is another
 * address or number to send it to (a new one that waits for verification).
 */
export async function sendCode(
  services: EmulatorServices,
  ctx: Context,
  pool: UserPoolService,
  clientId: string,
  user: User,
  medium: 'EMAIL' | 'SMS',
  source: Source,
  to?: string,
): Promise<Delivery> {
  const attributeName = medium === 'EMAIL' ? 'email' : 'phone_number';
  const destination = to ?? attribute(user, attributeName);
  if (!destination) throw cognitoError.invalidParameter(`User has no ${attributeName} to send a code to.`);
  const code = services.otp();
  await services.messages.deliver(ctx, source, clientId, pool.options.Id, user, code, undefined, {
    AttributeName: attributeName,
    DeliveryMedium: medium,
    Destination: destination,
  } as Parameters<EmulatorServices['messages']['deliver']>[7]);
  return { code, medium, attributeName, destination: maskDestination(destination) };
}
