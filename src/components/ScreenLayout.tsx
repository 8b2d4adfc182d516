import { type ReactNode, type Ref, useId } from 'react';
import { classNames } from './classNames.js';

export interface ScreenLayoutProps {
  heading: string;
  /** Screens focus the heading on entry so that a route change is announced; hence tabIndex -1. */
  headingRef?: Ref<HTMLHeadingElement> | undefined;
  description?: ReactNode;
  /** Above the heading, e.g. a logo. */
  header?: ReactNode;
  /** Under the body, e.g. "Back to sign in". */
  footer?: ReactNode;
  children?: ReactNode;
  className?: string | undefined;
}

/** The card every screen renders into. An h2, because the app owns the page's h1. */
export function ScreenLayout({ heading, headingRef, description, header, footer, children, className }: ScreenLayoutProps) {
  const headingId = useId();
  return (
    <section className={classNames('gh-screen', className)} aria-labelledby={headingId}>
      {header != null && header !== false && <div className="gh-screen__header">{header}</div>}
      <div className="gh-screen__intro">
        <h2 id={headingId} ref={headingRef} tabIndex={-1} className="gh-screen__heading">
          {heading}
        </h2>
        {description != null && description !== false && <div className="gh-screen__description">{description}</div>}
      </div>
      <div className="gh-screen__body">{children}</div>
      {footer != null && footer !== false && <div className="gh-screen__footer">{footer}</div>}
    </section>
  );
}
