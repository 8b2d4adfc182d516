import { type ComponentPropsWithRef, type ReactNode, forwardRef, useId } from 'react';
import { classNames, idRefs } from './classNames.js';
import { type DialCode, DIAL_CODES, flagEmoji } from './dialCodes.js';
import { FieldError } from './FieldError.js';
import { hasHint } from './FieldShell.js';
import { RequiredMarker } from './RequiredMarker.js';

export type DialCodeSelectProps = Omit<ComponentPropsWithRef<'select'>, 'id' | 'children' | 'multiple'>;
export type PhoneNumberInputProps = Omit<ComponentPropsWithRef<'input'>, 'id' | 'type' | 'children' | 'required'>;

export interface PhoneNumberFieldProps {
  /** The legend, which also names the number input. */
  label: string;
  /** Accessible label of the dial-code select, e.g. "Country code". */
  dialCodeLabel: string;
  /** Spread on the select, e.g. register('dial_code'). */
  dialCodeProps?: DialCodeSelectProps;
  /** Spread on the number input, e.g. register('phone_number'). */
  numberProps?: PhoneNumberInputProps;
  defaultDialCode?: string | undefined;
  /** Defaults to DIAL_CODES; pass a subset to offer only the countries your SMS provider reaches. */
  dialCodes?: readonly DialCode[];
  error?: string | undefined;
  hint?: ReactNode;
  required?: boolean | undefined;
  className?: string | undefined;
}

/**
 * Dial code + national number as two separately registered controls grouped under one legend, so the
 * form decides how to join them (E.164) and neither control needs state here.
 */
export const PhoneNumberField = forwardRef<HTMLFieldSetElement, PhoneNumberFieldProps>(function PhoneNumberField(
  {
    label,
    dialCodeLabel,
    dialCodeProps = {},
    numberProps = {},
    defaultDialCode = '+1',
    dialCodes = DIAL_CODES,
    error,
    hint,
    required,
    className,
  },
  ref,
) {
  const id = useId();
  const legendId = `${id}-legend`;
  const selectId = `${id}-dial-code`;
  const numberId = `${id}-number`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = idRefs(error && errorId, hasHint(hint) && hintId);
  const { className: selectClassName, ...selectProps } = dialCodeProps;
  const { className: numberClassName, 'aria-describedby': numberDescribedBy, ...inputProps } = numberProps;

  return (
    <fieldset ref={ref} className={classNames('gh-field', 'gh-phone', error && 'gh-field--invalid', className)}>
      <legend id={legendId} className="gh-field__label gh-phone__legend">
        {label}
        {required && <RequiredMarker />}
      </legend>
      <div className="gh-phone__controls">
        <label htmlFor={selectId} className="gh-visually-hidden">
          {dialCodeLabel}
        </label>
        <select
          defaultValue={defaultDialCode}
          autoComplete="tel-country-code"
          {...selectProps}
          id={selectId}
          className={classNames('gh-input', 'gh-select', selectClassName)}
          aria-describedby={describedBy}
        >
          {dialCodes.map(({ code, country }) => (
            // The flag alone is not read the same everywhere (and US/CA share +1), so the name spells the country.
            <option key={`${country}${code}`} value={code} aria-label={`${country} ${code}`}>
              {`${flagEmoji(country)} ${code}`}
            </option>
          ))}
        </select>
        <input
          autoComplete="tel-national"
          inputMode="tel"
          {...inputProps}
          id={numberId}
          type="tel"
          className={classNames('gh-input', 'gh-phone__number', numberClassName)}
          aria-labelledby={legendId}
          aria-invalid={error ? true : undefined}
          aria-required={required ? true : undefined}
          aria-describedby={idRefs(describedBy, numberDescribedBy)}
        />
      </div>
      {hasHint(hint) && (
        <div id={hintId} className="gh-field__hint">
          {hint}
        </div>
      )}
      <FieldError id={errorId} error={error} />
    </fieldset>
  );
});
