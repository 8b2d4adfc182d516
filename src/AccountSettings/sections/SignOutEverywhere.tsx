import { Button, ScreenLayout } from '../../components/index.js';
import { useAccount } from '../../hooks/account/context.js';
import { useSignOutEverywhere } from '../../hooks/account/useSignOutEverywhere.js';
import { SectionMessages, withScope } from '../parts.js';
import type { SignOutEverywhereProps } from '../types.js';

function SignOutEverywhereView({ components = {} }: SignOutEverywhereProps) {
  const { translate } = useAccount();
  const section = useSignOutEverywhere();
  const { Section } = components;
  if (Section) return <Section section={section} />;
  return (
    <ScreenLayout heading={translate('account.signOutEverywhere.heading')} description={translate('account.signOutEverywhere.description')} className="gh-account-section">
      <SectionMessages error={section.error} notice={section.notice} />
      <div className="gh-account-row">
        <Button variant="secondary" onClick={section.signOutEverywhere} isPending={section.isPending} pendingLabel={translate('account.signOutEverywhere.pending')}>
          {translate('account.signOutEverywhere.submit')}
        </Button>
      </div>
    </ScreenLayout>
  );
}

export const SignOutEverywhere = withScope(SignOutEverywhereView);
