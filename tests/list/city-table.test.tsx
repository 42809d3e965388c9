import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { generateDataset } from '../../bench/data/generate-dataset';
import { NO_FILTERS, type Filters } from '../../src/data/filters';
import { relationRows, type RelationRow } from '../../src/data/relation-rows';
import { validateDataset } from '../../src/data/validate-dataset';
import { createI18n } from '../../src/i18n/i18n';
import { LIST_PAGE_SIZE } from '../../src/list/sorted-rows';
import { CityList } from '../../src/list/city-list';
import { DEFAULT_TABLE_SORT, type ListMode, type TableSort } from '../../src/state/table-view';
import { listProps } from './list-props';
import { tableRows } from './table-fixture';

const rows = tableRows();

/** The list with its mode and sort held in state, as the URL holds them in the app. */
function Harness(props: {
  rows: readonly RelationRow[];
  mode?: ListMode;
  filters?: Filters;
  onSelect?: (id: string) => void;
}) {
  const [mode, setMode] = useState<ListMode>(props.mode ?? 'list');
  const [sort, setSort] = useState<TableSort | undefined>();
  return (
    <CityList
      {...listProps(props.rows, {
        mode,
        onModeChange: setMode,
        sort: sort ?? DEFAULT_TABLE_SORT,
        onSortChange: setSort,
        filters: props.filters ?? NO_FILTERS,
        total: 5,
        ...(props.onSelect ? { onSelect: props.onSelect } : {}),
      })}
    />
  );
}

function renderIn(language: string, element: ReactElement) {
  return render(<I18nextProvider i18n={createI18n(language)}>{element}</I18nextProvider>);
}

const rowNames = () => screen.getAllByRole('rowheader').map((cell) => cell.textContent);

/** The table row whose header cell is the city `name`. */
function rowOf(name: string): HTMLElement {
  const row = screen
    .getAllByRole('row')
    .find((candidate) => within(candidate).queryByRole('rowheader', { name }) !== null);
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}
const header = (name: string) => screen.getByRole('columnheader', { name: new RegExp(`^${name}`) });

