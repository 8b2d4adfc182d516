import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// Testing Library unmounts after each test only when the runner exposes globals; Vitest does not by default.
afterEach(async () => {
  cleanup();
  // Screens prefetch the next ones and pools load their code in the background: a test that ends first must
  // not leave those imports to land after its environment is gone.
  await vi.dynamicImportSettled();
});
