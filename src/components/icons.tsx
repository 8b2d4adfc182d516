import type { SVGProps } from 'react';

// Decorative only: every icon sits next to text that carries the meaning, so all are aria-hidden.
// currentColor lets the surrounding CSS (and forced-colors mode) pick the colour.
function Icon(props: SVGProps<SVGSVGElement>) {
  return (
    <svg
      viewBox="0 0 20 20"
      width="1em"
      height="1em"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.75"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      {...props}
    />
  );
}

export function ErrorIcon({ className }: { className?: string }) {
  return (
    <Icon className={className}>
      <circle cx="10" cy="10" r="8" />
      <path d="M10 6v4.5M10 13.75v.01" />
    </Icon>
  );
}

export function InfoIcon({ className }: { className?: string }) {
  return (
    <Icon className={className}>
      <circle cx="10" cy="10" r="8" />
      <path d="M10 9v5M10 6.25v.01" />
    </Icon>
  );
}

export function SuccessIcon({ className }: { className?: string }) {
  return (
    <Icon className={className}>
      <circle cx="10" cy="10" r="8" />
      <path d="m6.5 10.25 2.25 2.25 4.75-5" />
    </Icon>
  );
}

export function CloseIcon() {
  return (
    <Icon>
      <path d="m5.5 5.5 9 9M14.5 5.5l-9 9" />
    </Icon>
  );
}

export function EyeIcon() {
  return (
    <Icon>
      <path d="M1.75 10S4.75 4.25 10 4.25 18.25 10 18.25 10 15.25 15.75 10 15.75 1.75 10 1.75 10Z" />
      <circle cx="10" cy="10" r="2.5" />
    </Icon>
  );
}

export function EyeOffIcon() {
  return (
    <Icon>
      <path d="M8.2 4.45A8 8 0 0 1 10 4.25c5.25 0 8.25 5.75 8.25 5.75a14 14 0 0 1-2.1 2.85M5.4 5.9C3.1 7.4 1.75 10 1.75 10S4.75 15.75 10 15.75a7.7 7.7 0 0 0 4.1-1.2" />
      <path d="M8.25 8.25a2.5 2.5 0 0 0 3.5 3.5M2.5 2.5l15 15" />
    </Icon>
  );
}
