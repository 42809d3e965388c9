/*
 * City Relations Map: sizes embedded maps to their content, so the host page scrolls instead of the frame.
 * Include once on the host page: <script src=".../embed-resize.js" defer></script>
 * Applies to <iframe data-city-relations-map> only. No dependencies, no globals, ES5.
 */
(function () {
  'use strict';
  var MIN_HEIGHT = 200;
  var MAX_HEIGHT = 10000;

  // Matching the sending window (not the origin) ties a message to one frame, even with several maps on a page.
  function frameOf(source) {
    var frames = document.querySelectorAll('iframe[data-city-relations-map]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === source) return frames[i];
    }
    return null;
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.source !== 'city-relations-map' || data.type !== 'resize') {
      return;
    }
    var height = data.height;
    // The bounds keep a broken or hostile frame from collapsing the map or stretching the page without end.
    if (typeof height !== 'number' || !isFinite(height) || height < MIN_HEIGHT || height > MAX_HEIGHT) return;
    var frame = event.source ? frameOf(event.source) : null;
    if (frame) frame.style.height = Math.ceil(height) + 'px';
  });
})();
