import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/data/generate-dataset';
import { placeName } from '../../src/data/localize';
import { relationRows } from '../../src/data/relation-rows';
import { validateDataset } from '../../src/data/validate-dataset';
import { createI18n } from '../../src/i18n/i18n';
import { CityList } from '../../src/list/city-list';
import { LIST_PAGE_SIZE, sortRowsByName } from '../../src/list/sorted-rows';
import { listProps } from './list-props';

function rowsOf(places: number) {
  const result = validateDataset(generateDataset(places, 2));
  if (!result.ok) throw new Error('generated dataset invalid');
  return relationRows(result.dataset, '2100-01-01');
}

describe('city list at scale', () => {
  it('sorts by the name in the reader language, as localeCompare would', () => {
    const rows = rowsOf(40);
    const expected = [...rows]
      .map((row) => placeName(row.place.names, 'de'))
      .sort((a, b) => a.localeCompare(b, 'de'));
    expect(sortRowsByName(rows, 'de').map((row) => placeName(row.place.names, 'de'))).toEqual(expected);
  });

  it('shows a page of cities, then more on request, and counts all of them in the heading', async () => {
    const rows = rowsOf(LIST_PAGE_SIZE + 10);
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <CityList {...listProps(rows)} />
      </I18nextProvider>,
    );
    expect(screen.getByRole('heading', { name: `Cities (${rows.length})` })).toBeInTheDocument();
    const list = () => screen.getAllByRole('listitem');
    expect(list()).toHaveLength(LIST_PAGE_SIZE);
    await userEvent.click(screen.getByRole('button', { name: 'Show 10 more' }));
    expect(list()).toHaveLength(rows.length);
    expect(screen.queryByRole('button', { name: /^Show \d+ more$/ })).not.toBeInTheDocument();
    // Hundreds of rows in jsdom, on a shared machine.
  }, 120_000);
});

describe('sorting again after filtering', () => {
  it('keeps alphabetical order for subsets and for rows of places seen later', () => {
    const names = (rows: ReturnType<typeof rowsOf>) => rows.map((row) => placeName(row.place.names, 'en'));
    const alphabetical = (list: string[]) => [...list].sort((a, b) => a.localeCompare(b, 'en'));
    const all = rowsOf(30);
    const firstHalf = all.slice(0, 15);
    const secondHalf = all.slice(15);
    expect(names(sortRowsByName(firstHalf, 'en'))).toEqual(alphabetical(names(firstHalf)));
    expect(names(sortRowsByName(secondHalf, 'en'))).toEqual(alphabetical(names(secondHalf)));
    const mixed = [...all.slice(10, 20)].reverse();
    expect(names(sortRowsByName(mixed, 'en'))).toEqual(alphabetical(names(mixed)));
  });
});
