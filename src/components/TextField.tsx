import { type ComponentPropsWithoutRef, type ReactNode, forwardRef } from 'react';
import { classNames, idRefs } from './classNames.js';
import { FieldShell, hasHint } from './FieldShell.js';
import { useFieldIds } from './useFieldIds.js';

/** Every native input attribute except the ones the field owns (name is required, required becomes aria-required). */
export type NativeInputProps = Omit<ComponentPropsWithoutRef<'input'>, 'name' | 'required' | 'children'>;

export interface TextFieldProps extends NativeInputProps {
  label: string;
  /** The label stays for screen readers, out of sight. */
  labelHidden?: boolean | undefined;
  name: string;
  error?: string | undefined;
  hint?: ReactNode;
  required?: boolean | undefined;
}

/**
 * A labelled text input. Uncontrolled on purpose: react-hook-form's register() spreads
 * { name, onChange, onBlur, ref } onto it and typing re-renders nothing.
 */
export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField(
  { label, labelHidden, error, hint, required, id, className, 'aria-describedby': describedBy, type = 'text', ...inputProps },
  ref,
) {
  const ids = useFieldIds(id);
  return (
    <FieldShell {...ids} label={label} labelHidden={labelHidden} hint={hint} error={error} required={required}>
      <input
        {...inputProps}
        ref={ref}
        id={ids.inputId}
        type={type}
        className={classNames('gh-input', className)}
        aria-invalid={error ? true : undefined}
        aria-required={required ? true : undefined}
        aria-describedby={idRefs(error && ids.errorId, hasHint(hint) && ids.hintId, describedBy)}
      />
    </FieldShell>
  );
});
