import { useTranslate } from '../hooks/context.js';
import { useCustomChallenge } from '../hooks/screens/useCustomChallenge.js';
import { FormScreenView } from './FormScreenView.js';
import type { ScreenProps } from './types.js';

export function CustomChallenge(props: ScreenProps) {
  const translate = useTranslate();
  const screen = useCustomChallenge();
  return (
    <FormScreenView
      {...props}
      screen={screen}
      heading={translate('customChallenge.heading')}
      description={screen.prompt}
      submitLabel={translate('customChallenge.submit')}
      pendingLabel={translate('common.pleaseWait')}
    />
  );
}

export { useCustomChallenge } from '../hooks/screens/useCustomChallenge.js';
