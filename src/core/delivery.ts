import type { CodeDeliveryDetails } from '../client/types.js';

/**
 * The optional `codeDeliveryDetails` of a route, spread into it: with exactOptionalPropertyTypes the key must
 * be absent, not undefined, when the backend said nothing about where the code went.
 */
export function deliveryPayload(
  codeDeliveryDetails: CodeDeliveryDetails | undefined,
): { codeDeliveryDetails?: CodeDeliveryDetails } {
  return codeDeliveryDetails === undefined ? {} : { codeDeliveryDetails };
}
