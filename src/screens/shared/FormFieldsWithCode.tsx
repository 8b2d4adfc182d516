import type { ComponentProps } from 'react';
import { OneTimeCodeField } from '../../components/OneTimeCodeField.js';
import { FormFields } from './FormFields.js';

/**
 * FormFields as `gatehouse/components` gives it, for an app's own screens: a code field renders with the
 * one-time code input, as on Gatehouse's code screens. (Gatehouse's start screens use FormFields without it,
 * so that the input stays out of the first load.)
 */
export function FormFieldsWithCode(props: ComponentProps<typeof FormFields>) {
  return <FormFields codeField={OneTimeCodeField} {...props} />;
}
