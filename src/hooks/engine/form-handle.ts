import type { RouteName } from '../../core/route.js';
import type { FieldSpec } from '../fields.js';

/**
 * The form on screen, as the engine reaches it for Amplify UI's `submitForm`, `updateForm` and `updateBlur`
 * (an app's own form controls, or a custom screen, drive the built-in one through them).
 */
export interface FormHandle {
  route: RouteName;
  fields: readonly FieldSpec[];
  /** Submits with these values merged in, as a submit of the form itself does (validation first). */
  submit: (values?: Readonly<Record<string, unknown>>) => void;
  update: (name: string, value: unknown) => void;
  blur: (name: string) => void;
}
