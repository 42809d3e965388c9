import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { uiActions } from '../../src/state/ui-store';
import { updateUrlState } from '../../src/state/use-url-state';
import { renderApp } from '../support/render-app';

const summary = () => screen.getByText(/Beziehungen auf der Karte|relations on the map/);

/** Whether screen readers announce changes in an element: its own aria-live, else its role's default. */
function isLiveRegion(element: Element): boolean {
  const live = element.getAttribute('aria-live');
  if (live !== null) return live !== 'off';
  const role = element.getAttribute('role') ?? (element.tagName === 'OUTPUT' ? 'status' : '');
  return ['status', 'alert', 'log'].includes(role);
}

/** The text of every live region in the page, keyed by element. */
function liveRegionTexts(): Map<Element, string> {
  // Any element can be a live region (aria-live), so no role query finds them all.
  // eslint-disable-next-line testing-library/no-node-access
  const candidates = document.querySelectorAll(
    '[aria-live], [role="status"], [role="alert"], [role="log"], output',
  );
  return new Map(
    [...candidates].filter(isLiveRegion).map((element) => [element, element.textContent] as const),
  );
}

/** The live regions whose text differs between two readings (new regions with text count too). */
function changedRegions(before: Map<Element, string>, after: Map<Element, string>): Element[] {
  return [...after]
    .filter(([element, text]) => text !== '' && before.get(element) !== text)
    .map(([element]) => element);
}

describe('the spoken summary of the map', () => {
  it('describes the map region in a polite live region, with counts per status and the date', async () => {
    renderApp('?at=2024-06-01&lang=en');
    const region = await screen.findByRole('main', { name: /Map/ });
    expect(region).toHaveAccessibleDescription(
      '2 of 2 relations on the map: 1 active, 1 paused; as of June 1, 2024',
    );
    expect(summary()).toHaveAttribute('aria-live', 'polite');
    expect(summary()).toHaveAttribute('role', 'status');
  });

  it('changes its text when a filter changes', async () => {
    const user = userEvent.setup();
    renderApp('?at=2024-06-01');
    const group = await screen.findByRole('group', { name: 'Status' });
    const before = summary().textContent;
    await user.click(within(group).getByRole('button', { name: /Ausgesetzt/ }));
    expect(summary()).toHaveTextContent(
      '1 von 2 Beziehungen auf der Karte: 1 ausgesetzt; Stand 1. Juni 2024',
    );
    expect(summary().textContent).not.toBe(before);
  });

  it('holds still during playback and catches up when it stops', async () => {
    renderApp('?at=2024-06-01');
    await screen.findByRole('group', { name: 'Status' });
    const before = summary().textContent;
    act(() => uiActions().setPlaying(true));
    act(() => updateUrlState({ at: '2000-12-31' }));
    expect(summary().textContent).toBe(before);
    act(() => uiActions().setPlaying(false));
    expect(summary()).toHaveTextContent(
      '1 von 1 Beziehungen auf der Karte: 1 aktiv; Stand 31. Dezember 2000',
    );
  });

  it('is the only live region that speaks when a filter or the date changes', async () => {
    const user = userEvent.setup();
    // With a comparison open, whose list also changes with the date.
    renderApp('?at=2024-06-01&from=2000-01-01');
    const group = await screen.findByRole('group', { name: 'Status' });

    const beforeFilter = liveRegionTexts();
    await user.click(within(group).getByRole('button', { name: /Ausgesetzt/ }));
    expect(changedRegions(beforeFilter, liveRegionTexts())).toEqual([summary()]);

    const beforeDate = liveRegionTexts();
    await user.click(screen.getByRole('button', { name: 'Ein Jahr zurück' }));
    expect(summary()).toHaveTextContent('Stand 31. Dezember 2023');
    expect(changedRegions(beforeDate, liveRegionTexts())).toEqual([summary()]);
  });
});
