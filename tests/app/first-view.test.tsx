import { QueryClient } from '@tanstack/react-query';
import { act, screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runInThisContext } from 'node:vm';
import userEvent from '@testing-library/user-event';
import { hydrateRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { AppRoot } from '../../src/app/app-root';
import { firstViewScript, renderFirstView } from '../../src/app/first-view';
import { STATUS_COLORS } from '../../src/components/status-style';
import { appConfigSchema } from '../../src/config/app-config';
import { configQueryOptions } from '../../src/config/config-query';
import { datasetQueryOptions } from '../../src/data/dataset-query';
import { parseDatasetText } from '../../src/data/parse-dataset-text';
import { createI18n } from '../../src/i18n/i18n';

const read = (path: string) => readFileSync(resolve(import.meta.dirname, '../../public', path), 'utf8');
const CONFIG = appConfigSchema.parse(JSON.parse(read('config.json')));
const parsed = parseDatasetText(read('data/leipzig.geojson'));
if (!parsed.ok) throw new Error('public/data/leipzig.geojson is invalid');
const DATASET = parsed.dataset;

describe('renderFirstView', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('renders the title, the list and the map placeholder of the default view', () => {
    document.body.innerHTML = renderFirstView({ config: CONFIG, dataset: DATASET, language: 'de' });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Leipzigs Städtebeziehungen');
    const list = screen.getByRole('heading', { level: 2, name: /^Städte \(\d+\)$/ });
    expect(list).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Kiew/ })).toBeInTheDocument();
    expect(screen.getByText('Karte wird geladen …')).toBeInTheDocument();
  });

  it('is taken over by the browser as it is: hydration finds nothing to change', async () => {
    const root = document.createElement('div');
    root.innerHTML = renderFirstView({ config: CONFIG, dataset: DATASET, language: 'de' });
    document.body.append(root);
    const kyiv = within(root).getByRole('button', { name: /Kiew/ });
    // As main.tsx does: the data is in the client's cache before React hydrates.
    const client = new QueryClient();
    client.setQueryData(configQueryOptions.queryKey, CONFIG);
    client.setQueryData(datasetQueryOptions('data/leipzig.geojson').queryKey, DATASET);
    const errors: unknown[] = [];
    const app = await act(async () => {
      const created = hydrateRoot(root, <AppRoot client={client} i18n={createI18n('de')} />, {
        onRecoverableError: (error) => errors.push(error),
      });
      await Promise.resolve();
      return created;
    });
    try {
      expect(errors).toEqual([]);
      // The same element, now the app's: a click opens the panel.
      expect(within(root).getByRole('button', { name: /Kiew/ })).toBe(kyiv);
      await userEvent.click(kyiv);
      expect(await within(root).findByRole('heading', { level: 2, name: /Kiew/ })).toBeInTheDocument();
    } finally {
      // Unmounted, so nothing the page started later (the picker's loads) runs after the test's DOM is gone.
      act(() => app.unmount());
    }
  });
});

// Run as the browser runs it: a classic script in the page's global scope.
describe('firstViewScript', () => {
  const html = document.documentElement;
  afterEach(() => {
    html.className = '';
    delete html.dataset.theme;
    html.removeAttribute('style');
    for (const link of preloadLinks()) link.remove();
    window.history.replaceState(null, '', '/');
  });
  // The script's links go into <head>, which Testing Library's queries do not cover.
  // eslint-disable-next-line testing-library/no-node-access
  const preloadLinks = () => [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')];
  const preloads = () =>
    preloadLinks().map((link) => ({
      // As written, so that it resolves against the page's address as the app's fetch() does.
      href: link.getAttribute('href'),
      as: link.as,
      crossOrigin: link.crossOrigin,
    }));

  it('shows the prerendered view for the default view, in the configured theme and its colours', () => {
    runInThisContext(firstViewScript({ ...CONFIG, defaultTheme: 'dark' }));
    expect(html.classList.contains('first-view')).toBe(true);
    expect(html.dataset.theme).toBe('dark');
    expect(html.style.getPropertyValue('--status-paused')).toBe(STATUS_COLORS.dark.paused);
  });

  it('follows the colour scheme for "auto" (light in jsdom)', () => {
    runInThisContext(firstViewScript({ ...CONFIG, defaultTheme: 'auto' }));
    expect(html.dataset.theme).toBe('light');
    expect(html.style.getPropertyValue('--status-active')).toBe(STATUS_COLORS.light.active);
  });

  it('asks for config.json and the default dataset before the app does, as its fetches will', () => {
    runInThisContext(firstViewScript({ ...CONFIG, datasets: ['data/dresden.geojson'] }));
    expect(preloads()).toEqual([
      { href: 'config.json', as: 'fetch', crossOrigin: 'anonymous' },
      { href: 'data/dresden.geojson', as: 'fetch', crossOrigin: 'anonymous' },
    ]);
  });

  it('leaves every other view alone', () => {
    window.history.replaceState(null, '', '/?city=kyiv');
    runInThisContext(firstViewScript(CONFIG));
    expect(html.classList.contains('first-view')).toBe(false);
    expect(html.dataset.theme).toBeUndefined();
    expect(preloads()).toEqual([]);
  });
});
