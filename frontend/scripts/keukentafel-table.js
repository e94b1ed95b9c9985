/*
 * The resident's note form (TableView). A note is put in this browser's outbox (localStorage)
 * before it is sent, shown as "sending" until the server confirms it, and sent again after a lost
 * connection or a reload. Each note carries an id made here, so a resend never makes a duplicate.
 * Text being typed is kept here too, until the note is placed. Each note carries its author's
 * choices: the consent tier (table only by default) and whether only the facilitator may see it.
 * A refused note is never sent again by itself: the writer changes or removes it. A note held back
 * by a limit on how fast one tablet writes waits as long as the server says and then goes again.
 */
(function () {
  'use strict';

  const outboxKey = (code) => 'kt-outbox-' + code;
  const draftKey = (code) => 'kt-draft-' + code;
  const RETRY_MS = 3000;

  // crypto.randomUUID needs a secure context; tablets on a local network may not have one.
  function uuid() {
    const b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  function load(code) {
    try {
      const list = JSON.parse(localStorage.getItem(outboxKey(code)) || '[]');
      return Array.isArray(list) ? list : [];
    } catch (e) {
      return [];
    }
  }

  function store(code, list) {
    localStorage.setItem(outboxKey(code), JSON.stringify(list));
  }

  function init(host, code) {
    const form = host.querySelector('form.composer');
    if (!form || form.dataset.ready === 'true') {
      return;
    }
    form.dataset.ready = 'true';
    const texts = JSON.parse(form.dataset.texts);
    const max = parseInt(form.dataset.max, 10);
    const textarea = form.querySelector('textarea');
    const counter = form.querySelector('.composer-counter');
    const status = form.querySelector('.composer-status');
    const outbox = form.querySelector('.outbox');
    const inFlight = new Set();
    // Notes a limit holds back for a moment (the server said when to send them again).
    const waiting = new Set();

    const updateCounter = () => {
      const length = textarea.value.trim().length;
      counter.textContent = texts.counter.replace('{0}', length).replace('{1}', max);
      counter.classList.toggle('over', length > max);
    };

    const render = () => {
      const items = load(code).map((note) => {
        const li = document.createElement('li');
        li.className = 'outbox-note ' + (note.error ? 'not-sent' : 'sending');
        li.dataset.clientId = note.id;
        const text = document.createElement('p');
        text.className = 'outbox-text';
        text.textContent = note.text;
        const state = document.createElement('span');
        state.className = 'outbox-state';
        state.textContent = note.error ? texts.notSent + ' ' + note.error : texts.sending;
        li.append(text, state);
        if (note.error) {
          const remove = document.createElement('button');
          remove.type = 'button';
          remove.className = 'outbox-remove';
          remove.textContent = texts.remove;
          remove.addEventListener('click', () => {
            store(code, load(code).filter((n) => n.id !== note.id));
            render();
          });
          // A refused note is never sent again by itself: the writer changes it (back in the form,
          // with its choices) or removes it.
          const change = document.createElement('button');
          change.type = 'button';
          change.className = 'outbox-change';
          change.textContent = texts.change;
          change.addEventListener('click', () => {
            store(code, load(code).filter((n) => n.id !== note.id));
            textarea.value = note.text;
            localStorage.setItem(draftKey(code), note.text);
            for (const [name, value] of [['category', note.category], ['consent', note.consent || 'table-only']]) {
              const input = form.querySelector('input[name=' + name + '][value="' + CSS.escape(value) + '"]');
              if (input) {
                input.checked = true;
              }
            }
            const onlyFacilitator = form.querySelector('input[name=audience]');
            if (onlyFacilitator) {
              onlyFacilitator.checked = note.audience === onlyFacilitator.value;
            }
            updateCounter();
            render();
            textarea.focus();
          });
          li.append(change, remove);
        }
        return li;
      });
      outbox.replaceChildren(...items);
    };

    const settle = (id, result) => {
      inFlight.delete(id);
      let list = load(code);
      if (result === 'retry') {
        // The server could not store it just now: it stays in the outbox and goes again.
        setTimeout(flush, RETRY_MS);
        return;
      }
      const wait = /^wait:(\d+):(.*)$/s.exec(String(result));
      if (wait) {
        // A limit on how fast one tablet writes: the note waits here and goes by itself.
        waiting.add(id);
        status.textContent = wait[2];
        setTimeout(() => {
          waiting.delete(id);
          flush();
        }, Number(wait[1]) + 250);
        render();
        return;
      }
      if (result === 'saved') {
        list = list.filter((n) => n.id !== id);
        status.textContent = texts.placed;
      } else {
        const message = String(result).replace(/^error:/, '');
        list = list.map((n) => (n.id === id ? Object.assign({}, n, { error: message }) : n));
        status.textContent = message;
      }
      store(code, list);
      render();
    };

    const flush = () => {
      for (const note of load(code)) {
        if (note.error || inFlight.has(note.id) || waiting.has(note.id)) {
          continue;
        }
        inFlight.add(note.id);
        // Notes kept from before the form asked for consent are sent with the defaults.
        host.$server.submitNote(note.id, note.category, note.text, note.consent || 'table-only',
            note.audience || 'everyone').then(
          (result) => settle(note.id, result),
          () => {
            inFlight.delete(note.id);
            setTimeout(flush, RETRY_MS);
          });
      }
      render();
    };

    textarea.value = localStorage.getItem(draftKey(code)) || '';
    textarea.addEventListener('input', () => {
      localStorage.setItem(draftKey(code), textarea.value);
      updateCounter();
    });

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const text = textarea.value.trim();
      const chosen = form.querySelector('input[name=category]:checked');
      // The phase decides where notes go and who writes now (the server checks it too); the text
      // stays in the form, so nothing is lost.
      if (form.dataset.writes === 'false' || !chosen || chosen.disabled) {
        status.textContent = form.dataset.closedText || '';
        return;
      }
      if (!text) {
        status.textContent = texts.empty;
        textarea.focus();
        return;
      }
      if (text.length > max) {
        status.textContent = texts.tooLong.replace('{0}', max).replace('{1}', text.length);
        textarea.focus();
        return;
      }
      const consent = form.querySelector('input[name=consent]:checked');
      const onlyFacilitator = form.querySelector('input[name=audience]');
      const list = load(code);
      list.push({
        id: uuid(),
        category: chosen ? chosen.value : '',
        text: text,
        consent: consent ? consent.value : 'table-only',
        audience: onlyFacilitator && onlyFacilitator.checked ? onlyFacilitator.value : 'everyone',
        at: Date.now(),
      });
      // Privacy by default for every note: both choices go back to "only for this table".
      if (onlyFacilitator) {
        onlyFacilitator.checked = false;
      }
      const tableOnly = form.querySelector('input[name=consent][value=table-only]');
      if (tableOnly) {
        tableOnly.checked = true;
      }
      store(code, list);
      textarea.value = '';
      localStorage.removeItem(draftKey(code));
      updateCounter();
      status.textContent = texts.sending;
      flush();
    });

    window.addEventListener('online', flush);
    // Kiosk mode asks for the outbox to go now, before the tablet goes to the next person.
    window.addEventListener('keukentafel-send-outbox', () => host.isConnected && flush());
    updateCounter();
    flush();
  }

  window.keukentafel = window.keukentafel || {};
  window.keukentafel.table = { init: init };
})();
