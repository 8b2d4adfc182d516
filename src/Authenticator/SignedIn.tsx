import { Button } from '../components/index.js';
import type { AuthUser } from '../client/types.js';
import { useTranslate } from '../hooks/context.js';

/** What shows once signed in when the app gives no children: who, and a way out. */
export function SignedIn({ user, signOut }: { user: AuthUser; signOut: () => void }) {
  const translate = useTranslate();
  return (
    <div className="gh-signed-in">
      <p>{translate('authenticated.signedInAs', { name: user.signInDetails?.loginId ?? user.username })}</p>
      <Button variant="secondary" onClick={signOut}>
        {translate('common.signOut')}
      </Button>
    </div>
  );
}
