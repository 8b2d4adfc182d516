import { Button } from '../../components/index.js';
import { hasBackToSignIn } from '../../core/route-table.js';
import { useTranslate } from '../../hooks/context.js';
import { useAuthenticator, type UseAuthenticator } from '../../hooks/useAuthenticator.js';

const pick = (context: UseAuthenticator) => [context.isPending, context.route];

/** The way back to sign-in, on every screen the core's route table gives one. */
export function BackToSignIn() {
  const translate = useTranslate();
  const { toSignIn, isPending, route } = useAuthenticator(pick);
  if (!hasBackToSignIn(route)) return null;
  return (
    <Button variant="link" onClick={toSignIn} disabled={isPending}>
      {translate('common.backToSignIn')}
    </Button>
  );
}
