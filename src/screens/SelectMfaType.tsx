import { useTranslate } from '../hooks/context.js';
import { useSelectMfaType } from '../hooks/screens/useSelectMfaType.js';
import { MfaChoiceView } from './shared/MfaChoiceView.js';
import type { ScreenProps } from './types.js';

export function SelectMfaType(props: ScreenProps) {
  const translate = useTranslate();
  return <MfaChoiceView {...props} screen={useSelectMfaType()} heading={translate('selectMfaType.heading')} />;
}

export { useSelectMfaType } from '../hooks/screens/useSelectMfaType.js';
