import type { CodeDeliveryDetails } from '../../client/types.js';
import { useTranslate } from '../../hooks/context.js';

/** Where the code went: "We emailed a code to j***@e***." */
export function CodeDelivery({ details }: { details: CodeDeliveryDetails | undefined }) {
  const translate = useTranslate();
  if (details?.destination === undefined) return <>{translate('delivery.none')}</>;
  return <>{translate(`delivery.${details.deliveryMedium ?? 'UNKNOWN'}`, { destination: details.destination })}</>;
}
