import { type ComponentPropsWithRef, type ReactNode, forwardRef, useId } from 'react';
import { classNames, idRefs } from './classNames.js';
import { FieldError } from './FieldError.js';
import { hasHint } from './FieldShell.js';
import { RequiredMarker } from './RequiredMarker.js';

export interface RadioOption {
  value: string;
  label: string;
  description?: string | undefined;
}

/** Spread on every radio, e.g. register('mfaType'): react-hook-form groups radios sharing its ref callback. */
export type RadioInputProps = Omit<
  ComponentPropsWithRef<'input'>,
  'type' | 'value' | 'id' | 'checked' | 'defaultChecked' | 'children' | 'aria-labelledby' | 'aria-describedby'
>;

export interface RadioGroupProps {
  label: string;
  name: string;
  options: readonly RadioOption[];
  defaultValue?: string | undefined;
  error?: string | undefined;
  hint?: ReactNode;
  required?: boolean | undefined;
  inputProps?: RadioInputProps;
  className?: string | undefined;
}

/** Native radios (arrow keys, form reset, autofill all free) dressed as large selectable cards. */
export const RadioGroup = forwardRef<HTMLFieldSetElement, RadioGroupProps>(function RadioGroup(
  { label, name, options, defaultValue, error, hint, required, inputProps, className },
  ref,
) {
  const id = useId();
  const legendId = `${id}-legend`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;

  return (
    // role="radiogroup" (allowed on fieldset) because aria-invalid and aria-required are not supported on a plain group.
    <fieldset
      ref={ref}
      role="radiogroup"
      aria-labelledby={legendId}
      aria-describedby={idRefs(error && errorId, hasHint(hint) && hintId)}
      aria-invalid={error ? true : undefined}
      aria-required={required ? true : undefined}
      className={classNames('gh-field', 'gh-radio-group', error && 'gh-field--invalid', className)}
    >
      <legend id={legendId} className="gh-field__label gh-radio-group__legend">
        {label}
        {required && <RequiredMarker />}
      </legend>
      {hasHint(hint) && (
        <div id={hintId} className="gh-field__hint">
          {hint}
        </div>
      )}
      <div className="gh-radio-group__options">
        {options.map((option, index) => {
          const optionId = `${id}-option-${index}`;
          const labelId = `${optionId}-label`;
          const descriptionId = `${optionId}-description`;
          return (
            <label key={option.value} htmlFor={optionId} className="gh-radio-card">
              <input
                {...inputProps}
                type="radio"
                id={optionId}
                name={name}
                value={option.value}
                defaultChecked={defaultValue === undefined ? undefined : option.value === defaultValue}
                className="gh-radio-card__input"
                // The name is the option's label alone; its description is read as a description.
                aria-labelledby={labelId}
                aria-describedby={option.description ? descriptionId : undefined}
              />
              <span className="gh-radio-card__text">
                <span id={labelId} className="gh-radio-card__label">
                  {option.label}
                </span>
                {option.description && (
                  <span id={descriptionId} className="gh-radio-card__description">
                    {option.description}
                  </span>
                )}
              </span>
            </label>
          );
        })}
      </div>
      <FieldError id={errorId} error={error} />
    </fieldset>
  );
});
