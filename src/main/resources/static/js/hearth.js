// Hearth's only script besides htmx: the CSRF header on htmx requests, photo drag-and-drop with
// upload progress, and the photo lightbox. No inline scripts anywhere (the CSP forbids them).
(function () {
  'use strict';
  document.addEventListener('htmx:configRequest', function (event) {
    var header = document.querySelector('meta[name="csrf-header"]');
    var token = document.querySelector('meta[name="csrf-token"]');
    if (header && token) {
      event.detail.headers[header.content] = token.content;
    }
  });

  function failed(zone) {
    var message = zone.querySelector('.error') || document.createElement('p');
    message.className = 'error';
    message.setAttribute('role', 'alert');
    message.textContent = zone.dataset.failed || 'The upload failed.';
    zone.appendChild(message);
  }

  function uploads(zone) {
    zone.dataset.ready = 'true';
    var input = zone.querySelector('input[type=file]');
    var progress = zone.querySelector('progress');
    var form = zone.closest('form');
    function send(files) {
      if (!files || files.length === 0) { return; }
      var data = new FormData();
      Array.prototype.forEach.call(files, function (f) { data.append('photos', f); });
      var csrf = form.querySelector('input[name="_csrf"]');
      if (csrf) { data.append('_csrf', csrf.value); }
      var header = document.querySelector('meta[name="csrf-header"]');
      var token = document.querySelector('meta[name="csrf-token"]');
      var request = new XMLHttpRequest();
      request.open('POST', form.action);
      request.setRequestHeader('HX-Request', 'true');
      if (header && token) { request.setRequestHeader(header.content, token.content); }
      request.upload.addEventListener('progress', function (e) {
        if (e.lengthComputable && progress) { progress.hidden = false; progress.value = e.loaded / e.total; }
      });
      request.addEventListener('load', function () {
        if (progress) { progress.hidden = true; progress.value = 0; }
        input.value = '';
        var redirect = request.getResponseHeader('HX-Redirect');
        if (redirect) { window.location.assign(redirect); return; }
        if (request.status !== 200) { failed(zone); return; }
        var target = document.getElementById(zone.dataset.target);
        if (target) { target.outerHTML = request.responseText; if (window.htmx) { htmx.process(document.body); } }
        document.querySelectorAll('.dropzone').forEach(function (z) { if (!z.dataset.ready) { uploads(z); } });
      });
      request.send(data);
    }
    zone.addEventListener('dragover', function (e) { e.preventDefault(); zone.classList.add('over'); });
    zone.addEventListener('dragleave', function () { zone.classList.remove('over'); });
    zone.addEventListener('drop', function (e) { e.preventDefault(); zone.classList.remove('over'); send(e.dataTransfer.files); });
    input.addEventListener('change', function () { send(input.files); });
    var button = form.querySelector('button[type=submit]');
    if (button) { button.hidden = true; }
  }

  function lightbox() {
    var box = document.getElementById('lightbox');
    if (!box) { return; }
    var image = box.querySelector('img');
    document.addEventListener('click', function (e) {
      var link = e.target.closest('a[data-lightbox]');
      if (link) { e.preventDefault(); image.src = link.href; image.alt = link.dataset.alt || ''; box.hidden = false; box.querySelector('button').focus(); }
    });
    box.addEventListener('click', function (e) { if (e.target === box || e.target.closest('button')) { box.hidden = true; image.src = ''; } });
    document.addEventListener('keydown', function (e) { if (e.key === 'Escape') { box.hidden = true; } });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('.dropzone').forEach(uploads);
    lightbox();
  });
})();
