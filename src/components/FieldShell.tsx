import type { ReactNode } from 'react';
import { classNames } from './classNames.js';
import { FieldError } from './FieldError.js';
import { RequiredMarker } from './RequiredMarker.js';
import type { FieldIds } from './useFieldIds.js';

export interface FieldShellProps extends FieldIds {
  label: string;
  /** The label stays for screen readers, out of sight. */
  labelHidden?: boolean | undefined;
  hint?: ReactNode;
  error?: string | undefined;
  required?: boolean | undefined;
  className?: string | undefined;
  /** The control itself (input, or input plus its buttons). */
  children: ReactNode;
  /** Rendered under the messages, e.g. a live password checklist. */
  extra?: ReactNode;
}

/** Label, control, hint and error in the order every text-like field shares. */
export function FieldShell({ inputId, hintId, errorId, label, labelHidden, hint, error, required, className, children, extra }: FieldShellProps) {
  return (
    <div className={classNames('gh-field', error && 'gh-field--invalid', className)} data-invalid={error ? '' : undefined}>
      <label htmlFor={inputId} className={classNames('gh-field__label', labelHidden && 'gh-visually-hidden')}>
        {label}
        {required && <RequiredMarker />}
      </label>
      {children}
      {hasHint(hint) && (
        <div id={hintId} className="gh-field__hint">
          {hint}
        </div>
      )}
      <FieldError id={errorId} error={error} />
      {extra}
    </div>
  );
}

/** True when the hint would render, so the input only references ids that exist. */
export function hasHint(hint: ReactNode): boolean {
  return hint != null && hint !== false && hint !== '';
}
