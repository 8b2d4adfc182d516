import { type ReactNode, forwardRef, useId, useState } from 'react';
import { classNames, idRefs } from './classNames.js';
import { FieldShell, hasHint } from './FieldShell.js';
import { EyeIcon, EyeOffIcon } from './icons.js';
import type { TextFieldProps } from './TextField.js';
import { useFieldIds } from './useFieldIds.js';

export interface PasswordFieldProps extends Omit<TextFieldProps, 'type' | 'children'> {
  /** Accessible name of the reveal toggle, e.g. "Show password". */
  showLabel: string;
  /** Tooltip of the toggle while the password is shown, e.g. "Hide password". */
  hideLabel: string;
  /** Rendered under the field, e.g. a live password checklist; the input is described by it. */
  children?: ReactNode;
}

/**
 * A password input with a show/hide toggle. Only the `type` attribute flips, so the input stays the same
 * uncontrolled element and keeps what was typed; the toggle re-renders this field alone.
 */
export const PasswordField = forwardRef<HTMLInputElement, PasswordFieldProps>(function PasswordField(
  { label, labelHidden, error, hint, required, id, className, showLabel, hideLabel, children, 'aria-describedby': describedBy, ...inputProps },
  ref,
) {
  const ids = useFieldIds(id);
  const extraId = useId();
  const [visible, setVisible] = useState(false);
  const hasExtra = children != null && children !== false;

  return (
    <FieldShell
      {...ids}
      label={label}
      labelHidden={labelHidden}
      hint={hint}
      error={error}
      required={required}
      className="gh-field--password"
      extra={
        hasExtra && (
          <div id={extraId} className="gh-field__extra">
            {children}
          </div>
        )
      }
    >
      <div className="gh-field__control">
        <input
          // Spell-checkers and autocorrect would otherwise see (and may upload) the revealed password.
          spellCheck={false}
          autoCapitalize="none"
          autoCorrect="off"
          {...inputProps}
          ref={ref}
          id={ids.inputId}
          type={visible ? 'text' : 'password'}
          className={classNames('gh-input', 'gh-input--password', className)}
          aria-invalid={error ? true : undefined}
          aria-required={required ? true : undefined}
          aria-describedby={idRefs(error && ids.errorId, hasHint(hint) && ids.hintId, hasExtra && extraId, describedBy)}
        />
        {/* The name stays "Show password" and aria-pressed carries the state (APG toggle button): a name
            that flipped to "Hide password" while pressed would announce the opposite of the truth. */}
        <button
          type="button"
          className="gh-field__toggle"
          aria-label={showLabel}
          aria-pressed={visible}
          aria-controls={ids.inputId}
          title={visible ? hideLabel : showLabel}
          onClick={() => {
            setVisible((shown) => !shown);
          }}
        >
          {visible ? <EyeOffIcon /> : <EyeIcon />}
        </button>
      </div>
    </FieldShell>
  );
});
