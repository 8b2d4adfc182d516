import { useTranslate } from '../hooks/context.js';
import { useSelectMfaSetupType } from '../hooks/screens/useSelectMfaSetupType.js';
import { MfaChoiceView } from './shared/MfaChoiceView.js';
import type { ScreenProps } from './types.js';

export function SelectMfaSetupType(props: ScreenProps) {
  const translate = useTranslate();
  return (
    <MfaChoiceView
      {...props}
      screen={useSelectMfaSetupType()}
      heading={translate('selectMfaSetupType.heading')}
      description={translate('selectMfaSetupType.description')}
    />
  );
}

export { useSelectMfaSetupType } from '../hooks/screens/useSelectMfaSetupType.js';
