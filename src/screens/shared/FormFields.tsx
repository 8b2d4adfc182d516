import { unreachable } from '../../core/unreachable.js';
import { Fragment, type ComponentType, type ReactNode } from 'react';
import { Checkbox } from '../../components/Checkbox.js';
import { PasswordField, PhoneNumberField, TextField, type OneTimeCodeFieldProps } from '../../components/index.js';
import { dialCodeName, type FieldSpec } from '../../hooks/fields.js';
import { useAuthenticatorContext } from '../../hooks/context.js';
import type { FormScreen } from '../../hooks/screens/useScreenForm.js';

const INPUT_TYPES = { text: 'text', email: 'email', date: 'date', url: 'url', number: 'number', datetime: 'datetime-local' } as const;

interface FormFieldsProps {
  form: Pick<FormScreen, 'fields' | 'register' | 'fieldErrors'>;
  /** Rendered under a given field, e.g. the password checklist under `password`. */
  after?: Partial<Record<string, ReactNode>>;
  /**
   * The one-time code input, given by the screens that ask for a code (all loaded lazily): the start screens
   * have none, so it stays out of the first load.
   */
  codeField?: ComponentType<OneTimeCodeFieldProps> | undefined;
}

/** A screen's fields, each with the primitive its kind calls for, registered with the screen's form. */
export function FormFields({ form, after = {}, codeField: CodeField }: FormFieldsProps) {
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
        if (!CodeField) throw new Error(`The code field "${field.name}" is on a screen that gives no code input.`);
        // Cognito's codes are 6 digits, some passwordless ones 8.
        return (
          <Fragment key={field.name}>
            <CodeField {...common} {...register(field.name)} maxLength={8} />
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
