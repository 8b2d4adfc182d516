import type { RouteName, RouteOf } from '../../core/route.js';
import { useRouteDetails } from '../useAuthenticator.js';

/**
 * The current route, narrowed to the screen's own. The Router renders a screen only on its route, so another
 * one here is a bug (a screen's hook called elsewhere): it throws rather than making up a payload.
 */
export function useRoute<Name extends RouteName>(name: Name): RouteOf<Name> {
  const { routeDetails } = useRouteDetails();
  if (routeDetails.name !== name) throw new Error(`The ${name} screen's hook was called on the ${routeDetails.name} route.`);
  return routeDetails as RouteOf<Name>;
}
