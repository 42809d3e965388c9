import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../support/render-app';

const rowNames = () => screen.getAllByRole('rowheader').map((cell) => cell.textContent);
const countryHeader = () => screen.getByRole('columnheader', { name: /^Land/ });

describe('the city table in the app', () => {
  it('is chosen and sorted through the URL, and follows the filters', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(await screen.findByRole('button', { name: 'Als Tabelle zeigen' }));
    expect(window.location.search).toBe('?list=table');
    expect(rowNames()).toEqual(['Kiew', 'Moskau']);

    await user.click(within(countryHeader()).getByRole('button'));
    expect(window.location.search).toBe('?list=table&sort=country');
    await user.click(within(countryHeader()).getByRole('button'));
    expect(window.location.search).toBe('?list=table&sort=-country');
    // Ukraine, then Russland.
    expect(rowNames()).toEqual(['Kiew', 'Moskau']);

    const status = screen.getByRole('group', { name: 'Status' });
    await user.click(within(status).getByRole('button', { name: /Ausgesetzt/ }));
    expect(rowNames()).toEqual(['Moskau']);
    expect(screen.getByRole('table')).toHaveAccessibleName(
      /^Angezeigte Städte: 1 von 2, Stand .*Filter: Status: Ausgesetzt\./,
    );

    const toggle = screen.getByRole('button', { name: 'Als Tabelle zeigen' });
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await user.click(toggle);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(new URLSearchParams(window.location.search).get('list')).toBeNull();
  });

  it('opens a shared link as the table in its order', async () => {
    renderApp('?list=table&sort=country');
    expect(await screen.findByRole('table')).toBeInTheDocument();
    // Russland, then Ukraine.
    expect(rowNames()).toEqual(['Moskau', 'Kiew']);
    expect(countryHeader()).toHaveAttribute('aria-sort', 'ascending');
  });

  it('opens the city of a row in the panel', async () => {
    const user = userEvent.setup();
    renderApp('?list=table');
    await user.click(await screen.findByRole('button', { name: 'Moskau' }));
    expect(new URLSearchParams(window.location.search).get('city')).toBe('moscow');
    expect(await screen.findByRole('complementary', { name: 'Details zu Moskau' })).toBeInTheDocument();
  });
});
