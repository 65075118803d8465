// An analysis page: follows the analysis' event stream, shows each tab's text as the model
// writes it, and reloads the tabs (server-rendered) whenever one changes. Without JavaScript the
// page is complete; it just does not update itself.
(function () {
  'use strict';
  var tabs = document.getElementById('tabs');
  if (!tabs || !window.EventSource || tabs.dataset.status !== 'generating') { return; }
  var source = new EventSource(tabs.dataset.events);
  function reload() {
    htmx.ajax('GET', document.getElementById('tabs').dataset.tabs, { target: '#tabs', swap: 'outerHTML' });
  }
  source.addEventListener('tab', reload);
  source.addEventListener('analysis', reload);
  source.addEventListener('text', function (event) {
    var data = JSON.parse(event.data);
    var live = document.getElementById('live-' + data.tab);
    if (live) { live.textContent += data.text; }
  });
  source.addEventListener('done', function () { source.close(); reload(); });
})();
