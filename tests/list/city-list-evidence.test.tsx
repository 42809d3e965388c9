import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { relationRows } from '../../src/data/relation-rows';
import { CityList } from '../../src/list/city-list';
import { evidenceDataset } from '../support/evidence-fixture';
import { renderWithI18n } from '../support/render-with-i18n';
import { listProps } from './list-props';

const dataset = evidenceDataset();

function renderList(at: string, language: 'de' | 'en') {
  renderWithI18n(<CityList {...listProps(relationRows(dataset, at))} />, language);
}

describe('CityList: evidence dates', () => {
  it('shows each row with the date of its latest evidence', () => {
    renderList('2026-01-01', 'en');
    expect(screen.getByRole('button', { name: /Moscow/ })).toHaveTextContent(
      'Paused – last confirmed March 2022',
    );
    expect(screen.getByRole('button', { name: /Kyiv/ })).toHaveTextContent('last confirmed July 21, 2021');
  });

  it('follows the chosen date, in German', () => {
    renderList('2016-01-01', 'de');
    expect(screen.getByRole('button', { name: /Moskau/ })).toHaveTextContent(
      'Aktiv – zuletzt belegt April 2014',
    );
    expect(screen.getByRole('button', { name: /Kiew/ })).toHaveTextContent('zuletzt belegt 2015');
  });
});
