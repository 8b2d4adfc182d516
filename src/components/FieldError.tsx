import { ErrorIcon } from './icons.js';

export interface FieldErrorProps {
  id: string;
  error?: string | undefined;
}

/** The message a field's aria-describedby points at; nothing is rendered while there is no error. */
export function FieldError({ id, error }: FieldErrorProps) {
  if (!error) return null;
  return (
    <p id={id} className="gh-field__error">
      <ErrorIcon className="gh-field__error-icon" />
      <span>{error}</span>
    </p>
  );
}
