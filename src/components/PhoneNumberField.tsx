import { type ComponentPropsWithRef, type ReactNode, type RefObject, forwardRef, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { classNames, idRefs } from './classNames.js';
import { type DialCode, flagEmoji, loadDialCodes } from './dialCodes.js';
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
  /** The countries offered; default: every country calling code (loaded when the field first shows). */
  dialCodes?: readonly DialCode[] | undefined;
  /** Only these dial codes ('+1', '+44'…), as Amplify UI's `dialCodeList`: say which your SMS provider reaches. */
  dialCodeList?: readonly string[] | undefined;
  /** The language the countries are named in for screen readers (default: the page's). */
  locale?: string | undefined;
  /** The legend stays for screen readers, out of sight. */
  labelHidden?: boolean | undefined;
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
    dialCodes,
    dialCodeList,
    locale,
    labelHidden,
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
  const { options, controlsRef } = useDialCodeOptions(defaultDialCode, dialCodes, dialCodeList);
  const regionName = useRegionNames(locale);

  return (
    <fieldset ref={ref} className={classNames('gh-field', 'gh-phone', error && 'gh-field--invalid', className)} data-invalid={error ? '' : undefined}>
      <legend id={legendId} className={classNames('gh-field__label', 'gh-phone__legend', labelHidden && 'gh-visually-hidden')}>
        {label}
        {required && <RequiredMarker />}
      </legend>
      <div ref={controlsRef} className="gh-phone__controls">
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
          {options.map(({ code, country }) => (
            // The flag alone is not read the same everywhere (and US/CA share +1), so the name spells the country.
            <option key={`${country}${code}`} value={code} aria-label={country === '' ? code : `${regionName(country)} ${code}`}>
              {country === '' ? code : `${flagEmoji(country)} ${code}`}
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

/**
 * The options: the app's own list, its dial codes, or every country (fetched once the field shows; until then,
 * and on the server, the selected code alone, so the markup is the same on both sides). The code chosen, or
 * typed in, before the list arrives stays chosen after.
 */
function useDialCodeOptions(
  selected: string,
  dialCodes: readonly DialCode[] | undefined,
  dialCodeList: readonly string[] | undefined,
): { options: readonly DialCode[]; controlsRef: RefObject<HTMLDivElement | null> } {
  const [all, setAll] = useState<readonly DialCode[] | undefined>(undefined);
  // The select is reached through its wrapper: its own ref is the form's (react-hook-form's register).
  const controlsRef = useRef<HTMLDivElement | null>(null);
  const kept = useRef<string | undefined>(undefined);
  const needed = dialCodes === undefined && dialCodeList === undefined;
  useEffect(() => {
    if (!needed) return;
    let current = true;
    void loadDialCodes().then((loaded) => {
      if (!current) return;
      kept.current = controlsRef.current?.querySelector('select')?.value;
      setAll(loaded);
    });
    return () => {
      current = false;
    };
  }, [needed]);
  useLayoutEffect(() => {
    const select = controlsRef.current?.querySelector('select');
    if (kept.current !== undefined && select) select.value = kept.current;
    kept.current = undefined;
  }, [all]);
  // A code alone names no country: several share some codes (+1, +7, +44).
  const options = dialCodes ?? (dialCodeList ? dialCodeList.map((code) => ({ code, country: '' })) : (all ?? [{ code: selected, country: '' }]));
  return { options, controlsRef };
}

/** Country names in the page's language ("France", "Frankreich"), from the platform. */
function useRegionNames(locale: string | undefined): (country: string) => string {
  return useMemo(() => {
    const names = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(locale === undefined ? [] : [locale], { type: 'region' }) : undefined;
    return (country: string) => names?.of(country) ?? country;
  }, [locale]);
}
