import { type ComponentPropsWithoutRef, type ReactNode, forwardRef } from 'react';
import { classNames } from './classNames.js';
import { CloseIcon, ErrorIcon, InfoIcon, SuccessIcon } from './icons.js';

export type AlertVariant = 'error' | 'info' | 'success';

type Dismiss =
  | { /** Renders a close button; dismissLabel is its accessible name. */ onDismiss: () => void; dismissLabel: string }
  | { onDismiss?: undefined; dismissLabel?: undefined };

export type AlertProps = Omit<ComponentPropsWithoutRef<'div'>, 'role' | 'children'> &
  Dismiss & {
    variant: AlertVariant;
    children: ReactNode;
  };

const ICONS = { error: ErrorIcon, info: InfoIcon, success: SuccessIcon } as const;

/** Errors interrupt (role="alert"); info and success wait for a pause (role="status"). */
export const Alert = forwardRef<HTMLDivElement, AlertProps>(function Alert(
  { variant, children, onDismiss, dismissLabel, className, ...divProps },
  ref,
) {
  const Icon = ICONS[variant];
  return (
    <div
      {...divProps}
      ref={ref}
      role={variant === 'error' ? 'alert' : 'status'}
      className={classNames('gh-alert', `gh-alert--${variant}`, className)}
    >
      <Icon className="gh-alert__icon" />
      <div className="gh-alert__content">{children}</div>
      {onDismiss && (
        <button type="button" className="gh-alert__dismiss" aria-label={dismissLabel} onClick={onDismiss}>
          <CloseIcon />
        </button>
      )}
    </div>
  );
});
