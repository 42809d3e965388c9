import { readFileSync } from 'node:fs';
import { fireEvent, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

/** The host-side files are shipped as they are, without a build, so the tests run the very files. */
function publicFile(name: string): string {
  return readFileSync(`public/${name}`, 'utf8');
}

// The test environment runs inserted scripts, as a host page would.
function runScript(name: string) {
  const script = document.createElement('script');
  script.textContent = publicFile(name);
  document.head.append(script);
  script.remove();
}

function loadExample(search = '') {
  window.history.replaceState(null, '', `/embed-example.html${search}`);
  const page = new DOMParser().parseFromString(publicFile('embed-example.html'), 'text/html');
  document.body.replaceChildren(...page.body.childNodes);
  runScript('embed-resize.js');
  runScript('embed-example.js');
  return screen.getByTitle<HTMLIFrameElement>('City Relations Map');
}

function fromFrame(frame: HTMLIFrameElement | Window | null, data: unknown) {
  const source = frame instanceof HTMLIFrameElement ? frame.contentWindow : frame;
  window.dispatchEvent(new MessageEvent('message', { data, origin: 'http://localhost:3000', source }));
}

const resize = (height: unknown) => ({ source: 'city-relations-map', type: 'resize', height });

describe('embed-resize.js', () => {
  let frame: HTMLIFrameElement;
  beforeEach(() => {
    frame = document.createElement('iframe');
    frame.setAttribute('data-city-relations-map', '');
    document.body.replaceChildren(frame);
    runScript('embed-resize.js');
  });

  it('sets the height the map reports, in whole pixels', () => {
    fromFrame(frame, resize(812.3));
    expect(frame.style.height).toBe('813px');
  });

  it.each([
    ['too small', resize(150)],
    ['too large', resize(20000)],
    ['not finite', resize(Infinity)],
    ['a string', resize('900')],
    ['from another widget', { source: 'other-widget', type: 'resize', height: 900 }],
    ['not a resize', { source: 'city-relations-map', type: 'ready' }],
    ['not an object', 'resize'],
  ])('ignores a height %s', (_label, data) => {
    fromFrame(frame, data);
    expect(frame.style.height).toBe('');
  });

  it('only resizes marked frames, and only the frame that sent the message', () => {
    const other = document.createElement('iframe');
    document.body.append(other);
    fromFrame(other, resize(900));
    fromFrame(window, resize(900));
    fromFrame(null, resize(900));
    expect(frame.style.height).toBe('');
    expect(other.style.height).toBe('');
  });
});

describe('embed-example.html', () => {
  it('embeds the app from the same folder by default', () => {
    const frame = loadExample();
    expect(frame.src).toBe('http://localhost:3000/?embed=1');
    expect(frame).toHaveAttribute('loading', 'lazy');
    expect(frame).toHaveAttribute('width', '100%');
    expect(frame).toHaveAttribute('data-city-relations-map');
  });

  it('embeds the app named in ?app= and sends commands to its origin only', () => {
    const frame = loadExample('?app=https://map.example.org/leipzig/?embed=1');
    expect(frame.src).toBe('https://map.example.org/leipzig/?embed=1');
    const postMessage = vi.spyOn(frame.contentWindow!, 'postMessage').mockImplementation(() => undefined);
    fireEvent.click(screen.getByRole('button', { name: 'Select Kyiv' }));
    fireEvent.click(screen.getByRole('button', { name: 'Close the panel' }));
    fireEvent.click(screen.getByRole('button', { name: 'Show paused relations only' }));
    fireEvent.click(screen.getByRole('button', { name: 'Show the state on 1 May 2014' }));
    fireEvent.click(screen.getByRole('button', { name: "Show today's state" }));
    const target = 'city-relations-map';
    expect(postMessage.mock.calls).toEqual([
      [{ target, type: 'select', city: 'kyiv' }, 'https://map.example.org'],
      [{ target, type: 'select', city: null }, 'https://map.example.org'],
      [{ target, type: 'setFilters', filters: { status: ['paused'] } }, 'https://map.example.org'],
      [{ target, type: 'setDate', at: '2014-05-01' }, 'https://map.example.org'],
      [{ target, type: 'setDate', at: null }, 'https://map.example.org'],
    ]);
  });

  it('refuses an ?app= that is not an http(s) URL', () => {
    expect(loadExample('?app=javascript:alert(1)').src).toBe('http://localhost:3000/?embed=1');
  });

  it('logs messages from the frame as text and resizes it', () => {
    const frame = loadExample();
    fromFrame(frame, { source: 'city-relations-map', type: 'select', city: '<img src=x>', names: null });
    fromFrame(frame, resize(700));
    const entries = screen.getAllByRole('listitem');
    expect(entries[0]).toHaveTextContent(
      'received from http://localhost:3000: {"source":"city-relations-map"',
    );
    expect(entries[0]).toHaveTextContent('<img src=x>');
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(frame.style.height).toBe('700px');
  });
});
