import type { ReactNode } from 'react';
import { classNames } from './classNames.js';

export interface DividerProps {
  /** Optional text in the middle, e.g. "or". */
  children?: ReactNode;
  className?: string | undefined;
}

/**
 * A plain rule is an <hr>. With text the lines are CSS only and the text stays readable: a separator role
 * would hide its children ("or") from screen readers.
 */
export function Divider({ children, className }: DividerProps) {
  if (children == null || children === false || children === '') {
    return <hr className={classNames('gh-divider', className)} />;
  }
  return (
    <div className={classNames('gh-divider', 'gh-divider--text', className)}>
      <span className="gh-divider__text">{children}</span>
    </div>
  );
}
