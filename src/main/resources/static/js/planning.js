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

// The chat: the question is sent by fetch asking for text/event-stream, and the reply is shown
// as the model writes it. Without JavaScript (or streams) the form posts and the page comes back
// with the reply.
(function () {
  'use strict';
  var section = document.getElementById('chat');
  var form = section && section.querySelector('form');
  if (!form || !window.fetch || !window.TextDecoder || !window.ReadableStream) { return; }
  var list = section.querySelector('ol.chat');
  var problem = document.getElementById('chat-problem');
  var button = form.querySelector('button[type=submit]');

  function entry(role, text) {
    var item = document.createElement('li');
    item.className = role;
    var who = document.createElement('strong');
    who.textContent = role === 'user' ? list.dataset.you : list.dataset.assistant;
    var body = document.createElement('span');
    body.textContent = text;
    item.appendChild(who);
    item.appendChild(document.createTextNode(' '));
    item.appendChild(body);
    list.appendChild(item);
    return body;
  }

  // One Server-Sent Event block: "event:" and "data:" lines.
  function parse(block) {
    var name = 'message';
    var data = [];
    block.split('\n').forEach(function (line) {
      var colon = line.indexOf(':');
      if (colon <= 0) { return; }
      var value = line.slice(colon + 1).replace(/^ /, '');
      if (line.slice(0, colon) === 'event') { name = value; }
      if (line.slice(0, colon) === 'data') { data.push(value); }
    });
    return { name: name, data: data.length ? JSON.parse(data.join('\n')) : null };
  }

  form.addEventListener('submit', function (submitted) {
    submitted.preventDefault();
    var body = new URLSearchParams(new FormData(form));
    var reply = null;
    var accepted = false;
    problem.hidden = true;
    button.disabled = true;
    list.setAttribute('aria-busy', 'true');
    function handle(event) {
      if (event.name === 'message') {
        accepted = true;
        entry('user', event.data.content);
        form.reset();
      } else if (event.name === 'text') {
        if (!reply) { reply = entry('assistant', ''); }
        reply.textContent += event.data.text;
      } else if (event.name === 'reply') {
        if (!reply) { reply = entry('assistant', ''); }
        reply.textContent = event.data.content;
      } else if (event.name === 'error') {
        problem.textContent = event.data.detail;
        problem.hidden = false;
      }
    }
    function done() {
      button.disabled = false;
      list.removeAttribute('aria-busy');
    }
    fetch(form.action, {
      method: 'POST', body: body, credentials: 'same-origin', headers: { 'Accept': 'text/event-stream' }
    }).then(function (response) {
      var type = response.headers.get('Content-Type') || '';
      if (!response.ok || type.indexOf('text/event-stream') !== 0) { form.submit(); return null; }
      var reader = response.body.getReader();
      var decoder = new TextDecoder();
      var buffer = '';
      function read() {
        return reader.read().then(function (chunk) {
          buffer += decoder.decode(chunk.value || new Uint8Array(), { stream: !chunk.done });
          var blocks = buffer.replace(/\r\n/g, '\n').split('\n\n');
          buffer = chunk.done ? '' : blocks.pop();
          blocks.filter(function (b) { return b.trim(); }).forEach(function (b) { handle(parse(b)); });
          return chunk.done ? null : read();
        });
      }
      return read();
    }).catch(function () {
      // cut off: before the question was stored, send it the plain way; after, show what was
      if (accepted) { window.location.reload(); } else { form.submit(); }
    }).then(done, done);
  });
})();
