import { act, render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { lazyPart } from '../../src/components/lazy-part';
import { hydrateOver } from '../support/hydrate';

const TEXTS = { message: 'Could not load this part.', retry: 'Try again' };

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

describe('lazyPart', () => {
  it('shows the fallback while the chunk loads, then the part with its props', async () => {
    const load = vi.fn(() => Promise.resolve(Greeting));
    const Part = lazyPart(load);
    render(<Part fallback={<p>Loading</p>} failedTexts={TEXTS} name="Kyiv" />);
    expect(screen.getByText('Loading')).toBeInTheDocument();
    expect(await screen.findByText('Hello Kyiv')).toBeInTheDocument();
    expect(load).toHaveBeenCalledOnce();
  });

  it('loads once, however often it is rendered', async () => {
    const load = vi.fn(() => Promise.resolve(Greeting));
    const Part = lazyPart(load);
    render(
      <>
        <Part failedTexts={TEXTS} name="Leipzig" />
        <Part failedTexts={TEXTS} name="Halle" />
      </>,
    );
    expect(await screen.findByText('Hello Leipzig')).toBeInTheDocument();
    expect(screen.getByText('Hello Halle')).toBeInTheDocument();
    expect(load).toHaveBeenCalledOnce();
  });

  it('renders its fallback on the server, without asking for the chunk', () => {
    const load = vi.fn(() => Promise.resolve(Greeting));
    const Part = lazyPart(load);
    // No Suspense markers: the browser hydrates the fallback as it is, then loads the part.
    expect(renderToString(<Part fallback={<p>Loading</p>} failedTexts={TEXTS} name="Kyiv" />)).toBe(
      '<p>Loading</p>',
    );
    expect(load).not.toHaveBeenCalled();
  });

  it('keeps a failed load in place, with a retry that asks again', async () => {
    const user = userEvent.setup();
    const load = vi
      .fn<() => Promise<typeof Greeting>>()
      .mockRejectedValueOnce(new Error('chunk failed'))
      .mockResolvedValue(Greeting);
    const Part = lazyPart(load);
    render(
      <main>
        <h1>Page</h1>
        <Part failedTexts={TEXTS} name="Moscow" />
      </main>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(TEXTS.message);
    expect(screen.getByRole('heading', { name: 'Page' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: TEXTS.retry }));
    expect(await screen.findByText('Hello Moscow')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('shows the error again when a retry fails too', async () => {
    const user = userEvent.setup();
    const load = vi.fn<() => Promise<typeof Greeting>>().mockRejectedValue(new Error('chunk failed'));
    const Part = lazyPart(load);
    render(<Part failedTexts={TEXTS} name="Sumy" />);
    await user.click(await screen.findByRole('button', { name: TEXTS.retry }));
    expect(await screen.findByRole('alert')).toHaveTextContent(TEXTS.message);
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('lazyPart once loaded', () => {
  it('renders the part at once, without the fallback', async () => {
    const Part = lazyPart(() => Promise.resolve(Greeting));
    const view = render(<Part failedTexts={TEXTS} name="Dresden" />);
    expect(await screen.findByText('Hello Dresden')).toBeInTheDocument();
    view.unmount();
    render(<Part fallback={<p>Loading</p>} failedTexts={TEXTS} name="Halle" />);
    expect(screen.getByText('Hello Halle')).toBeInTheDocument();
    expect(screen.queryByText('Loading')).not.toBeInTheDocument();
  });
});

describe('lazyPart preloaded', () => {
  it('asks for the chunk before the first render, once, and then renders without the fallback', async () => {
    const load = vi.fn(() => Promise.resolve(Greeting));
    const Part = lazyPart(load);
    Part.preload();
    Part.preload();
    expect(load).toHaveBeenCalledOnce();
    await act(() => Promise.resolve());
    render(<Part fallback={<p>Loading</p>} failedTexts={TEXTS} name="Kyiv" />);
    expect(screen.getByText('Hello Kyiv')).toBeInTheDocument();
    expect(screen.queryByText('Loading')).not.toBeInTheDocument();
    expect(load).toHaveBeenCalledOnce();
  });

  it('takes over the prerendered fallback with the part, with no recoverable error', async () => {
    const load = vi.fn(() => Promise.resolve(Greeting));
    const Part = lazyPart(load);
    const tree = <Part fallback={<p>Loading</p>} failedTexts={TEXTS} name="Leipzig" />;
    Part.preload();
    const page = await hydrateOver(renderToString(tree), tree);
    expect(page.container).toHaveTextContent('Hello Leipzig');
    expect(page.recoverableErrors).toEqual([]);
    expect(load).toHaveBeenCalledOnce();
    page.unmount();
  });

  it('shows the part when its chunk arrives after hydration', async () => {
    let arrive: (component: typeof Greeting) => void = () => undefined;
    const load = vi.fn(() => new Promise<typeof Greeting>((resolve) => (arrive = resolve)));
    const Part = lazyPart(load);
    const tree = <Part fallback={<p>Loading</p>} failedTexts={TEXTS} name="Halle" />;
    Part.preload();
    const page = await hydrateOver(renderToString(tree), tree);
    expect(page.container).toHaveTextContent('Loading');
    await act(async () => {
      arrive(Greeting);
      await Promise.resolve();
    });
    expect(page.container).toHaveTextContent('Hello Halle');
    expect(page.recoverableErrors).toEqual([]);
    expect(load).toHaveBeenCalledOnce();
    page.unmount();
  });

  it('asks again when the part renders after a failed preload', async () => {
    const load = vi
      .fn<() => Promise<typeof Greeting>>()
      .mockRejectedValueOnce(new Error('chunk failed'))
      .mockResolvedValue(Greeting);
    const Part = lazyPart(load);
    Part.preload();
    await act(() => Promise.resolve());
    render(<Part fallback={<p>Loading</p>} failedTexts={TEXTS} name="Odesa" />);
    expect(screen.getByText('Loading')).toBeInTheDocument();
    expect(await screen.findByText('Hello Odesa')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
