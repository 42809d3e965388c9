import { act } from '@testing-library/react';
import type { ReactNode } from 'react';
import { hydrateRoot } from 'react-dom/client';

export interface Hydrated {
  container: HTMLElement;
  /** What React reported as recoverable: a prerender it could not take over as it was. */
  recoverableErrors: unknown[];
  unmount: () => void;
}

/** Puts prerendered `html` into the page, as index.html carries it, and hydrates `tree` over it. */
export async function hydrateOver(html: string, tree: ReactNode): Promise<Hydrated> {
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  const recoverableErrors: unknown[] = [];
  const root = await act(async () => {
    const created = hydrateRoot(container, tree, {
      onRecoverableError: (error) => recoverableErrors.push(error),
    });
    await Promise.resolve();
    return created;
  });
  return {
    container,
    recoverableErrors,
    unmount: () => {
      act(() => root.unmount());
      container.remove();
    },
  };
}
