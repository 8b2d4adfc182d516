import { Checkbox } from '../../components/Checkbox.js';
import { useTranslate } from '../../hooks/context.js';
import type { RememberDeviceChoice } from '../../hooks/screens/useConfirmSignIn.js';

/** "Remember this device" under an MFA code: a remembered device is not asked for a code next time. */
export function RememberDevice({ choice, disabled }: { choice: RememberDeviceChoice; disabled: boolean }) {
  const translate = useTranslate();
  return (
    <Checkbox
      name="remember_device"
      label={translate('confirmSignIn.rememberDevice')}
      checked={choice.checked}
      disabled={disabled}
      onChange={(event) => {
        choice.onChange(event.currentTarget.checked);
      }}
    />
  );
}
