// The primitives every screen is built from. Internal helpers (FieldShell, icons, ids) stay unexported.
export { Alert, type AlertProps, type AlertVariant } from './Alert.js';
export { Button, type ButtonProps, type ButtonVariant } from './Button.js';
export { type DialCode, flagEmoji, loadDialCodes } from './dialCodes.js';
export { Divider, type DividerProps } from './Divider.js';
export { OneTimeCodeField, type OneTimeCodeFieldProps, cleanOneTimeCode } from './OneTimeCodeField.js';
export { PasswordField, type PasswordFieldProps } from './PasswordField.js';
export {
  PhoneNumberField,
  type DialCodeSelectProps,
  type PhoneNumberFieldProps,
  type PhoneNumberInputProps,
} from './PhoneNumberField.js';
export { RadioGroup, type RadioGroupProps, type RadioInputProps, type RadioOption } from './RadioGroup.js';
export { ScreenLayout, type ScreenLayoutProps } from './ScreenLayout.js';
export { Tabs, type TabItem, type TabsProps } from './Tabs.js';
export { TextField, type NativeInputProps, type TextFieldProps } from './TextField.js';
export { VisuallyHidden, type VisuallyHiddenProps } from './VisuallyHidden.js';
