import type { ComponentPropsWithoutRef } from 'react';
import { classNames } from './classNames.js';

export type VisuallyHiddenProps = ComponentPropsWithoutRef<'span'>;

/** Text for assistive tech only; the clip pattern keeps it in the accessibility tree (display:none would not). */
export function VisuallyHidden({ className, ...spanProps }: VisuallyHiddenProps) {
  return <span {...spanProps} className={classNames('gh-visually-hidden', className)} />;
}
