// `gatehouse/components`: the primitives every built-in screen is made of, so that a replaced screen looks like the rest.
export * from './components/index.js';
// Not in the internal barrel: there it changes how bundlers split the first load.
export { Checkbox, type CheckboxProps } from './components/Checkbox.js';
export { FormFieldsWithCode as FormFields } from './screens/shared/FormFieldsWithCode.js';
export { ScreenMessages } from './screens/shared/ScreenMessages.js';
export { PasswordChecklist } from './screens/shared/PasswordChecklist.js';
export { DIAL_CODES } from './components/dialCodeList.js';
