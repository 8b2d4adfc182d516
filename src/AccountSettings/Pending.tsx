import { classNames } from '../components/classNames.js';

/**
 * What shows while a section's code or the session arrives: a card-sized space, busy, with nothing to read
 * yet (its words come with it). A blink-long wait shows no spinner at all.
 */
export function Pending({ root = false, className }: { root?: boolean; className?: string | undefined }) {
  const card = (
    <div className="gh-screen gh-screen--loading" aria-busy="true">
      <span className="gh-spinner" aria-hidden="true" />
    </div>
  );
  return root ? <div className={classNames('gatehouse', 'gh-account', className)}>{card}</div> : card;
}
