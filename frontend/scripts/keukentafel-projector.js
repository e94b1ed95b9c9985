/*
 * The projector (ProjectorView) fits one screen and never scrolls: nobody scrolls a beamer.
 *
 * Whenever the board changes (a note arrives, changes or goes) or the window changes size, this
 * script picks the largest type size (the CSS variable --projector-scale, which also sizes the QR
 * code) at which every column's notes fit. When even the smallest size is not enough, a column
 * keeps its newest notes and folds the oldest into one line, "+ 12 eerdere" (the text comes from
 * the view's data-earlier attribute, with {0} for the number).
 */
(function () {
  'use strict';

  if (window.__ktProjector) {
    return;
  }
  window.__ktProjector = true;

  // From large (an empty board: big QR code and type) to the smallest still readable from the back.
  const SCALES = [1.3, 1.15, 1, 0.9, 0.82];
  let scheduled = false;

  function schedule() {
    if (!scheduled) {
      scheduled = true;
      requestAnimationFrame(() => {
        scheduled = false;
        fit();
      });
    }
  }

  function overflows(notes) {
    return notes.scrollHeight > notes.clientHeight + 1;
  }

  function cardsOf(notes) {
    return Array.from(notes.children).filter((child) => child.localName === 'kt-note');
  }

  function earlierLine(column, notes) {
    let line = column.querySelector(':scope > .projector-earlier');
    if (!line) {
      line = document.createElement('p');
      line.className = 'projector-earlier';
      line.hidden = true;
      column.insertBefore(line, notes);
    }
    return line;
  }

  function setText(element, text) {
    if (element.textContent !== text) {
      element.textContent = text;
    }
  }

  function showAll(column) {
    const notes = column.querySelector('.board-notes');
    for (const card of cardsOf(notes)) {
      card.removeAttribute('data-earlier');
    }
    const line = column.querySelector(':scope > .projector-earlier');
    if (line) {
      line.hidden = true;
    }
  }

  // Keeps the newest notes that fit and folds the others into the line above them.
  function fold(column, template) {
    const notes = column.querySelector('.board-notes');
    const cards = cardsOf(notes);
    if (!overflows(notes) || cards.length < 2) {
      return;
    }
    const line = earlierLine(column, notes);
    const say = (count) => setText(line, template.replace('{0}', String(count)));
    say(cards.length);
    line.hidden = false;
    // A first guess from the cards' heights (folding does not change them), then one at a time.
    const gap = parseFloat(getComputedStyle(notes).rowGap) || 0;
    const room = notes.clientHeight;
    let used = 0;
    let kept = 0;
    for (let index = cards.length - 1; index >= 0; index--) {
      used += cards[index].offsetHeight + (kept > 0 ? gap : 0);
      if (used > room && kept > 0) {
        break;
      }
      kept++;
    }
    let folded = cards.length - kept;
    const apply = () => {
      cards.forEach((card, index) => card.toggleAttribute('data-earlier', index < folded));
      say(folded);
    };
    apply();
    while (overflows(notes) && folded < cards.length - 1) {
      folded++;
      apply();
    }
  }

  function fit() {
    const view = document.querySelector('.projector-view');
    if (!view) {
      return;
    }
    const columns = Array.from(view.querySelectorAll('.board-column')).filter((column) =>
      column.querySelector('.board-notes'),
    );
    columns.forEach(showAll);
    const tooLong = () => columns.some((column) => overflows(column.querySelector('.board-notes')));
    let fits = false;
    for (const scale of SCALES) {
      view.style.setProperty('--projector-scale', String(scale));
      if (!tooLong()) {
        fits = true;
        break;
      }
    }
    if (!fits) {
      const template = view.dataset.earlier || '+ {0}';
      columns.forEach((column) => fold(column, template));
    }
  }

  // Changes by the server (cards, their texts, the strip), not the script's own line or folding.
  new MutationObserver((records) => {
    const fromServer = records.some((record) => {
      const element = record.target.nodeType === Node.ELEMENT_NODE ? record.target : record.target.parentElement;
      return !(element && element.closest('.projector-earlier'));
    });
    if (fromServer && document.querySelector('.projector-view')) {
      schedule();
    }
  }).observe(document.body, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['note-text', 'note-author', 'note-role', 'note-time', 'note-badge'],
  });
  window.addEventListener('resize', schedule);
  if (document.fonts) {
    document.fonts.ready.then(schedule);
  }
  schedule();
})();