describe('the city table', () => {
  it('is switched on and off by a toggle button, keeping the list heading', async () => {
    const user = userEvent.setup();
    renderIn('en', <Harness rows={rows} />);
    const toggle = screen.getByRole('button', { name: 'Show as a table' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(rows.length);

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(toggle).toHaveFocus();
    expect(screen.queryByRole('listitem')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: `Cities (${rows.length})` })).toBeInTheDocument();
    const table = screen.getByRole('table');
    // The arrow shows the sorted column and its direction; the others show that they can be sorted.
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['City▲', 'Country↕', 'Kind↕', 'Status↕', 'Since↕', 'Start year↕']);
    expect(rowNames()).toEqual(['Dorf', 'Oestadt', 'Ostheim', 'Zell']);

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('sorts by a column on click, turns around on a second click, and says so in aria-sort', async () => {
    const user = userEvent.setup();
    renderIn('en', <Harness rows={rows} mode="table" />);
    expect(header('City')).toHaveAttribute('aria-sort', 'ascending');
    expect(header('Country')).not.toHaveAttribute('aria-sort');

    await user.click(within(header('Country')).getByRole('button'));
    expect(header('Country')).toHaveAttribute('aria-sort', 'ascending');
    expect(header('City')).not.toHaveAttribute('aria-sort');
    // Austria, Germany, Poland, then the town with no country.
    expect(rowNames()).toEqual(['Zell', 'Ostheim', 'Dorf', 'Oestadt']);
    expect(header('Country')).toHaveTextContent('▲');

    await user.click(within(header('Country')).getByRole('button'));
    expect(header('Country')).toHaveAttribute('aria-sort', 'descending');
    expect(header('Country')).toHaveTextContent('▼');
    expect(rowNames()).toEqual(['Dorf', 'Ostheim', 'Zell', 'Oestadt']);
    expect(screen.getByRole('table')).toHaveAccessibleName(/Sorted by “Country”, descending\.$/);
  });

  it('sorts from the keyboard', async () => {
    const user = userEvent.setup();
    renderIn('en', <Harness rows={rows} mode="table" />);
    within(header('Start year')).getByRole('button').focus();
    await user.keyboard('{Enter}');
    expect(header('Start year')).toHaveAttribute('aria-sort', 'ascending');
    expect(rowNames()).toEqual(['Ostheim', 'Dorf', 'Oestadt', 'Zell']);
    await user.keyboard(' ');
    expect(header('Start year')).toHaveAttribute('aria-sort', 'descending');
    expect(rowNames()).toEqual(['Zell', 'Oestadt', 'Dorf', 'Ostheim']);
  });

  it('opens a city from its row, as the list does', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    renderIn('en', <Harness rows={rows} mode="table" onSelect={onSelect} />);
    await user.click(screen.getByRole('button', { name: 'Ostheim' }));
    expect(onSelect).toHaveBeenCalledWith('ostheim');
  });

  it('shows status as text beside its symbol, with dates and the last evidence', () => {
    renderIn('en', <Harness rows={rows} mode="table" />);
    const cells = within(rowOf('Ostheim'))
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells).toEqual([
      'Germany',
      'City friendship',
      'Paused',
      'April 2014last confirmed May 2, 2020',
      '1961',
    ]);
    // Where the event that set the status is also its latest evidence, its date says both.
    expect(within(rowOf('Zell')).getAllByRole('cell')[3]).toHaveTextContent(/^2001$/);
    expect(within(rowOf('Dorf')).getAllByRole('cell').at(-1)).toHaveTextContent('after 1961');
    expect(within(rowOf('Oestadt')).getAllByRole('cell')[0]).toHaveTextContent('unknown');
  });

  it('states count, date, filters and order in its caption', () => {
    renderIn(
      'en',
      <Harness
        rows={rows.slice(0, 2)}
        mode="table"
        filters={{ status: ['active', 'paused'], type: [], country: ['DE', 'AT'], q: ' ost ' }}
      />,
    );
    expect(screen.getByRole('table')).toHaveAccessibleName(
      'Cities shown: 2 of 5, as of December 1, 2026. ' +
        'Filters: Status: Active or Paused; Country: Germany or Austria; name contains “ost”. ' +
        'Sorted by “City”, ascending.',
    );
    // The scrolling region is named by the caption too, and can take focus to scroll by keyboard.
    const region = screen.getByRole('region', { name: /^Cities shown/ });
    expect(region).toHaveAttribute('tabindex', '0');
  });

  it('speaks Ukrainian, sorting names in the Ukrainian alphabet', () => {
    renderIn('uk', <Harness rows={rows} mode="table" />);
    expect(screen.getByRole('table')).toHaveAccessibleName(/^Станом на .* показано міст: 4 з 5\. /);
    expect(screen.getByRole('table')).toHaveAccessibleName(
      /Без фільтрів\. Упорядковано за стовпцем «Місто», за зростанням\.$/,
    );
    expect(rowNames()).toEqual(['Ґостадт', 'Дорф', 'Остгайм', 'Целль']);
  });
});

describe('the city table at scale', () => {
  it('shows the same first page as the list, then more on request', async () => {
    const result = validateDataset(generateDataset(LIST_PAGE_SIZE + 5, 2));
    if (!result.ok) throw new Error('generated dataset invalid');
    const many = relationRows(result.dataset, '2100-01-01');
    const user = userEvent.setup();
    renderIn('en', <Harness rows={many} mode="table" />);
    expect(screen.getAllByRole('rowheader')).toHaveLength(LIST_PAGE_SIZE);
    expect(screen.getByText(`Showing ${LIST_PAGE_SIZE} of ${many.length} cities.`)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: `Show ${many.length - LIST_PAGE_SIZE} more` }));
    expect(screen.getAllByRole('rowheader')).toHaveLength(many.length);
    // Hundreds of rows in jsdom, on a shared machine.
  }, 120_000);
});
