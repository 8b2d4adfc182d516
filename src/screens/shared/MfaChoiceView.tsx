import { Button, RadioGroup, ScreenLayout } from '../../components/index.js';
import { useTranslate } from '../../hooks/context.js';
import type { MfaChoiceScreen } from '../../hooks/screens/useMfaChoice.js';
import type { ScreenProps } from '../types.js';
import { BackToSignIn } from './BackToSignIn.js';
import { useHeadingFocus } from './ScreenContext.js';
import { ScreenMessages } from './ScreenMessages.js';

interface MfaChoiceViewProps extends ScreenProps {
  screen: MfaChoiceScreen;
  heading: string;
  description?: string;
}

/** A choice among exactly the MFA types the backend allows: to sign in with, or to set up. */
export function MfaChoiceView({ screen, heading, description, header, footer }: MfaChoiceViewProps) {
  const translate = useTranslate();
  const headingRef = useHeadingFocus();
  return (
    <ScreenLayout heading={heading} headingRef={headingRef} {...(description === undefined ? {} : { description })} header={header} footer={footer}>
      <ScreenMessages error={screen.error} notice={screen.notice} />
      <form className="gh-form" {...screen.formProps}>
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
