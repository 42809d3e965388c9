import { vi } from 'vitest';
import { NO_FILTERS } from '../../src/data/filters';
import type { RelationRow } from '../../src/data/relation-rows';
import type { CityListProps } from '../../src/list/city-list';
import { DEFAULT_TABLE_SORT } from '../../src/state/table-view';

/** Props for a CityList shown as a list, with every callback a fake. */
export function listProps(
  rows: readonly RelationRow[],
  overrides: Partial<CityListProps> = {},
): CityListProps {
  return {
    rows,
    selectedId: undefined,
    onSelect: vi.fn(),
    onHover: vi.fn(),
    mode: 'list',
    onModeChange: vi.fn(),
    sort: DEFAULT_TABLE_SORT,
    onSortChange: vi.fn(),
    total: rows.length,
    at: '2026-12-01',
    filters: NO_FILTERS,
    ...overrides,
  };
}
