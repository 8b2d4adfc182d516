import { type ClipboardEvent, forwardRef } from 'react';
import { classNames, idRefs } from './classNames.js';
import { FieldShell, hasHint } from './FieldShell.js';
import { setNativeValue } from './setNativeValue.js';
import type { TextFieldProps } from './TextField.js';
import { useFieldIds } from './useFieldIds.js';

export type OneTimeCodeFieldProps = Omit<TextFieldProps, 'type'>;

// Codes copied from an SMS on an Arabic or Persian keyboard, or from full-width text, arrive in those
// digit sets; each block below starts at a code point ending in 0, so the low nibble is the digit.
const NON_ASCII_DIGITS = /[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]/g;

/** Keeps only the digits of a pasted code: "123 456", "123-456" and "١٢٣٤٥٦" all become "123456". */
export function cleanOneTimeCode(text: string): string {
  return text.replace(NON_ASCII_DIGITS, (digit) => String(digit.charCodeAt(0) & 0xf)).replace(/\D/g, '');
}

/**
 * One input for the whole code (not one box per digit): that is what SMS autofill, password managers and
 * screen readers handle best. Still uncontrolled: a cleaned paste is written natively and announced with an
 * `input` event.
 */
export const OneTimeCodeField = forwardRef<HTMLInputElement, OneTimeCodeFieldProps>(function OneTimeCodeField(
  { label, labelHidden, error, hint, required, id, className, maxLength = 6, onPaste, 'aria-describedby': describedBy, ...inputProps },
  ref,
) {
  const ids = useFieldIds(id);

  function handlePaste(event: ClipboardEvent<HTMLInputElement>) {
    onPaste?.(event);
    if (event.defaultPrevented) return;
    const pasted = event.clipboardData.getData('text');
    const digits = cleanOneTimeCode(pasted);
    // An already clean paste is left to the browser, which keeps its undo history.
    if (digits === pasted) return;
    event.preventDefault();
    const input = event.currentTarget;
    const start = input.selectionStart ?? input.value.length;
    const end = input.selectionEnd ?? start;
    // maxLength only limits what the user types, not what a script writes, so cut here.
    const next = (input.value.slice(0, start) + digits + input.value.slice(end)).slice(0, maxLength);
    setNativeValue(input, next);
    const caret = Math.min(start + digits.length, next.length);
    input.setSelectionRange(caret, caret);
  }

  return (
    <FieldShell {...ids} label={label} labelHidden={labelHidden} hint={hint} error={error} required={required} className="gh-field--code">
      <input
        autoComplete="one-time-code"
        inputMode="numeric"
        pattern="[0-9]*"
        spellCheck={false}
        {...inputProps}
        ref={ref}
        id={ids.inputId}
        type="text"
        maxLength={maxLength}
        onPaste={handlePaste}
        className={classNames('gh-input', 'gh-input--code', className)}
        aria-invalid={error ? true : undefined}
        aria-required={required ? true : undefined}
        aria-describedby={idRefs(error && ids.errorId, hasHint(hint) && ids.hintId, describedBy)}
      />
    </FieldShell>
  );
});
