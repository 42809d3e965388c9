import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { updateUrlState } from '../../src/state/use-url-state';
import { listedCities } from '../support/listed-cities';
import { renderApp } from '../support/render-app';

afterEach(() => {
  vi.useRealTimers();
});

describe('time travel', () => {
  it('shows each relation as it stood on the date in the URL', async () => {
    renderApp('?at=2013-06-01');
    expect(await screen.findByText('Stand: 1. Juni 2013')).toBeInTheDocument();
    expect(listedCities()).toEqual(['kyiv']);
    expect(screen.getByRole('button', { name: /Kiew/ })).toHaveTextContent('Aktiv');
  });

  it('shows Moscow as active before and paused after March 2022', async () => {
    renderApp('?at=2021-12-31&lang=en');
    expect(await screen.findByRole('button', { name: /Moscow/ })).toHaveTextContent('Active');
    act(() => updateUrlState({ at: '2022-04-01' }));
    expect(await screen.findByRole('button', { name: /Moscow/ })).toHaveTextContent('Paused');
  });

  it('sets the date from the year slider and returns to today', async () => {
    const user = userEvent.setup();
    renderApp();
    const slider = await screen.findByRole('slider', { name: 'Jahr' });
    fireEvent.change(slider, { target: { value: '2000' } });
    expect(window.location.search).toBe('?at=2000-12-31');
    expect(listedCities()).toEqual(['kyiv']);
    await user.click(screen.getByRole('button', { name: 'Ein Jahr vor' }));
    expect(window.location.search).toBe('?at=2001-12-31');
    await user.click(screen.getByRole('button', { name: 'Heute' }));
    expect(window.location.search).toBe('');
    expect(listedCities()).toEqual(['kyiv', 'moscow']);
  });

  it('plays through the years only when asked, and stops at today', async () => {
    // "Today" is fixed, so the number of years to play through does not grow with the calendar.
    vi.useFakeTimers({ shouldAdvanceTime: true, now: new Date('2025-06-15T12:00:00Z') });
    renderApp('?at=2022-12-31');
    const play = await screen.findByRole('button', { name: /Abspielen/ });
    await act(() => vi.advanceTimersByTimeAsync(5000));
    expect(window.location.search).toBe('?at=2022-12-31');
    fireEvent.click(play);
    expect(screen.getByRole('button', { name: /Anhalten/ })).toHaveAttribute('aria-pressed', 'true');
    // The timer is its own chunk: its first step comes once React shows it, a moment after the press.
    await vi.waitFor(
      async () => {
        await act(() => vi.advanceTimersByTimeAsync(100));
        expect(window.location.search).toBe('?at=2023-12-31');
      },
      { timeout: 10_000, interval: 0 },
    );
    await act(() => vi.advanceTimersByTimeAsync(1300));
    expect(window.location.search).toBe('?at=2024-12-31');
    await act(() => vi.advanceTimersByTimeAsync(1300));
    expect(window.location.search).toBe('');
    expect(screen.getByRole('button', { name: /Abspielen/ })).toHaveAttribute('aria-pressed', 'false');
  });

  it('marks where the chosen date falls in the history', async () => {
    renderApp('?at=2016-06-01&city=moscow');
    const panel = await screen.findByRole('complementary', { name: 'Details zu Moskau' });
    const history = within(panel).getByRole('list', { name: 'Geschichte' });
    const items = within(history)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items[0]).toMatch(/April 2014/);
    expect(items[1]).toBe('Gewähltes Datum: 1. Juni 2016');
    expect(items[2]).toMatch(/\(nach dem gewählten Datum\)/);
    expect(panel).toHaveTextContent(/StatusAktiv seit April 2014 – zuletzt belegt April 2014/);
  });

  it('says when a relation had not begun on the chosen date', async () => {
    renderApp('?at=2010-01-01&city=moscow');
    const panel = await screen.findByRole('complementary', { name: /^Details/ });
    expect(
      within(panel).getByText('Am 1. Januar 2010 bestand diese Beziehung noch nicht.'),
    ).toBeInTheDocument();
  });

  it('lists what changed between two dates, with the event that changed it', async () => {
    renderApp('?from=2022-02-23');
    const section = await screen.findByRole('region', { name: 'Was hat sich geändert?' });
    expect(within(section).getByRole('combobox', { name: 'Vergleichen ab' })).toHaveValue('2022-02-23');
    // The list of changes is its own chunk.
    await within(section).findByRole('button', { name: 'Moskau' });
    expect(section).toHaveTextContent(
      /1 Beziehung hat sich zwischen 23\. Februar 2022 und \d+\. \p{L}+ \d{4} geändert/u,
    );
    const item = within(section)
      .getAllByRole('listitem')
      .find((li) => within(li).queryByRole('button', { name: 'Moskau' }));
    expect(item).toHaveTextContent('Kooperationsvereinbarung, Aktiv → Kooperationsvereinbarung, Ausgesetzt');
    expect(item).toHaveTextContent('März 2022: Pause');
  });

  it('refuses a comparison date after the chosen date', async () => {
    renderApp('?from=2020-01-01&at=2015-01-01');
    expect(
      await screen.findByText('Das Vergleichsdatum muss vor dem gewählten Zeitpunkt liegen.'),
    ).toBeInTheDocument();
  });
});
