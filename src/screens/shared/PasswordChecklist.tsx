import { useWatch, type Control } from 'react-hook-form';
import { checkPassword } from '../../core/validation.js';
import type { PasswordPolicy } from '../../client/types.js';
import { useTranslate } from '../../hooks/context.js';
import type { FormValues } from '../../hooks/fields.js';
import type { MessageKey } from '../../i18n/en.js';

interface PasswordChecklistProps {
  control: Control<FormValues>;
  policy: PasswordPolicy;
}

/**
 * The policy's rules, ticked off live as the password is typed. It watches the password itself, so that
 * typing re-renders this list and not the screen.
 */
export function PasswordChecklist({ control, policy }: PasswordChecklistProps) {
  const translate = useTranslate();
  const password = useWatch({ control, name: 'password' });
  return (
    <div className="gh-checklist">
      <p className="gh-checklist__title">{translate('password.checklist')}</p>
      <ul>
        {checkPassword(policy, password).map(({ rule, met }) => (
          <li key={rule} className={met ? 'gh-checklist__rule gh-checklist__rule--met' : 'gh-checklist__rule'}>
            <span className="gh-visually-hidden">{translate(met ? 'password.rule.met' : 'password.rule.unmet')} </span>
            <span aria-hidden="true" className="gh-checklist__mark">
              {met ? '✓' : '•'}
            </span>
            {translate(`password.rule.${rule}` as MessageKey, { count: policy.minLength })}
          </li>
        ))}
      </ul>
    </div>
  );
}
