import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { relationsOfPlace } from '../../src/data/relation-rows';
import { RelationSection } from '../../src/panel/relation-section';
import { evidenceDataset } from '../support/evidence-fixture';
import { renderWithI18n } from '../support/render-with-i18n';

const dataset = evidenceDataset();
const entryOf = (placeId: string) => {
  const entry = relationsOfPlace(dataset, placeId)[0];
  if (!entry) throw new Error(`no relation of ${placeId}`);
  return entry;
};
const statusText = () => screen.getByText((_, node) => node?.classList.contains('status-value') ?? false);

describe('RelationSection: the evidence behind the status', () => {
  it('dates the status by its latest evidence, not by a later one-way appeal', () => {
    renderWithI18n(
      <RelationSection entry={entryOf('moscow')} at="2026-01-01" timeTravel={false} numbers={new Map()} />,
      'en',
    );
    expect(statusText()).toHaveTextContent('Paused since March 2022 – last confirmed March 2022');
    expect(statusText()).not.toHaveTextContent('June 2025');
  });

  it('moves the evidence date with the chosen date of the time control, in German', () => {
    renderWithI18n(
      <RelationSection entry={entryOf('moscow')} at="2020-06-01" timeTravel numbers={new Map()} />,
    );
    expect(statusText()).toHaveTextContent('Aktiv seit April 2014 – zuletzt belegt April 2014');
  });

  it('says since when the relation has had its current kind, and what it was before', () => {
    renderWithI18n(
      <RelationSection entry={entryOf('kyiv')} at="2026-01-01" timeTravel={false} numbers={new Map()} />,
      'en',
    );
    const kind = screen.getByText((_, node) => node?.classList.contains('type-value') ?? false);
    expect(kind).toHaveTextContent(
      'Twin city partnership since July 21, 2021 (before: Cooperation agreement since 2015)',
    );
    expect(within(statusText()).getByText(/last confirmed July 21, 2021/)).toBeInTheDocument();
  });

  it('does not claim a change of kind for a relation that kept its kind', () => {
    renderWithI18n(
      <RelationSection entry={entryOf('kyiv')} at="2020-01-01" timeTravel numbers={new Map()} />,
      'en',
    );
    const kind = screen.getByText((_, node) => node?.classList.contains('type-value') ?? false);
    expect(kind).toHaveTextContent(/^Cooperation agreement$/);
  });
});

describe('HistoryEvent: one-way acts', () => {
  it('marks a one-way act as no evidence of the status', () => {
    renderWithI18n(
      <RelationSection entry={entryOf('moscow')} at="2026-01-01" timeTravel={false} numbers={new Map()} />,
      'en',
    );
    const badges = screen.getAllByText('One-way act – no evidence of the status');
    expect(badges).toHaveLength(1);
    expect(
      screen.getAllByRole('listitem').filter((item) => within(item).queryByText(/One-way act/)),
    ).toHaveLength(1);
  });
});
