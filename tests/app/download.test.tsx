import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { unzipSync } from 'fflate';
import { validateDataFile } from '../../src/cli/validate-data-file';
import { parseDatasetText } from '../../src/data/parse-dataset-text';
import { uiActions } from '../../src/state/ui-store';
import { renderApp } from '../support/render-app';

/** What the page handed to the browser's download: the Blob and the file name. */
function captureDownloads() {
  const saved: { blob: Blob; name: string }[] = [];
  let lastBlob: Blob | undefined;
  vi.stubGlobal(
    'URL',
    Object.assign(URL, {
      createObjectURL: vi.fn((blob: Blob) => {
        lastBlob = blob;
        return 'blob:test';
      }),
      revokeObjectURL: vi.fn(),
    }),
  );
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (lastBlob) saved.push({ blob: lastBlob, name: this.download });
  });
  return saved;
}

beforeEach(() => uiActions().reset());
afterEach(() => vi.restoreAllMocks());

describe('the download control', () => {
  it(
    'saves the filtered view as GeoJSON that re-validates, with no request',
    { timeout: 15_000 },
    async () => {
      const user = userEvent.setup();
      const saved = captureDownloads();
      const { fetchMock } = renderApp('?status=paused&at=2024-01-01');
      await user.click(await screen.findByRole('button', { name: /Daten herunterladen/ }));
      const choices = screen.getByRole('group', { name: 'Aktuelle Ansicht herunterladen' });
      expect(choices).toHaveTextContent('1 Beziehung');
      expect(choices).toHaveTextContent('CC BY 4.0');
      const requests = fetchMock.mock.calls.length;
      await user.click(within(choices).getByRole('button', { name: /GeoJSON/ }));

      await waitFor(() => expect(saved).toHaveLength(1));
      expect(fetchMock.mock.calls.length).toBe(requests);
      expect(saved[0]?.name).toBe('test-2024-01-01.geojson');
      const text = await saved[0]?.blob.text();
      expect(validateDataFile('x', text ?? '').ok).toBe(true);
      const result = parseDatasetText(text ?? '');
      expect(result.ok && result.dataset.relations.map((r) => r.id)).toEqual(['home-moscow']);
    },
  );

  it('saves the template CSVs in one ZIP archive and closes with Escape', { timeout: 15_000 }, async () => {
    const user = userEvent.setup();
    const saved = captureDownloads();
    renderApp('?lang=en');
    const toggle = await screen.findByRole('button', { name: /Download data/ });
    await user.click(toggle);
    await user.click(screen.getByRole('button', { name: /CSV/ }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]?.name).toMatch(/^test-\d{4}-\d{2}-\d{2}-csv\.zip$/);
    const bytes = new Uint8Array(await (saved[0]?.blob ?? new Blob()).arrayBuffer());
    expect(Object.keys(unzipSync(bytes))).toContain('relations.csv');

    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('group', { name: 'Download the current view' })).not.toBeInTheDocument();
  });
});
