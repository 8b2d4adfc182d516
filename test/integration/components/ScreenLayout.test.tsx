import { createRef } from 'react';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Divider, ScreenLayout, VisuallyHidden } from '../../../src/components/index.js';

describe('ScreenLayout', () => {
  it('renders a region named by its focusable h2 and the slots in order', () => {
    const headingRef = createRef<HTMLHeadingElement>();
    render(
      <ScreenLayout heading="Sign in" headingRef={headingRef} header={<span>Logo</span>} description="Welcome back" footer={<a href="#x">Back</a>}>
        <p>Body</p>
      </ScreenLayout>,
    );
    const heading = screen.getByRole('heading', { level: 2, name: 'Sign in' });
    expect(headingRef.current).toBe(heading);
    expect(heading.tabIndex).toBe(-1);
    headingRef.current?.focus();
    expect(document.activeElement).toBe(heading);
    const region = screen.getByRole('region', { name: 'Sign in' });
    expect(region.tagName).toBe('SECTION');
    expect(region.textContent).toBe('LogoSign inWelcome backBodyBack');
  });
});

describe('Divider and VisuallyHidden', () => {
  it('renders an <hr> without text and readable text otherwise', () => {
    const { container, rerender } = render(<Divider />);
    expect(container.querySelector('hr.gh-divider')).not.toBeNull();
    rerender(<Divider>or</Divider>);
    expect(screen.getByText('or').className).toBe('gh-divider__text');
    expect(container.querySelector('[role="separator"]')).toBeNull();
  });

  it('keeps visually hidden text in the accessibility tree', () => {
    render(
      <button type="button">
        <VisuallyHidden>Close dialog</VisuallyHidden>
      </button>,
    );
    expect(screen.getByRole('button', { name: 'Close dialog' }).firstElementChild?.className).toBe('gh-visually-hidden');
  });
});
