import { Button, RadioGroup, ScreenLayout } from '../components/index.js';
import { useTranslate } from '../hooks/context.js';
import { useSelectMfa } from '../hooks/screens/useSelectMfa.js';
import { BackToSignIn } from './shared/BackToSignIn.js';
import { useHeadingFocus } from './shared/ScreenContext.js';
import { ScreenMessages } from './shared/ScreenMessages.js';
import type { ScreenProps } from './types.js';

/** selectMfaType and selectMfaSetupType: a choice among exactly the MFA types the backend allows. */
export function SelectMfa({ header, footer }: ScreenProps) {
  const translate = useTranslate();
  const screen = useSelectMfa();
  const headingRef = useHeadingFocus();
  const setup = screen.purpose === 'setup';
  return (
    <ScreenLayout
      heading={translate(setup ? 'selectMfaSetupType.heading' : 'selectMfaType.heading')}
      headingRef={headingRef}
      {...(setup ? { description: translate('selectMfaSetupType.description') } : {})}
      header={header}
      footer={footer}
    >
      <ScreenMessages error={screen.error} notice={screen.notice} />
      <form className="gh-form" onSubmit={screen.onSubmit} noValidate>
        <RadioGroup
          label={translate('mfa.legend')}
          name="mfaType"
          defaultValue={screen.types[0]}
          options={screen.types.map((type) => ({ value: type, label: translate(`mfa.${type}`), description: translate(`mfa.${type}.description`) }))}
          inputProps={screen.register('mfaType')}
        />
        <Button type="submit" fullWidth isPending={screen.isPending} pendingLabel={translate('common.pleaseWait')}>
          {translate('selectMfa.submit')}
        </Button>
      </form>
      <div className="gh-actions">
        <BackToSignIn />
      </div>
    </ScreenLayout>
  );
}
