/*
 * The facilitator board (FacilitatorBoardView): a note that arrives where the facilitator cannot see
 * it (further down its column) is marked (data-unseen) and its column's header gets a button,
 * "1 nieuw", that scrolls to the first such note. A note counts as seen once at least half of it has
 * been in view; the button goes when its column has nothing unseen left.
 *
 * The server marks cards that arrived after the board was first shown (data-arrived); the texts come
 * from the view's data-new-notes and data-new-notes-label attributes ({0} the number, {1} the
 * column).
 */
(function () {
  'use strict';

  if (window.__ktBoardArrivals) {
    return;
  }
  window.__ktBoardArrivals = true;

  const SEEN = 0.5;

  const watcher = new IntersectionObserver(
    (entries) => {
      const changed = new Set();
      for (const entry of entries) {
        const card = entry.target;
        const inView = entry.isIntersecting && entry.intersectionRatio >= SEEN;
        if (inView) {
          watcher.unobserve(card);
          if (card.hasAttribute('data-unseen')) {
            card.removeAttribute('data-unseen');
            changed.add(card.closest('.board-column'));
          }
        } else if (card.__ktFirstLook) {
          card.setAttribute('data-unseen', '');
          changed.add(card.closest('.board-column'));
        }
        card.__ktFirstLook = false;
      }
      changed.forEach(updateBadge);
    },
    { threshold: [0, SEEN] },
  );

  function track(card) {
    if (card.__ktTracked || !card.closest('.facilitator-board')) {
      return;
    }
    card.__ktTracked = true;
    card.__ktFirstLook = true;
    watcher.observe(card);
  }

  function fill(template, count, column) {
    return template.replace('{0}', String(count)).replace('{1}', column);
  }

  function updateBadge(column) {
    if (!column) {
      return;
    }
    const unseen = column.querySelectorAll('kt-note[data-unseen]');
    let badge = column.querySelector(':scope > .new-notes');
    if (unseen.length === 0) {
      if (badge) {
        badge.remove();
      }
      return;
    }
    const board = column.closest('.facilitator-board');
    const heading = column.querySelector(':scope > h2');
    if (!badge) {
      badge = document.createElement('button');
      badge.type = 'button';
      badge.className = 'new-notes';
      badge.addEventListener('click', () => {
        const first = column.querySelector('kt-note[data-unseen]');
        if (first) {
          first.setAttribute('tabindex', '-1');
          first.scrollIntoView({ block: 'nearest' });
          first.focus({ preventScroll: true });
        }
      });
      heading.after(badge);
    }
    const text = fill(board.dataset.newNotes || '{0}', unseen.length, '');
    if (badge.textContent !== text) {
      badge.textContent = text;
    }
    badge.setAttribute(
      'aria-label',
      fill(board.dataset.newNotesLabel || '{0}', unseen.length, heading ? heading.textContent : ''),
    );
  }

  function scan(node) {
    if (node.nodeType !== Node.ELEMENT_NODE) {
      return;
    }
    if (node.localName === 'kt-note' && node.hasAttribute('data-arrived')) {
      track(node);
    }
    node.querySelectorAll('kt-note[data-arrived]').forEach(track);
  }

  new MutationObserver((records) => {
    const columns = new Set();
    for (const record of records) {
      record.addedNodes.forEach(scan);
      // A card that went (hidden, withdrawn) leaves its column's count.
      record.removedNodes.forEach((node) => {
        if (node.localName === 'kt-note' && record.target.closest) {
          watcher.unobserve(node);
          columns.add(record.target.closest('.board-column'));
        }
      });
    }
    columns.forEach(updateBadge);
  }).observe(document.body, { subtree: true, childList: true });
  scan(document.body);
})();
