import { Button, ScreenLayout } from '../components/index.js';
import { useTranslate } from '../hooks/context.js';
import { useSelectFirstFactor } from '../hooks/screens/useSelectFirstFactor.js';
import { BackToSignIn } from './shared/BackToSignIn.js';
import { useHeadingFocus } from './shared/ScreenContext.js';
import { ScreenMessages } from './shared/ScreenMessages.js';
import type { ScreenProps } from './types.js';

export function SelectFirstFactor({ header, footer }: ScreenProps) {
  const translate = useTranslate();
  const screen = useSelectFirstFactor();
  const headingRef = useHeadingFocus();
  return (
    <ScreenLayout heading={translate('selectFirstFactor.heading')} headingRef={headingRef} header={header} footer={footer}>
      <ScreenMessages error={screen.error} notice={screen.notice} />
      <div className="gh-choices">
        {screen.challenges.map((challenge, index) => (
          <Button
            key={challenge}
            variant={index === 0 ? 'primary' : 'secondary'}
            fullWidth
            isPending={screen.isPending}
            onClick={() => {
              screen.choose(challenge);
            }}
          >
            {translate(`firstFactor.${challenge === 'PASSWORD_SRP' ? 'PASSWORD' : challenge}`)}
          </Button>
        ))}
      </div>
      <div className="gh-actions">
        <BackToSignIn />
      </div>
    </ScreenLayout>
  );
}

export { useSelectFirstFactor } from '../hooks/screens/useSelectFirstFactor.js';
