// `gatehouse/components`: the primitives every built-in screen is made of, so that a replaced screen looks like the rest.
export * from './components/index.js';
export { FormFields } from './screens/shared/FormFields.js';
export { ScreenMessages } from './screens/shared/ScreenMessages.js';
export { PasswordChecklist } from './screens/shared/PasswordChecklist.js';
export { DIAL_CODES } from './components/dialCodeList.js';
