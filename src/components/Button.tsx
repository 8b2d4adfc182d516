import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { classNames } from './classNames.js';

export type ButtonVariant = 'primary' | 'secondary' | 'link';

export interface ButtonProps extends ComponentPropsWithoutRef<'button'> {
  variant?: ButtonVariant | undefined;
  /** While a request runs: disabled, aria-busy, a spinner, and pendingLabel instead of the children. */
  isPending?: boolean | undefined;
  pendingLabel?: string | undefined;
  fullWidth?: boolean | undefined;
}

export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { variant = 'primary', isPending = false, pendingLabel, fullWidth = false, type = 'button', disabled, className, children, ...buttonProps },
  ref,
) {
  return (
    <button
      {...buttonProps}
      ref={ref}
      // 'button' by default: a stray submit is worse than a button that has to opt in to submitting.
      type={type}
      disabled={(disabled ?? false) || isPending}
      aria-busy={isPending ? true : undefined}
      className={classNames('gh-button', `gh-button--${variant}`, fullWidth && 'gh-button--full', className)}
    >
      {isPending && <span className="gh-spinner" aria-hidden="true" />}
      <span className="gh-button__label">{isPending && pendingLabel ? pendingLabel : children}</span>
    </button>
  );
});
