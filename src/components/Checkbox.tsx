import { type ReactNode, forwardRef } from 'react';
import { classNames, idRefs } from './classNames.js';
import { FieldError } from './FieldError.js';
import { hasHint } from './FieldShell.js';
import type { NativeInputProps } from './TextField.js';
import { useFieldIds } from './useFieldIds.js';

export interface CheckboxProps extends Omit<NativeInputProps, 'type'> {
  label: ReactNode;
  name: string;
  error?: string | undefined;
  hint?: ReactNode;
  required?: boolean | undefined;
}

/** A labelled checkbox, the label beside the box; like TextField, uncontrolled unless given `checked`. */
export const Checkbox = forwardRef<HTMLInputElement, CheckboxProps>(function Checkbox(
  { label, error, hint, required, id, className, 'aria-describedby': describedBy, ...inputProps },
  ref,
) {
  const ids = useFieldIds(id);
  return (
    <div className={classNames('gh-field gh-checkbox', error && 'gh-field--invalid', className)} data-invalid={error ? '' : undefined}>
      <div className="gh-checkbox__control">
        <input
          {...inputProps}
          ref={ref}
          id={ids.inputId}
          type="checkbox"
          className="gh-checkbox__input"
          aria-invalid={error ? true : undefined}
          aria-required={required ? true : undefined}
          aria-describedby={idRefs(error && ids.errorId, hasHint(hint) && ids.hintId, describedBy)}
        />
        <label htmlFor={ids.inputId} className="gh-field__label">
          {label}
        </label>
      </div>
      {hasHint(hint) && (
        <div id={ids.hintId} className="gh-field__hint">
          {hint}
        </div>
      )}
      <FieldError id={ids.errorId} error={error} />
    </div>
  );
});
