import * as Dialog from '@radix-ui/react-dialog';
import { useId, useRef, useState, type ReactNode } from 'react';
import { Button, TextField } from '../components/index.js';
import { useAccount } from '../hooks/account/context.js';
import type { ScreenError } from '../hooks/screens/screen-state.js';
import { SectionMessages } from './parts.js';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  cancelLabel: string;
  isPending: boolean;
  error?: ScreenError | undefined;
  onConfirm: () => void;
  onCancel: () => void;
  /** A deliberate act before the confirm button works: the phrase to type, and how to judge what was typed. */
  typeToConfirm?: { label: string; mismatch: string; matches: (typed: string) => boolean };
  /** Where the focus goes when the dialog closes (Radix returns it to a trigger; these dialogs open from code). */
  returnFocus?: () => HTMLElement | null;
}

/**
 * A confirmation in a Radix dialog: labelled by its title, described by its text, the focus trapped inside,
 * Escape and Cancel close it (not while the call runs). With `typeToConfirm`, confirming needs the phrase typed.
 */
export function ConfirmDialog({ open, title, children, confirmLabel, pendingLabel, cancelLabel, isPending, error, onConfirm, onCancel, typeToConfirm, returnFocus }: ConfirmDialogProps) {
  const { direction, language } = useAccount();
  const descriptionId = useId();
  const typed = useRef<HTMLInputElement>(null);
  const [mismatch, setMismatch] = useState(false);
  const confirm = () => {
    if (typeToConfirm && !typeToConfirm.matches(typed.current?.value ?? '')) {
      setMismatch(true);
      typed.current?.focus();
      return;
    }
    setMismatch(false);
    onConfirm();
  };
  return (
    <Dialog.Root
      open={open}
      onOpenChange={(next) => {
        if (!next && !isPending) onCancel();
      }}
    >
      <Dialog.Portal>
        <Dialog.Overlay className="gh-modal__overlay" />
        <Dialog.Content
          className="gatehouse gh-modal gh-dialog"
          dir={direction}
          lang={language}
          aria-describedby={descriptionId}
          onCloseAutoFocus={(event) => {
            const target = returnFocus?.();
            if (target) {
              event.preventDefault();
              target.focus();
            }
          }}
        >
          <div className="gh-screen">
            <Dialog.Title className="gh-screen__heading">{title}</Dialog.Title>
            <div id={descriptionId} className="gh-screen__description">
              {children}
            </div>
            <SectionMessages error={error} />
            <form
              className="gh-form"
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                confirm();
              }}
            >
              {typeToConfirm && (
                <TextField
                  ref={typed}
                  name="confirmation"
                  label={typeToConfirm.label}
                  autoComplete="off"
                  autoCapitalize="none"
                  spellCheck={false}
                  required
                  error={mismatch ? typeToConfirm.mismatch : undefined}
                />
              )}
              <div className="gh-dialog__actions">
                <Button variant="secondary" onClick={onCancel} disabled={isPending}>
                  {cancelLabel}
                </Button>
                <Button type="submit" className="gh-button--danger" isPending={isPending} pendingLabel={pendingLabel}>
                  {confirmLabel}
                </Button>
              </div>
            </form>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
