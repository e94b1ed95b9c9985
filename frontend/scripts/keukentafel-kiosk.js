/*
 * Kiosk mode (KioskMode.java): one tablet that goes round the table. Before the tablet goes to the
 * next person, every note in this browser's outbox must have reached the server: this script asks
 * the note form (keukentafel-table.js) to send its outbox and waits until it is empty. Then the browser
 * forgets the person: their seat's secret, their note draft and the (empty) outbox of this table.
 * Settings of the tablet itself, such as the text size, stay.
 */
(function () {
  'use strict';

  const outboxKey = (code) => 'kt-outbox-' + code;
  // Per person: seats (also those opened from a "Mijn notities" link) and note drafts of any table.
  const PERSONAL = ['kt-participant-', 'kt-draft-'];
  const CHECK_MS = 200;
  // Every 2 seconds while waiting; a note already on its way is not sent twice meanwhile.
  const NUDGE_EVERY = 10;

  function outbox(code) {
    try {
      const list = JSON.parse(localStorage.getItem(outboxKey(code)) || '[]');
      return Array.isArray(list) ? list : [];
    } catch (e) {
      return [];
    }
  }

  /** What the person would leave behind: notes on their way, refused notes, text not placed. */
  function leftovers(code) {
    const list = code ? outbox(code) : [];
    const draft = code ? (localStorage.getItem('kt-draft-' + code) || '').trim() : '';
    return JSON.stringify({
      pending: list.filter((n) => !n.error).length,
      refused: list.filter((n) => n.error).length,
      draft: draft.length > 0,
    });
  }

  function forget(code) {
    for (const key of Object.keys(localStorage)) {
      if (PERSONAL.some((prefix) => key.startsWith(prefix)) || (code && key === outboxKey(code))) {
        localStorage.removeItem(key);
      }
    }
    const typed = document.getElementById('note-text');
    if (typed) {
      typed.value = '';
    }
  }

  /**
   * Resolves "done" once the outbox of the table is empty and the person is forgotten, or
   * "refused" when a note in it was refused (then nothing is forgotten). Never gives up on a note.
   */
  function handOver(code) {
    return new Promise((resolve) => {
      let checks = 0;
      const check = () => {
        const list = code ? outbox(code) : [];
        if (list.some((n) => n.error)) {
          resolve('refused');
        } else if (list.length > 0) {
          // The note form (keukentafel-table.js) sends again by itself; this asks it to send now.
          if (checks++ % NUDGE_EVERY === 0) {
            window.dispatchEvent(new Event('keukentafel-send-outbox'));
          }
          setTimeout(check, CHECK_MS);
        } else {
          forget(code);
          resolve('done');
        }
      };
      check();
    });
  }

  window.keukentafel = window.keukentafel || {};
  window.keukentafel.kiosk = { leftovers: leftovers, handOver: handOver };
})();
