import { Button } from '../../components/index.js';
import { useTranslate } from '../../hooks/context.js';
import { useAuthenticator } from '../../hooks/useAuthenticator.js';

const pickNothing = () => [];

/** Sign-in's default footer, as in Amplify UI: the way to reset a forgotten password (an app's Footer replaces it). */
export function SignInFooter() {
  const translate = useTranslate();
  const { toForgotPassword } = useAuthenticator(pickNothing);
  return (
    <Button variant="link" onClick={toForgotPassword}>
      {translate('signIn.forgotPassword')}
    </Button>
  );
}
