import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { relationRows } from '../../src/data/relation-rows';
import { HomeOverview } from '../../src/panel/home-overview';
import { evidenceDataset } from '../support/evidence-fixture';
import { renderWithI18n } from '../support/render-with-i18n';

const dataset = evidenceDataset();
const home = dataset.places.get('home')!;

const networkRow = () =>
  screen.getAllByRole('listitem').find((item) => within(item).queryByRole('button', { name: 'Network' }));

function renderOverview(at: string) {
  renderWithI18n(
    <HomeOverview home={home} rows={relationRows(dataset, at)} onSelect={vi.fn()} onClose={vi.fn()} />,
    'en',
  );
}

describe('HomeOverview', () => {
  it('dates each status by the event that set it, not by the first event', () => {
    renderOverview('2026-01-01');
    const row = networkRow();
    expect(row).toHaveTextContent('Network Paused since 2020 – last confirmed 2020');
    expect(row).not.toHaveTextContent('2005');
  });

  it('follows the chosen date', () => {
    renderOverview('2010-01-01');
    expect(networkRow()).toHaveTextContent('Network Active since 2005 – last confirmed 2005');
  });
});
