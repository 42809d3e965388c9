import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentType } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { uiActions } from '../../src/state/ui-store';
import { renderApp } from '../support/render-app';

/** Which part throws while rendering; the others render as usual. */
const failing = vi.hoisted(() => ({ area: undefined as string | undefined }));

/** The real component, made to throw while `failing.area` names it. */
async function throwing<P extends object>(area: string, Real: ComponentType<P>): Promise<ComponentType<P>> {
  const { createElement } = await import('react');
  return function Throwing(props: P) {
    if (failing.area === area) throw new Error(`forced failure in ${area}`);
    return createElement(Real, props);
  };
}

vi.mock('../../src/map/relation-map', async (original) => {
  const real = await original<typeof import('../../src/map/relation-map')>();
  return { ...real, RelationMap: await throwing('map', real.RelationMap) };
});
vi.mock('../../src/panel/place-panel', async (original) => {
  const real = await original<typeof import('../../src/panel/place-panel')>();
  return { ...real, PlacePanel: await throwing('panel', real.PlacePanel) };
});
vi.mock('../../src/list/city-list', async (original) => {
  const real = await original<typeof import('../../src/list/city-list')>();
  return { ...real, CityList: await throwing('list', real.CityList) };
});
vi.mock('../../src/filters/filter-bar', async (original) => {
  const real = await original<typeof import('../../src/filters/filter-bar')>();
  return { ...real, FilterBar: await throwing('filters', real.FilterBar) };
});
vi.mock('../../src/filters/time-control', async (original) => {
  const real = await original<typeof import('../../src/filters/time-control')>();
  return { ...real, TimeControl: await throwing('time', real.TimeControl) };
});

vi.mock('../../src/embed/share-dialog', async (original) => {
  const real = await original<typeof import('../../src/embed/share-dialog')>();
  return { ...real, ShareDialog: await throwing('share', real.ShareDialog) };
});
vi.mock('../../src/app/accessibility-statement', async (original) => {
  const real = await original<typeof import('../../src/app/accessibility-statement')>();
  return { ...real, AccessibilityStatement: await throwing('statement', real.AccessibilityStatement) };
});

/** How to see that each part is there, working. */
const present = {
  map: () => screen.queryByTestId('map'),
  panel: () => screen.queryByRole('heading', { level: 2, name: 'Kiew' }),
  list: () => screen.queryByRole('heading', { level: 2, name: /^Städte \(\d+\)$/ }),
  filters: () => screen.queryByRole('group', { name: 'Status' }),
  time: () => screen.queryByRole('slider', { name: 'Jahr' }),
};

const MESSAGES = {
  map: 'Die Karte konnte nicht angezeigt werden.',
  panel: 'Die Details konnten nicht angezeigt werden.',
  list: 'Die Städteliste konnte nicht angezeigt werden.',
  filters: 'Die Filter konnten nicht angezeigt werden.',
  time: 'Die Zeitsteuerung konnte nicht angezeigt werden.',
};

const AREAS = Object.keys(present) as (keyof typeof present)[];

beforeEach(() => {
  uiActions().reset();
  failing.area = undefined;
  // React and the boundary log the forced error; that is expected here.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

describe('a failure in one part of the page', { timeout: 20_000 }, () => {
  it('shows every part when nothing fails', async () => {
    renderApp('?city=kyiv');
    await screen.findByRole('heading', { level: 1, name: 'Test' });
    // The map is a chunk of its own and arrives a moment after the rest.
    await screen.findByTestId('map');
    for (const area of AREAS) expect(present[area](), area).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it.each(AREAS)('in the %s stays there, with a reload button, while the rest works', async (area) => {
    const user = userEvent.setup();
    failing.area = area;
    renderApp('?city=kyiv');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(MESSAGES[area]);
    expect(alert).toHaveTextContent('Der Rest der Seite funktioniert weiter.');
    expect(present[area]()).not.toBeInTheDocument();
    await waitFor(() => {
      for (const other of AREAS.filter((name) => name !== area))
        expect(present[other](), other).toBeInTheDocument();
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Test' })).toBeInTheDocument();

    // Once the cause is gone, the reload button brings the part back.
    failing.area = undefined;
    await user.click(within(alert).getByRole('button', { name: 'Diesen Bereich neu laden' }));
    await waitFor(() => expect(present[area]()).toBeInTheDocument());
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('a dialog that fails as it renders', { timeout: 20_000 }, () => {
  it.each([
    ['share', 'Teilen', 'Der Dialog zum Teilen konnte nicht angezeigt werden.'],
    ['statement', 'Barrierefreiheit', 'Die Erklärung zur Barrierefreiheit konnte nicht angezeigt werden.'],
  ])('(%s) says so in its place, and closes, while the page works', async (area, opener, message) => {
    const user = userEvent.setup();
    failing.area = area;
    renderApp('');
    await screen.findByRole('heading', { level: 1, name: 'Test' });
    await user.click(screen.getByRole('button', { name: opener }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(message);
    expect(screen.getByRole('heading', { level: 1, name: 'Test' })).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Schließen' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: opener })).toBeInTheDocument();
  });
});
