import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { lazyPart } from '../../src/components/lazy-part';

const TEXTS = { message: 'Could not load this part.', retry: 'Try again' };

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

describe('lazyPart', () => {
  it('shows the fallback while the chunk loads, then the part with its props', async () => {
    const load = vi.fn(() => Promise.resolve(Greeting));
    const part = lazyPart(load);
    render(<part.Part fallback={<p>Loading</p>} failedTexts={TEXTS} name="Kyiv" />);
    expect(screen.getByText('Loading')).toBeInTheDocument();
    expect(await screen.findByText('Hello Kyiv')).toBeInTheDocument();
    expect(load).toHaveBeenCalledOnce();
  });

  it('loads once, however early it was asked for', async () => {
    const load = vi.fn(() => Promise.resolve(Greeting));
    const part = lazyPart(load);
    void part.preload();
    render(<part.Part failedTexts={TEXTS} name="Leipzig" />);
    expect(await screen.findByText('Hello Leipzig')).toBeInTheDocument();
    expect(load).toHaveBeenCalledOnce();
  });

  it('keeps a failed load in place, with a retry that asks again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const user = userEvent.setup();
    const load = vi
      .fn<() => Promise<typeof Greeting>>()
      .mockRejectedValueOnce(new Error('chunk failed'))
      .mockResolvedValue(Greeting);
    const part = lazyPart(load);
    render(
      <main>
        <h1>Page</h1>
        <part.Part failedTexts={TEXTS} name="Moscow" />
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
});

describe('lazyPart preload', () => {
  it('does not leave a failed early request to fail the part', async () => {
    const load = vi
      .fn<() => Promise<typeof Greeting>>()
      .mockRejectedValueOnce(new Error('offline for a moment'))
      .mockResolvedValue(Greeting);
    const part = lazyPart(load);
    await part.preload();
    render(<part.Part failedTexts={TEXTS} name="Dresden" />);
    expect(await screen.findByText('Hello Dresden')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('lazyPart once loaded', () => {
  it('renders the part at once, without the fallback', async () => {
    const part = lazyPart(() => Promise.resolve(Greeting));
    await part.preload();
    render(<part.Part fallback={<p>Loading</p>} failedTexts={TEXTS} name="Halle" />);
    expect(screen.getByText('Hello Halle')).toBeInTheDocument();
    expect(screen.queryByText('Loading')).not.toBeInTheDocument();
  });
});
