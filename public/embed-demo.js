// The host side of the Restaking Lab embed protocol (docs/embedding.md): each widget posts
// { source: 'restaking-lab', type: 'ready' | 'resize' | 'error', ... } to its parent; the host sets the iframe's
// height from `height`. Messages are matched to their iframe by event.source (the frame's window), and checked
// for their shape; in production, also check event.origin against the widget's origin.
(function () {
  'use strict';
  var frames = Array.prototype.slice.call(document.querySelectorAll('iframe[data-widget]'));
  var log = document.getElementById('log');
  var received = (window.embedMessages = []);

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.source !== 'restaking-lab') return;
    var frame = frames.find(function (f) {
      return f.contentWindow === event.source;
    });
    if (!frame) return;
    received.push({ widget: frame.dataset.widget, type: data.type, height: data.height, problems: data.problems });
    var item = document.createElement('li');
    item.textContent = frame.dataset.widget + ': ' + data.type + (typeof data.height === 'number' ? ' ' + data.height + 'px' : '');
    log.appendChild(item);
    if ((data.type === 'ready' || data.type === 'resize') && typeof data.height === 'number' && data.height > 0) {
      // a bound against a runaway height
      frame.style.height = Math.min(data.height, 5000) + 'px';
    }
  });

  function send(type) {
    frames[0].contentWindow.postMessage({ type: type }, new URL(frames[0].src, location.href).origin);
  }
  document.getElementById('play').addEventListener('click', function () {
    send('play');
  });
  document.getElementById('pause').addEventListener('click', function () {
    send('pause');
  });
})();
