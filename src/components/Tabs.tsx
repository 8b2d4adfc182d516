import { type KeyboardEvent, type ReactNode, useId } from 'react';
import { classNames } from './classNames.js';

export interface TabItem {
  id: string;
  label: string;
}

export interface TabsProps {
  tabs: readonly TabItem[];
  selected: string;
  onSelect: (id: string) => void;
  /** The tablist's accessible name. */
  label: string;
  /** The content of the one panel, which belongs to the selected tab. */
  children?: ReactNode;
  /**
   * Shows the panel's content without the tabs. The content keeps its place in the tree, so hiding or
   * showing the tabs later keeps what the user typed.
   */
  hideTabs?: boolean;
  className?: string | undefined;
}

/**
 * WAI-ARIA APG tabs with automatic activation: arrows, Home and End move focus and select at once.
 * One panel is rendered for the selected tab, so the other screens are never mounted (or downloaded).
 */
export function Tabs({ tabs, selected, onSelect, label, children, className, hideTabs = false }: TabsProps) {
  const baseId = useId();
  const panelId = `${baseId}-panel`;
  // Ids come from the index: tab ids are app strings and may not be valid in an id reference list.
  const tabDomId = (index: number) => `${baseId}-tab-${index}`;
  const selectedIndex = Math.max(
    0,
    tabs.findIndex((tab) => tab.id === selected),
  );

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const tabElements = Array.from(event.currentTarget.querySelectorAll<HTMLButtonElement>('[role="tab"]'));
    const current = tabElements.findIndex((element) => element === event.target);
    if (current === -1) return;
    // Arrows follow the visual order, which the computed direction (dir on any ancestor) mirrors.
    const step = getComputedStyle(event.currentTarget).direction === 'rtl' ? -1 : 1;
    const last = tabElements.length - 1;
    let next: number;
    switch (event.key) {
      case 'ArrowRight':
        next = current + step;
        break;
      case 'ArrowLeft':
        next = current - step;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = last;
        break;
      default:
        return;
    }
    event.preventDefault();
    next = next < 0 ? last : next > last ? 0 : next;
    tabElements[next]?.focus();
    const tab = tabs[next];
    if (tab && tab.id !== selected) onSelect(tab.id);
  }

  return (
    <div className={classNames('gh-tabs', hideTabs && 'gh-tabs--hidden', className)}>
      {!hideTabs && (
        <div role="tablist" aria-label={label} className="gh-tabs__list" onKeyDown={handleKeyDown}>
          {tabs.map((tab, index) => {
            const isSelected = index === selectedIndex;
            return (
              <button
                key={tab.id}
                type="button"
                role="tab"
                id={tabDomId(index)}
                className="gh-tabs__tab"
                aria-selected={isSelected}
                // Every tab controls the one panel: selecting it replaces the panel's content.
                aria-controls={panelId}
                // Roving tabindex: Tab enters the list on the selected tab and leaves it on the next Tab.
                tabIndex={isSelected ? 0 : -1}
                onClick={() => {
                  if (!isSelected) onSelect(tab.id);
                }}
              >
                {tab.label}
              </button>
            );
          })}
        </div>
      )}
      <div {...(hideTabs ? {} : { role: 'tabpanel', id: panelId, 'aria-labelledby': tabDomId(selectedIndex) })} className="gh-tabs__panel">
        {children}
      </div>
    </div>
  );
}
