import { unreachable } from '../../core/unreachable.js';
import { Fragment, type ReactNode } from 'react';
import { Checkbox } from '../../components/Checkbox.js';
import { OneTimeCodeField, PasswordField, PhoneNumberField, TextField } from '../../components/index.js';
import { dialCodeName, type FieldSpec } from '../../hooks/fields.js';
import { useAuthenticatorContext } from '../../hooks/context.js';
import type { FormScreen } from '../../hooks/screens/useScreenForm.js';

const INPUT_TYPES = { text: 'text', email: 'email', date: 'date', url: 'url', number: 'number', datetime: 'datetime-local' } as const;

interface FormFieldsProps {
  form: Pick<FormScreen, 'fields' | 'register' | 'fieldErrors'>;
  /** Rendered under a given field, e.g. the password checklist under `password`. */
  after?: Partial<Record<string, ReactNode>>;
}

/** A screen's fields, each with the primitive its kind calls for, registered with the screen's form. */
export function FormFields({ form, after = {} }: FormFieldsProps) {
  const { translate, language } = useAuthenticatorContext();
  const { fields, register, fieldErrors } = form;
  return fields.map((field: FieldSpec) => {
    const common = {
      label: field.label,
      labelHidden: field.labelHidden,
      required: field.required,
      error: fieldErrors[field.name],
      autoComplete: field.autoComplete,
      ...(field.placeholder === undefined ? {} : { placeholder: field.placeholder }),
      ...field.inputProps,
    };
    switch (field.kind) {
      case 'password':
      case 'newPassword':
        return (
          <PasswordField key={field.name} {...common} {...register(field.name)} showLabel={translate('common.showPassword')} hideLabel={translate('common.hidePassword')}>
            {after[field.name]}
          </PasswordField>
        );
      case 'phone':
        return (
          <PhoneNumberField
            key={field.name}
            label={field.label}
            labelHidden={field.labelHidden}
            required={field.required}
            error={fieldErrors[field.name]}
            dialCodeLabel={translate('common.countryCode')}
            defaultDialCode={field.dialCode ?? '+1'}
            dialCodeList={field.dialCodes}
            locale={language}
            dialCodeProps={register(dialCodeName(field.name))}
            numberProps={{ ...register(field.name), ...field.inputProps, autoComplete: field.autoComplete, ...(field.placeholder === undefined ? {} : { placeholder: field.placeholder }) }}
          />
        );
      case 'code':
        // Cognito's codes are 6 digits, some passwordless ones 8.
        return (
          <Fragment key={field.name}>
            <OneTimeCodeField {...common} {...register(field.name)} maxLength={8} />
            {after[field.name]}
          </Fragment>
        );
      case 'checkbox':
        return <Checkbox key={field.name} label={field.label} required={field.required} error={fieldErrors[field.name]} {...register(field.name)} />;
      case 'text':
      case 'email':
      case 'date':
      case 'url':
      case 'number':
      case 'datetime':
        return (
          <TextField
            key={field.name}
            {...common}
            {...register(field.name)}
            type={INPUT_TYPES[field.kind]}
            {...(field.kind === 'email' ? { inputMode: 'email', spellCheck: false, autoCapitalize: 'none' } : {})}
            {...(field.name === 'username' ? { autoCapitalize: 'none', spellCheck: false } : {})}
            {...(field.kind === 'number' ? { step: 'any' } : {})}
          />
        );
      default:
        return unreachable(field.kind, 'field kind');
    }
  });
}
