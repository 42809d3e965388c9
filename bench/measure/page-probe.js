// Installed in every benchmarked page before its own scripts (Playwright addInitScript), so the
// three pages are measured by the same code: load marks, long tasks, and interaction timing.
// Plain browser JavaScript on purpose: it runs as it is, with no build step.
(() => {
  const bench = { marks: {}, longTasks: [], clicks: 0, lastTarget: undefined };
  window.__bench = bench;

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });

  // "First useful text": the title and the city list are in the DOM and shown at this frame, so it
  // paints them (index.html carries a prerendered first view, hidden for any other view).
  const textReady = () => {
    const title = document.querySelector('h1');
    const list = document.querySelector('#city-list li, #city-list p');
    return Boolean(title?.textContent?.trim() && title.checkVisibility() && list?.checkVisibility());
  };
  // "Map drawn": the app counts MapLibre's idle events on the map; the reference pages mark the html element.
  const drawnReady = () =>
    document.querySelector('.maplibregl-map[data-idle-count]') !== null ||
    document.documentElement.dataset.benchDrawn === 'true';
  const poll = () => {
    const now = performance.now();
    if (bench.marks.text === undefined && textReady()) bench.marks.text = now;
    if (bench.marks.drawn === undefined && drawnReady()) bench.marks.drawn = now;
    if (bench.marks.text === undefined || bench.marks.drawn === undefined) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);

  const maplibre = () => document.querySelector('.maplibregl-map')?.maplibreMap;
  const leaflet = () => document.querySelector('#map')?.leafletMap;
  const afterFrame = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        // A message posted inside a frame's callbacks runs once that frame has been rendered.
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      }),
    );

  /** Waits until the map has drawn everything asked for (an idle MapLibre map), or one frame for Leaflet. */
  bench.settle = async () => {
    const map = maplibre();
    if (!map) return afterFrame();
    await new Promise((resolve) => {
      map.once('idle', resolve);
      map.triggerRepaint();
    });
    return performance.now();
  };

  /**
   * Main-thread busy time: a chain of messages, each posted as soon as the last one ran; a gap
   * between two of them above 1 ms is the main thread doing something else (script, style,
   * layout, paint). Idle waiting for the next frame costs no gap.
   */
  const startProbe = () => {
    const channel = new MessageChannel();
    let last = performance.now();
    let busy = 0;
    let running = true;
    const account = () => {
      const now = performance.now();
      if (now - last > 1) busy += now - last;
      last = now;
    };
    channel.port1.onmessage = () => {
      account();
      if (running) channel.port2.postMessage(null);
    };
    channel.port2.postMessage(null);
    return {
      read: () => {
        account();
        return busy;
      },
      stop: () => {
        running = false;
        account();
        return busy;
      },
    };
  };

  /** Back to the first view (the app frames each selected relation), so every click starts alike. */
  bench.resetView = () => {
    maplibre()?.fitBounds(
      [
        [-10, 30],
        [58, 62],
      ],
      { padding: 10, duration: 0 },
    );
  };

  /** Places the bench can click: visible, inside the map, not under a control, spaced apart, in id order. */
  bench.targets = (layer) => {
    const map = maplibre();
    const container = document.querySelector('#map, .maplibregl-map');
    const box = container.getBoundingClientRect();
    let points;
    if (map) {
      points = map.queryRenderedFeatures({ layers: [layer] }).map((feature) => {
        const [lng, lat] = feature.geometry.coordinates;
        const pixel = map.project([lng, lat]);
        return { id: String(feature.properties.id), x: box.left + pixel.x, y: box.top + pixel.y };
      });
    } else {
      points = [...document.querySelectorAll('.leaflet-marker-icon')].map((icon) => {
        const rect = icon.getBoundingClientRect();
        return { id: icon.title, x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      });
    }
    // Only cities a reader can click: not near the edges, and not under something that lies over the
    // map (a panel or a notice).
    const onMap = (p) => container.contains(document.elementFromPoint(p.x, p.y));
    const inside = points
      .filter(
        (p) =>
          p.x > box.left + 60 &&
          p.x < box.right - 60 &&
          p.y > box.top + 60 &&
          p.y < box.bottom - 40 &&
          onMap(p),
      )
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const chosen = [];
    for (const point of inside) {
      if (chosen.every((other) => Math.hypot(other.x - point.x, other.y - point.y) > 40)) chosen.push(point);
      if (chosen.length >= 8) break;
    }
    return chosen;
  };

  const act = (action) => {
    if (action.kind === 'click-point') {
      const element = document.elementFromPoint(action.x, action.y);
      const options = {
        bubbles: true,
        cancelable: true,
        clientX: action.x,
        clientY: action.y,
        button: 0,
        view: window,
      };
      element?.dispatchEvent(new MouseEvent('click', options));
    } else if (action.kind === 'click') {
      document.querySelector(action.selector)?.click();
    } else if (action.kind === 'slider') {
      const input = document.querySelector(action.selector);
      // React tracks the value it last saw; the native setter makes the input event count as a change.
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(
        input,
        String(action.value),
      );
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }
  };

  const panelText = (selector) => document.querySelector(selector)?.textContent?.trim() ?? '';

  /**
   * One interaction: busy main-thread time from the input until the result is on screen
   * (`panel`: the panel's text changed and was painted; `map`: MapLibre idle again, or the next
   * frame for Leaflet, whose DOM updates are synchronous), its first frame, and its long tasks.
   */
  bench.interact = async (action, done, timeoutMs) => {
    const before = done.kind === 'panel' ? panelText(done.selector) : '';
    const tasksBefore = bench.longTasks.length;
    const probe = startProbe();
    const t0 = performance.now();
    act(action);
    const firstFrameEnd = await afterFrame();
    const firstFrameBusyMs = probe.read();
    let end;
    if (done.kind === 'panel') {
      end = await new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('panel did not change')), timeoutMs);
        const check = async () => {
          const text = panelText(done.selector);
          if (text !== '' && text !== before) {
            clearTimeout(timer);
            resolve(await afterFrame());
          } else requestAnimationFrame(check);
        };
        check();
      });
    } else {
      end = await bench.settle();
    }
    const busy = probe.stop();
    // Long tasks are reported a little after they end; give the observer a frame.
    await afterFrame();
    const tasks = bench.longTasks
      .slice(tasksBefore)
      .filter((task) => task.start >= t0 - 1 && task.start <= end);
    return {
      busyMs: busy,
      firstFrameMs: firstFrameEnd - t0,
      firstFrameBusyMs,
      toResultMs: end - t0,
      longTasks: tasks.map((task) => task.duration),
    };
  };

  /** A scripted pan and zoom (about 3 s of animation), with the long tasks it caused. */
  bench.panZoom = async () => {
    const tasksBefore = bench.longTasks.length;
    const t0 = performance.now();
    const map = maplibre();
    if (map) {
      const moves = [
        { center: [map.getCenter().lng + 15, map.getCenter().lat], zoom: map.getZoom() },
        { center: [map.getCenter().lng + 15, map.getCenter().lat], zoom: map.getZoom() + 1.5 },
        { center: [map.getCenter().lng, map.getCenter().lat - 5], zoom: map.getZoom() + 1.5 },
        { center: [map.getCenter().lng, map.getCenter().lat], zoom: map.getZoom() },
      ];
      for (const move of moves) {
        await new Promise((resolve) => {
          map.once('moveend', resolve);
          map.easeTo({ ...move, duration: 700 });
        });
      }
    } else {
      const map = leaflet();
      const steps = [
        () => map.panBy([400, 0], { duration: 0.7 }),
        () => map.zoomIn(1),
        () => map.panBy([0, -200], { duration: 0.7 }),
        () => map.zoomOut(1),
      ];
      for (const step of steps) {
        await new Promise((resolve) => {
          map.once('moveend', resolve);
          step();
        });
      }
    }
    const end = await bench.settle();
    await afterFrame();
    const tasks = bench.longTasks.slice(tasksBefore).filter((task) => task.start >= t0 && task.start <= end);
    return { durationMs: end - t0, longTasks: tasks.map((task) => task.duration) };
  };
})();
