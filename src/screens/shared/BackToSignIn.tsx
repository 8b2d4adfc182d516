import { Button } from '../../components/index.js';
import { hasBackToSignIn } from '../../core/route-table.js';
import { useTranslate } from '../../hooks/context.js';
import { useAuthenticator, type UseAuthenticator } from '../../hooks/useAuthenticator.js';

const pick = (context: UseAuthenticator) => [context.routeDetails];

/** The way back to sign-in, on every screen the core's route table gives one; it lets go of a call under way. */
export function BackToSignIn() {
  const translate = useTranslate();
  const { toSignIn, routeDetails } = useAuthenticator(pick);
  if (!hasBackToSignIn(routeDetails.name)) return null;
  return (
    // Usable while a call is under way: a call that never answers must not trap the user.
    <Button variant="link" onClick={toSignIn}>
      {translate('common.backToSignIn')}
    </Button>
  );
}
