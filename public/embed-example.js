/* Host side of the embedding example: which map to load, the command buttons and the message log. */
(function () {
  'use strict';
  var PROTOCOL_ID = 'city-relations-map';
  var DEFAULT_APP = './?embed=1';
  var COMMANDS = {
    'select-kyiv': { type: 'select', city: 'kyiv' },
    'select-moscow': { type: 'select', city: 'moscow' },
    'close-panel': { type: 'select', city: null },
    'filter-paused': { type: 'setFilters', filters: { status: ['paused'] } },
    'date-2014': { type: 'setDate', at: '2014-05-01' },
    'date-today': { type: 'setDate', at: null },
  };

  var frame = document.getElementById('map');
  var log = document.getElementById('log');
  var heightOutput = document.getElementById('height');
  var appUrl = appUrlFrom(location.search);
  // Commands go only to the map's origin, so they never reach a page the frame was navigated to.
  var targetOrigin = appUrl.origin;

  // http(s) only: a javascript: URL from the query string would run script in this page.
  function appUrlFrom(search) {
    var requested = new URLSearchParams(search).get('app');
    try {
      var url = new URL(requested || DEFAULT_APP, location.href);
      if (url.protocol === 'https:' || url.protocol === 'http:') return url;
    } catch (error) {
      // Not a URL: fall back to the default below.
    }
    return new URL(DEFAULT_APP, location.href);
  }

  function describe(data) {
    try {
      return JSON.stringify(data);
    } catch (error) {
      return String(data);
    }
  }

  // Text only: the log shows what another site sent, which must never become markup here.
  function addToLog(text) {
    var entry = document.createElement('li');
    entry.textContent = text;
    log.appendChild(entry);
  }

  // clientHeight leaves out the frame's border, so it matches the height the map reported.
  function showHeight() {
    heightOutput.textContent = frame.clientHeight + ' px';
  }

  // Registered before the frame gets its src, so even the first "ready" is logged.
  window.addEventListener('message', function (event) {
    if (event.source !== frame.contentWindow) return;
    addToLog('received from ' + event.origin + ': ' + describe(event.data));
    showHeight();
  });

  Array.prototype.forEach.call(document.querySelectorAll('button[data-command]'), function (button) {
    button.addEventListener('click', function () {
      var command = Object.assign({ target: PROTOCOL_ID }, COMMANDS[button.getAttribute('data-command')]);
      frame.contentWindow.postMessage(command, targetOrigin);
      addToLog('sent to ' + targetOrigin + ': ' + describe(command));
    });
  });

  if (typeof ResizeObserver === 'function') new ResizeObserver(showHeight).observe(frame);
  frame.src = appUrl.href;
  showHeight();
})();
