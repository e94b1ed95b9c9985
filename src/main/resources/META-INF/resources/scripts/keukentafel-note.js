/*
 * <kt-note>: one note card on a board (NoteCardView). The server sends the card as one element
 * with its parts as attributes (note-text, note-author, note-role, note-time and, where they apply,
 * note-badge and note-consent); this element draws them as
 *
 *   <p class="note-text"> <div class="note-meta"><span class="note-author"> <span class="note-role">
 *   <span class="note-time"></div> [<span class="note-badge">] [<span class="note-consent">]
 *
 * in front of whatever children the server adds (the card's buttons). A card is drawn on every
 * screen of its board, and one element per card costs the server a fraction of the memory and time
 * of the ten state nodes its parts took as server-side elements (docs/adr/0008). Texts are set with
 * textContent, never parsed as HTML.
 */
(function () {
  'use strict';

  if (customElements.get('kt-note')) {
    return;
  }

  const PARTS = ['note-text', 'note-author', 'note-role', 'note-time'];
  // Parts drawn only while their attribute is there: a badge (set aside, only for the
  // facilitator) and, on the author's own cards, their consent choice.
  const OPTIONAL = ['note-badge', 'note-consent'];

  function part(tag, className) {
    const element = document.createElement(tag);
    element.className = className;
    return element;
  }

  class NoteCard extends HTMLElement {
    static get observedAttributes() {
      return PARTS.concat(OPTIONAL);
    }

    connectedCallback() {
      this.draw();
    }

    attributeChangedCallback() {
      if (this.parts) {
        this.draw();
      }
    }

    draw() {
      if (!this.parts) {
        const meta = part('div', 'note-meta');
        this.parts = {
          'note-text': part('p', 'note-text'),
          'note-author': part('span', 'note-author'),
          'note-role': part('span', 'note-role'),
          'note-time': part('span', 'note-time'),
          'note-badge': part('span', 'note-badge'),
          'note-consent': part('span', 'note-consent'),
          meta: meta,
        };
        meta.append(this.parts['note-author'], this.parts['note-role'], this.parts['note-time']);
        // Before the server's children (the buttons), which Vaadin keeps after client-only nodes.
        this.prepend(this.parts['note-text'], meta);
      }
      for (const name of PARTS) {
        const text = this.getAttribute(name) || '';
        if (this.parts[name].textContent !== text) {
          this.parts[name].textContent = text;
        }
      }
      let after = this.parts.meta;
      for (const name of OPTIONAL) {
        const element = this.parts[name];
        const text = this.getAttribute(name);
        if (text === null) {
          element.remove();
          continue;
        }
        element.textContent = text;
        if (element.previousSibling !== after || element.parentNode !== this) {
          after.after(element);
        }
        after = element;
      }
    }
  }

  customElements.define('kt-note', NoteCard);
})();
