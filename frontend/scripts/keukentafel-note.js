/*
 * <kt-note>: one note card on a board (NoteCardView). The server sends the card as one element
 * with its parts as attributes (note-text, note-author, note-role, note-time and, where they apply,
 * note-badge, note-consent, note-group, note-votes and note-merged); this element draws them as
 *
 *   <p class="note-text"> [<ul class="note-merged">] <div class="note-meta"><span class="note-author">
 *   <span class="note-role"> <span class="note-time"></div> [<span class="note-badge">]
 *   [<span class="note-consent">] [<span class="note-group">] [<span class="note-votes">]
 *
 * note-merged is a JSON list of the texts of notes merged into this one (each with its author).
 * note-vote ("add", "remove" or both, on a tablet while choosing) draws the dot buttons, which call
 * the tablet's vote(noteId, add); their words come from the page's body (data-vote-*).
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
  // The group the facilitator put it in, and its dots (dot voting) follow the same way.
  const OPTIONAL = ['note-badge', 'note-consent', 'note-group', 'note-votes'];

  function part(tag, className) {
    const element = document.createElement(tag);
    element.className = className;
    return element;
  }

  class NoteCard extends HTMLElement {
    static get observedAttributes() {
      return PARTS.concat(OPTIONAL, ['note-merged', 'note-vote']);
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
          'note-group': part('span', 'note-group'),
          'note-votes': part('span', 'note-votes'),
          merged: part('ul', 'note-merged'),
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
      this.drawMerged();
      this.drawVote();
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
      if (!this.foldPending) {
        this.foldPending = true;
        requestAnimationFrame(() => {
          this.foldPending = false;
          this.fold();
          this.drawReadAloud();
        });
      }
    }

    // The dot buttons while choosing: real buttons, at least 44 px (CSS), named with the note's
    // first words for screen readers. A click asks the tablet's server side; the count comes back
    // as note-votes.
    drawVote() {
      const wanted = (this.getAttribute('note-vote') || '').split(' ').filter((w) => w);
      if (!this.voteBar) {
        if (!wanted.length) {
          return;
        }
        this.voteBar = part('div', 'note-vote');
        this.voteButtons = {};
        for (const kind of ['add', 'remove']) {
          const button = document.createElement('button');
          button.type = 'button';
          button.className = 'note-vote-' + kind;
          button.addEventListener('click', () => {
            const host = this.closest('.table-view');
            if (host && host.$server) {
              host.$server.vote(this.id.replace(/^note-/, ''), kind === 'add');
            }
          });
          this.voteButtons[kind] = button;
        }
      }
      const labels = document.body.dataset;
      if (!labels.voteAdd && !this.voteLabelsPending) {
        // The page's words can arrive after the first cards (same response, applied later).
        this.voteLabelsPending = true;
        requestAnimationFrame(() => {
          this.voteLabelsPending = false;
          this.drawVote();
        });
      }
      const text = (this.getAttribute('note-text') || '').slice(0, 40);
      const names = { add: ['voteAdd', 'voteAddLabel'], remove: ['voteRemove', 'voteRemoveLabel'] };
      const shown = [];
      for (const kind of ['add', 'remove']) {
        if (!wanted.includes(kind)) {
          continue;
        }
        const button = this.voteButtons[kind];
        button.textContent = labels[names[kind][0]] || '';
        button.setAttribute('aria-label', (labels[names[kind][1]] || '{0}').replace('{0}', text));
        shown.push(button);
      }
      if (!shown.length) {
        this.voteBar.remove();
        return;
      }
      this.voteBar.replaceChildren(...shown);
      // After the meta line, before the server's children (the author's own buttons).
      if (this.voteBar.parentNode !== this) {
        this.parts.meta.after(this.voteBar);
      }
    }

    // Notes merged into this one: their texts under this note's text, each with its author.
    drawMerged() {
      const list = this.parts.merged;
      const value = this.getAttribute('note-merged');
      if (value === null) {
        list.remove();
        this.mergedValue = null;
        return;
      }
      if (value !== this.mergedValue) {
        this.mergedValue = value;
        let texts = [];
        try {
          texts = JSON.parse(value);
        } catch (e) {
          texts = [];
        }
        list.replaceChildren(...texts.map((text) => {
          const item = document.createElement('li');
          item.textContent = text;
          return item;
        }));
      }
      // After the text, and after its "Lees verder" button when the text is folded.
      const before = this.more && this.more.parentNode === this ? this.more : this.parts['note-text'];
      if (list.previousSibling !== before || list.parentNode !== this) {
        before.after(list);
      }
    }

    // On resident screens (the page's body carries data-note-read, the button's words) a card has
    // a "Lees voor" button that reads its text aloud (scripts/keukentafel-help.js does the reading).
    drawReadAloud() {
      const labels = document.body.dataset;
      if (!labels.noteRead) {
        return;
      }
      // After the meta line and the optional parts (badge, consent) that follow it.
      let after = this.parts.meta;
      while (after.nextSibling && after.nextSibling.matches
          && after.nextSibling.matches('.note-badge, .note-consent, .note-group, .note-votes')) {
        after = after.nextSibling;
      }
      if (!this.read) {
        this.read = part('button', 'read-aloud note-read');
        this.read.type = 'button';
        this.read.setAttribute('aria-pressed', 'false');
        const icon = document.createElement('span');
        icon.className = 'read-aloud-icon';
        icon.setAttribute('aria-hidden', 'true');
        icon.textContent = '\u{1F50A}';
        const words = document.createElement('span');
        words.textContent = labels.noteRead;
        this.read.append(icon, words);
      }
      const text = this.getAttribute('note-text') || '';
      this.read.dataset.read = text;
      this.read.setAttribute('aria-label', labels.noteRead + ': ' + text.slice(0, 60));
      if (this.read.previousSibling !== after || this.read.parentNode !== this) {
        after.after(this.read);
      }
    }

    // A long note shows its first lines with "Lees verder" (labels from the page's body, set by
    // the board); the button opens and closes the rest. The projector shows no button.
    fold() {
      const text = this.parts['note-text'];
      text.classList.toggle('folded', !this.expanded);
      const needed = this.expanded || text.scrollHeight > text.clientHeight + 1;
      if (!needed) {
        if (this.more) {
          this.more.remove();
          this.more = null;
        }
        return;
      }
      if (!this.more) {
        this.more = part('button', 'note-more');
        this.more.type = 'button';
        this.more.addEventListener('click', () => {
          this.expanded = !this.expanded;
          this.fold();
        });
      }
      const labels = document.body.dataset;
      this.more.textContent = this.expanded ? labels.noteLess || '-' : labels.noteMore || '+';
      this.more.setAttribute('aria-expanded', String(!!this.expanded));
      if (this.more.previousSibling !== text) {
        text.after(this.more);
      }
    }
  }

  customElements.define('kt-note', NoteCard);
})();
