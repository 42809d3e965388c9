import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Legend } from '../../src/app/legend';
import { RELATION_STATUSES } from '../../src/data/vocabulary';
import { renderWithI18n } from '../support/render-with-i18n';

describe('Legend', () => {
  it('lists every status, unknown included, and says on which day the statuses are evidenced', () => {
    renderWithI18n(<Legend counts={new Map([['unknown', 3]])} at="2022-03-15" />, 'en');
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(RELATION_STATUSES.length + 1);
    expect(items.find((item) => within(item).queryByText('Unknown'))).toHaveTextContent('Unknown3');
    expect(screen.getByText(/^As evidenced on March 15, 2022:/)).toBeInTheDocument();
  });

  it('speaks German by default', () => {
    renderWithI18n(<Legend counts={new Map()} at="2026-12-01" />);
    expect(screen.getByText('Unbekannt')).toBeInTheDocument();
    expect(screen.getByText(/^Belegt bis 1\. Dezember 2026:/)).toBeInTheDocument();
  });
});
